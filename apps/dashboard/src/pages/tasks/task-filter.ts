import { TASK_STATUSES, type ListTasksFilter, type TaskStatus } from '@asynctask/client';

/** The task list's filter as the URL carries it (?status=&taskType=&workerId=&cursor=), so links share the view. */
export function taskFilterOf(search: URLSearchParams): ListTasksFilter {
  const status = search.get('status');
  return {
    status: TASK_STATUSES.includes(status as TaskStatus) ? (status as TaskStatus) : undefined,
    taskType: search.get('taskType') || undefined,
    workerId: search.get('workerId') || undefined,
    cursor: search.get('cursor') || undefined,
  };
}

export function searchOf(filter: ListTasksFilter): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of ['status', 'taskType', 'workerId', 'cursor'] as const) {
    const value = filter[name];
    if (value) search.set(name, value);
  }
  return search;
}
