import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API, startStandalone } from './standalone-test-app';

const INDEX_HTML = '<!doctype html><script type="module" src="/dashboard/assets/index-abc123.js"></script>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;

/** A built dashboard as Vite lays it out: index.html, hashed files in assets/, others beside. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX_HTML);
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), SCRIPT);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

describe('the dashboard at /dashboard', () => {
  describe('built', () => {
    const dir = fakeBuild();
    let s: Awaited<ReturnType<typeof startStandalone>>;

    beforeAll(async () => {
      s = await startStandalone({ DASHBOARD_DIR: dir, API_KEYS: 'some-key' });
    });
    afterAll(async () => {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it.each(['/dashboard', '/dashboard/', '/dashboard/workers', '/dashboard/tasks/0190a0b4-7d3c-7000-8000-000000000000', '/dashboard/tasks?status=FAILED'])(
      'answers %s with index.html, to be revalidated on every load, with no API key',
      async (path) => {
        const response = await s.http().get(path).expect(200);
        expect(response.text).toBe(INDEX_HTML);
        expect(response.headers['content-type']).toMatch(/^text\/html/);
        expect(response.headers['cache-control']).toBe('no-cache');
      },
    );

    it('serves hashed assets gzipped and cached for good, other files revalidated', async () => {
      const script = await s.http().get('/dashboard/assets/index-abc123.js').set('accept-encoding', 'gzip').expect(200);
      expect(script.headers['content-encoding']).toBe('gzip');
      expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(script.text).toBe(SCRIPT);
      const icon = await s.http().get('/dashboard/favicon.svg').expect(200);
      expect(icon.headers['cache-control']).toBe('no-cache');
    });

    it('answers 404, not index.html, for an asset that is not there, and never leaves its folder', async () => {
      const missing = await s.http().get('/dashboard/assets/index-gone.js').expect(404);
      expect(missing.text).toBe('no such file in the dashboard\n');
      const outside = await s.http().get('/dashboard/..%2f..%2fetc%2fpasswd');
      expect(outside.text).not.toMatch(/root:/);
    });

    it('sends the security headers, whose policy lets the app load its own scripts and nothing inline', async () => {
      const { headers } = await s.http().get('/dashboard/workers').expect(200);
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['content-security-policy']).toContain("script-src-attr 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
    });

    it('still guards the API with the key', async () => {
      await s.http().get(`${API}/workers`).expect(401);
      await s.http().get(`${API}/workers`).set('x-api-key', 'some-key').expect(200);
    });
  });

  describe('not built', () => {
    let s: Awaited<ReturnType<typeof startStandalone>>;

    beforeAll(async () => {
      s = await startStandalone({ DASHBOARD_DIR: join(tmpdir(), 'no-dashboard-here') });
    });
    afterAll(() => s.close());

    it('answers 404 saying how to build it, and the API works', async () => {
      for (const path of ['/dashboard', '/dashboard/workers', '/dashboard/assets/index-abc123.js']) {
        const response = await s.http().get(path).expect(404);
        expect(response.text).toBe('dashboard not built: run npm run build\n');
      }
      await s.http().get(`${API}/workers`).expect(200);
    });
  });
});
