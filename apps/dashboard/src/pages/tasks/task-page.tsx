import { useParams } from 'react-router';
import { useTask, useTaskLogs } from '../../api/queries';
import { JsonBlock } from '../../ui/json-block';
import { PageHeader } from '../../ui/page-header';
import { QueryStatus } from '../../ui/query-status';
import { StatusBadge } from '../../ui/status-badge';
import { TaskActions } from './task-actions';
import { TaskFields } from './task-fields';
import { TaskTimeline } from './task-timeline';

export function TaskPage() {
  const taskId = useParams().taskId ?? '';
  const task = useTask(taskId);
  const logs = useTaskLogs(taskId);

  return (
    <QueryStatus query={task}>
      {(data) => (
        <>
          <PageHeader
            title={`Task ${data.taskId}`}
            aside={
              <div className="header-actions">
                <StatusBadge status={data.status} />
                <TaskActions task={data} />
              </div>
            }
          />
          {data.errorMessage && (
            <section aria-labelledby="error-heading" className="panel error-panel">
              <h2 id="error-heading">Error</h2>
              <p className="mono">{data.errorMessage}</p>
            </section>
          )}
          <div className="columns">
            <section aria-labelledby="fields-heading" className="section">
              <h2 id="fields-heading">Details</h2>
              <TaskFields task={data} />
            </section>
            <section aria-labelledby="history-heading" className="section">
              <h2 id="history-heading">History</h2>
              <QueryStatus query={logs}>{(items) => <TaskTimeline logs={items} />}</QueryStatus>
            </section>
          </div>
          <section aria-labelledby="payload-heading" className="section">
            <h2 id="payload-heading">Payload</h2>
            <JsonBlock value={data.payload} />
          </section>
          <section aria-labelledby="result-heading" className="section">
            <h2 id="result-heading">Result</h2>
            <JsonBlock value={data.result} />
          </section>
        </>
      )}
    </QueryStatus>
  );
}
