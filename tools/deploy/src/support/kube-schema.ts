import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import type { KubeObject } from './kustomize';

interface KubeModelClass {
  readonly apiVersion: string;
  readonly kind: string;
  new (data: object): { validate(): void };
}

/** The kinds the manifests may use; anything else is a mistake to catch, not to wave through. */
const modelClasses: readonly KubeModelClass[] = [
  Namespace,
  ConfigMap,
  Secret,
  Service,
  Deployment,
  Job,
  HorizontalPodAutoscaler,
  PodDisruptionBudget,
];

export class UnknownKindError extends Error {
  constructor(object: KubeObject) {
    super(`${object.apiVersion} ${object.kind} ${object.metadata.name}: no schema for this kind here`);
    this.name = 'UnknownKindError';
  }
}

/**
 * Validates one object against the Kubernetes OpenAPI schema of its kind (types, required fields,
 * formats), offline. Throws the schema's ValidationError, or UnknownKindError.
 */
export function validateKubeObject(object: KubeObject): void {
  const modelClass = modelClasses.find((model) => model.apiVersion === object.apiVersion && model.kind === object.kind);
  if (modelClass === undefined) throw new UnknownKindError(object);
  new modelClass(object).validate();
}
