import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { openRedis } from './redis-connection';
import { RedisScripts } from './redis-scripts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const LUA_DIR = join(__dirname, 'lua');
const files = readdirSync(LUA_DIR).filter((name) => name.endsWith('.lua'));
const sourceOf = (file: string) => readFileSync(join(LUA_DIR, file), 'utf8');

/** The comment block a script opens with: its contract. */
function headerOf(source: string): string {
  const lines = source.split('\n');
  const end = lines.findIndex((line) => !line.startsWith('--'));
  return lines.slice(0, end < 0 ? lines.length : end).join('\n');
}

describe('Lua scripts', () => {
  let redis: Redis;
  beforeAll(async () => {
    redis = await openRedis(REDIS_URL);
  });
  afterAll(async () => {
    await redis?.quit();
  });

  it('are there to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s documents its KEYS, ARGV, result and why it is atomic in its header', (file) => {
    const source = sourceOf(file);
    const header = headerOf(source);
    const body = source.slice(header.length);
    expect(header).toMatch(/^-- KEYS\[1\] -> \S/m);
    if (body.includes('ARGV')) expect(header).toMatch(/^-- ARGV\[1(\.\.\d*)?\] -> \S/m);
    expect(header).toMatch(/Returns/);
    expect(header).toMatch(/Atomic/);
    for (const used of new Set(body.match(/KEYS\[\d+\]/g) ?? [])) expect(header).toContain(used);
  });

  it.each(files)('%s compiles on the server', async (file) => {
    expect(await redis.script('LOAD', sourceOf(file))).toMatch(/^[0-9a-f]{40}$/);
  });

  it('are each defined as a command on the connection, the files read from next to the loader', () => {
    const connection = redis.duplicate({ lazyConnect: true });
    new RedisScripts(connection);
    expect(Object.keys(connection.scriptsSet)).toHaveLength(files.length);
    connection.disconnect();
  });
});
