import { Link } from 'react-router';
import { TASK_STATUSES, type Stats } from '@asynctask/client';
import { formatCount } from '../../ui/format';

/** One tile per status; each opens the task list filtered to it. */
export function StatusTiles({ tasks }: { readonly tasks: Stats['tasks'] }) {
  return (
    <ul className="tiles" aria-label="Tasks by status">
      {TASK_STATUSES.map((status) => (
        <li key={status}>
          <Link className={`tile status-edge-${status.toLowerCase()}`} to={{ pathname: '/tasks', search: `?status=${status}` }}>
            <span className="tile-label">{status}</span> <span className="tile-value">{formatCount(tasks[status])}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
