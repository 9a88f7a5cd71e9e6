import { Controller, DynamicModule, Inject, Module } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ClusterEventMap, ClusterEventType } from '@asynctask/domain';
import { HeardEvent } from './cluster-events.contract';

const HEAR = Symbol('hear');

/** A listening process's @EventPattern handlers for every cluster event type, handing each event to the test. */
@Controller()
class EventRecordingController {
  constructor(@Inject(HEAR) private readonly hear: (heard: HeardEvent) => void) {}

  @EventPattern('task.cancelled')
  taskCancelled(@Payload() event: ClusterEventMap['task.cancelled']): void {
    this.record('task.cancelled', event);
  }

  @EventPattern('task-config.changed')
  taskConfigChanged(@Payload() event: ClusterEventMap['task-config.changed']): void {
    this.record('task-config.changed', event);
  }

  @EventPattern('task.ended')
  taskEnded(@Payload() event: ClusterEventMap['task.ended']): void {
    this.record('task.ended', event);
  }

  private record(type: ClusterEventType, event: ClusterEventMap[ClusterEventType]): void {
    this.hear({ type, event });
  }
}

@Module({})
export class EventRecordingModule {
  /** The module of a Nest microservice whose handlers hand every event they get to `hear`. */
  static hearing(hear: (heard: HeardEvent) => void): DynamicModule {
    return { module: EventRecordingModule, controllers: [EventRecordingController], providers: [{ provide: HEAR, useValue: hear }] };
  }
}
