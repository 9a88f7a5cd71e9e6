import { Link } from 'react-router';
import { useStats, useWorkers } from '../../api/queries';
import { PageHeader } from '../../ui/page-header';
import { QueryStatus } from '../../ui/query-status';
import { RefreshedAt } from '../../ui/refreshed-at';
import { QueueDepthChart } from './queue-depth-chart';
import { QueueTiles } from './queue-tiles';
import { StatusTiles } from './status-tiles';

export function OverviewPage() {
  const stats = useStats();
  const workers = useWorkers();
  const online = workers.data?.filter((worker) => worker.status === 'ONLINE').length;

  return (
    <>
      <PageHeader title="Overview" description="Tasks by status, queue depths and the cluster at a glance." aside={<RefreshedAt updatedAt={stats.dataUpdatedAt} />} />
      <QueryStatus query={stats}>
        {(data) => (
          <>
            <section aria-labelledby="tasks-heading" className="section">
              <h2 id="tasks-heading">Tasks</h2>
              <StatusTiles tasks={data.tasks} />
            </section>
            <div className="columns">
              <section aria-labelledby="queues-heading" className="section">
                <h2 id="queues-heading">Queues</h2>
                <QueueTiles queues={data.queues} />
              </section>
              <section aria-labelledby="cluster-heading" className="section">
                <h2 id="cluster-heading">Cluster</h2>
                <dl className="tiles">
                  <div className="tile">
                    <dt className="tile-label">Workers online</dt>
                    <dd className="tile-value">
                      <Link to="/workers">
                        {online ?? '…'} <span className="muted small">of {workers.data?.length ?? '…'}</span>
                      </Link>
                    </dd>
                  </div>
                  <div className="tile">
                    <dt className="tile-label">Leader scheduler</dt>
                    <dd className="tile-value tile-text mono">{data.leader ?? 'none'}</dd>
                  </div>
                </dl>
              </section>
            </div>
            <section aria-labelledby="chart-heading" className="section panel">
              <h2 id="chart-heading">Queue depths</h2>
              <p className="muted small">Sampled every refresh since this page was opened.</p>
              <QueueDepthChart stats={data} sampledAt={stats.dataUpdatedAt} />
            </section>
          </>
        )}
      </QueryStatus>
    </>
  );
}
