import { DynamicModule, Module } from '@nestjs/common';
import { hostname } from 'node:os';
import { DEFAULT_SCHEDULER_SETTINGS, DEFAULT_WORKER_SETTINGS } from '@asynctask/application';
import { TaskExecutor } from '@asynctask/domain';
import { HttpApiModule } from '@asynctask/http-api';
import { createExecutorRegistry } from '@asynctask/infra-executors';
import {
  AdapterSet,
  AsynctaskCoreModule,
  SchedulerRuntimeModule,
  StandaloneEnvironment,
  WorkerRuntimeModule,
  loggingModule,
} from '@asynctask/nest-runtime';

export interface StandaloneOptions {
  readonly env: StandaloneEnvironment;
  /** Custom local executors besides the built-in ones. */
  readonly executors?: TaskExecutor[];
  /** The built dashboard to serve at /dashboard; else DASHBOARD_DIR, else none. */
  readonly dashboardDir?: string;
}

/** The API, a scheduler and one worker in one process, on in-memory adapters. */
@Module({})
export class StandaloneModule {
  static create({ env, executors = [] }: StandaloneOptions, adapters: AdapterSet): DynamicModule {
    const processId = `${hostname()}-${process.pid}`;
    return {
      module: StandaloneModule,
      imports: [
        loggingModule({ level: env.LOG_LEVEL, pretty: env.LOG_FORMAT === 'pretty' }),
        AsynctaskCoreModule.forRoot({ adapters: async () => adapters }),
        HttpApiModule,
        SchedulerRuntimeModule.forRoot({ ...DEFAULT_SCHEDULER_SETTINGS, schedulerId: processId }),
        WorkerRuntimeModule.forRoot({
          settings: {
            ...DEFAULT_WORKER_SETTINGS,
            workerId: env.WORKER_ID ?? processId,
            workerName: 'standalone',
            address: `in-process:${process.pid}`,
            capacity: env.WORKER_CAPACITY,
            drainTimeoutMs: env.WORKER_DRAIN_SECONDS * 1000,
          },
          executors: createExecutorRegistry(executors, { http: { allowPrivateNetworks: env.HTTP_EXECUTOR_ALLOW_PRIVATE } }),
        }),
      ],
    };
  }
}
