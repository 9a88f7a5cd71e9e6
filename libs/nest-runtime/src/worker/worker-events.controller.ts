import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { WorkerService } from '@asynctask/application';
import { EVENT_PAYLOAD, TaskCancelledMessage } from '../events/cluster-event.messages';
import { ClusterEventMetrics } from '../metrics/cluster-event-metrics';

/** A worker: a cancelled task's attempt is aborted if this worker runs it. */
@ApiExcludeController()
@Controller()
export class WorkerEventsController {
  private readonly metrics = new ClusterEventMetrics();

  constructor(@Inject(WorkerService) private readonly worker: WorkerService) {}

  @EventPattern('task.cancelled')
  taskCancelled(@Payload(EVENT_PAYLOAD) event: TaskCancelledMessage): void {
    this.worker.taskCancelled(event.taskId);
    this.metrics.handled('task.cancelled');
  }
}
