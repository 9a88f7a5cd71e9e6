import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IPodTemplateSpec } from 'kubernetes-models/v1/PodTemplateSpec';
import type { ISecret } from 'kubernetes-models/v1/Secret';
import type { KubeObject } from './kustomize';

export class MissingObjectError extends Error {
  constructor(kind: string, name: string) {
    super(`no ${kind} named ${name} in the rendered manifests`);
    this.name = 'MissingObjectError';
  }
}

/** The objects of one kind, typed as that kind (call after the schema check). */
export function ofKind<T>(objects: readonly KubeObject[], kind: string): T[] {
  return objects.filter((object) => object.kind === kind) as unknown as T[];
}

export function findObject<T>(objects: readonly KubeObject[], kind: string, name: string): T {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (found === undefined) throw new MissingObjectError(kind, name);
  return found as unknown as T;
}

/** A Deployment or Job: something that runs pods of the image. */
export interface Workload {
  readonly kind: 'Deployment' | 'Job';
  readonly name: string;
  readonly template: IPodTemplateSpec;
}

export function workloadsOf(objects: readonly KubeObject[]): Workload[] {
  const deployments = ofKind<IDeployment>(objects, 'Deployment').map((deployment) => ({
    kind: 'Deployment' as const,
    name: deployment.metadata?.name ?? '',
    template: deployment.spec?.template ?? {},
  }));
  const jobs = ofKind<IJob>(objects, 'Job').map((job) => ({
    kind: 'Job' as const,
    name: job.metadata?.name ?? '',
    template: job.spec?.template ?? {},
  }));
  return [...deployments, ...jobs];
}

export function containersOf(workload: Workload): IContainer[] {
  return workload.template.spec?.containers ?? [];
}

/** Where a container's variable comes from; ConfigMap values are read from the render. */
export type EnvOrigin =
  | { readonly from: 'value'; readonly value: string }
  | { readonly from: 'configMap'; readonly configMap: string; readonly value: string | undefined }
  | { readonly from: 'secret'; readonly secret: string; readonly key: string };

/** The container's environment by name: envFrom first, env entries override (Kubernetes' order). */
export function containerEnvironment(container: IContainer, objects: readonly KubeObject[]): Map<string, EnvOrigin> {
  const environment = new Map<string, EnvOrigin>();
  for (const source of container.envFrom ?? []) {
    const configMapName = source.configMapRef?.name;
    if (configMapName === undefined) continue;
    const configMap = findObject<IConfigMap>(objects, 'ConfigMap', configMapName);
    for (const [key, value] of Object.entries(configMap.data ?? {})) {
      environment.set(key, { from: 'configMap', configMap: configMapName, value });
    }
  }
  for (const variable of container.env ?? []) {
    const secretRef = variable.valueFrom?.secretKeyRef;
    const configMapRef = variable.valueFrom?.configMapKeyRef;
    if (secretRef !== undefined) {
      environment.set(variable.name, { from: 'secret', secret: secretRef.name ?? '', key: secretRef.key });
    } else if (configMapRef !== undefined) {
      const configMap = findObject<IConfigMap>(objects, 'ConfigMap', configMapRef.name ?? '');
      const value = configMap.data?.[configMapRef.key];
      environment.set(variable.name, { from: 'configMap', configMap: configMapRef.name ?? '', value });
    } else {
      environment.set(variable.name, { from: 'value', value: variable.value ?? '' });
    }
  }
  return environment;
}

/** A port given by number or by the name of one of the container's ports, as a number. */
export function resolveContainerPort(container: IContainer, port: number | string | undefined): number | undefined {
  if (typeof port === 'number') return port;
  return container.ports?.find((candidate) => candidate.name === port)?.containerPort;
}

export function selectorMatches(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (selector === undefined || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([key, value]) => labels?.[key] === value);
}

export function secretKeys(secret: ISecret): string[] {
  return [...Object.keys(secret.data ?? {}), ...Object.keys(secret.stringData ?? {})];
}
