import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ListTasksFilter } from '@asynctask/client';
import { api } from './client';

/** How often a view that shows live state asks again; one request per view every few seconds. */
export const REFRESH_MS = 5_000;

export function useStats() {
  return useQuery({ queryKey: ['stats'], queryFn: () => api.stats.get(), refetchInterval: REFRESH_MS });
}

export function useWorkers() {
  return useQuery({ queryKey: ['workers'], queryFn: () => api.workers.list(), refetchInterval: REFRESH_MS });
}

export function useTasks(filter: ListTasksFilter) {
  return useQuery({ queryKey: ['tasks', filter], queryFn: () => api.tasks.list(filter), placeholderData: keepPreviousData, refetchInterval: REFRESH_MS });
}

export function useTask(taskId: string) {
  return useQuery({ queryKey: ['task', taskId], queryFn: () => api.tasks.get(taskId), refetchInterval: REFRESH_MS });
}

export function useTaskLogs(taskId: string) {
  return useQuery({ queryKey: ['task', taskId, 'logs'], queryFn: () => api.tasks.logs(taskId), refetchInterval: REFRESH_MS });
}

export function useTaskTypes() {
  return useQuery({ queryKey: ['task-types'], queryFn: () => api.taskTypes.list() });
}

export function useTaskType(taskType: string) {
  return useQuery({ queryKey: ['task-types', taskType], queryFn: () => api.taskTypes.get(taskType) });
}

/** What the tab's key may do; asked once per key (a new key resets every query). */
export function useAccess() {
  return useQuery({ queryKey: ['auth'], queryFn: () => api.auth.get(), staleTime: Infinity });
}

/** Whether the actions that change something may be offered: not while unknown, not to a read-only key. */
export function useCanWrite(): boolean {
  const access = useAccess().data?.access;
  return access === 'open' || access === 'write';
}
