import { onServer, waitFor } from '@asynctask/testing/local-servers';
import { Cluster } from '../support/cluster';
import { ContinuousSubmitter } from '../support/continuous-submitter';
import { expectEverySucceededOnce } from '../support/exactly-once';

const DATABASE_URL = process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/asynctask';

/** Kills every session open on `database` (KILL CONNECTION, as a DBA or a proxy failover would); returns how many. */
async function killSessions(database: string): Promise<number> {
  return onServer(DATABASE_URL, async (connection) => {
    const [rows] = await connection.query('SELECT id FROM information_schema.PROCESSLIST WHERE db = ?', [database]);
    const ids = (rows as { id: number }[]).map((row) => row.id);
    // A session may end by itself between the SELECT and its KILL.
    for (const id of ids) await connection.query('KILL CONNECTION ?', [id]).catch(() => undefined);
    return ids.length;
  });
}

/**
 * The apps keep working when MySQL ends their sessions under them: every session of the app's
 * database is killed, twice, while tasks flow.
 */
describe('MySQL sessions killed under load', () => {
  let cluster: Cluster | null = null;

  afterEach(async () => {
    await cluster?.stop();
    cluster = null;
  }, 60_000);

  it('every accepted task still ends SUCCESS exactly once, and no app exits', async () => {
    const c = (cluster = await Cluster.start({ workers: 2, workerCapacity: 4, env: { DATABASE_POOL_SIZE: '5' } }));
    await c.api.taskTypes.put('nap', { executorType: 'sleep', defaultTimeout: 60, retryDelay: 0 });
    const submitter = new ContinuousSubmitter(c.raw, { taskType: 'nap', payload: { ms: 100 } });
    const killed: number[] = [];
    for (let round = 1; round <= 2; round++) {
      await waitFor('tasks to flow', async () => ((await c.api.stats.get()).tasks.SUCCESS >= 20 * round ? true : undefined), 60_000);
      killed.push(await killSessions(c.database));
    }
    const killedAt = Date.now();
    await waitFor('tasks submitted after the kills', async () => (submitter.submissions.filter((s) => s.at > killedAt && s.status === 201).length >= 10 ? true : undefined), 60_000);
    const accepted = await submitter.stop();
    await expectEverySucceededOnce(c.api, accepted);
    expect([...c.schedulers, ...c.workers].filter((p) => !p.running).map((p) => p.name)).toEqual([]);
    const refusals = submitter.refusals;
    console.log(
      `KILL CONNECTION of every session, twice (${killed.join(' and ')} sessions): ${refusals.length} of ${submitter.submissions.length} batch submits refused ` +
        `(${[...new Set(refusals.map((r) => r.status))].join(', ')}); ${accepted.length} tasks accepted, each SUCCESS once`,
    );
  }, 180_000);
});
