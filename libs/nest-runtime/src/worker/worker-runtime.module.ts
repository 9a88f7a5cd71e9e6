import { BeforeApplicationShutdown, DynamicModule, Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { AsynctaskPorts, Dispatch, WorkerService, WorkerSettings } from '@asynctask/application';
import { ExecutorRegistry } from '@asynctask/domain';
import { NestAppLogger } from '../core/nest-app-logger';
import { ASYNCTASK_DISPATCH, ASYNCTASK_PORTS } from '../core/tokens';

export interface WorkerRuntimeOptions {
  readonly settings: WorkerSettings;
  /** The executors this worker runs: the built-in ones plus any custom ones. */
  readonly executors: ExecutorRegistry;
}

/** Runs a worker for the life of the app; on shutdown it drains. */
@Module({})
export class WorkerRuntimeModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(WorkerService) private readonly worker: WorkerService) {}

  static forRoot(options: WorkerRuntimeOptions): DynamicModule {
    return {
      module: WorkerRuntimeModule,
      providers: [
        {
          provide: WorkerService,
          useFactory: (ports: AsynctaskPorts, dispatch: Dispatch) =>
            new WorkerService(ports, options.executors, options.settings, dispatch, new NestAppLogger('Worker')),
          inject: [ASYNCTASK_PORTS, ASYNCTASK_DISPATCH],
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
}
