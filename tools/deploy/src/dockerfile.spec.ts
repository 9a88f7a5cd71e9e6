import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import { appCommand, deployedApps } from './support/deployed-apps';
import { copiesOf, dockerStages, execForm, type DockerStage } from './support/dockerfile';
import { dockerignorePatterns, isIgnored } from './support/dockerignore';
import { repoPath } from './support/repo-paths';

// `npm test` builds every app before Jest runs, so dist/ is there to check against.
const stages = dockerStages(readFileSync(repoPath('docker/Dockerfile'), 'utf8'));
const finalStage = stages[stages.length - 1];
const stageNamed = (name: string) => stages.find((stage) => stage.name === name) as DockerStage;
const runs = (stage: DockerStage) => stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
const only = (stage: DockerStage, keyword: string) => {
  const found = stage.instructions.filter((i) => i.keyword === keyword);
  expect(found).toHaveLength(1);
  return found[0].args;
};
const packageJson = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { dependencies: Record<string, string> };

/** A path a COPY --from reads, as the path in this repo it stands for (stage WORKDIR = repo root). */
function repoPathOfStageSource(stageName: string, source: string): string {
  const { workdir } = stageNamed(stageName);
  expect(posix.isAbsolute(source)).toBe(true);
  expect(source.startsWith(`${workdir}/`)).toBe(true);
  return posix.relative(workdir, source);
}

describe('docker/Dockerfile', () => {
  it('builds in one stage, installs production dependencies in another, runs in a third', () => {
    expect(stages.map((stage) => stage.name)).toEqual(['build', 'prod-deps', 'runtime']);
  });

  it('copies from the build context only paths that exist and that .dockerignore lets through', () => {
    const patterns = dockerignorePatterns(readFileSync(repoPath('.dockerignore'), 'utf8'));
    const contextCopies = stages.flatMap((stage) => copiesOf(stage).filter((copy) => copy.fromStage === null));
    const sources = contextCopies.flatMap((copy) => copy.sources);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect({ source, exists: existsSync(repoPath(source)), ignored: isIgnored(source, patterns) }).toEqual({
        source,
        exists: true,
        ignored: false,
      });
    }
  });

  it('copies from earlier stages only what those stages make (dist/, node_modules/)', () => {
    const fromStages = copiesOf(finalStage).filter((copy) => copy.fromStage !== null);
    expect(fromStages.map((copy) => copy.fromStage).sort()).toEqual(['build', 'prod-deps']);
    for (const copy of fromStages) {
      for (const source of copy.sources) {
        const path = repoPathOfStageSource(copy.fromStage as string, source);
        expect({ path, exists: existsSync(repoPath(path)) }).toEqual({ path, exists: true });
      }
    }
  });

  it('builds every deployed app with its webpack config', () => {
    const build = runs(stageNamed('build')).find((command) => command.includes('webpack-cli build')) as string;
    const loop = /for app in ([^;]+);/.exec(build);
    expect(loop?.[1].trim().split(/\s+/).sort()).toEqual(deployedApps.map((app) => app.app).sort());
    for (const { app } of deployedApps) expect(existsSync(repoPath(`apps/${app}/webpack.config.js`))).toBe(true);
  });

  it('ships the bundles with their Redis Lua scripts', () => {
    const distCopy = copiesOf(finalStage).find((copy) => copy.fromStage === 'build');
    const shipped = repoPathOfStageSource('build', distCopy?.sources[0] ?? '');
    const luaScripts = readdirSync(repoPath('libs/infra-redis/src/lua')).sort();
    expect(luaScripts.length).toBeGreaterThan(0);
    for (const app of deployedApps) {
      const bundle = `dist/apps/${app.app}`;
      expect(bundle.startsWith(`${shipped}/`)).toBe(true);
      expect(existsSync(repoPath(bundle, 'main.js'))).toBe(true);
      if (app.usesRedis) expect(readdirSync(repoPath(bundle, 'lua')).sort()).toEqual(luaScripts);
    }
  });

  it('builds the dashboard with its Vite config and ships it beside the bundles, where the gateway looks (dist/apps/dashboard)', () => {
    const build = runs(stageNamed('build')).find((command) => command.includes('vite build')) as string;
    const config = /--config (\S+)/.exec(build)?.[1] ?? '';
    expect(config).toBe('apps/dashboard/vite.config.mts');
    expect(existsSync(repoPath(config))).toBe(true);
    const distCopy = copiesOf(finalStage).find((copy) => copy.fromStage === 'build');
    const shipped = repoPathOfStageSource('build', distCopy?.sources[0] ?? '');
    expect('dist/apps/dashboard'.startsWith(`${shipped}/`)).toBe(true);
    const indexHtml = readFileSync(repoPath('dist/apps/dashboard/index.html'), 'utf8');
    const assets = [...indexHtml.matchAll(/(?:src|href)="\/dashboard\/(assets\/[^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect({ asset, exists: existsSync(repoPath('dist/apps/dashboard', asset)) }).toEqual({ asset, exists: true });
  });

  it('gives the final stage production dependencies only', () => {
    expect(runs(stageNamed('prod-deps')).some((command) => /npm ci\b.*--omit=dev/.test(command))).toBe(true);
    const nodeModules = copiesOf(finalStage).filter((copy) => copy.sources.some((source) => source.endsWith('node_modules')));
    expect(nodeModules.map((copy) => copy.fromStage)).toEqual(['prod-deps']);
  });

  it.each(deployedApps.map((app) => app.app))('%s needs no module outside the production dependencies', (app) => {
    const bundle = readFileSync(repoPath(`dist/apps/${app}/main.js`), 'utf8');
    const required = new Set([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]));
    const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    const outside = [...required].filter(
      (specifier) =>
        !specifier.startsWith('node:') &&
        !builtinModules.includes(specifier) &&
        !(packageName(specifier) in packageJson.dependencies),
    );
    expect(required.size).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });

  it('runs as a numeric non-root user, so runAsNonRoot can verify it', () => {
    const [user, group] = only(finalStage, 'USER').split(':').map(Number);
    expect(user).toBeGreaterThan(0);
    expect(group).toBeGreaterThan(0);
  });

  it('starts node under tini, which forwards SIGTERM so workers drain', () => {
    expect(runs(finalStage).some((command) => /apt-get install .*\btini\b/.test(command))).toBe(true);
    expect(execForm(only(finalStage, 'ENTRYPOINT'))).toEqual(['/usr/bin/tini', '--']);
    expect(execForm(only(finalStage, 'CMD'))).toEqual(appCommand('api-gateway'));
  });

  it('checks its health with the script it copies in', () => {
    const healthcheck = only(finalStage, 'HEALTHCHECK');
    const command = execForm(healthcheck.slice(healthcheck.indexOf('CMD ') + 'CMD '.length));
    const script = copiesOf(finalStage).find((copy) => copy.sources.includes('docker/healthcheck.js'));
    expect(command).toEqual(['node', posix.resolve(finalStage.workdir, script?.destination ?? '')]);
  });
});
