import { Stats, StatsFilter } from './api-types';
import { RequestOptions, Transport } from './transport';

export class StatsClient {
  constructor(private readonly transport: Transport) {}

  /** Tasks per status (of one type, with taskType), queue depths and the leading scheduler. */
  get(filter: StatsFilter = {}, options: RequestOptions = {}): Promise<Stats> {
    return this.transport.call('idempotent', options, (init) => this.transport.api.GET('/api/v1/stats', { ...init, params: { query: filter } }));
  }
}
