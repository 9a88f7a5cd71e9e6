import type { FormEvent } from 'react';
import { TASK_STATUSES, type ListTasksFilter, type TaskStatus } from '@asynctask/client';

interface TaskFilterFormProps {
  readonly filter: ListTasksFilter;
  readonly onChange: (filter: ListTasksFilter) => void;
}

/** Status, task type and worker; applying a filter starts again from the first page. */
export function TaskFilterForm({ filter, onChange }: TaskFilterFormProps) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    onChange({ status: text('status') as TaskStatus | undefined, taskType: text('taskType'), workerId: text('workerId') });
  }

  // Keyed by the filter so that the fields show the URL's values after back/forward.
  return (
    <form key={JSON.stringify(filter)} className="filters panel" onSubmit={submit} aria-label="Filter tasks">
      <label>
        Status
        <select name="status" defaultValue={filter.status ?? ''}>
          <option value="">Any status</option>
          {TASK_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </label>
      <label>
        Task type
        <input name="taskType" defaultValue={filter.taskType ?? ''} placeholder="any" />
      </label>
      <label>
        Worker
        <input name="workerId" defaultValue={filter.workerId ?? ''} placeholder="any" />
      </label>
      <button type="submit" className="button primary">
        Apply filters
      </button>
    </form>
  );
}
