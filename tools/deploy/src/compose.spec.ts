import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { appCommand, DEFAULT_WORKER_DRAIN_SECONDS, deployedApps, type DeployedApp } from './support/deployed-apps';
import { documentedVariables } from './support/readme-configuration';
import { repoPath, repoRoot } from './support/repo-paths';

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  stop_grace_period?: string;
  restart?: string;
}

const composePath = repoPath('docker/compose.yaml');
// merge: compose files share settings through YAML merge keys (<<: *app).
const compose = parse(readFileSync(composePath, 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
const services = Object.entries(compose.services);
const servicesRunning = (app: DeployedApp['app']) =>
  services.filter(([, service]) => service.command?.join(' ') === appCommand(app).join(' '));

describe('docker/compose.yaml', () => {
  it('runs Redis, MySQL 8, the migration, one gateway, two schedulers and three workers', () => {
    expect(compose.services.redis.image).toMatch(/^redis:/);
    expect(compose.services.mysql.image).toMatch(/^mysql:8/);
    expect(deployedApps.map(({ app }) => [app, servicesRunning(app).length])).toEqual([
      ['api-gateway', 1],
      ['scheduler', 2],
      ['worker', 3],
      ['db-migrate', 1],
    ]);
    expect(services).toHaveLength(2 + 1 + 2 + 3 + 1);
  });

  it('builds every app service from docker/Dockerfile with the repository as context', () => {
    for (const [, service] of services.filter(([name]) => name !== 'redis' && name !== 'mysql')) {
      const context = join(dirname(composePath), service.build?.context ?? '');
      expect(context).toBe(repoRoot.replace(/\/$/, ''));
      expect(existsSync(join(context, service.build?.dockerfile ?? ''))).toBe(true);
    }
  });

  it('sets only variables the README documents', () => {
    const documented = documentedVariables();
    const appServices = deployedApps.flatMap(({ app }) => servicesRunning(app));
    const names = appServices.flatMap(([, service]) => Object.keys(service.environment ?? {}));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !documented.has(name))).toEqual([]);
  });

  it.each(deployedApps.map((app) => [app.app, app] as const))('%s reaches MySQL (and Redis) by service name', (name, app) => {
    for (const [, service] of servicesRunning(name)) {
      expect(service.environment?.DATABASE_URL).toMatch(/^mysql:\/\/[^@]+@mysql:3306\/asynctask$/);
      if (app.usesRedis) expect(service.environment?.REDIS_URL).toBe('redis://redis:6379');
    }
  });

  it.each(deployedApps.filter((app) => app.health !== null).map((app) => [app.app, app] as const))(
    '%s listens where the image health check looks',
    (name, app) => {
      for (const [, service] of servicesRunning(name)) {
        expect(service.environment?.[app.health?.variable ?? '']).toBe(String(app.health?.port));
        expect(service.restart).toBe('unless-stopped');
      }
    },
  );

  it('publishes the gateway on port 3000', () => {
    const [[, gateway]] = servicesRunning('api-gateway');
    expect(gateway.ports).toEqual(['3000:3000']);
  });

  it('starts the apps after the migration succeeded and Redis is healthy', () => {
    const [[migrateName, migrate]] = servicesRunning('db-migrate');
    expect(migrate.depends_on).toEqual({ mysql: { condition: 'service_healthy' } });
    expect(migrate.restart).toBe('no');
    for (const { app } of deployedApps.filter((candidate) => candidate.app !== 'db-migrate')) {
      for (const [, service] of servicesRunning(app)) {
        expect(service.depends_on).toEqual({
          [migrateName]: { condition: 'service_completed_successfully' },
          redis: { condition: 'service_healthy' },
        });
      }
    }
  });

  it('names each scheduler and worker apart', () => {
    const ids = (app: DeployedApp['app'], variable: string) =>
      servicesRunning(app).map(([, service]) => service.environment?.[variable]);
    expect(new Set(ids('scheduler', 'SCHEDULER_ID')).size).toBe(2);
    expect(new Set(ids('worker', 'WORKER_ID')).size).toBe(3);
  });

  it('lets a stopping worker finish its drain before Docker kills it', () => {
    for (const [, worker] of servicesRunning('worker')) {
      const drain = Number(worker.environment?.WORKER_DRAIN_SECONDS ?? DEFAULT_WORKER_DRAIN_SECONDS);
      const grace = /^(\d+)s$/.exec(worker.stop_grace_period ?? '');
      expect(Number(grace?.[1])).toBeGreaterThan(drain);
    }
  });
});
