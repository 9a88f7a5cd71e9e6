import { WorkerCandidate } from './load-balancer';

export function candidate(workerId: string, load = 0, capacity = 10): WorkerCandidate {
  return { workerId, load, capacity };
}

export function candidates(...workerIds: string[]): WorkerCandidate[] {
  return workerIds.map((workerId) => candidate(workerId));
}

/** Every ordering of `items`, to show a result does not depend on the order candidates arrive in. */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}
