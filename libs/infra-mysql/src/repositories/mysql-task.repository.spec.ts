import { DuplicateIdempotencyKeyError, Task, TaskChange, TaskProps, TaskQuery } from '@asynctask/domain';
import { aTaskLog, aTaskProps, stamp } from '@asynctask/testing';
import { StatementRecorder } from '../test-support/statement-recorder';
import { useMigratedTestDatabase } from '../test-support/migrated-test-database';

// What the shared contract cannot see: how many statements the MySQL adapter sends, its chunking,
// and batches that name one task twice.
const db = useMigratedTestDatabase('asynctask_repo');
const statements = new StatementRecorder();

beforeAll(() => {
  db.adapters().dataSource.setOptions({ logger: statements });
});
beforeEach(async () => {
  await db.emptyTables();
  statements.take();
});

/** A stamp after every CREATED log of this file, so logs list in the order the changes were made. */
const later = (ms: number) => stamp(100_000_000 + ms);
const tasks = () => db.adapters().tasks;
const logTypes = async (taskId: string) => (await db.adapters().logs.listByTask(taskId)).map((l) => l.logType);

async function insert(...props: TaskProps[]): Promise<TaskProps[]> {
  await tasks().insert(props, props.map((t) => aTaskLog(t)));
  statements.take();
  return props;
}

describe('applyChange', () => {
  it('is one conditional UPDATE and the log INSERT, in one transaction', async () => {
    const [task] = await insert(aTaskProps());
    expect(await tasks().applyChange(Task.restore(task).schedule('w-1', stamp()))).toBe(true);
    expect(statements.take()).toEqual(['START', 'UPDATE', 'INSERT', 'COMMIT']);
  });

  it('writes no log when the UPDATE hit nothing', async () => {
    const [task] = await insert(aTaskProps({ status: 'CANCELLED' }));
    expect(await tasks().applyChange(Task.restore({ ...task, status: 'PENDING' }).schedule('w-1', stamp()))).toBe(false);
    expect(statements.take()).toEqual(['START', 'UPDATE', 'COMMIT']);
  });
});

describe('applyChanges', () => {
  it('sends one UPDATE per 500 changes and reads nothing back when all of them applied', async () => {
    const all = await insert(...Array.from({ length: 1001 }, () => aTaskProps()));
    const changes = all.map((t) => Task.restore(t).schedule('w-1', stamp()));
    expect(await tasks().applyChanges(changes)).toEqual(all.map((t) => t.taskId));
    expect(statements.take()).toEqual(['START', 'UPDATE', 'UPDATE', 'UPDATE', 'INSERT', 'INSERT', 'COMMIT']);
    expect(await tasks().findByIds([all[0].taskId, all[1000].taskId])).toEqual([changes[0].task, changes[1000].task]);
  });

  it('reads back which applied with one SELECT per chunk when only some did', async () => {
    const all = await insert(...Array.from({ length: 600 }, () => aTaskProps()));
    const stale = new Set([all[3].taskId, all[599].taskId]);
    const changes = all.map((t) => Task.restore(stale.has(t.taskId) ? { ...t, version: 0 } : t).schedule('w-1', stamp()));
    const applied = await tasks().applyChanges(changes);
    expect(applied).toEqual(all.map((t) => t.taskId).filter((id) => !stale.has(id)));
    expect(statements.take()).toEqual(['START', 'UPDATE', 'SELECT', 'UPDATE', 'SELECT', 'INSERT', 'COMMIT']);
    expect(await tasks().findById(all[3].taskId)).toEqual(all[3]);
    expect(await logTypes(all[3].taskId)).toEqual(['CREATED']);
  });

  it.each([1, 3])('finds the rows of %i changes by primary key, never by scanning the table', async (count) => {
    const all = await insert(...Array.from({ length: 50 }, () => aTaskProps()));
    await tasks().applyChanges(all.slice(0, count).map((t) => Task.restore(t).schedule('w-1', stamp())));
    const update = statements.takeStatements().find((s) => s.query.trim().startsWith('UPDATE'));
    // The rows as they were, so the plan is that of an UPDATE that matches.
    await db.emptyTables();
    await insert(...all);
    const plan: { table: string; key: string | null; rows: number }[] = await db.adapters().dataSource.query(`EXPLAIN ${update?.query}`, update?.parameters);
    const task = plan.find((step) => step.table === 't');
    expect(task).toMatchObject({ key: 'PRIMARY' });
    expect(Number(task?.rows)).toBeLessThanOrEqual(count);
  });

  it('sets only the columns the changes of a statement set', async () => {
    const all = await insert(aTaskProps(), aTaskProps());
    await tasks().applyChanges(all.map((t) => Task.restore(t).schedule('w-1', stamp())));
    const update = statements.takeStatements().find((s) => s.query.trim().startsWith('UPDATE'));
    const assigned = [...(update?.query ?? '').split(' SET ')[1].matchAll(/t\.(\w+) = v\./g)].map((m) => m[1]);
    expect(assigned.sort()).toEqual(['deadline_at', 'last_change', 'scheduled_at', 'status', 'updated_at', 'version', 'worker_id']);
  });

  it('applies two changes of one task in order, as one by one would', async () => {
    const [task] = await insert(aTaskProps());
    const scheduled = Task.restore(task).schedule('w-1', later(1));
    const started = Task.restore(scheduled.task).start(later(2));
    expect(await tasks().applyChanges([scheduled, started])).toEqual([task.taskId, task.taskId]);
    expect(await tasks().findById(task.taskId)).toEqual(started.task);
    expect(await logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED', 'STARTED']);
  });

  it("never writes a stale change's values because another change of the same task matched", async () => {
    const [task] = await insert(aTaskProps());
    // Expects SCHEDULED at version 2, which the row is not; listed first, so a single CASE would pick it.
    const stale: TaskChange = Task.restore({ ...task, status: 'SCHEDULED', workerId: 'w-9', version: 2 }).start(later(1));
    const fresh = Task.restore(task).schedule('w-1', later(1));
    expect(await tasks().applyChanges([stale, fresh])).toEqual([task.taskId]);
    expect(await tasks().findById(task.taskId)).toEqual(fresh.task);
    expect(await logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED']);
  });
});

describe('insert', () => {
  it('is one multi-row INSERT per 1000 tasks and per 1000 logs', async () => {
    const all = Array.from({ length: 1500 }, () => aTaskProps());
    await tasks().insert(all, all.map((t) => aTaskLog(t)));
    expect(statements.take()).toEqual(['START', 'INSERT', 'INSERT', 'INSERT', 'INSERT', 'COMMIT']);
    expect((await tasks().countByStatus({})).PENDING).toBe(1500);
  });

  it('stores nothing of a large batch whose last chunk reuses a key', async () => {
    const all = [...Array.from({ length: 1200 }, () => aTaskProps()), aTaskProps({ idempotencyKey: 'k' }), aTaskProps({ idempotencyKey: 'k' })];
    await expect(tasks().insert(all, all.map((t) => aTaskLog(t)))).rejects.toEqual(new DuplicateIdempotencyKeyError('k'));
    expect(await tasks().countByStatus({})).toEqual(expect.objectContaining({ PENDING: 0 }));
  });
});

describe('JSON columns', () => {
  it('keep strings that read as other JSON as strings', async () => {
    const results = ['123', 'true', 'null', '{"a":1}', '"quoted"', ''];
    const stored = await insert(...results.map((result) => aTaskProps({ status: 'SUCCESS', result, payload: { text: result } })));
    expect(await tasks().findByIds(stored.map((t) => t.taskId))).toEqual(stored);
  });

  it('keep values written by a batched change exactly', async () => {
    const running = () => aTaskProps({ status: 'RUNNING', workerId: 'w-1' });
    const [a, b, c] = await insert(running(), running(), running());
    const changes = [
      Task.restore(a).succeed('42', stamp()),
      Task.restore(b).succeed({ list: [1, 'two', null], text: 'naïve ✓ "q" \\ \n' }, stamp()),
      Task.restore(c).fail({ retryable: false, error: "l'erreur ✗ \"quoted\" \\ end" }, { delaySeconds: () => 0 }, stamp()),
    ];
    await tasks().applyChanges(changes);
    expect(await tasks().findByIds([a.taskId, b.taskId, c.taskId])).toEqual(changes.map((change) => change.task));
  });
});

describe('list', () => {
  type PlanStep = { table: string; type: string; key: string | null; rows: number | string; Extra: string | null };

  /** The plan of the SELECT that `list(query)` sends, over a table with many tasks of several statuses, types and workers. */
  async function planOf(query: TaskQuery): Promise<PlanStep> {
    await tasks().list(query);
    const select = statements.takeStatements().find((s) => s.query.trim().startsWith('SELECT'));
    const plan: PlanStep[] = await db.adapters().dataSource.query(`EXPLAIN ${select?.query}`, select?.parameters);
    return plan.find((step) => step.table === 't') as PlanStep;
  }

  /** Many tasks of several statuses, types and workers (the suite's beforeEach empties the tables); returns a cursor halfway. */
  async function insertMany(): Promise<string> {
    const statuses = ['PENDING', 'RUNNING', 'SUCCESS', 'FAILED'] as const;
    const all = Array.from({ length: 4000 }, (_, i) => {
      const status = statuses[i % 4];
      return aTaskProps({ status, taskType: `type-${i % 20}`, workerId: status === 'PENDING' ? null : `w-${i % 40}` });
    });
    await insert(...all);
    await db.adapters().dataSource.query('ANALYZE TABLE task');
    statements.take();
    return all[2000].taskId;
  }

  it.each<[string, Omit<TaskQuery, 'limit' | 'after'>]>([
    ['status', { status: 'FAILED' }],
    ['task type', { taskType: 'type-3' }],
    ['worker', { workerId: 'w-7' }],
    ['status and task type', { status: 'FAILED', taskType: 'type-3' }],
    ['status and worker', { status: 'FAILED', workerId: 'w-7' }],
  ])('reads a page filtered by %s through an index, in its order, without sorting', async (_name, filter) => {
    const step = await planOf({ ...filter, limit: 51, after: await insertMany() });
    expect(step.type).not.toBe('ALL');
    expect(step.key).not.toBeNull();
    expect(step.Extra ?? '').not.toContain('filesort');
  });
});
