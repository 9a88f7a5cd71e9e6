import { API, startStandalone } from './standalone-test-app';

/** The value of one sample line of a Prometheus text exposition, 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('standalone /metrics', () => {
  let s: Awaited<ReturnType<typeof startStandalone>>;

  beforeAll(async () => {
    s = await startStandalone();
    await s.http().put(`${API}/task-configs/metered`).send({ executorType: 'echo' }).expect(201);
    await s.http().put(`${API}/task-configs/metered-fail`).send({ executorType: 'fail', defaultMaxRetry: 0 }).expect(201);
  });
  afterAll(() => s.close());

  const scrape = async () => (await s.http().get('/metrics').expect(200)).text;

  it('counts created, dispatched, started and finished tasks by type and outcome, and times them', async () => {
    const before = await scrape();
    const ok = await s.http().post(`${API}/tasks/batch`).send({ tasks: [{ taskType: 'metered' }, { taskType: 'metered' }] }).expect(201);
    const bad = await s.http().post(`${API}/tasks`).send({ taskType: 'metered-fail' }).expect(201);
    for (const t of ok.body.tasks) await s.waitForTask(t.taskId, ['SUCCESS']);
    await s.waitForTask(bad.body.taskId, ['FAILED']);
    const after = await scrape();

    const moved = (series: string) => sample(after, series) - sample(before, series);
    expect(moved('asynctask_tasks_created_total{task_type="metered"}')).toBe(2);
    expect(moved('asynctask_tasks_created_total{task_type="metered-fail"}')).toBe(1);
    expect(moved('asynctask_tasks_dispatched_total')).toBe(3);
    expect(moved('asynctask_tasks_started_total{task_type="metered"}')).toBe(2);
    expect(moved('asynctask_tasks_finished_total{task_type="metered",outcome="SUCCESS"}')).toBe(2);
    expect(moved('asynctask_tasks_finished_total{task_type="metered-fail",outcome="FAILED"}')).toBe(1);
    expect(moved('asynctask_task_duration_seconds_count{task_type="metered",outcome="SUCCESS"}')).toBe(2);
    expect(moved('asynctask_task_queue_wait_seconds_count{task_type="metered"}')).toBe(2);
  });

  it('reports queue depth, workers, leadership and the process metrics', async () => {
    await s.http().post(`${API}/tasks`).send({ taskType: 'metered', delaySeconds: 3600 }).expect(201);
    const text = await scrape();
    expect(sample(text, 'asynctask_queue_depth{queue="delayed"}')).toBe(1);
    expect(sample(text, 'asynctask_workers{status="ONLINE"}')).toBe(1);
    expect(sample(text, 'asynctask_worker_capacity')).toBe(10);
    expect(sample(text, 'asynctask_scheduler_leader')).toBe(1);
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('counts the cluster events published and handled by type, the in-process transport taking them to the handlers', async () => {
    const before = await scrape();
    await s.http().put(`${API}/task-configs/metered-nap`).send({ executorType: 'sleep', defaultTimeout: 60 }).expect(201);
    const { body } = await s.http().post(`${API}/tasks`).send({ taskType: 'metered-nap', payload: { ms: 60_000 } }).expect(201);
    await s.waitForTask(body.taskId, ['RUNNING']);
    await s.http().post(`${API}/tasks/${body.taskId}/cancel`).expect(200);
    const after = await scrape();

    const moved = (series: string) => sample(after, series) - sample(before, series);
    expect(moved('asynctask_cluster_events_published_total{type="task-config.changed"}')).toBe(1);
    expect(moved('asynctask_cluster_events_handled_total{type="task-config.changed"}')).toBe(1);
    expect(moved('asynctask_cluster_events_published_total{type="task.cancelled"}')).toBe(1);
    expect(moved('asynctask_cluster_events_handled_total{type="task.cancelled"}')).toBe(1);
    expect(moved('asynctask_cluster_events_published_total{type="task.ended"}')).toBe(1);
    // Nothing in this process handles task.ended yet.
    expect(moved('asynctask_cluster_events_handled_total{type="task.ended"}')).toBe(0);
    expect(moved('asynctask_cluster_events_publish_failed_total{type="task.cancelled"}')).toBe(0);
    // The worker's handler aborted the attempt before the cancel answered.
    expect(moved('asynctask_tasks_finished_total{task_type="metered-nap",outcome="CANCELLED"}')).toBe(1);
  });
});
