import { TaskProps } from '@asynctask/domain';
import { Dispatch } from '../../dispatch/dispatch';
import { AsynctaskPorts } from '../../shared/ports';
import { stamper } from '../../shared/stamper';
import { changeLatest } from '../change-latest';

/** Cancels a PENDING, SCHEDULED or RUNNING task; it leaves the queues and a worker running it is told to abort. */
export class CancelTaskService {
  private readonly stamp: ReturnType<typeof stamper>;

  constructor(
    private readonly ports: Pick<AsynctaskPorts, 'tasks' | 'clock' | 'ids'>,
    private readonly dispatch: Pick<Dispatch, 'commit'>,
  ) {
    this.stamp = stamper(ports.clock, ports.ids);
  }

  async cancel(taskId: string): Promise<TaskProps> {
    const change = await changeLatest(this.ports, this.dispatch.commit, taskId, (task) => task.cancel(this.stamp()), { abortRunning: true });
    return change.task;
  }
}
