import { BenchOptions } from './bench-options';
import { submitInBatches } from './measure/batched-submitter';
import { TaskLatencies, taskLatencies, throughputPerSecond } from './measure/latency-summary';
import { submitAtRate } from './measure/paced-submitter';
import { TaskTiming } from './measure/task-timing';
import { ProcessMemory, processMemory, serverProcesses } from './support/process-memory';
import { BenchTimeoutError, sleep } from './support/wait-until';
import { BenchTarget } from './targets/bench-target';

export interface BatchRun {
  readonly workers: number;
  readonly tasks: number;
  /** How fast the batches were accepted, tasks per second. */
  readonly acceptedPerSecond: number;
  /** From the first submit to the last completion, tasks per second. */
  readonly throughputPerSecond: number;
  readonly latencies: TaskLatencies;
  /** CPU time each process (the system's own, the servers, this driver) spent per task during the run, in µs. */
  readonly cpuPerTask: readonly { readonly name: string; readonly microseconds: number }[];
}

export interface FixedRateRun {
  readonly tasks: number;
  readonly requestedPerSecond: number;
  readonly achievedPerSecond: number;
  readonly delayedSends: number;
  readonly latencies: TaskLatencies;
}

export interface TargetResults {
  readonly target: string;
  readonly batch: BatchRun;
  readonly fixedRate: FixedRateRun;
  readonly scaling: readonly BatchRun[];
  /**
   * RSS of the system's processes: after start, when a quarter, half, three quarters and all of
   * the batch run's tasks had finished, and after the fixed-rate run.
   */
  readonly memory: { readonly start: readonly ProcessMemory[]; readonly duringBatch: readonly (readonly ProcessMemory[])[]; readonly end: readonly ProcessMemory[] };
}

export const SCALING_WORKERS = [1, 2, 4] as const;
const MAX_SINGLE_SUBMITS_IN_FLIGHT = 512;
/**
 * How often a run asks how many tasks finished. Only the end of waiting depends on it, not the
 * figures (they come from the tasks' own timestamps); asking often would load MySQL.
 */
const POLL_MS = 1000;
/** A run fails when no task finishes for this long. */
const STALL_MS = 60_000;

/** Every measurement of one system: the batch run, the fixed-rate run, then 1, 2 and 4 workers. */
export async function runTarget(target: BenchTarget, options: BenchOptions, log: (line: string) => void): Promise<TargetResults> {
  log(`${target.name}: starting ${options.workers} workers of capacity ${options.capacity}`);
  await target.start(options.workers);
  const start = target.memory();

  const duringBatch: ProcessMemory[][] = [];
  const batch = await batchRun(target, 'bench-batch', options.tasks, options.workers, options, log, (done) => {
    while (duringBatch.length < 4 && done >= (options.tasks * (duringBatch.length + 1)) / 4) duringBatch.push(target.memory());
  });
  const rate = options.rate ?? Math.max(1, Math.floor(batch.throughputPerSecond / 2));
  const fixedRate = await fixedRateRun(target, rate, Math.min(options.tasks, Math.max(1, Math.round(rate * options.rateSeconds))), log);
  const end = target.memory();

  const scaling: BatchRun[] = [];
  for (const workers of SCALING_WORKERS) {
    await target.scaleWorkers(workers);
    scaling.push(await batchRun(target, `bench-scale-${workers}`, options.scalingTasks, workers, options, log));
  }
  return { target: target.name, batch, fixedRate, scaling, memory: { start, duringBatch, end } };
}

async function batchRun(
  target: BenchTarget,
  kind: string,
  tasks: number,
  workers: number,
  options: BenchOptions,
  log: (line: string) => void,
  onProgress: (done: number) => void = () => undefined,
): Promise<BatchRun> {
  await target.prepareKind(kind);
  log(`${target.name}: ${tasks} tasks in batches of ${options.batch}, ${options.inFlight} in flight, ${workers} worker${workers === 1 ? '' : 's'}`);
  const cpuBefore = cpuSnapshot(target);
  const startedAt = Date.now();
  // Progress is watched while the batches go in, so the memory snapshots fall where they should.
  const finishing = completedTimings(target, kind, tasks, log, onProgress);
  finishing.catch(() => undefined); // should submitting fail, its error is the one to report
  await submitInBatches(tasks, options.batch, options.inFlight, (size) => target.submitBatch(kind, size));
  const acceptedPerSecond = tasks / (Math.max(1, Date.now() - startedAt) / 1000);
  const timings = await finishing;
  const cpuPerTask = cpuSnapshot(target).map((after) => {
    const before = cpuBefore.find((p) => p.pid === after.pid && p.name === after.name);
    return { name: after.name, microseconds: ((after.cpuMs ?? 0) - (before?.cpuMs ?? 0)) * 1000 / tasks };
  });
  const run = { workers, tasks, acceptedPerSecond, throughputPerSecond: throughputPerSecond(timings, startedAt), latencies: taskLatencies(timings), cpuPerTask };
  log(`${target.name}: ${run.throughputPerSecond.toFixed(1)} tasks/s`);
  return run;
}

async function fixedRateRun(target: BenchTarget, perSecond: number, tasks: number, log: (line: string) => void): Promise<FixedRateRun> {
  const kind = 'bench-rate';
  await target.prepareKind(kind);
  log(`${target.name}: ${tasks} single submits at ${perSecond} tasks/s`);
  const paced = await submitAtRate(tasks, perSecond, MAX_SINGLE_SUBMITS_IN_FLIGHT, () => target.submitOne(kind));
  const timings = await completedTimings(target, kind, tasks, log);
  return { tasks, requestedPerSecond: perSecond, ...paced, latencies: taskLatencies(timings) };
}

/** CPU used so far by the target's processes, the servers, and this driver (which submits and polls). */
function cpuSnapshot(target: BenchTarget): ProcessMemory[] {
  return [...target.memory(), ...serverProcesses(), processMemory('bench driver', process.pid)];
}

/** Waits until all `expected` tasks of `kind` finished, then reads their timings back. */
async function completedTimings(
  target: BenchTarget,
  kind: string,
  expected: number,
  log: (line: string) => void,
  onProgress: (done: number) => void = () => undefined,
): Promise<TaskTiming[]> {
  // Bounded twice: no progress for STALL_MS fails, and so does a run slower than 20 tasks/s overall.
  const deadline = Date.now() + 120_000 + expected * 50;
  let done = 0;
  let progressAt = Date.now();
  let loggedAt = Date.now();
  while (done < expected) {
    if (Date.now() > deadline || Date.now() - progressAt > STALL_MS) {
      throw new BenchTimeoutError(`${expected} ${kind} tasks of ${target.name} to finish (${done} did)`, Date.now() - progressAt);
    }
    await sleep(POLL_MS);
    const now = await target.completedCount(kind);
    if (now > done) progressAt = Date.now();
    done = now;
    onProgress(done);
    if (Date.now() - loggedAt > 10_000) {
      log(`${target.name}: ${done}/${expected} finished`);
      loggedAt = Date.now();
    }
  }
  const timings = await target.timings(kind, expected);
  const complete = timings.filter((t) => Number.isFinite(t.startedAt) && Number.isFinite(t.completedAt));
  if (complete.length !== expected) throw new Error(`${target.name}: read back ${complete.length} timings of ${kind}, expected ${expected}`);
  return complete;
}
