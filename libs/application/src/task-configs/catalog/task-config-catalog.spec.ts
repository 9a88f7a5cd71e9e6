import { StoreUnavailableError, TaskConfigProps, UnknownTaskTypeError } from '@asynctask/domain';
import { silentLogger } from '../../shared/ports';
import { useCaseHarness } from '../../testing/use-case-harness';
import { PutTaskConfigService } from '../put-task-config/put-task-config.service';
import { DEFAULT_CATALOG_SETTINGS, TaskConfigCatalog } from './task-config-catalog';

const TTL = DEFAULT_CATALOG_SETTINGS.ttlMs;

/** The harness is one process (its catalog serves its creates, scheduler and workers); `other` is a second one on the same stores and events. */
describe('TaskConfigCatalog', () => {
  let h: ReturnType<typeof useCaseHarness>;
  let warnings: string[];
  let other: { catalog: TaskConfigCatalog; put: PutTaskConfigService };

  beforeEach(async () => {
    warnings = [];
    h = useCaseHarness({ logger: { ...silentLogger, warn: (message) => warnings.push(message) } });
    const catalog = new TaskConfigCatalog(h.ports, DEFAULT_CATALOG_SETTINGS, silentLogger);
    h.events.subscribe('task-config.changed', ({ taskType }) => catalog.invalidate(taskType));
    other = { catalog, put: new PutTaskConfigService(h.ports, catalog) };
    await h.defineType({ taskType: 'echo', executorType: 'echo', maxConcurrent: 3 });
  });

  /** A change another process stored whose event never came. */
  const storeOnly = async (changes: Partial<TaskConfigProps>) => {
    await h.ports.configs.save({ ...(await h.ports.configs.findByType('echo'))!, ...changes });
  };
  const maxConcurrent = async (catalog: TaskConfigCatalog = h.catalog) => (await catalog.get('echo'))?.maxConcurrent;

  it('reads a type from the store once and serves it from memory until the ttl has passed', async () => {
    expect(await maxConcurrent()).toBe(3);
    await storeOnly({ maxConcurrent: 4 });
    const readsBefore = h.faults.configs.calls('findByType').length;
    const reads = () => h.faults.configs.calls('findByType').length - readsBefore;
    h.clock.advance(TTL - 1);
    expect(await maxConcurrent()).toBe(3);
    expect(reads()).toBe(0);

    h.clock.advance(1);
    expect(await maxConcurrent()).toBe(4);
    expect(reads()).toBe(1);
  });

  it("applies another process's change as soon as its event arrives", async () => {
    expect(await maxConcurrent()).toBe(3);
    await other.put.put({ taskType: 'echo', executorType: 'echo', maxConcurrent: 7 });
    expect(await maxConcurrent()).toBe(7);
  });

  it('serves its own change at once, even when the event about it is lost', async () => {
    expect(await maxConcurrent(other.catalog)).toBe(3);
    h.faults.events.failNext('publish', { error: new StoreUnavailableError('Redis', 'reconnecting') });
    await expect(other.put.put({ taskType: 'echo', executorType: 'echo', maxConcurrent: 8 })).resolves.toMatchObject({ created: false });
    expect(await maxConcurrent(other.catalog)).toBe(8);
  });

  it('warns once when the change event cannot be published, never fails the change, and the others catch up after the ttl', async () => {
    expect(await maxConcurrent(other.catalog)).toBe(3);
    h.faults.events.failNext('publish', { error: new StoreUnavailableError('Redis', 'reconnecting') });
    await h.configs.put({ taskType: 'echo', executorType: 'echo', maxConcurrent: 9 });
    expect(warnings).toEqual([`task-config.changed of echo not published; other processes see the change within ${TTL} ms: Redis is unavailable: reconnecting`]);
    expect(await maxConcurrent(other.catalog)).toBe(3);
    h.clock.advance(TTL);
    expect(await maxConcurrent(other.catalog)).toBe(9);
  });

  it('makes a type disabled elsewhere refuse creates here once its event arrives', async () => {
    await expect(h.tasks.create({ taskType: 'echo' })).resolves.toMatchObject({ created: true });
    await other.put.put({ taskType: 'echo', executorType: 'echo', enabled: false });
    await expect(h.tasks.create({ taskType: 'echo' })).rejects.toEqual(new UnknownTaskTypeError('echo', 'disabled'));
  });

  it('forgets a deleted type in every process', async () => {
    expect(await maxConcurrent(other.catalog)).toBe(3);
    await h.configs.remove('echo');
    expect(await h.catalog.get('echo')).toBeNull();
    expect(await other.catalog.get('echo')).toBeNull();
  });

  it('does not remember a type that does not exist, so one created elsewhere is seen at once', async () => {
    expect(await h.catalog.get('late')).toBeNull();
    await h.ports.configs.save({ ...(await h.ports.configs.findByType('echo'))!, taskType: 'late' });
    expect((await h.catalog.get('late'))?.taskType).toBe('late');
  });

  it('shares one read between callers that ask together', async () => {
    const readsBefore = h.faults.configs.calls('findByType').length;
    const [a, b] = await Promise.all([h.catalog.get('echo'), h.catalog.get('echo')]);
    expect(a).toBe(b);
    expect(h.faults.configs.calls('findByType').length - readsBefore).toBe(1);
  });

  it('does not keep what a read under way found when the type changed meanwhile', async () => {
    // The read has what the store held before the change, and its answer waits until the change is made.
    const read = h.faults.configs.holdNext('findByType', { at: 'after' });
    const early = h.catalog.get('echo');
    await read.reached;
    await other.put.put({ taskType: 'echo', executorType: 'echo', maxConcurrent: 5 });
    read.release();
    expect((await early)?.maxConcurrent).toBe(3); // asked before the change
    expect(await maxConcurrent()).toBe(5);
  });

  it('gives the configs of the types asked for that exist, by type', async () => {
    await h.defineType({ taskType: 'noop', executorType: 'noop' });
    const configs = await h.catalog.getMany(['echo', 'missing', 'noop', 'echo']);
    expect([...configs.keys()].sort()).toEqual(['echo', 'noop']);
    expect(configs.get('noop')?.executorType).toBe('noop');
  });
});
