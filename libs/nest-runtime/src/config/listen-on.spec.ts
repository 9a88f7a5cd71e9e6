import { Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { once } from 'node:events';
import { AddressInfo, Server, createServer } from 'node:net';
import { freePort } from '@asynctask/testing/local-servers';
import { ListenAddress, PortUnavailableError, listenOn } from './listen-on';

/** Records whether the app it belongs to was shut down. */
@Injectable()
class ShutdownRecorder implements OnApplicationShutdown {
  static shutDown = 0;
  onApplicationShutdown(): void {
    ShutdownRecorder.shutDown++;
  }
}

@Module({ providers: [ShutdownRecorder] })
class TinyModule {}

const createTinyApp = () => NestFactory.create(TinyModule, { logger: false });

async function occupiedPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as AddressInfo).port };
}

describe('listenOn', () => {
  beforeEach(() => (ShutdownRecorder.shutDown = 0));

  it('creates the app and listens on the address', async () => {
    const address: ListenAddress = { variable: 'PORT', port: await freePort(), host: '127.0.0.1' };
    const app = await listenOn(address, createTinyApp);
    try {
      expect((app.getHttpServer().address() as AddressInfo).port).toBe(address.port);
    } finally {
      await app.close();
    }
  });

  it('names the setting of a taken port, before it creates the app', async () => {
    const { server, port } = await occupiedPort();
    try {
      const create = jest.fn(createTinyApp);
      const failure = listenOn({ variable: 'HEALTH_PORT', port, host: '127.0.0.1' }, create);
      await expect(failure).rejects.toBeInstanceOf(PortUnavailableError);
      await expect(failure).rejects.toThrow(`HEALTH_PORT ${port} is already in use`);
      expect(create).not.toHaveBeenCalled();
    } finally {
      server.close();
    }
  });

  it('closes the app it created when the port is taken while the app was being created', async () => {
    const port = await freePort();
    let taker: Server | undefined;
    const createAndLoseThePort = async () => {
      const app = await createTinyApp();
      taker = createServer().listen(port, '127.0.0.1');
      await once(taker, 'listening');
      return app;
    };
    try {
      await expect(listenOn({ variable: 'PORT', port, host: '127.0.0.1' }, createAndLoseThePort)).rejects.toThrow(`PORT ${port} is already in use`);
      expect(ShutdownRecorder.shutDown).toBe(1);
    } finally {
      taker?.close();
    }
  });
});
