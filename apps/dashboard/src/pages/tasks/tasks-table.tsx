import { Link } from 'react-router';
import type { Task } from '@asynctask/client';
import { RelativeTime } from '../../ui/relative-time';
import { StatusBadge } from '../../ui/status-badge';

export function TasksTable({ tasks }: { readonly tasks: Task[] }) {
  return (
    <div className="panel table-panel">
      <table className="data-table stack-on-narrow">
        <caption className="visually-hidden">Tasks, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col">Priority</th>
            <th scope="col">Attempt</th>
            <th scope="col">Worker</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.taskId}>
              <th scope="row" data-label="Task">
                <Link className="mono" to={`/tasks/${task.taskId}`}>
                  {task.taskId}
                </Link>
              </th>
              <td data-label="Type">{task.taskType}</td>
              <td data-label="Status">
                <StatusBadge status={task.status} />
              </td>
              <td data-label="Priority">{task.priority}</td>
              <td data-label="Attempt">
                {task.attempt} of {task.maxRetry + 1}
              </td>
              <td data-label="Worker" className="mono">
                {task.workerId ?? '—'}
              </td>
              <td data-label="Created">
                <RelativeTime iso={task.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
