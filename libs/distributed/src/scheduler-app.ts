import { INestApplication } from '@nestjs/common';
import { hostname } from 'node:os';
import { DEFAULT_SCHEDULER_SETTINGS } from '@asynctask/application';
import { AsynctaskCoreModule, SchedulerEnvironment, SchedulerRuntimeModule } from '@asynctask/nest-runtime';
import { createHeadlessApp } from './headless-app';
import { openDistributedAdapters } from './open-distributed-adapters';

/** A scheduler replica: leader-elected through Redis; standbys wait to take over. */
export async function createSchedulerApp(env: SchedulerEnvironment): Promise<INestApplication> {
  const adapters = await openDistributedAdapters(env);
  return createHeadlessApp(
    [
      AsynctaskCoreModule.forRoot({ adapters: async () => adapters }),
      SchedulerRuntimeModule.forRoot({ ...DEFAULT_SCHEDULER_SETTINGS, schedulerId: env.SCHEDULER_ID ?? `${hostname()}-${process.pid}` }),
    ],
    env,
    adapters.eventTransport,
  );
}
