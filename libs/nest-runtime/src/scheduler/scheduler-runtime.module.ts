import { BeforeApplicationShutdown, DynamicModule, Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { AsynctaskPorts, Dispatch, SchedulerService, SchedulerSettings, TaskConfigCatalog } from '@asynctask/application';
import { NestAppLogger } from '../core/nest-app-logger';
import { ASYNCTASK_DISPATCH, ASYNCTASK_PORTS } from '../core/tokens';
import { registerLeaderGauge } from '../metrics/prometheus-task-metrics';
import { StopPlan } from '../lifecycle/stop-plan';

/** Runs the scheduler's loops for the life of the app; on shutdown it resigns leadership at once. */
@Module({})
export class SchedulerRuntimeModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(SchedulerService) private readonly scheduler: SchedulerService, @Inject(StopPlan) plan: StopPlan) {
    registerLeaderGauge(() => scheduler.isLeader);
    plan.add(() => (scheduler.isLeader ? 'resigning scheduler leadership' : 'a standby scheduler, no leadership to resign'));
  }

  static forRoot(settings: SchedulerSettings): DynamicModule {
    return {
      module: SchedulerRuntimeModule,
      providers: [
        {
          provide: SchedulerService,
          useFactory: (ports: AsynctaskPorts, dispatch: Dispatch, catalog: TaskConfigCatalog) =>
            new SchedulerService(ports, settings, dispatch, catalog, new NestAppLogger('Scheduler')),
          inject: [ASYNCTASK_PORTS, ASYNCTASK_DISPATCH, TaskConfigCatalog],
        },
      ],
      exports: [SchedulerService],
    };
  }

  onApplicationBootstrap(): void {
    this.scheduler.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.scheduler.stop();
  }
}
