import type { Stats } from '@asynctask/client';

type QueueSizes = Stats['queues'];
import { formatCount } from '../../ui/format';

const QUEUES: { key: keyof QueueSizes; label: string; hint: string }[] = [
  { key: 'ready', label: 'Ready', hint: 'waiting for a worker' },
  { key: 'delayed', label: 'Delayed', hint: 'not due yet' },
  { key: 'dispatched', label: 'Dispatched', hint: "in a worker's queue" },
  { key: 'inFlight', label: 'In flight', hint: 'held by a worker' },
];

export function QueueTiles({ queues }: { readonly queues: QueueSizes }) {
  return (
    <dl className="tiles">
      {QUEUES.map(({ key, label, hint }) => (
        <div key={key} className="tile">
          <dt className="tile-label">{label}</dt>
          <dd>
            <span className="tile-value block">{formatCount(queues[key])}</span>
            <span className="muted small">{hint}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
