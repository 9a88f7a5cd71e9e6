import { AsynctaskPorts } from '@asynctask/application';
import { EventTransport } from '../events/event-transport';

/** A dependency whose reachability decides readiness (Redis, MySQL). */
export interface HealthProbe {
  readonly name: string;
  check(): Promise<void>;
}

/** The adapters an app runs on: memory for the standalone, Redis and MySQL for the distributed apps. */
export interface AdapterSet {
  readonly ports: AsynctaskPorts;
  /** What carries `ports.events` between processes; the app connects its server (connectEventTransport). */
  readonly eventTransport: EventTransport;
  readonly probes: readonly HealthProbe[];
  close(): Promise<void>;
}
