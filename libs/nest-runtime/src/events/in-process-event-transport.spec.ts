import { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { register } from 'prom-client';
import { lastValueFrom } from 'rxjs';
import { TaskConfigCatalog } from '@asynctask/application';
import { HeardEvent, describeClusterEventsContract } from '@asynctask/testing';
import { EventRecordingModule } from '@asynctask/testing/event-recording';
import { TaskConfigEventsController } from '../core/task-config-events.controller';
import { inProcessEventTransport } from './in-process-event-transport';
import { TransportClusterEvents } from './transport-cluster-events';

/** The standalone's transport: one process, so its listeners are handlers of that one app. */
describeClusterEventsContract('in-process Nest transport', async () => {
  const transport = inProcessEventTransport();
  const hearers = new Set<(heard: HeardEvent) => void>();
  const app = await NestFactory.createMicroservice(EventRecordingModule.hearing((heard) => hearers.forEach((hear) => hear(heard))), {
    strategy: transport.server,
    logger: false,
  });
  await app.listen();
  return {
    events: new TransportClusterEvents(transport.client),
    listen: async (hear) => {
      hearers.add(hear);
    },
    otherInstallation: async () => new TransportClusterEvents(inProcessEventTransport().client),
    close: () => app.close(),
  };
});

describe('the task-config.changed handler', () => {
  let app: INestMicroservice;
  const invalidated: string[] = [];
  const handled = async () => (await register.getSingleMetric('asynctask_cluster_events_handled_total')?.get())?.values.find((v) => v.labels['type'] === 'task-config.changed')?.value ?? 0;
  const transport = inProcessEventTransport();
  const events = new TransportClusterEvents(transport.client);

  beforeAll(async () => {
    const catalog: Pick<TaskConfigCatalog, 'invalidate'> = { invalidate: (taskType) => invalidated.push(taskType) };
    app = await NestFactory.createMicroservice(
      { module: class EventsModule {}, controllers: [TaskConfigEventsController], providers: [{ provide: TaskConfigCatalog, useValue: catalog }] },
      { strategy: transport.server, logger: false },
    );
    await app.listen();
  });
  afterAll(() => app.close());
  beforeEach(() => (invalidated.length = 0));

  it('invalidates the type in the catalog, and counts the event handled', async () => {
    const before = await handled();
    await events.publish('task-config.changed', { taskType: 'echo' });
    expect(invalidated).toEqual(['echo']);
    expect(await handled()).toBe(before + 1);
  });

  it('drops an event that does not fit without calling the catalog', async () => {
    const before = await handled();
    await lastValueFrom(transport.client.emit('task-config.changed', { taskType: 42 }), { defaultValue: undefined });
    await lastValueFrom(transport.client.emit('task-config.changed', 'echo'), { defaultValue: undefined });
    expect(invalidated).toEqual([]);
    expect(await handled()).toBe(before);
  });
});
