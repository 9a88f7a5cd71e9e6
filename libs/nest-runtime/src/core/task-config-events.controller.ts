import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { TaskConfigCatalog } from '@asynctask/application';
import { EVENT_PAYLOAD, TaskConfigChangedMessage } from '../events/cluster-event.messages';
import { ClusterEventMetrics } from '../metrics/cluster-event-metrics';

/** Every process: a task type changed elsewhere is read again at its next use. */
@ApiExcludeController()
@Controller()
export class TaskConfigEventsController {
  private readonly metrics = new ClusterEventMetrics();

  constructor(@Inject(TaskConfigCatalog) private readonly catalog: TaskConfigCatalog) {}

  @EventPattern('task-config.changed')
  taskConfigChanged(@Payload(EVENT_PAYLOAD) event: TaskConfigChangedMessage): void {
    this.catalog.invalidate(event.taskType);
    this.metrics.handled('task-config.changed');
  }
}
