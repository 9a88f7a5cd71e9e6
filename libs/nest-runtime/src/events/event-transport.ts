import { INestApplication } from '@nestjs/common';
import { ClientProxy, CustomTransportStrategy } from '@nestjs/microservices';

/**
 * How the events between processes travel: a Nest microservice server that hears them for this
 * process's @EventPattern handlers, and a client that sends them (Redis in the distributed apps,
 * in-process in the standalone).
 */
export interface EventTransport {
  readonly server: CustomTransportStrategy;
  readonly client: Pick<ClientProxy, 'emit' | 'connect' | 'close'>;
}

/** The transport could not be started: the start-up fails with this one line. */
export class EventTransportStartError extends Error {
  constructor(cause: unknown) {
    // Checked by shape: an error from another realm (a test's sandbox) is no `instanceof Error`.
    const message = (cause as { message?: unknown } | null)?.message;
    super(`cannot start the cluster events: ${typeof message === 'string' ? message : String(cause)}`);
    this.name = 'EventTransportStartError';
  }
}

/**
 * Makes `app` a hybrid app whose @EventPattern handlers hear the transport's events from the
 * moment this resolves, and connects the client that sends them. Call before the app is initialised
 * (listen, init), so that its parts start with their events already arriving.
 */
export async function connectEventTransport(app: INestApplication, transport: EventTransport): Promise<void> {
  app.connectMicroservice({ strategy: transport.server });
  try {
    await app.startAllMicroservices();
    await transport.client.connect();
  } catch (error) {
    throw new EventTransportStartError(error);
  }
}
