import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { RedisAdapters, RedisKeys, createRedisAdapters, redisEventTransport } from '@asynctask/infra-redis';
import { TransportClusterEvents, connectEventTransport } from '@asynctask/nest-runtime';
import { Closable, HeardEvent, describeClusterEventsContract } from '@asynctask/testing';
import { EventRecordingModule } from '@asynctask/testing/event-recording';
import { freePort } from '@asynctask/testing/local-servers';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const newPrefix = () => `test-events-${process.pid}-${randomBytes(4).toString('hex')}`;

/** Processes of installations on the shared Redis, each with adapters of its own, like the apps. */
class Processes implements Closable {
  private readonly open: Closable[] = [];

  async adapters(prefix: string): Promise<RedisAdapters> {
    const adapters = await createRedisAdapters(REDIS_URL, { prefix });
    this.open.push(adapters);
    return adapters;
  }

  /** A process of installation `prefix` whose @EventPattern handlers hand every event to `hear`. */
  async listener(prefix: string, hear: (heard: HeardEvent) => void): Promise<RedisAdapters> {
    const adapters = await this.adapters(prefix);
    const app = await NestFactory.createMicroservice(EventRecordingModule.hearing(hear), { strategy: adapters.eventTransport.server, logger: false });
    await app.listen();
    this.open.push(app);
    return adapters;
  }

  async close(): Promise<void> {
    for (const closable of this.open.reverse()) await closable.close();
  }
}

describeClusterEventsContract("Nest's Redis transport", async () => {
  const processes = new Processes();
  const prefix = newPrefix();
  const publisher = await processes.adapters(prefix);
  return {
    events: new TransportClusterEvents(publisher.eventTransport.client),
    listen: async (hear) => {
      await processes.listener(prefix, hear);
    },
    otherInstallation: async () => new TransportClusterEvents((await processes.adapters(newPrefix())).eventTransport.client),
    close: () => processes.close(),
  };
});

describe('cluster events over Redis', () => {
  let processes: Processes;
  let admin: Redis;

  beforeEach(async () => {
    processes = new Processes();
    admin = new Redis(REDIS_URL);
  });
  afterEach(async () => {
    await processes.close();
    admin.disconnect();
  });

  it("subscribes a listener to its installation's channels only, one per handled event type", async () => {
    const prefix = newPrefix();
    const listener = await processes.listener(prefix, () => undefined);
    const channels = ['task.cancelled', 'task-config.changed', 'task.ended'].map((type) => listener.keys.eventChannel(type));
    expect(channels[0]).toBe(`${prefix}:{main}:events:task.cancelled`);
    expect(await admin.pubsub('NUMSUB', ...channels)).toEqual(channels.flatMap((channel) => [channel, 1]));
  });

  it('hears events again once its subscriber connection was cut and came back', async () => {
    const prefix = newPrefix();
    const heard: HeardEvent[] = [];
    const listener = await processes.listener(prefix, (event) => heard.push(event));
    const [, subscriber] = listener.eventTransport.server.unwrap<[Redis, Redis]>();
    const events = new TransportClusterEvents((await processes.adapters(prefix)).eventTransport.client);
    await events.publish('task.cancelled', { taskId: 'before' });

    const back = new Promise((resolve) => subscriber.once('ready', resolve));
    await admin.client('KILL', 'ADDR', `${subscriber.stream.localAddress}:${subscriber.stream.localPort}`);
    await back;
    await subscriber.ping(); // answered after the SUBSCRIBE sent again on reconnecting
    await events.publish('task.cancelled', { taskId: 'after' });
    await subscriber.ping(); // and after the message published before it
    expect(heard.map(({ event }) => event)).toEqual([{ taskId: 'before' }, { taskId: 'after' }]);
  });

  it("fails the start with the server's refusal when the ACL user may not use the channels", async () => {
    const user = `test_events_${randomBytes(4).toString('hex')}`;
    await admin.call('ACL', 'SETUSER', user, 'on', '>pw', '~*', 'resetchannels', '+@all');
    try {
      const url = new URL(REDIS_URL);
      Object.assign(url, { username: user, password: 'pw' });
      const adapters = await createRedisAdapters(url.toString(), { prefix: newPrefix() });
      const app = await NestFactory.create(EventRecordingModule.hearing(() => undefined), { logger: false });
      try {
        await expect(connectEventTransport(app, adapters.eventTransport)).rejects.toThrow(/^cannot start the cluster events: NOPERM .*channel/);
      } finally {
        await app.close();
        await adapters.close();
      }
    } finally {
      await admin.call('ACL', 'DELUSER', user);
    }
  });

  it('fails the start with the cause when Redis cannot be reached', async () => {
    const port = await freePort();
    const transport = redisEventTransport(new RedisKeys(newPrefix()), { host: '127.0.0.1', port });
    const app = await NestFactory.create(EventRecordingModule.hearing(() => undefined), { logger: false });
    try {
      await expect(connectEventTransport(app, transport)).rejects.toThrow(`cannot start the cluster events: connect ECONNREFUSED 127.0.0.1:${port}`);
    } finally {
      await app.close();
      await transport.client.close();
    }
  });
});
