import type { TaskLog } from '@asynctask/client';
import { formatDateTime } from '../../ui/format';
import { StatusBadge } from '../../ui/status-badge';

/** The audit log, oldest first: one entry per status change. */
export function TaskTimeline({ logs }: { readonly logs: readonly TaskLog[] }) {
  return (
    <ol className="timeline">
      {logs.map((log) => (
        <li key={log.logId}>
          <div className="timeline-head">
            <strong>{log.logType}</strong>
            <StatusBadge status={log.toStatus} />
            <time className="muted small" dateTime={log.createdAt}>
              {formatDateTime(log.createdAt)}
            </time>
          </div>
          <p className="muted">{log.message}</p>
        </li>
      ))}
    </ol>
  );
}
