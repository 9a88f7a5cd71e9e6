import { TaskProps } from '@asynctask/domain';
import { Dispatch } from '../../dispatch/dispatch';
import { AsynctaskPorts } from '../../shared/ports';
import { stamper } from '../../shared/stamper';
import { changeLatest } from '../change-latest';

/** Sends a FAILED, TIMEOUT or CANCELLED task back to PENDING with a fresh set of retries, and queues it. */
export class RetryTaskService {
  private readonly stamp: ReturnType<typeof stamper>;

  constructor(
    private readonly ports: Pick<AsynctaskPorts, 'tasks' | 'clock' | 'ids'>,
    private readonly dispatch: Pick<Dispatch, 'commit'>,
  ) {
    this.stamp = stamper(ports.clock, ports.ids);
  }

  async retry(taskId: string): Promise<TaskProps> {
    const change = await changeLatest(this.ports, this.dispatch.commit, taskId, (task) => task.retryByHand(this.stamp()));
    return change.task;
  }
}
