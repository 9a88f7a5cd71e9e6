import compression from 'compression';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where the gateway and the standalone serve the dashboard. */
export const DASHBOARD_PATH = '/dashboard';

/** Vite names the files in assets/ by their content hash: a browser may keep them for good. */
const HASHED_ASSETS = 'assets';

/**
 * The dashboard's built files: static, gzipped, with every other GET answered by index.html so that
 * deep links (/dashboard/tasks/abc) open the app at that view. index.html is revalidated on each load,
 * so a new release is picked up at once. With no built files, a 404 that says how to build them.
 */
export function dashboardRouter(dir: string | undefined): Router {
  const router = express.Router();
  router.use(compression());
  if (dir !== undefined) router.use(express.static(dir, { index: false, redirect: false, cacheControl: false, setHeaders: cacheHeaders(dir) }));
  router.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const index = dir === undefined ? undefined : join(dir, 'index.html');
    if (index === undefined || !existsSync(index)) return notFound(response, 'dashboard not built: run npm run build');
    if (request.path.startsWith(`/${HASHED_ASSETS}/`)) return notFound(response, 'no such file in the dashboard');
    response.sendFile(index, { headers: { 'cache-control': 'no-cache' } });
  });
  return router;
}

function cacheHeaders(dir: string) {
  return (response: Response, path: string): void => {
    const hashed = relative(dir, path).startsWith(`${HASHED_ASSETS}${sep}`);
    response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
}

function notFound(response: Response, message: string): void {
  response.status(404).type('text/plain').send(`${message}\n`);
}

/** The built dashboard beside a built app (dist/apps/<app>/main.js → dist/apps/dashboard), unless configured. */
export function dashboardDir(configured: string | undefined, appDir: string): string {
  return configured ?? join(appDir, '..', 'dashboard');
}
