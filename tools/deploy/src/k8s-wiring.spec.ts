import { readFileSync } from 'node:fs';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { INamespace } from 'kubernetes-models/v1/Namespace';
import type { ISecret } from 'kubernetes-models/v1/Secret';
import type { IService } from 'kubernetes-models/v1/Service';
import { parse } from 'yaml';
import {
  containerEnvironment,
  containersOf,
  findObject,
  ofKind,
  resolveContainerPort,
  secretKeys,
  selectorMatches,
  workloadsOf,
} from './support/kube-queries';
import { overlayNames, renderKustomization } from './support/kustomize';
import { documentedVariables } from './support/readme-configuration';
import { repoPath } from './support/repo-paths';

/** The Secret every overlay expects (created by hand in prod): its keys are the example's. */
const exampleSecret = parse(readFileSync(repoPath('k8s/overlays/dev/secret.example.yaml'), 'utf8')) as ISecret;

describe('the example Secret', () => {
  it('holds exactly the credentials, with placeholder values', () => {
    expect(exampleSecret.metadata?.name).toBe('asynctask-secrets');
    expect(secretKeys(exampleSecret).sort()).toEqual(['API_KEYS', 'DATABASE_URL', 'REDIS_SENTINEL_PASSWORD', 'REDIS_URL']);
    expect(exampleSecret.stringData?.API_KEYS).toMatch(/CHANGE-ME/);
    expect(exampleSecret.stringData?.DATABASE_URL).toMatch(/CHANGE-ME/);
  });
});

describe.each(overlayNames())('overlay %s: how the objects refer to each other', (overlay) => {
  const objects = renderKustomization(`k8s/overlays/${overlay}`);
  const workloads = workloadsOf(objects);
  const deployments = ofKind<IDeployment>(objects, 'Deployment');

  it('puts every object in the namespace the overlay creates', () => {
    const [namespace] = ofKind<INamespace>(objects, 'Namespace');
    const namespaced = objects.filter((object) => object.kind !== 'Namespace');
    expect(namespace?.metadata?.name).toMatch(/^asynctask/);
    expect(new Set(namespaced.map((object) => object.metadata.namespace))).toEqual(new Set([namespace?.metadata?.name]));
  });

  it.each(deployments.map((deployment) => [deployment.metadata?.name, deployment] as const))(
    'Deployment %s selects its own pods',
    (_name, deployment) => {
      expect(selectorMatches(deployment.spec?.selector.matchLabels, deployment.spec?.template.metadata?.labels)).toBe(true);
    },
  );

  it('scales the worker Deployment on CPU with the HorizontalPodAutoscaler', () => {
    const autoscaler = findObject<IHorizontalPodAutoscaler>(objects, 'HorizontalPodAutoscaler', 'worker');
    expect(autoscaler.apiVersion).toBe('autoscaling/v2');
    expect(autoscaler.spec?.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'worker' });
    findObject<IDeployment>(objects, 'Deployment', 'worker');
    expect(autoscaler.spec?.metrics?.map((metric) => [metric.type, metric.resource?.name])).toEqual([['Resource', 'cpu']]);
    expect(autoscaler.spec?.minReplicas).toBeGreaterThanOrEqual(1);
    expect(autoscaler.spec?.maxReplicas).toBeGreaterThanOrEqual(autoscaler.spec?.minReplicas ?? Infinity);
  });

  it('leaves the worker count to the autoscaler (no replicas to fight it on apply)', () => {
    expect(findObject<IDeployment>(objects, 'Deployment', 'worker').spec?.replicas).toBeUndefined();
  });

  it('has a PodDisruptionBudget for the worker pods, and each budget selects one Deployment', () => {
    const budgets = ofKind<IPodDisruptionBudget>(objects, 'PodDisruptionBudget');
    const selected = budgets.map((budget) => {
      const owners = deployments.filter((deployment) =>
        selectorMatches(budget.spec?.selector?.matchLabels, deployment.spec?.template.metadata?.labels),
      );
      expect(owners).toHaveLength(1);
      return owners[0].metadata?.name;
    });
    expect(selected).toContain('worker');
  });

  it('routes the api-gateway Service to the gateway pods on their HTTP port', () => {
    const service = findObject<IService>(objects, 'Service', 'api-gateway');
    const gateway = findObject<IDeployment>(objects, 'Deployment', 'api-gateway');
    expect(selectorMatches(service.spec?.selector, gateway.spec?.template.metadata?.labels)).toBe(true);
    const container = gateway.spec?.template.spec?.containers[0];
    const targets = service.spec?.ports?.map((port) => container && resolveContainerPort(container, port.targetPort));
    expect(targets).toEqual([3000]);
  });

  it('refers only to ConfigMaps it renders, and to keys the Secret has', () => {
    const origins = workloads.flatMap((workload) =>
      containersOf(workload).flatMap((container) => [...containerEnvironment(container, objects).values()]),
    );
    const secretRefs = origins.flatMap((origin) => (origin.from === 'secret' ? [origin] : []));
    expect(secretRefs.length).toBeGreaterThan(0);
    for (const ref of secretRefs) {
      expect(ref.secret).toBe(exampleSecret.metadata?.name);
      expect(secretKeys(exampleSecret)).toContain(ref.key);
    }
    for (const secret of ofKind<ISecret>(objects, 'Secret')) {
      expect(secretKeys(secret).sort()).toEqual(secretKeys(exampleSecret).sort());
    }
    // containerEnvironment throws MissingObjectError for a ConfigMap the render lacks.
    expect(origins.some((origin) => origin.from === 'configMap')).toBe(true);
  });

  it('gives the API keys to the gateway only', () => {
    const readers = workloads.filter((workload) =>
      containersOf(workload).some((container) => containerEnvironment(container, objects).has('API_KEYS')),
    );
    expect(readers.map((workload) => workload.name)).toEqual(['api-gateway']);
  });

  it('mounts the TLS certificates Secret read-only in every workload, and starts without it', () => {
    for (const workload of workloads) {
      const volume = workload.template.spec?.volumes?.find((candidate) => candidate.secret?.secretName === 'asynctask-tls');
      expect(volume?.secret?.optional).toBe(true);
      const mounts = containersOf(workload).map((container) => container.volumeMounts?.find((mount) => mount.name === volume?.name));
      expect(mounts).toEqual([{ name: volume?.name, mountPath: '/etc/asynctask/tls', readOnly: true }]);
    }
  });

  it('sets only variables the README documents', () => {
    const documented = documentedVariables();
    const names = workloads.flatMap((workload) =>
      containersOf(workload).flatMap((container) => [...containerEnvironment(container, objects).keys()]),
    );
    expect(names.filter((name) => !documented.has(name))).toEqual([]);
  });
});
