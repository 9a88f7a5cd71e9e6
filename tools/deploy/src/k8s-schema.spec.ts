import { validateKubeObject, UnknownKindError } from './support/kube-schema';
import { type KubeObject, overlayNames, renderKustomization } from './support/kustomize';

// Rendering is synchronous and offline, so every object becomes its own named test.
const renders = ['k8s/base', ...overlayNames().map((overlay) => `k8s/overlays/${overlay}`)].map(
  (directory) => [directory, renderKustomization(directory)] as const,
);

describe('Kubernetes manifests against the Kubernetes schemas', () => {
  it('has a dev and a prod overlay', () => {
    expect(overlayNames()).toEqual(['dev', 'prod']);
  });

  describe.each(renders)('%s', (_directory, objects) => {
    it('renders objects', () => {
      expect(objects.length).toBeGreaterThan(0);
    });

    it.each(objects.map((object) => [`${object.kind} ${object.metadata.name}`, object] as const))(
      '%s is valid',
      (_name, object) => {
        expect(() => validateKubeObject(object)).not.toThrow();
      },
    );

    it('names each object once per kind', () => {
      const keys = objects.map((object) => `${object.kind}/${object.metadata.name}`);
      expect(new Set(keys).size).toBe(keys.length);
    });
  });

  describe('the validator itself', () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'broken' },
      spec: {
        selector: { matchLabels: { app: 'x' } },
        template: { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'x', image: 'x' }] } },
      },
    };

    it('accepts a minimal Deployment', () => {
      expect(() => validateKubeObject(deployment)).not.toThrow();
    });

    it('rejects a wrong type', () => {
      const broken = { ...deployment, spec: { ...deployment.spec, replicas: 'two' } };
      expect(() => validateKubeObject(broken)).toThrow(/replicas must be integer/);
    });

    it('rejects a missing required field', () => {
      const broken = { ...deployment, spec: { template: deployment.spec.template } };
      expect(() => validateKubeObject(broken)).toThrow(/required property selector/);
    });

    it('rejects a kind it has no schema for', () => {
      const unknown: KubeObject = { apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'typo' } };
      expect(() => validateKubeObject(unknown)).toThrow(UnknownKindError);
    });
  });
});
