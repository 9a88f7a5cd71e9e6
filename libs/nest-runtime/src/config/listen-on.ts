import { INestApplication } from '@nestjs/common';
import { createServer } from 'node:net';

/** Where an app listens, and the setting that chose the port, to name when the port cannot be used. */
export interface ListenAddress {
  readonly variable: string;
  readonly port: number;
  readonly host: string;
}

/** The port is taken (EADDRINUSE) or not ours to use (EACCES below 1024, for one). */
export class PortUnavailableError extends Error {
  constructor(
    readonly address: ListenAddress,
    readonly code: string,
  ) {
    const { variable, port } = address;
    super(code === 'EADDRINUSE' ? `${variable} ${port} is already in use` : `${variable} ${port} cannot be used: ${code}`);
    this.name = 'PortUnavailableError';
  }
}

/**
 * Creates the app with `create` and starts it listening on `address`. The port is tried before the
 * app is created, so a copy started on a taken port stops before it connects to anything, registers
 * a worker or runs for leader. Should the port be taken in between, the app is closed again.
 */
export async function listenOn<T extends INestApplication>(address: ListenAddress, create: () => Promise<T>): Promise<T> {
  await tryPort(address);
  const app = await create();
  try {
    await app.listen(address.port, address.host);
  } catch (error) {
    await app.close().catch(() => undefined);
    throw asPortError(address, error);
  }
  return app;
}

function tryPort(address: ListenAddress): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(asPortError(address, error)));
    probe.listen(address.port, address.host, () => probe.close(() => resolve()));
  });
}

function asPortError(address: ListenAddress, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? new PortUnavailableError(address, code) : error;
}
