import { join } from 'node:path';
import Redis from 'ioredis';
import { luaSource } from './lua-source';

/** The Lua scripts in ./lua, each a command on the connection; their headers document KEYS and ARGV. */
export const SCRIPTS = [
  'enqueue',
  'promote-due',
  'remove',
  'move-to-workers',
  'take',
  'interrupt-take',
  'renew-leases',
  'ack',
  'release-worker-queue',
  'expired-leases',
  'holds',
  'restore-leases',
  'leader-acquire',
  'leader-renew',
  'leader-release',
  'worker-heartbeat',
  'worker-update',
] as const;
export type ScriptName = (typeof SCRIPTS)[number];

type Arg = string | number;

/** Next to the bundle in the built apps, next to this file in the sources. */
export const LUA_DIR = join(__dirname, 'lua');

/** Loads every script with defineCommand (EVALSHA, falling back to EVAL) and runs them by name. */
export class RedisScripts {
  constructor(private readonly redis: Redis) {
    for (const name of SCRIPTS) redis.defineCommand(commandName(name), { lua: luaSource(LUA_DIR, name) });
  }

  run<T>(name: ScriptName, keys: readonly string[], args: readonly Arg[]): Promise<T> {
    const command = (this.redis as unknown as Record<string, (...a: Arg[]) => Promise<T>>)[commandName(name)];
    return command.call(this.redis, keys.length, ...keys, ...args);
  }
}

function commandName(script: ScriptName): string {
  return `asynctask_${script.replace(/-/g, '_')}`;
}
