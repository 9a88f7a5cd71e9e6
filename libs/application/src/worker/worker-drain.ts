import { TaskRequeuer } from '../dispatch/task-requeuer';
import { delay } from '../shared/periodic-job';
import { AppLogger } from '../shared/ports';
import { WorkerShuttingDown } from './abort-reasons';
import { RunningAttempts } from './running-attempts';
import { WorkerMembership } from './worker-membership';
import { WorkerSettings } from './worker-settings';

/** The parts of a worker a drain stops, in order. */
export interface DrainParts {
  readonly membership: WorkerMembership;
  readonly attempts: RunningAttempts;
  readonly requeuer: TaskRequeuer;
  /** Stops the pull loop, cutting a waiting take short. */
  readonly stopPulling: () => Promise<void>;
  readonly stopHeartbeats: () => Promise<void>;
  /** From here on a runner gives up store retries instead of holding the shutdown. */
  readonly markStopping: () => void;
}

/**
 * Drains a worker: stops taking work, hands back what waits in its queue, gives running tasks the
 * drain timeout to finish, hands back the rest, and deregisters. Nothing handed back uses a retry.
 */
export async function drainWorker(parts: DrainParts, settings: Pick<WorkerSettings, 'workerId' | 'drainTimeoutMs'>, logger: AppLogger): Promise<void> {
  const { workerId } = settings;
  await parts.membership.drain();
  await parts.stopPulling();
  const handedBack = await parts.requeuer.handBackQueued(workerId, 'worker_shut_down', 'worker shut down');
  if (handedBack.length > 0) logger.log('handed back queued tasks', { workerId, count: handedBack.length });

  const finished = parts.attempts.settle();
  const timedOut = await Promise.race([finished.then(() => false), delay(settings.drainTimeoutMs).then(() => true)]);
  if (timedOut) {
    logger.warn('drain timeout: handing back running tasks', { workerId, count: parts.attempts.size });
    parts.markStopping();
    for (const taskId of parts.attempts.ids) parts.attempts.abort(taskId, new WorkerShuttingDown());
    await finished;
  }

  await parts.stopHeartbeats();
  await parts.membership.deregister();
  logger.log('worker stopped', { workerId });
}
