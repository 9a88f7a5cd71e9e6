import { INestApplication } from '@nestjs/common';
import { hostname } from 'node:os';
import { DEFAULT_WORKER_SETTINGS } from '@asynctask/application';
import { TaskExecutor } from '@asynctask/domain';
import { createExecutorRegistry } from '@asynctask/infra-executors';
import { AsynctaskCoreModule, WorkerAppEnvironment, WorkerRuntimeModule } from '@asynctask/nest-runtime';
import { createHeadlessApp } from './headless-app';
import { openDistributedAdapters } from './open-distributed-adapters';

/** A worker: runs the built-in executors plus `executors`; drains on SIGTERM. */
export async function createWorkerApp(env: WorkerAppEnvironment, executors: TaskExecutor[] = []): Promise<INestApplication> {
  const workerId = env.WORKER_ID ?? `${hostname()}-${process.pid}`;
  const adapters = await openDistributedAdapters(env);
  return createHeadlessApp(
    [
      AsynctaskCoreModule.forRoot({ adapters: async () => adapters }),
      WorkerRuntimeModule.forRoot({
        settings: {
          ...DEFAULT_WORKER_SETTINGS,
          workerId,
          workerName: hostname(),
          address: `${hostname()}:${env.HEALTH_PORT}`,
          capacity: env.WORKER_CAPACITY,
          drainTimeoutMs: env.WORKER_DRAIN_SECONDS * 1000,
        },
        executors: createExecutorRegistry(executors, { http: { allowPrivateNetworks: env.HTTP_EXECUTOR_ALLOW_PRIVATE } }),
      }),
    ],
    env,
    adapters.eventTransport,
  );
}
