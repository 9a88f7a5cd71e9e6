/** The apps the image runs, and where each serves /health and /metrics (README, Configuration). */
export interface DeployedApp {
  readonly app: 'api-gateway' | 'scheduler' | 'worker' | 'db-migrate';
  /** Null for the one-shot db-migrate, which serves nothing. */
  readonly health: { readonly variable: 'PORT' | 'HEALTH_PORT'; readonly port: number } | null;
  readonly usesRedis: boolean;
}

export const deployedApps: readonly DeployedApp[] = [
  { app: 'api-gateway', health: { variable: 'PORT', port: 3000 }, usesRedis: true },
  { app: 'scheduler', health: { variable: 'HEALTH_PORT', port: 9464 }, usesRedis: true },
  { app: 'worker', health: { variable: 'HEALTH_PORT', port: 9465 }, usesRedis: true },
  { app: 'db-migrate', health: null, usesRedis: false },
];

export function appCommand(app: DeployedApp['app']): string[] {
  return ['node', `dist/apps/${app}/main.js`];
}

/** The worker's drain time when WORKER_DRAIN_SECONDS is not set (README, Configuration). */
export const DEFAULT_WORKER_DRAIN_SECONDS = 25;
