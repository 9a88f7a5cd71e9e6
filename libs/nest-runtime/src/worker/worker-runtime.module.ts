import { BeforeApplicationShutdown, DynamicModule, Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { AsynctaskPorts, Dispatch, TaskConfigCatalog, WorkerService, WorkerSettings } from '@asynctask/application';
import { ExecutorRegistry } from '@asynctask/domain';
import { NestAppLogger } from '../core/nest-app-logger';
import { ASYNCTASK_DISPATCH, ASYNCTASK_PORTS } from '../core/tokens';
import { StopPlan } from '../lifecycle/stop-plan';
import { WorkerEventsController } from './worker-events.controller';

export interface WorkerRuntimeOptions {
  readonly settings: WorkerSettings;
  /** The executors this worker runs: the built-in ones plus any custom ones. */
  readonly executors: ExecutorRegistry;
}

const WORKER_SETTINGS = Symbol('WorkerSettings');

/** Runs a worker for the life of the app, handling cancellations; on shutdown it drains. */
@Module({})
export class WorkerRuntimeModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(WorkerService) private readonly worker: WorkerService,
    @Inject(WORKER_SETTINGS) private readonly settings: WorkerSettings,
    @Inject(StopPlan) plan: StopPlan,
  ) {
    plan.add(() => this.drainNotice());
  }

  static forRoot(options: WorkerRuntimeOptions): DynamicModule {
    return {
      module: WorkerRuntimeModule,
      controllers: [WorkerEventsController],
      providers: [
        { provide: WORKER_SETTINGS, useValue: options.settings },
        {
          provide: WorkerService,
          useFactory: (ports: AsynctaskPorts, dispatch: Dispatch, catalog: TaskConfigCatalog) =>
            new WorkerService(ports, options.executors, options.settings, dispatch, catalog, new NestAppLogger('Worker')),
          inject: [ASYNCTASK_PORTS, ASYNCTASK_DISPATCH, TaskConfigCatalog],
        },
      ],
      exports: [WorkerService],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.worker.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.stop();
  }

  /** What the drain will wait for: the tasks running now, for at most the drain timeout. */
  private drainNotice(): string {
    const running = this.worker.runningTaskIds.length;
    if (running === 0) return 'no task running';
    return `waiting up to ${this.settings.drainTimeoutMs / 1000} s for ${running} running task${running === 1 ? '' : 's'}`;
  }
}
