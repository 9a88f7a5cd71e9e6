import { Link } from 'react-router';
import type { ReactNode } from 'react';
import type { Task } from '@asynctask/client';
import { formatDateTime } from '../../ui/format';

/** Every scalar field of a task, as a definition list. */
export function TaskFields({ task }: { readonly task: Task }) {
  const when = (iso: string | null) => (iso ? formatDateTime(iso) : '—');
  const rows: [string, ReactNode][] = [
    ['Task type', task.taskType],
    ['Priority', task.priority],
    ['Attempts', `${task.attempt} started; retries used ${task.retryCount} of ${task.maxRetry}`],
    ['Timeout', `${task.timeout} s`],
    ['Worker', task.workerId ? <Link to={`/tasks?workerId=${encodeURIComponent(task.workerId)}`}>{task.workerId}</Link> : '—'],
    ['Idempotency key', task.idempotencyKey ?? '—'],
    ['Created', when(task.createdAt)],
    ['Runs at', when(task.runAt)],
    ['Scheduled', when(task.scheduledAt)],
    ['Started', when(task.startedAt)],
    ['Completed', when(task.completedAt)],
  ];
  return (
    <dl className="fields panel">
      {rows.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
