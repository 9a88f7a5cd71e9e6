import { Worker, WorkerProps } from './worker';

const T0 = new Date('2026-01-01T00:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const TTL = 10_000;

const register = () => Worker.register({ workerId: 'w1', workerName: 'w', address: '10.0.0.1', capacity: 4, executorTypes: ['echo', 'sleep'] }, T0);
const restored = (overrides: Partial<WorkerProps>) => Worker.restore({ ...register().toProps(), ...overrides });

describe('Worker', () => {
  it('registers ONLINE and idle, heartbeating as of now', () => {
    expect(register().toProps()).toMatchObject({ status: 'ONLINE', currentLoad: 0, lastHeartbeat: T0, startedAt: T0 });
  });

  describe('isAlive', () => {
    it('holds while the last heartbeat is no older than the TTL', () => {
      const worker = register();
      expect(worker.isAlive(at(TTL), TTL)).toBe(true);
      expect(worker.isAlive(at(TTL + 1), TTL)).toBe(false);
    });

    it('is renewed by a heartbeat, which also reports the load', () => {
      const worker = register();
      worker.heartbeat(2, at(8_000));
      expect(worker.isAlive(at(8_000 + TTL), TTL)).toBe(true);
      expect(worker.toProps()).toMatchObject({ currentLoad: 2, lastHeartbeat: at(8_000) });
    });

    it('holds for a draining worker', () => {
      expect(restored({ status: 'DRAINING' }).isAlive(T0, TTL)).toBe(true);
    });

    it('never holds for an offline worker, even with a fresh heartbeat', () => {
      expect(restored({ status: 'OFFLINE' }).isAlive(T0, TTL)).toBe(false);
    });
  });

  describe('acceptsWork', () => {
    it('only while ONLINE and alive', () => {
      expect(restored({ status: 'ONLINE' }).acceptsWork(T0, TTL)).toBe(true);
      expect(restored({ status: 'DRAINING' }).acceptsWork(T0, TTL)).toBe(false);
      expect(restored({ status: 'OFFLINE' }).acceptsWork(T0, TTL)).toBe(false);
    });

    it('not from an ONLINE worker whose heartbeat is stale', () => {
      expect(register().acceptsWork(at(TTL + 1), TTL)).toBe(false);
    });
  });

  it('runs only its executor types', () => {
    const worker = register();
    expect(worker.canRun('echo')).toBe(true);
    expect(worker.canRun('sleep')).toBe(true);
    expect(worker.canRun('http')).toBe(false);
  });

  it('drain stops new work but keeps the worker alive with its load', () => {
    const worker = register();
    worker.heartbeat(3, T0);
    worker.drain();
    expect(worker.status).toBe('DRAINING');
    expect(worker.currentLoad).toBe(3);
    expect(worker.acceptsWork(T0, TTL)).toBe(false);
    expect(worker.isAlive(T0, TTL)).toBe(true);
  });

  it('goOffline ends the worker and drops its load', () => {
    const worker = register();
    worker.heartbeat(3, T0);
    worker.goOffline();
    expect(worker.status).toBe('OFFLINE');
    expect(worker.currentLoad).toBe(0);
    expect(worker.isAlive(T0, TTL)).toBe(false);
    expect(worker.acceptsWork(T0, TTL)).toBe(false);
  });

  it('hands out props that cannot change the worker', () => {
    const worker = register();
    (worker.toProps().executorTypes as string[]).push('http');
    expect(worker.canRun('http')).toBe(false);
  });
});
