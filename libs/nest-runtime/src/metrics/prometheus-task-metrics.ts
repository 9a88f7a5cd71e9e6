import { Counter, Gauge, Histogram, register } from 'prom-client';
import { AsynctaskPorts, TaskMetrics } from '@asynctask/application';

/** prom-client's registry is per process: reuse a metric when an app is built twice (as in tests). */
function metric<T>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/** The use cases' counters and timings as Prometheus metrics, named after its conventions. */
export class PrometheusTaskMetrics implements TaskMetrics {
  private readonly created = metric('asynctask_tasks_created_total', () => new Counter({ name: 'asynctask_tasks_created_total', help: 'Tasks accepted', labelNames: ['task_type'] }));
  private readonly dispatched = metric('asynctask_tasks_dispatched_total', () => new Counter({ name: 'asynctask_tasks_dispatched_total', help: 'Tasks handed to a worker queue' }));
  private readonly started = metric('asynctask_tasks_started_total', () => new Counter({ name: 'asynctask_tasks_started_total', help: 'Attempts started', labelNames: ['task_type'] }));
  private readonly finished = metric('asynctask_tasks_finished_total', () =>
    new Counter({ name: 'asynctask_tasks_finished_total', help: 'Attempts ended, by the status they led to (PENDING: retry)', labelNames: ['task_type', 'outcome'] }),
  );
  private readonly requeued = metric('asynctask_tasks_requeued_total', () =>
    new Counter({ name: 'asynctask_tasks_requeued_total', help: 'Tasks taken back from a lost or stopping worker, or lost dispatch state', labelNames: ['reason'] }),
  );
  private readonly followUpsFailed = metric('asynctask_dispatch_followups_failed_total', () =>
    new Counter({
      name: 'asynctask_dispatch_followups_failed_total',
      help: 'Redis steps after a stored change that failed, by step (the scheduler repairs them), counted per task',
      labelNames: ['step'],
    }),
  );
  private readonly duration = metric('asynctask_task_duration_seconds', () =>
    new Histogram({ name: 'asynctask_task_duration_seconds', help: 'Time an attempt ran', labelNames: ['task_type', 'outcome'], buckets: DURATION_BUCKETS }),
  );
  private readonly queueWait = metric('asynctask_task_queue_wait_seconds', () =>
    new Histogram({ name: 'asynctask_task_queue_wait_seconds', help: 'Time from due to started', labelNames: ['task_type'], buckets: DURATION_BUCKETS }),
  );

  tasksCreated(taskType: string, count: number): void {
    this.created.inc({ task_type: taskType }, count);
  }

  tasksDispatched(count: number): void {
    this.dispatched.inc(count);
  }

  taskStarted(taskType: string, queueWaitSeconds: number): void {
    this.started.inc({ task_type: taskType });
    this.queueWait.observe({ task_type: taskType }, queueWaitSeconds);
  }

  taskFinished(taskType: string, outcome: string, durationSeconds: number): void {
    this.finished.inc({ task_type: taskType, outcome });
    this.duration.observe({ task_type: taskType, outcome }, durationSeconds);
  }

  tasksRequeued(reason: string, count: number): void {
    this.requeued.inc({ reason }, count);
  }

  dispatchFollowUpFailed(step: string, count: number): void {
    this.followUpsFailed.inc({ step }, count);
  }
}

/**
 * Gauges read at scrape time from the stores: queue depths, and the registered workers'
 * capacity and load. Replaced when an app is built again, so they read that app's stores.
 */
export function registerStateGauges(ports: Pick<AsynctaskPorts, 'queue' | 'registry'>): void {
  for (const name of ['asynctask_queue_depth', 'asynctask_workers', 'asynctask_worker_capacity', 'asynctask_worker_load']) {
    register.removeSingleMetric(name);
  }
  new Gauge({
    name: 'asynctask_queue_depth',
    help: 'Tasks waiting: ready, delayed, in worker queues, in flight',
    labelNames: ['queue'],
    async collect() {
      const sizes = await ports.queue.sizes();
      this.set({ queue: 'ready' }, sizes.ready);
      this.set({ queue: 'delayed' }, sizes.delayed);
      this.set({ queue: 'dispatched' }, sizes.dispatched);
      this.set({ queue: 'in_flight' }, sizes.inFlight);
    },
  });
  const workers = async () => ports.registry.list();
  new Gauge({
    name: 'asynctask_workers',
    help: 'Registered workers by status',
    labelNames: ['status'],
    async collect() {
      const list = await workers();
      for (const status of ['ONLINE', 'DRAINING', 'OFFLINE']) this.set({ status }, list.filter((w) => w.status === status).length);
    },
  });
  new Gauge({
    name: 'asynctask_worker_capacity',
    help: 'Tasks the ONLINE workers can run at once',
    async collect() {
      this.set((await workers()).filter((w) => w.status === 'ONLINE').reduce((sum, w) => sum + w.capacity, 0));
    },
  });
  new Gauge({
    name: 'asynctask_worker_load',
    help: 'Tasks the workers run now, as they last reported',
    async collect() {
      this.set((await workers()).reduce((sum, w) => sum + w.currentLoad, 0));
    },
  });
}

/** 1 while this scheduler holds the leader lease. */
export function registerLeaderGauge(isLeader: () => boolean): void {
  register.removeSingleMetric('asynctask_scheduler_leader');
  new Gauge({
    name: 'asynctask_scheduler_leader',
    help: '1 when this scheduler is the leader',
    collect() {
      this.set(isLeader() ? 1 : 0);
    },
  });
}
