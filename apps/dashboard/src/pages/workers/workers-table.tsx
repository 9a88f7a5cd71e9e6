import type { Worker } from '@asynctask/client';
import { RelativeTime } from '../../ui/relative-time';
import { StatusBadge } from '../../ui/status-badge';
import { LoadMeter } from './load-meter';

export function WorkersTable({ workers }: { readonly workers: readonly Worker[] }) {
  return (
    <div className="panel table-panel">
      <table className="data-table stack-on-narrow">
        <caption className="visually-hidden">Workers</caption>
        <thead>
          <tr>
            <th scope="col">Worker</th>
            <th scope="col">Status</th>
            <th scope="col">Load / capacity</th>
            <th scope="col">Executor types</th>
            <th scope="col">Last heartbeat</th>
          </tr>
        </thead>
        <tbody>
          {workers.map((worker) => (
            <tr key={worker.workerId}>
              <th scope="row" data-label="Worker">
                <div>
                  <span className="mono">{worker.workerId}</span>
                  <span className="muted small block">
                    {worker.workerName} · {worker.address}
                  </span>
                </div>
              </th>
              <td data-label="Status">
                <StatusBadge status={worker.status} />
              </td>
              <td data-label="Load / capacity">
                <LoadMeter load={worker.currentLoad} capacity={worker.capacity} />
              </td>
              <td data-label="Executor types">
                <ul className="chips" aria-label={`Executor types of ${worker.workerId}`}>
                  {worker.executorTypes.map((type) => (
                    <li key={type} className="chip">
                      {type}
                    </li>
                  ))}
                </ul>
              </td>
              <td data-label="Last heartbeat">
                <RelativeTime iso={worker.lastHeartbeat} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
