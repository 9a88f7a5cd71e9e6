import { Auth } from './api-types';
import { RequestOptions, Transport } from './transport';

export class AuthClient {
  constructor(private readonly transport: Transport) {}

  /** What the client's API key may do: open (the server has no keys), read (GET only) or write. */
  get(options: RequestOptions = {}): Promise<Auth> {
    return this.transport.call('idempotent', options, (init) => this.transport.api.GET('/api/v1/auth', { ...init }));
  }
}
