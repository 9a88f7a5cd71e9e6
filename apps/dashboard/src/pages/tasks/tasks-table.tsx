import type { Task } from '@asynctask/client';
import { Link } from 'react-router';
import { RelativeTime } from '../../ui/relative-time';
import { StatusBadge } from '../../ui/status-badge';

/** Which tasks are ticked; absent when the key may not act on tasks. */
export interface TaskSelection {
  readonly selected: ReadonlySet<string>;
  readonly toggle: (taskId: string) => void;
  readonly toggleAll: () => void;
}

export function TasksTable({ tasks, selection }: { readonly tasks: readonly Task[]; readonly selection?: TaskSelection }) {
  const allSelected = selection !== undefined && tasks.length > 0 && tasks.every((task) => selection.selected.has(task.taskId));
  return (
    <div className="panel table-panel">
      <table className="data-table stack-on-narrow">
        <caption className="visually-hidden">Tasks, newest first</caption>
        <thead>
          <tr>
            {selection && (
              <th scope="col" className="select-cell">
                <input type="checkbox" aria-label="Select every task on this page" checked={allSelected} onChange={selection.toggleAll} />
              </th>
            )}
            <th scope="col">Task</th>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col">Priority</th>
            <th scope="col">Attempts</th>
            <th scope="col">Worker</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.taskId}>
              {selection && (
                <td data-label="Select" className="select-cell">
                  <input
                    type="checkbox"
                    aria-label={`Select task ${task.taskId}`}
                    checked={selection.selected.has(task.taskId)}
                    onChange={() => selection.toggle(task.taskId)}
                  />
                </td>
              )}
              <th scope="row" data-label="Task" className="nowrap">
                <Link className="mono" to={`/tasks/${task.taskId}`}>
                  {task.taskId}
                </Link>
              </th>
              <td data-label="Type" className="nowrap">
                {task.taskType}
              </td>
              <td data-label="Status">
                <StatusBadge status={task.status} />
              </td>
              <td data-label="Priority">{task.priority}</td>
              <td data-label="Attempts">{task.attempt}</td>
              <td data-label="Worker" className="nowrap">
                <span className="mono">{task.workerId ?? '—'}</span>
              </td>
              <td data-label="Created" className="nowrap">
                <RelativeTime iso={task.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
