import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { PutTaskConfigInput } from '@asynctask/client';
import { api } from './client';

/** After a change, the views that show it ask again at once instead of at their next refresh. */
async function refreshTasks(queryClient: QueryClient): Promise<void> {
  await Promise.all(['task', 'tasks', 'stats'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
}

export function useTaskAction(action: 'retry' | 'cancel') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (taskId: string) => (action === 'retry' ? api.tasks.retry(taskId) : api.tasks.cancel(taskId)),
    onSettled: () => refreshTasks(queryClient),
  });
}

export function useRefreshTasks(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => refreshTasks(queryClient);
}

export function usePutTaskType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskType, input }: { taskType: string; input: PutTaskConfigInput }) => api.taskTypes.put(taskType, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['task-types'] }),
  });
}

export function useDeleteTaskType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (taskType: string) => api.taskTypes.delete(taskType),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['task-types'] }),
  });
}
