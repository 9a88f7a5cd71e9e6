import { TaskPage, TaskQuery, TaskStatus } from '@asynctask/domain';
import { AsynctaskPorts } from '../../shared/ports';

export interface ListTasksQuery {
  readonly status?: TaskStatus;
  readonly taskType?: string;
  readonly workerId?: string;
  readonly limit?: number;
  readonly cursor?: string;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** Tasks newest first, filtered, a page at a time. */
export class ListTasksService {
  constructor(private readonly ports: Pick<AsynctaskPorts, 'tasks'>) {}

  list(query: ListTasksQuery): Promise<TaskPage> {
    return this.ports.tasks.list(toTaskQuery(query));
  }
}

function toTaskQuery(query: ListTasksQuery): TaskQuery {
  return {
    status: query.status,
    taskType: query.taskType,
    workerId: query.workerId,
    limit: Math.min(query.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    after: query.cursor,
  };
}
