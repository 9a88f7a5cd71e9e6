import { Assignment, DispatchQueue, LeasedTask, QueueEntry, QueueSizes } from '@asynctask/domain';
import { MemoryLeaderElection } from './memory-leader-election';
import { Waiters } from './waiters';

const PRIORITIES = 10;

/**
 * The ready queue, delayed set, per-worker queues and in-flight leases, in memory. Each method
 * changes all the structures it touches without awaiting, so every move is atomic.
 */
export class MemoryDispatchQueue implements DispatchQueue {
  /** One FIFO per priority; a Map keeps insertion order and removes in O(1). */
  private readonly ready = Array.from({ length: PRIORITIES }, () => new Map<string, true>());
  private readonly priorityOf = new Map<string, number>();
  private readonly delayed = new Map<string, { priority: number; runAt: number }>();
  private readonly workerQueues = new Map<string, string[]>();
  private readonly inFlight = new Map<string, Map<string, number>>();
  private readonly schedulerWaiters = new Waiters();
  private readonly workerWaiters = new Map<string, Waiters>();
  private stateMarker = false;

  constructor(private readonly election: MemoryLeaderElection) {}

  async enqueue(entries: readonly QueueEntry[], now: Date): Promise<void> {
    for (const entry of entries) {
      this.removeOne(entry.taskId);
      if (entry.runAt.getTime() <= now.getTime()) this.addReady(entry.taskId, entry.priority);
      else this.delayed.set(entry.taskId, { priority: entry.priority, runAt: entry.runAt.getTime() });
    }
    if (entries.length > 0) this.schedulerWaiters.wakeAll();
  }

  async promoteDue(now: Date, limit: number): Promise<number> {
    const due = [...this.delayed.entries()]
      .filter(([, d]) => d.runAt <= now.getTime())
      .sort(([, a], [, b]) => a.runAt - b.runAt)
      .slice(0, limit);
    for (const [taskId, { priority }] of due) {
      this.delayed.delete(taskId);
      this.addReady(taskId, priority);
    }
    if (due.length > 0) this.schedulerWaiters.wakeAll();
    return due.length;
  }

  async peek(limit: number): Promise<string[]> {
    const ids: string[] = [];
    for (const level of this.ready) {
      for (const taskId of level.keys()) {
        if (ids.length >= limit) return ids;
        ids.push(taskId);
      }
    }
    return ids;
  }

  async remove(taskIds: readonly string[]): Promise<void> {
    for (const taskId of taskIds) this.removeOne(taskId);
  }

  waitForWork(timeoutMs: number): Promise<void> {
    return this.schedulerWaiters.wait(timeoutMs);
  }

  async queued(taskIds: readonly string[]): Promise<boolean[]> {
    return taskIds.map((taskId) => this.priorityOf.has(taskId) || this.delayed.has(taskId));
  }

  async hasStateMarker(): Promise<boolean> {
    return this.stateMarker;
  }

  async setStateMarker(): Promise<void> {
    this.stateMarker = true;
  }

  async sizes(): Promise<QueueSizes> {
    let dispatched = 0;
    let inFlight = 0;
    for (const queue of this.workerQueues.values()) dispatched += queue.length;
    for (const leases of this.inFlight.values()) inFlight += leases.size;
    return { ready: this.priorityOf.size, delayed: this.delayed.size, dispatched, inFlight };
  }

  async moveToWorkers(assignments: readonly Assignment[], fencingToken: number): Promise<string[]> {
    if (!this.election.isCurrentToken(fencingToken)) return [];
    const moved: string[] = [];
    for (const { taskId, workerId } of assignments) {
      const priority = this.priorityOf.get(taskId);
      if (priority === undefined) continue;
      this.ready[priority - 1].delete(taskId);
      this.priorityOf.delete(taskId);
      this.queueOf(workerId).push(taskId);
      moved.push(taskId);
      this.waitersOf(workerId).wakeAll();
    }
    return moved;
  }

  async take(workerId: string, max: number, leaseUntil: Date, waitMs: number): Promise<string[]> {
    const taken = this.takeNow(workerId, max, leaseUntil);
    if (taken.length > 0 || waitMs <= 0) return taken;
    await this.waitersOf(workerId).wait(waitMs);
    return this.takeNow(workerId, max, leaseUntil);
  }

  async renewLeases(workerId: string, taskIds: readonly string[], leaseUntil: Date): Promise<void> {
    const leases = this.inFlight.get(workerId);
    for (const taskId of taskIds) if (leases?.has(taskId)) leases.set(taskId, leaseUntil.getTime());
  }

  async ack(workerId: string, taskIds: readonly string[]): Promise<void> {
    const leases = this.inFlight.get(workerId);
    for (const taskId of taskIds) leases?.delete(taskId);
    // A freed slot is a reason for the scheduler to look again.
    if (taskIds.length > 0) this.schedulerWaiters.wakeAll();
  }

  async expiredLeases(now: Date, limit: number): Promise<LeasedTask[]> {
    const expired: LeasedTask[] = [];
    for (const [workerId, leases] of this.inFlight) {
      for (const [taskId, until] of leases) {
        if (until < now.getTime()) expired.push({ taskId, workerId, leaseUntil: new Date(until) });
      }
    }
    return expired.sort((a, b) => a.leaseUntil.getTime() - b.leaseUntil.getTime()).slice(0, limit);
  }

  async holds(assignments: readonly Assignment[]): Promise<boolean[]> {
    return assignments.map(
      ({ taskId, workerId }) => (this.workerQueues.get(workerId)?.includes(taskId) ?? false) || (this.inFlight.get(workerId)?.has(taskId) ?? false),
    );
  }

  async restoreLeases(leases: readonly LeasedTask[]): Promise<void> {
    for (const { taskId, workerId, leaseUntil } of leases) {
      const held = this.inFlight.get(workerId) ?? new Map<string, number>();
      if (!held.has(taskId)) held.set(taskId, leaseUntil.getTime());
      this.inFlight.set(workerId, held);
    }
  }

  async releaseWorkerQueue(workerId: string): Promise<string[]> {
    const queued = this.workerQueues.get(workerId) ?? [];
    this.workerQueues.delete(workerId);
    return queued;
  }

  async interruptTake(workerId: string): Promise<void> {
    this.waitersOf(workerId).wakeAll();
  }

  private takeNow(workerId: string, max: number, leaseUntil: Date): string[] {
    const queue = this.queueOf(workerId);
    const taken = queue.splice(0, Math.max(0, max));
    const leases = this.inFlight.get(workerId) ?? new Map<string, number>();
    for (const taskId of taken) leases.set(taskId, leaseUntil.getTime());
    this.inFlight.set(workerId, leases);
    return taken;
  }

  private addReady(taskId: string, priority: number): void {
    const level = Math.min(PRIORITIES, Math.max(1, Math.round(priority)));
    this.ready[level - 1].set(taskId, true);
    this.priorityOf.set(taskId, level);
  }

  private removeOne(taskId: string): void {
    const priority = this.priorityOf.get(taskId);
    if (priority !== undefined) this.ready[priority - 1].delete(taskId);
    this.priorityOf.delete(taskId);
    this.delayed.delete(taskId);
  }

  private queueOf(workerId: string): string[] {
    let queue = this.workerQueues.get(workerId);
    if (!queue) this.workerQueues.set(workerId, (queue = []));
    return queue;
  }

  private waitersOf(workerId: string): Waiters {
    let waiters = this.workerWaiters.get(workerId);
    if (!waiters) this.workerWaiters.set(workerId, (waiters = new Waiters()));
    return waiters;
  }
}

