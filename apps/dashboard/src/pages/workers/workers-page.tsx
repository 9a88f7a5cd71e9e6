import type { Worker, WorkerStatus } from '@asynctask/client';
import { useWorkers } from '../../api/queries';
import { PageHeader } from '../../ui/page-header';
import { QueryStatus } from '../../ui/query-status';
import { RefreshedAt } from '../../ui/refreshed-at';
import { WorkersTable } from './workers-table';

export function WorkersPage() {
  const workers = useWorkers();
  return (
    <>
      <PageHeader
        title="Workers"
        description="The processes that run tasks: their load, the executors they offer and when each last reported."
        aside={<RefreshedAt updatedAt={workers.dataUpdatedAt} />}
      />
      <QueryStatus query={workers}>
        {(items) =>
          items.length === 0 ? (
            <div className="panel empty">
              <p>No worker has registered yet.</p>
              <p className="muted">
                Start one with <code>node dist/apps/worker/main.js</code>; it appears here within seconds.
              </p>
            </div>
          ) : (
            <>
              <WorkerSummary workers={items} />
              <WorkersTable workers={items} />
            </>
          )
        }
      </QueryStatus>
    </>
  );
}

function WorkerSummary({ workers }: { readonly workers: readonly Worker[] }) {
  const count = (status: WorkerStatus) => workers.filter((worker) => worker.status === status).length;
  const online = workers.filter((worker) => worker.status === 'ONLINE');
  const load = online.reduce((sum, worker) => sum + worker.currentLoad, 0);
  const capacity = online.reduce((sum, worker) => sum + worker.capacity, 0);
  return (
    <ul className="summary" aria-label="Worker summary">
      <li>
        <strong>{count('ONLINE')}</strong> online
      </li>
      <li>
        <strong>{count('DRAINING')}</strong> draining
      </li>
      <li>
        <strong>{count('OFFLINE')}</strong> offline
      </li>
      <li>
        <strong>
          {load} / {capacity}
        </strong>{' '}
        slots busy
      </li>
    </ul>
  );
}
