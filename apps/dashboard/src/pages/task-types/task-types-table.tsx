import type { TaskConfig } from '@asynctask/client';
import { Link } from 'react-router';
import { TaskTypeActions } from './task-type-actions';

export function TaskTypesTable({ taskTypes, canWrite }: { readonly taskTypes: readonly TaskConfig[]; readonly canWrite: boolean }) {
  return (
    <div className="panel table-panel">
      <table className="data-table stack-on-narrow">
        <caption className="visually-hidden">Task types</caption>
        <thead>
          <tr>
            <th scope="col">Task type</th>
            <th scope="col">Executor</th>
            <th scope="col">Retries</th>
            <th scope="col">Timeout</th>
            <th scope="col">Max concurrent</th>
            <th scope="col">Enabled</th>
            {canWrite && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {taskTypes.map((type) => (
            <tr key={type.taskType}>
              <th scope="row" data-label="Task type">
                <div>
                  <Link to={`/tasks?taskType=${encodeURIComponent(type.taskType)}`}>{type.taskType}</Link>
                  {type.description && <span className="muted small block">{type.description}</span>}
                </div>
              </th>
              <td data-label="Executor">
                <span className="chip">{type.executorType}</span>
              </td>
              <td data-label="Retries">{type.defaultMaxRetry === 0 ? 'None' : `${type.defaultMaxRetry} (${type.retryStrategy}, ${type.retryDelay} s)`}</td>
              <td data-label="Timeout">{type.defaultTimeout} s</td>
              <td data-label="Max concurrent">{type.maxConcurrent}</td>
              <td data-label="Enabled">{type.enabled ? 'Yes' : <span className="badge status-offline">Disabled</span>}</td>
              {canWrite && (
                <td data-label="Actions">
                  <TaskTypeActions config={type} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
