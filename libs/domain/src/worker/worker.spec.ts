import { Worker } from './worker';

const T0 = new Date('2026-01-01T00:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('Worker', () => {
  const register = () => Worker.register({ workerId: 'w1', workerName: 'w', address: 'a', capacity: 4, executorTypes: ['echo'] }, T0);

  it('is alive while its heartbeat is within the TTL', () => {
    const worker = register();
    expect(worker.isAlive(at(10_000), 10_000)).toBe(true);
    expect(worker.isAlive(at(10_001), 10_000)).toBe(false);
    worker.heartbeat(2, at(10_000));
    expect(worker.isAlive(at(15_000), 10_000)).toBe(true);
    expect(worker.currentLoad).toBe(2);
  });

  it('accepts work only while ONLINE and alive', () => {
    const worker = register();
    expect(worker.acceptsWork(T0, 10_000)).toBe(true);
    worker.drain();
    expect(worker.status).toBe('DRAINING');
    expect(worker.acceptsWork(T0, 10_000)).toBe(false);
    expect(worker.isAlive(T0, 10_000)).toBe(true);
    worker.goOffline();
    expect(worker.isAlive(T0, 10_000)).toBe(false);
  });

  it('runs only its executor types', () => {
    expect(register().canRun('echo')).toBe(true);
    expect(register().canRun('http')).toBe(false);
  });
});
