import { TaskConfigRepository } from '@asynctask/domain';
import { Closable, aTaskConfig, at } from './builders';

type Fixture = { configs: TaskConfigRepository } & Closable;

export function describeTaskConfigRepositoryContract(adapterName: string, setup: () => Promise<Fixture>): void {
  describe(`TaskConfigRepository contract: ${adapterName}`, () => {
    let f: Fixture;
    beforeEach(async () => (f = await setup()));
    afterEach(() => f.close());

    it('saves a config and returns it exactly', async () => {
      const config = aTaskConfig();
      await f.configs.save(config);
      expect(await f.configs.findByType('echo')).toEqual(config);
      expect(await f.configs.findByType('missing')).toBeNull();
    });

    it('replaces the config of the same type', async () => {
      await f.configs.save(aTaskConfig());
      const replaced = aTaskConfig({ executorType: 'http', enabled: false, maxConcurrent: 1, updatedAt: at(5000) });
      await f.configs.save(replaced);
      expect(await f.configs.findByType('echo')).toEqual(replaced);
      expect(await f.configs.findAll()).toHaveLength(1);
    });

    it('lists all configs by task type', async () => {
      for (const taskType of ['mail', 'alpha', 'zeta']) await f.configs.save(aTaskConfig({ taskType }));
      expect((await f.configs.findAll()).map((c) => c.taskType)).toEqual(['alpha', 'mail', 'zeta']);
    });

    it('deletes and says whether it existed', async () => {
      await f.configs.save(aTaskConfig());
      expect(await f.configs.delete('echo')).toBe(true);
      expect(await f.configs.delete('echo')).toBe(false);
      expect(await f.configs.findByType('echo')).toBeNull();
    });
  });
}
