import { BaseRpcContext, ClientProxy, CustomTransportStrategy, ReadPacket, Server, WritePacket } from '@nestjs/microservices';
import { EventTransport } from './event-transport';

/** The standalone's transport: one process, so an event goes straight to its handlers, through the same Nest machinery (pipes, exception handling) as over Redis. */
export function inProcessEventTransport(): EventTransport {
  const server = new InProcessEventServer();
  return { server, client: new InProcessEventClient(server) };
}

/** Nothing to open or close; it hands events to the @EventPattern handler of their pattern. */
export class InProcessEventServer extends Server implements CustomTransportStrategy {
  override readonly transportId = Symbol('in-process events');

  listen(callback: () => void): void {
    callback();
  }

  close(): void {
    // Nothing to close: no connection.
  }

  on(): void {
    // No connection, so no connection events.
  }

  unwrap<T>(): T {
    throw new InProcessOnlyError('has no connection to unwrap');
  }

  /** Resolves once the handler has run; an event no handler takes is dropped, as on a channel nobody subscribed to. */
  async deliver(packet: ReadPacket): Promise<void> {
    const pattern = this.normalizePattern(packet.pattern);
    if (!this.getHandlerByPattern(pattern)) return;
    await this.handleEvent(pattern, { pattern, data: packet.data }, new BaseRpcContext([pattern]));
  }
}

/** Sends events to the server of the same process. */
export class InProcessEventClient extends ClientProxy {
  constructor(private readonly server: InProcessEventServer) {
    super();
  }

  async connect(): Promise<void> {
    // Nothing to connect.
  }

  async close(): Promise<void> {
    // Nothing to close.
  }

  override on(): void {
    // No connection, so no connection events.
  }

  unwrap<T>(): T {
    throw new InProcessOnlyError('has no connection to unwrap');
  }

  protected override dispatchEvent<T = unknown>(packet: ReadPacket): Promise<T> {
    return this.server.deliver(packet) as Promise<T>;
  }

  protected override publish(_packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    callback({ err: new InProcessOnlyError('carries events only, no requests') });
    return () => undefined;
  }
}

export class InProcessOnlyError extends Error {
  constructor(what: string) {
    super(`the in-process event transport ${what}`);
    this.name = 'InProcessOnlyError';
  }
}
