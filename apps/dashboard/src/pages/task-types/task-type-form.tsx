import { RETRY_STRATEGIES, ROUTE_STRATEGIES } from '@asynctask/client';
import { useState, type FormEvent } from 'react';
import { FormField } from './form-field';
import type { FieldErrors } from './field-errors';
import type { TaskTypeField, TaskTypeFormValues } from './task-type-input';

interface TaskTypeFormProps {
  readonly initial: TaskTypeFormValues;
  /** A new type names itself; an existing one keeps its name. */
  readonly isNew: boolean;
  readonly errors: FieldErrors;
  readonly busy: boolean;
  readonly submitLabel: string;
  readonly onSubmit: (values: TaskTypeFormValues) => void;
}

const BUILT_IN_EXECUTORS = ['http', 'noop', 'echo', 'sleep', 'fail'];

/** Every setting of a task type. The browser checks nothing (noValidate): the API does, and its messages show at their field. */
export function TaskTypeForm({ initial, isNew, errors, busy, submitLabel, onSubmit }: TaskTypeFormProps) {
  const [values, setValues] = useState(initial);
  const set = (field: TaskTypeField) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });
  const errorsOf = (field: TaskTypeField) => errors.byField[field];

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(values);
  }

  const text = (field: TaskTypeField, label: string, hint?: string) => (
    <FormField label={label} hint={hint} errors={errorsOf(field)}>
      {(control) => <input {...control} value={String(values[field])} onChange={set(field)} />}
    </FormField>
  );
  const number = (field: TaskTypeField, label: string, hint?: string) => (
    <FormField label={label} hint={hint} errors={errorsOf(field)}>
      {(control) => <input {...control} type="number" step="any" inputMode="decimal" value={String(values[field])} onChange={set(field)} />}
    </FormField>
  );
  const choice = (field: TaskTypeField, label: string, options: readonly string[]) => (
    <FormField label={label} errors={errorsOf(field)}>
      {(control) => (
        <select {...control} value={String(values[field])} onChange={set(field)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  return (
    <form className="panel task-type-form" noValidate onSubmit={submit} aria-label={submitLabel}>
      {errors.form.length > 0 && (
        <div role="alert" className="form-error wide">
          {errors.form.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      {isNew && text('taskType', 'Task type', 'The name tasks are submitted with: 1 to 64 letters, digits or _.:-')}
      {text('taskName', 'Name', 'For people; the task type when empty')}
      <FormField label="Description" errors={errorsOf('description')} wide>
        {(control) => <textarea {...control} rows={2} value={values.description} onChange={set('description')} />}
      </FormField>
      <FormField label="Executor type" hint="Built in: http, noop, echo, sleep, fail" errors={errorsOf('executorType')}>
        {(control) => <input {...control} list="built-in-executors" value={values.executorType} onChange={set('executorType')} />}
      </FormField>
      <datalist id="built-in-executors">
        {BUILT_IN_EXECUTORS.map((executor) => (
          <option key={executor} value={executor} />
        ))}
      </datalist>
      {choice('routeStrategy', 'Route strategy', ROUTE_STRATEGIES)}
      <FormField label="Executor config (JSON)" hint='For http: {"url": "https://…"}' errors={errorsOf('executorConfig')} wide>
        {(control) => <textarea {...control} rows={4} className="mono" spellCheck={false} value={values.executorConfig} onChange={set('executorConfig')} />}
      </FormField>
      {number('defaultTimeout', 'Timeout (s)', 'How long an attempt may run')}
      {number('maxConcurrent', 'Max concurrent', 'Tasks of this type scheduled or running at once')}
      {number('defaultMaxRetry', 'Max retries', 'Retries after the first attempt')}
      {choice('retryStrategy', 'Retry strategy', RETRY_STRATEGIES)}
      {number('retryDelay', 'Retry delay (s)', 'Before the first retry')}
      {number('backoffRate', 'Backoff rate', 'Exponential: each delay is the last one times this')}
      <div className="form-field wide checkbox-field">
        <label>
          <input type="checkbox" checked={values.enabled} onChange={(event) => setValues({ ...values, enabled: event.target.checked })} /> Enabled: accepts new tasks
        </label>
      </div>
      <div className="form-buttons wide">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
