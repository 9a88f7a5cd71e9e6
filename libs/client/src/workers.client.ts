import { Worker } from './api-types';
import { RequestOptions, Transport } from './transport';

export class WorkersClient {
  constructor(private readonly transport: Transport) {}

  /** Registered workers, by workerId, with their status and load. */
  async list(options: RequestOptions = {}): Promise<readonly Worker[]> {
    const list = await this.transport.call('idempotent', options, (init) => this.transport.api.GET('/api/v1/workers', { ...init }));
    return list.items;
  }
}
