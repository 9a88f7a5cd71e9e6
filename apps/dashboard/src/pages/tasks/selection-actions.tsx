import { useState } from 'react';
import { api } from '../../api/client';
import { useRefreshTasks } from '../../api/mutations';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { summarizeOutcome, type BulkAction } from './bulk-outcome';

interface SelectionActionsProps {
  readonly taskIds: readonly string[];
  readonly onDone: () => void;
}

/**
 * Retry or cancel every selected task, one request per task, then say what changed and what was
 * refused ("3 retried, 1 not retryable").
 */
export function SelectionActions({ taskIds, onDone }: SelectionActionsProps) {
  const refreshTasks = useRefreshTasks();
  const [running, setRunning] = useState<BulkAction | null>(null);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [summary, setSummary] = useState('');

  async function run(action: BulkAction) {
    setRunning(action);
    const results = await Promise.allSettled(taskIds.map((taskId) => (action === 'retry' ? api.tasks.retry(taskId) : api.tasks.cancel(taskId))));
    setSummary(summarizeOutcome(action, results));
    setRunning(null);
    setConfirmingCancel(false);
    onDone();
    await refreshTasks();
  }

  const none = taskIds.length === 0;
  return (
    <div className="selection-bar panel" role="group" aria-label="Selected tasks">
      <span className="muted">{none ? 'Select tasks to retry or cancel them.' : `${taskIds.length} selected`}</span>
      <button type="button" className="button" disabled={none || running !== null} onClick={() => void run('retry')}>
        Retry selected
      </button>
      <button type="button" className="button danger" disabled={none || running !== null} onClick={() => setConfirmingCancel(true)}>
        Cancel selected
      </button>
      <p role="status" className="selection-summary">
        {running ? (running === 'retry' ? 'Retrying…' : 'Cancelling…') : summary}
      </p>
      {confirmingCancel && (
        <ConfirmDialog
          title={`Cancel ${taskIds.length} ${taskIds.length === 1 ? 'task' : 'tasks'}?`}
          confirmLabel="Cancel tasks"
          busy={running !== null}
          onConfirm={() => void run('cancel')}
          onClose={() => setConfirmingCancel(false)}
        >
          <p className="muted">Waiting ones will not run and running ones are stopped. Tasks that already ended are left as they are.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
