import { isIgnored } from './dockerignore';

describe('isIgnored', () => {
  const patterns = ['*', '!libs', '!docker/healthcheck.js', '**/*.spec.ts'];

  it('lets the last matching pattern decide, parents included', () => {
    expect(isIgnored('node_modules', patterns)).toBe(true);
    expect(isIgnored('libs/domain/src/index.ts', patterns)).toBe(false);
    expect(isIgnored('libs/domain/src/task.spec.ts', patterns)).toBe(true);
    expect(isIgnored('docker/healthcheck.js', patterns)).toBe(false);
    expect(isIgnored('docker/compose.yaml', patterns)).toBe(true);
  });
});
