import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IProbe } from 'kubernetes-models/v1/Probe';
import { appCommand, deployedApps, DEFAULT_WORKER_DRAIN_SECONDS } from './support/deployed-apps';
import {
  containerEnvironment,
  containersOf,
  findObject,
  resolveContainerPort,
  workloadsOf,
  type Workload,
} from './support/kube-queries';
import { overlayNames, renderKustomization } from './support/kustomize';

// After the drain the worker still hands back the rest and deregisters before SIGKILL.
const HAND_BACK_MARGIN_SECONDS = 10;

describe.each(overlayNames())('overlay %s: the workloads', (overlay) => {
  const objects = renderKustomization(`k8s/overlays/${overlay}`);
  const workloads = workloadsOf(objects);
  const servingApps = deployedApps.filter((app) => app.health !== null);

  it('runs each app: a Deployment for each server, a Job for db-migrate', () => {
    expect(workloads.map((workload) => `${workload.kind}/${workload.name}`).sort()).toEqual([
      'Deployment/api-gateway',
      'Deployment/scheduler',
      'Deployment/worker',
      'Job/db-migrate',
    ]);
  });

  describe.each(deployedApps.map((app) => [app.app, app] as const))('%s', (name, app) => {
    const workload = workloads.find((candidate) => candidate.name === name) as Workload;
    const [container] = containersOf(workload);

    it('has one container that starts its app through the image entrypoint (args, not command)', () => {
      expect(containersOf(workload)).toHaveLength(1);
      expect(container.command).toBeUndefined();
      expect(container.args).toEqual(appCommand(name));
    });

    it('runs the image the overlay pins', () => {
      expect(container.image).toMatch(/^(?:.+\/)?asynctask:[\w.-]+$/);
    });

    it('runs as non-root with a read-only root, no privilege escalation, no capabilities', () => {
      const pod = workload.template.spec;
      expect(pod?.securityContext?.runAsNonRoot).toBe(true);
      expect(pod?.securityContext?.runAsUser).toBeGreaterThan(0);
      expect(pod?.securityContext?.seccompProfile?.type).toBe('RuntimeDefault');
      expect(pod?.automountServiceAccountToken).toBe(false);
      expect(container.securityContext).toMatchObject({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        runAsNonRoot: true,
        capabilities: { drop: ['ALL'] },
      });
    });

    it('has CPU and memory requests and limits', () => {
      for (const bound of ['requests', 'limits'] as const) {
        expect(Object.keys(container.resources?.[bound] ?? {}).sort()).toEqual(['cpu', 'memory']);
      }
    });

    it('reads DATABASE_URL (and REDIS_URL if it uses Redis) from the Secret', () => {
      const environment = containerEnvironment(container, objects);
      expect(environment.get('DATABASE_URL')).toMatchObject({ from: 'secret' });
      if (app.usesRedis) expect(environment.get('REDIS_URL')).toMatchObject({ from: 'secret' });
      else expect(environment.has('REDIS_URL')).toBe(false);
    });
  });

  describe.each(servingApps.map((app) => [app.app, app] as const))('%s health and metrics', (name, app) => {
    const workload = workloads.find((candidate) => candidate.name === name) as Workload;
    const [container] = containersOf(workload);
    const health = app.health as { variable: string; port: number };

    const probeTarget = (probe: IProbe | undefined) => ({
      path: probe?.httpGet?.path,
      port: resolveContainerPort(container, probe?.httpGet?.port),
    });

    it(`listens on ${health.variable}=${health.port}`, () => {
      expect(containerEnvironment(container, objects).get(health.variable)).toEqual({ from: 'value', value: String(health.port) });
      expect(container.ports?.map((port) => port.containerPort)).toEqual([health.port]);
    });

    it('probes liveness on /health/live and readiness on /health/ready', () => {
      expect(probeTarget(container.livenessProbe)).toEqual({ path: '/health/live', port: health.port });
      expect(probeTarget(container.readinessProbe)).toEqual({ path: '/health/ready', port: health.port });
      expect(probeTarget(container.startupProbe)).toEqual({ path: '/health/live', port: health.port });
    });

    it('asks Prometheus to scrape /metrics on that port', () => {
      expect(workload.template.metadata?.annotations).toMatchObject({
        'prometheus.io/scrape': 'true',
        'prometheus.io/port': String(health.port),
        'prometheus.io/path': '/metrics',
      });
    });
  });

  it('runs two schedulers, one leading and one standing by', () => {
    expect(findObject<IDeployment>(objects, 'Deployment', 'scheduler').spec?.replicas).toBe(2);
  });

  it('gives a terminating worker longer than its drain', () => {
    const worker = findObject<IDeployment>(objects, 'Deployment', 'worker');
    const container = worker.spec?.template.spec?.containers[0] as IContainer;
    const drain = containerEnvironment(container, objects).get('WORKER_DRAIN_SECONDS');
    const drainSeconds = drain !== undefined && drain.from !== 'secret' ? Number(drain.value) : DEFAULT_WORKER_DRAIN_SECONDS;
    expect(Number.isInteger(drainSeconds)).toBe(true);
    expect(worker.spec?.template.spec?.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(drainSeconds + HAND_BACK_MARGIN_SECONDS);
  });

  it('lets a rolling worker update add a pod before it removes one', () => {
    const worker = findObject<IDeployment>(objects, 'Deployment', 'worker');
    expect(worker.spec?.strategy?.rollingUpdate?.maxUnavailable).toBe(0);
  });

  it('retries the migration Job a bounded number of times', () => {
    const job = findObject<IJob>(objects, 'Job', 'db-migrate');
    expect(['OnFailure', 'Never']).toContain(job.spec?.template.spec?.restartPolicy);
    expect(job.spec?.backoffLimit).toBeGreaterThan(0);
    expect(job.spec?.activeDeadlineSeconds).toBeGreaterThan(0);
  });
});
