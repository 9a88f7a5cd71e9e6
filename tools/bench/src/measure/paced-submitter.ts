import { sleep } from '../support/wait-until';

export interface PacedRun {
  /** The rate the requests actually went out at, tasks per second. */
  readonly achievedPerSecond: number;
  /** How many sends had to wait for a free slot: the target could not keep up with the rate. */
  readonly delayedSends: number;
}

/**
 * Sends `count` single submits at `perSecond`, each on its own schedule (an open loop: a slow
 * answer does not delay the next send), with at most `maxInFlight` unanswered at once.
 */
export async function submitAtRate(count: number, perSecond: number, maxInFlight: number, submitOne: () => Promise<void>): Promise<PacedRun> {
  const inFlight = new Set<Promise<void>>();
  const failures: unknown[] = [];
  let delayedSends = 0;
  const startedAt = Date.now();
  for (let i = 0; i < count && failures.length === 0; i++) {
    const wait = startedAt + (i * 1000) / perSecond - Date.now();
    if (wait > 0) await sleep(wait);
    if (inFlight.size >= maxInFlight) {
      delayedSends++;
      await Promise.race(inFlight);
    }
    const sent: Promise<void> = submitOne()
      .catch((error: unknown) => void failures.push(error))
      .finally(() => inFlight.delete(sent));
    inFlight.add(sent);
  }
  const sendingMs = Math.max(1, Date.now() - startedAt);
  await Promise.all(inFlight);
  if (failures.length > 0) throw failures[0];
  return { achievedPerSecond: Math.max(1, count - 1) / (sendingMs / 1000), delayedSends };
}
