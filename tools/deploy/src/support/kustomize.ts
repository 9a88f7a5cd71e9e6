import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { repoPath } from './repo-paths';

export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string };
}

export class KustomizeRenderError extends Error {
  constructor(directory: string, detail: string) {
    super(`kubectl kustomize ${directory} failed: ${detail}`);
    this.name = 'KustomizeRenderError';
  }
}

export class NotAKubeObjectError extends Error {
  constructor(directory: string, index: number) {
    super(`document ${index} rendered from ${directory} has no apiVersion, kind and metadata.name`);
    this.name = 'NotAKubeObjectError';
  }
}

/** The overlays under k8s/overlays, by folder name. */
export function overlayNames(): string[] {
  return readdirSync(repoPath('k8s/overlays'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Every object `kubectl kustomize` renders from a folder of the repo (offline: no cluster needed). */
export function renderKustomization(directory: string): KubeObject[] {
  let output: string;
  try {
    output = execFileSync('kubectl', ['kustomize', repoPath(directory)], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error: unknown) {
    const stderr = (error as { stderr?: string }).stderr;
    throw new KustomizeRenderError(directory, stderr || String(error));
  }
  return parseAllDocuments(output).map((document, index) => {
    if (document.errors.length > 0) throw new KustomizeRenderError(directory, document.errors[0].message);
    const object: unknown = document.toJS();
    if (!isKubeObject(object)) throw new NotAKubeObjectError(directory, index);
    return object;
  });
}

function isKubeObject(value: unknown): value is KubeObject {
  if (typeof value !== 'object' || value === null) return false;
  const { apiVersion, kind, metadata } = value as Record<string, unknown>;
  return (
    typeof apiVersion === 'string' &&
    typeof kind === 'string' &&
    typeof metadata === 'object' &&
    metadata !== null &&
    typeof (metadata as Record<string, unknown>).name === 'string'
  );
}
