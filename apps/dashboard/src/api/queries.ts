import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './api';
import type { TaskListFilter } from './api-types';

/** How often a view that shows live state asks again; one request per view every few seconds. */
export const REFRESH_MS = 5_000;

export function useStats() {
  return useQuery({ queryKey: ['stats'], queryFn: api.stats.get, refetchInterval: REFRESH_MS });
}

export function useWorkers() {
  return useQuery({ queryKey: ['workers'], queryFn: api.workers.list, refetchInterval: REFRESH_MS });
}

export function useTasks(filter: TaskListFilter) {
  return useQuery({ queryKey: ['tasks', filter], queryFn: () => api.tasks.list(filter), placeholderData: keepPreviousData, refetchInterval: REFRESH_MS });
}

export function useTask(taskId: string) {
  return useQuery({ queryKey: ['task', taskId], queryFn: () => api.tasks.get(taskId), refetchInterval: REFRESH_MS });
}

export function useTaskLogs(taskId: string) {
  return useQuery({ queryKey: ['task', taskId, 'logs'], queryFn: () => api.tasks.logs(taskId), refetchInterval: REFRESH_MS });
}

export function useTaskTypes() {
  return useQuery({ queryKey: ['task-types'], queryFn: api.taskTypes.list });
}
