import { useCaseHarness } from '../../testing/use-case-harness';

describe('PutTaskConfigService', () => {
  it('creates a task type with the defaults, then replaces it', async () => {
    const h = useCaseHarness();
    const first = await h.configs.put({ taskType: 'mail', executorType: 'http', executorConfig: { url: 'http://example.test/' } });
    expect(first).toMatchObject({ created: true, config: { taskType: 'mail', defaultTimeout: 30, defaultMaxRetry: 3, enabled: true } });
    const second = await h.configs.put({ taskType: 'mail', executorType: 'echo', defaultTimeout: 5 });
    expect(second).toMatchObject({ created: false, config: { executorType: 'echo', defaultTimeout: 5 } });
    expect(await h.configs.get('mail')).toEqual(second.config);
  });

  it('keeps when the type was created, and stamps when it was replaced', async () => {
    const h = useCaseHarness();
    const { config: created } = await h.configs.put({ taskType: 'mail', executorType: 'echo' });
    h.clock.advance(5000);
    const { config: replaced } = await h.configs.put({ taskType: 'mail', executorType: 'noop' });
    expect(replaced.createdAt).toEqual(created.createdAt);
    expect(replaced.updatedAt).toEqual(h.clock.now());
  });
});
