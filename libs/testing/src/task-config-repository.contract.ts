import { TaskConfigRepository } from '@asynctask/domain';
import { Closable, aTaskConfigProps, at } from './builders';
import { useFixture } from './fixture';

type Fixture = { configs: TaskConfigRepository } & Closable;

/** What every TaskConfigRepository must do; memory and MySQL alike. */
export function describeTaskConfigRepositoryContract(adapterName: string, setup: () => Promise<Fixture>): void {
  describe(`TaskConfigRepository contract: ${adapterName}`, () => {
    const fixture = useFixture(setup);

    it('has no configs at first', async () => {
      expect(await fixture().configs.findAll()).toEqual([]);
      expect(await fixture().configs.findByType('echo')).toBeNull();
    });

    it('saves a config and returns it exactly', async () => {
      const config = aTaskConfigProps({ description: 'déjà vu ✓', executorConfig: { nested: { list: [1, 'two', null] }, empty: {} } });
      await fixture().configs.save(config);
      expect(await fixture().configs.findByType('echo')).toEqual(config);
      expect(await fixture().configs.findByType('missing')).toBeNull();
    });

    it('replaces the config of the same type', async () => {
      await fixture().configs.save(aTaskConfigProps());
      const replaced = aTaskConfigProps({
        taskName: 'Echo v2',
        executorType: 'http',
        executorConfig: {},
        retryStrategy: 'linear',
        routeStrategy: 'round_robin',
        enabled: false,
        maxConcurrent: 1,
        updatedAt: at(5000),
      });
      await fixture().configs.save(replaced);
      expect(await fixture().configs.findByType('echo')).toEqual(replaced);
      expect(await fixture().configs.findAll()).toEqual([replaced]);
    });

    it('lists all configs ordered by task type', async () => {
      const configs = ['mail', 'alpha', 'zeta', 'beta'].map((taskType) => aTaskConfigProps({ taskType }));
      for (const config of configs) await fixture().configs.save(config);
      expect(await fixture().configs.findAll()).toEqual([configs[1], configs[3], configs[0], configs[2]]);
    });

    it('deletes and says whether it existed', async () => {
      await fixture().configs.save(aTaskConfigProps());
      await fixture().configs.save(aTaskConfigProps({ taskType: 'kept' }));
      expect(await fixture().configs.delete('echo')).toBe(true);
      expect(await fixture().configs.delete('echo')).toBe(false);
      expect(await fixture().configs.delete('never')).toBe(false);
      expect(await fixture().configs.findByType('echo')).toBeNull();
      expect((await fixture().configs.findAll()).map((c) => c.taskType)).toEqual(['kept']);
    });

    it('does not let callers change what it stored', async () => {
      const config = aTaskConfigProps({ executorConfig: { url: 'http://a.test' } });
      await fixture().configs.save(config);
      (config.executorConfig as Record<string, unknown>)['url'] = 'http://changed.test';
      const read = await fixture().configs.findByType('echo');
      (read?.executorConfig as Record<string, unknown>)['url'] = 'http://changed-again.test';
      ((await fixture().configs.findAll())[0].executorConfig as Record<string, unknown>)['extra'] = 1;
      expect((await fixture().configs.findByType('echo'))?.executorConfig).toEqual({ url: 'http://a.test' });
    });
  });
}
