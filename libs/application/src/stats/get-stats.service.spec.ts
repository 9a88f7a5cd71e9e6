import { GetStatsService } from './get-stats.service';
import { useCaseHarness } from '../testing/use-case-harness';

describe('GetStatsService', () => {
  it('counts tasks per status, optionally of one type, with the queue depths and the leader', async () => {
    const h = useCaseHarness();
    await h.defineType({ taskType: 'echo', executorType: 'echo' });
    await h.defineType({ taskType: 'later', executorType: 'echo' });
    await h.tasks.create({ taskType: 'echo' });
    await h.tasks.create({ taskType: 'later', delaySeconds: 60 });
    const stats = new GetStatsService(h.ports);
    expect(await stats.stats({})).toMatchObject({ tasks: { PENDING: 2, SUCCESS: 0 }, queues: { ready: 1, delayed: 1 }, leader: null });
    expect((await stats.stats({ taskType: 'later' })).tasks.PENDING).toBe(1);
    await h.scheduler.runRound();
    expect((await stats.stats({})).leader).toBe('scheduler-1');
  });
});
