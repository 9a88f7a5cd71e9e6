import { type TaskConfig } from '@asynctask/client';
import { useState } from 'react';
import { Link } from 'react-router';
import { hasStatus } from '../../api/client';
import { useDeleteTaskType, usePutTaskType } from '../../api/mutations';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { withEnabled } from './task-type-input';

/** Edit, enable or disable, delete (after a confirm; refused while tasks of the type are unfinished). */
export function TaskTypeActions({ config }: { readonly config: TaskConfig }) {
  const put = usePutTaskType();
  const remove = useDeleteTaskType();
  const [confirming, setConfirming] = useState(false);
  const { taskType, enabled } = config;

  const deleteError = remove.error && (hasStatus(remove.error, 409) ? `Not deleted: ${remove.error.message}. Wait for them to end or cancel them first.` : `Not deleted: ${remove.error.message}`);
  return (
    <div className="row-actions">
      <Link className="button" to={`/task-types/${encodeURIComponent(taskType)}/edit`} aria-label={`Edit ${taskType}`}>
        Edit
      </Link>
      <button type="button" className="button" disabled={put.isPending} aria-label={`${enabled ? 'Disable' : 'Enable'} ${taskType}`} onClick={() => put.mutate({ taskType, input: withEnabled(config, !enabled) })}>
        {enabled ? 'Disable' : 'Enable'}
      </button>
      <button type="button" className="button danger" aria-label={`Delete ${taskType}`} onClick={() => setConfirming(true)}>
        Delete
      </button>
      {put.error && (
        <p role="alert" className="form-error small">
          {put.error.message}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Delete task type ${taskType}?`}
          confirmLabel="Delete task type"
          busy={remove.isPending}
          error={deleteError}
          onConfirm={() => remove.mutate(taskType, { onSuccess: () => setConfirming(false) })}
          onClose={() => {
            remove.reset();
            setConfirming(false);
          }}
        >
          <p className="muted">New tasks of this type will be refused. Finished tasks stay in the list.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
