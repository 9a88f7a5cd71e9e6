import { AsynctaskApiError } from '@asynctask/client';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { usePutTaskType } from '../../api/mutations';
import { useAccess, useTaskType } from '../../api/queries';
import { PageHeader } from '../../ui/page-header';
import { QueryStatus } from '../../ui/query-status';
import { NO_ERRORS, fieldErrorsOf, type FieldErrors } from './field-errors';
import { TaskTypeForm } from './task-type-form';
import { ExecutorConfigSyntaxError, NEW_TASK_TYPE, TASK_TYPE_FIELDS, formValuesOf, putInputOf, type TaskTypeFormValues } from './task-type-input';

/** What went wrong, by field where the message names one. */
function errorsOf(error: unknown): FieldErrors {
  if (error instanceof ExecutorConfigSyntaxError) return { byField: { executorConfig: [error.message] }, form: [] };
  if (error instanceof AsynctaskApiError && error.statusCode === 400) return fieldErrorsOf(error.messages, TASK_TYPE_FIELDS);
  return { byField: {}, form: [error instanceof Error ? error.message : String(error)] };
}

/** Sends the form; back to the list once saved, else the errors at their fields. */
function useSaveTaskType() {
  const put = usePutTaskType();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const save = (values: TaskTypeFormValues) => {
    setErrors(NO_ERRORS);
    try {
      put.mutate({ taskType: values.taskType.trim(), input: putInputOf(values) }, { onSuccess: () => void navigate('/task-types'), onError: (error) => setErrors(errorsOf(error)) });
    } catch (error) {
      setErrors(errorsOf(error));
    }
  };
  return { save, errors, busy: put.isPending };
}

/** The form once the server has said the key may write; a note for a read-only key. */
function WhenWritable({ children }: { readonly children: ReactNode }) {
  const access = useAccess();
  if (access.data === undefined) return <QueryStatus query={access}>{() => null}</QueryStatus>;
  if (access.data.access === 'read') {
    return (
      <p className="panel">
        This API key may only read. <Link to="/task-types">Back to the task types</Link>
      </p>
    );
  }
  return children;
}

export function NewTaskTypePage() {
  const { save, errors, busy } = useSaveTaskType();
  return (
    <>
      <PageHeader title="New task type" description="How tasks of this type run, retry and spread over workers." />
      <WhenWritable>
        <TaskTypeForm initial={NEW_TASK_TYPE} isNew errors={errors} busy={busy} submitLabel="Create task type" onSubmit={save} />
      </WhenWritable>
    </>
  );
}

export function EditTaskTypePage() {
  const taskType = useParams().taskType ?? '';
  const config = useTaskType(taskType);
  const { save, errors, busy } = useSaveTaskType();
  return (
    <>
      <PageHeader title={`Edit ${taskType}`} description="Saving replaces every setting; tasks already submitted keep their timeout and retries." />
      <WhenWritable>
        <QueryStatus query={config}>
          {(data) => <TaskTypeForm initial={formValuesOf(data)} isNew={false} errors={errors} busy={busy} submitLabel="Save changes" onSubmit={save} />}
        </QueryStatus>
      </WhenWritable>
    </>
  );
}
