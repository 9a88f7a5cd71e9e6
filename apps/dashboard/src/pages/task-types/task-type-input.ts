import type { PutTaskConfigInput, TaskConfig } from '@asynctask/client';

/** The form's fields as typed: text, as inputs hold it. */
export interface TaskTypeFormValues {
  readonly taskType: string;
  readonly taskName: string;
  readonly description: string;
  readonly executorType: string;
  readonly executorConfig: string;
  readonly defaultTimeout: string;
  readonly defaultMaxRetry: string;
  readonly retryStrategy: string;
  readonly retryDelay: string;
  readonly backoffRate: string;
  readonly maxConcurrent: string;
  readonly routeStrategy: string;
  readonly enabled: boolean;
}

export type TaskTypeField = keyof TaskTypeFormValues;

export const TASK_TYPE_FIELDS: readonly TaskTypeField[] = [
  'taskType',
  'taskName',
  'description',
  'executorType',
  'executorConfig',
  'defaultTimeout',
  'defaultMaxRetry',
  'retryStrategy',
  'retryDelay',
  'backoffRate',
  'maxConcurrent',
  'routeStrategy',
  'enabled',
];

/** A new type's form: the API's defaults, shown so a person sees what they get. */
export const NEW_TASK_TYPE: TaskTypeFormValues = {
  taskType: '',
  taskName: '',
  description: '',
  executorType: '',
  executorConfig: '{}',
  defaultTimeout: '30',
  defaultMaxRetry: '3',
  retryStrategy: 'fixed',
  retryDelay: '5',
  backoffRate: '2',
  maxConcurrent: '10',
  routeStrategy: 'least_tasks',
  enabled: true,
};

export function formValuesOf(config: TaskConfig): TaskTypeFormValues {
  return {
    ...config,
    executorConfig: JSON.stringify(config.executorConfig, null, 2),
    defaultTimeout: String(config.defaultTimeout),
    defaultMaxRetry: String(config.defaultMaxRetry),
    retryDelay: String(config.retryDelay),
    backoffRate: String(config.backoffRate),
    maxConcurrent: String(config.maxConcurrent),
  };
}

/** Executor config that is not JSON at all; anything else is left for the API to judge. */
export class ExecutorConfigSyntaxError extends Error {}

/**
 * The PUT body. Numbers are sent as typed, so the API's validation judges them and names the
 * field; an empty field is left out and takes the API's default.
 */
export function putInputOf(values: TaskTypeFormValues): PutTaskConfigInput {
  const number = (text: string) => (text.trim() === '' ? undefined : Number.isNaN(Number(text)) ? text : Number(text));
  return {
    taskName: values.taskName.trim() || undefined,
    description: values.description,
    executorType: values.executorType.trim(),
    executorConfig: executorConfigOf(values.executorConfig),
    defaultTimeout: number(values.defaultTimeout),
    defaultMaxRetry: number(values.defaultMaxRetry),
    retryStrategy: values.retryStrategy,
    retryDelay: number(values.retryDelay),
    backoffRate: number(values.backoffRate),
    maxConcurrent: number(values.maxConcurrent),
    routeStrategy: values.routeStrategy,
    enabled: values.enabled,
  } as PutTaskConfigInput;
}

function executorConfigOf(text: string): PutTaskConfigInput['executorConfig'] {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as PutTaskConfigInput['executorConfig'];
  } catch (error) {
    throw new ExecutorConfigSyntaxError(`executorConfig is not valid JSON: ${(error as Error).message}`);
  }
}

/** The body that changes nothing but `enabled`: PUT replaces every setting, so the others are sent as they are. */
export function withEnabled(config: TaskConfig, enabled: boolean): PutTaskConfigInput {
  const { taskName, description, executorType, executorConfig, defaultTimeout, defaultMaxRetry, retryStrategy, retryDelay, backoffRate, maxConcurrent, routeStrategy } = config;
  return { taskName, description, executorType, executorConfig, defaultTimeout, defaultMaxRetry, retryStrategy, retryDelay, backoffRate, maxConcurrent, routeStrategy, enabled };
}
