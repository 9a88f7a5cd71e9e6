import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { UnknownLuaIncludeError, includesOf, luaSource } from './lua-source';
import { openRedis } from './redis-connection';
import { LUA_DIR, RedisScripts, SCRIPTS } from './redis-scripts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const INCLUDES_DIR = join(LUA_DIR, 'includes');
const files = readdirSync(LUA_DIR).filter((name) => name.endsWith('.lua'));
const includes = readdirSync(INCLUDES_DIR).filter((name) => name.endsWith('.lua'));
const rawSourceOf = (file: string) => readFileSync(join(LUA_DIR, file), 'utf8');
const scriptName = (file: string) => file.replace(/\.lua$/, '');

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

  it('are there to check, and each one is loaded', () => {
    expect(files.length).toBeGreaterThan(0);
    expect([...SCRIPTS].sort()).toEqual(files.map(scriptName).sort());
  });

  it.each(files)('%s documents its KEYS, ARGV, result and why it is atomic in its header', (file) => {
    const source = rawSourceOf(file);
    const header = headerOf(source);
    const body = source.slice(header.length);
    expect(header).toMatch(/^-- KEYS\[1\] -> \S/m);
    if (body.includes('ARGV')) expect(header).toMatch(/^-- ARGV\[1(\.\.\d*)?\] -> \S/m);
    expect(header).toMatch(/Returns/);
    expect(header).toMatch(/Atomic/);
    for (const used of new Set(body.match(/KEYS\[\d+\]/g) ?? [])) expect(header).toContain(used);
  });

  it.each(files)('%s compiles on the server with its includes spliced in', async (file) => {
    const source = luaSource(LUA_DIR, scriptName(file));
    expect(source).not.toMatch(/@include/);
    expect(await redis.script('LOAD', source)).toMatch(/^[0-9a-f]{40}$/);
  });

  it.each(includes)('include %s says what it defines, touches no KEYS or ARGV of its own, and is used', (file) => {
    const source = readFileSync(join(INCLUDES_DIR, file), 'utf8');
    const header = headerOf(source);
    const defined = [...source.matchAll(/^local function (\w+)\(/gm)].map((m) => m[1]);
    expect(defined.length).toBeGreaterThan(0);
    expect(header).toMatch(/^-- Defines /);
    for (const name of defined) expect(header).toContain(`${name}(`);
    expect(source).not.toMatch(/KEYS\[|ARGV\[/);
    expect(files.filter((script) => includesOf(rawSourceOf(script)).includes(scriptName(file)))).not.toEqual([]);
  });

  it('fails loudly at load when a script names an include that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lua-'));
    writeFileSync(join(dir, 'broken.lua'), '-- KEYS[1] -> x\n--- @include "no-such-fragment"\nreturn 0\n');
    expect(() => luaSource(dir, 'broken')).toThrow(UnknownLuaIncludeError);
    expect(() => luaSource(dir, 'broken')).toThrow('broken.lua includes "no-such-fragment"');
  });

  it('are each defined as a command on the connection, the files read from next to the loader', () => {
    const connection = redis.duplicate({ lazyConnect: true });
    new RedisScripts(connection);
    expect(Object.keys(connection.scriptsSet)).toHaveLength(files.length);
    connection.disconnect();
  });
});
