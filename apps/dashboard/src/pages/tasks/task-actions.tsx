import { CANCELLABLE_TASK_STATUSES, RETRYABLE_TASK_STATUSES, type Task, type TaskStatus } from '@asynctask/client';
import { useState } from 'react';
import { useCanWrite } from '../../api/queries';
import { useTaskAction } from '../../api/mutations';
import { ConfirmDialog } from '../../ui/confirm-dialog';

const can = (statuses: readonly TaskStatus[], status: TaskStatus) => statuses.includes(status);

/** Retry (FAILED, TIMEOUT, CANCELLED) and Cancel (PENDING, SCHEDULED, RUNNING, after a confirm), for a key that may write. */
export function TaskActions({ task }: { readonly task: Task }) {
  const canWrite = useCanWrite();
  const retry = useTaskAction('retry');
  const cancel = useTaskAction('cancel');
  const [confirming, setConfirming] = useState(false);
  if (!canWrite) return null;

  return (
    <div className="actions">
      {can(RETRYABLE_TASK_STATUSES, task.status) && (
        <button type="button" className="button primary" disabled={retry.isPending} onClick={() => retry.mutate(task.taskId)}>
          Retry
        </button>
      )}
      {can(CANCELLABLE_TASK_STATUSES, task.status) && (
        <button type="button" className="button danger" onClick={() => setConfirming(true)}>
          Cancel
        </button>
      )}
      {retry.error && (
        <p role="alert" className="form-error">
          Retry refused: {retry.error.message}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Cancel task ${task.taskId}?`}
          confirmLabel="Cancel task"
          busy={cancel.isPending}
          error={cancel.error && `Cancel refused: ${cancel.error.message}`}
          onConfirm={() => cancel.mutate(task.taskId, { onSuccess: () => setConfirming(false) })}
          onClose={() => {
            cancel.reset();
            setConfirming(false);
          }}
        >
          <p className="muted">{task.status === 'RUNNING' ? 'Its running attempt is stopped.' : 'It will not run.'} A cancelled task can be retried later.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
