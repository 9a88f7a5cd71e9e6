import type { ItemList, Page, Stats, Task, TaskListFilter, TaskLog, TaskType, Worker } from './api-types';
import { getJson } from './http';

/**
 * The API as the views call it. Named like @asynctask/client (tasks.list, workers.list, stats.get…)
 * so that, once that client lands, this file is the one place that changes.
 */
export const api = {
  stats: { get: () => getJson<Stats>('/stats') },
  workers: { list: () => getJson<ItemList<Worker>>('/workers') },
  tasks: {
    list: (filter: TaskListFilter) => getJson<Page<Task>>('/tasks', { ...filter }),
    get: (taskId: string) => getJson<Task>(`/tasks/${encodeURIComponent(taskId)}`),
    logs: (taskId: string) => getJson<ItemList<TaskLog>>(`/tasks/${encodeURIComponent(taskId)}/logs`),
  },
  taskTypes: { list: () => getJson<ItemList<TaskType>>('/task-configs') },
};
