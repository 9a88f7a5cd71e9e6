import { Link } from 'react-router';
import { useTaskTypes } from '../../api/queries';
import { PageHeader } from '../../ui/page-header';
import { QueryStatus } from '../../ui/query-status';

export function TaskTypesPage() {
  const taskTypes = useTaskTypes();
  return (
    <>
      <PageHeader title="Task types" description="What each type of task runs with, and how it is retried." />
      <QueryStatus query={taskTypes}>
        {(items) =>
          items.length === 0 ? (
            <div className="panel empty">
              <p>No task type yet.</p>
              <p className="muted">
                Create one with <code>PUT /api/v1/task-configs/&#123;taskType&#125;</code>.
              </p>
            </div>
          ) : (
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
                  </tr>
                </thead>
                <tbody>
                  {items.map((type) => (
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
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryStatus>
    </>
  );
}
