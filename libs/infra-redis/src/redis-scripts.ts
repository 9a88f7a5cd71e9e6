import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';

/** The Lua scripts in ./lua, each a command on the connection; their headers document KEYS and ARGV. */
const SCRIPTS = [
  'enqueue',
  'promote-due',
  'remove',
  'dispatch',
  'take',
  'release-queued',
  'leader-acquire',
  'leader-renew',
  'leader-release',
  'worker-heartbeat',
  'worker-update',
] as const;
export type ScriptName = (typeof SCRIPTS)[number];

type Arg = string | number;

/** Loads every script with defineCommand (EVALSHA, falling back to EVAL) and runs them by name. */
export class RedisScripts {
  constructor(private readonly redis: Redis) {
    for (const name of SCRIPTS) {
      redis.defineCommand(commandName(name), { lua: readFileSync(join(__dirname, 'lua', `${name}.lua`), 'utf8') });
    }
  }

  run<T>(name: ScriptName, keys: readonly string[], args: readonly Arg[]): Promise<T> {
    const command = (this.redis as unknown as Record<string, (...a: Arg[]) => Promise<T>>)[commandName(name)];
    return command.call(this.redis, keys.length, ...keys, ...args);
  }
}

function commandName(script: ScriptName): string {
  return `asynctask_${script.replace(/-/g, '_')}`;
}
