import { freePort, waitFor } from '@asynctask/testing/local-servers';
import { existsSync } from 'node:fs';
import { AsynctaskClient, createClient } from '@asynctask/client';
import { AppProcess } from '../../support/app-process';
import { repoPath } from '../../support/repo-path';

/** The worker id the dashboard tests give the standalone, so pages and screenshots show a stable name. */
export const WORKER_ID = 'standalone-worker';
export const WORKER_CAPACITY = 4;

export interface DashboardStandalone {
  readonly app: AppProcess;
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  readonly api: AsynctaskClient;
  stop(): Promise<void>;
}

/** The built standalone as `npm start` runs it, serving the built dashboard, on a free port. */
export async function startDashboardStandalone(env: Record<string, string> = {}): Promise<DashboardStandalone> {
  if (!existsSync(repoPath('dist/apps/dashboard/index.html'))) throw new Error('dist/apps/dashboard is missing: run npm run build first');
  const port = await freePort();
  const app = new AppProcess('standalone', 'standalone', { PORT: String(port), WORKER_ID, WORKER_CAPACITY: String(WORKER_CAPACITY), ...env });
  const origin = `http://127.0.0.1:${port}`;
  const apiKey = env.API_KEYS?.split(',')[0]?.trim();
  const api = createClient({ baseUrl: origin, apiKey });
  await waitFor('the standalone', async () => ((await fetch(`${origin}/health/ready`).catch(() => null))?.ok ? true : undefined));
  return { app, origin, api, stop: () => app.stop() };
}
