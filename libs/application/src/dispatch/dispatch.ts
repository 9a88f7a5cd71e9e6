import { AppLogger, AsynctaskPorts } from '../shared/ports';
import { DispatchFollowUp } from './dispatch-follow-up';
import { DispatchSettings } from './dispatch-settings';
import { TaskCommit } from './task-commit';
import { TaskRequeuer } from './task-requeuer';

/** The dispatch module's parts, built once per app and shared by every use case that changes a status. */
export interface Dispatch {
  readonly followUp: DispatchFollowUp;
  readonly commit: TaskCommit;
  readonly requeuer: TaskRequeuer;
}

export type DispatchPorts = Pick<AsynctaskPorts, 'tasks' | 'queue' | 'events' | 'clock' | 'ids' | 'metrics'>;

export function createDispatch(ports: DispatchPorts, settings: DispatchSettings, logger: AppLogger): Dispatch {
  const followUp = new DispatchFollowUp(ports, logger);
  const commit = new TaskCommit(ports, followUp);
  return { followUp, commit, requeuer: new TaskRequeuer(ports, commit, followUp, settings) };
}
