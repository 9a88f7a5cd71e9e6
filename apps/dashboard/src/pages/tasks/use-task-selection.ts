import { useState } from 'react';
import type { Task } from '@asynctask/client';
import type { TaskSelection } from './tasks-table';

/** The ticked tasks of the page shown; cleared by `clear` (after an action) and when the page changes. */
export function useTaskSelection(tasks: readonly Task[], pageKey: string): TaskSelection & { readonly clear: () => void } {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [shownPage, setShownPage] = useState(pageKey);
  if (shownPage !== pageKey) {
    setShownPage(pageKey);
    setSelected(new Set());
  }
  const toggle = (taskId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(taskId)) next.add(taskId);
      return next;
    });
  const allSelected = tasks.length > 0 && tasks.every((task) => selected.has(task.taskId));
  const toggleAll = () => setSelected(allSelected ? new Set() : new Set(tasks.map((task) => task.taskId)));
  return { selected, toggle, toggleAll, clear: () => setSelected(new Set()) };
}
