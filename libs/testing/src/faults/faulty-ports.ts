import { DispatchQueue, TaskRepository } from '@asynctask/domain';
import { FaultyPort } from './faulty-port';

/** A DispatchQueue that faults on command; its injected errors name Redis, the store behind it in production. */
export class FaultyDispatchQueue extends FaultyPort<DispatchQueue> {
  constructor(queue: DispatchQueue) {
    super(queue, 'Redis');
  }
}

/** A TaskRepository that faults on command; its injected errors name MySQL, the store behind it in production. */
export class FaultyTaskRepository extends FaultyPort<TaskRepository> {
  constructor(tasks: TaskRepository) {
    super(tasks, 'MySQL');
  }
}
