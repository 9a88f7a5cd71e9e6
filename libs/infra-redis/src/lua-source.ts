import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A script names an include that lua/includes/ does not have. */
export class UnknownLuaIncludeError extends Error {
  constructor(script: string, include: string) {
    super(`${script}.lua includes "${include}", but lua/includes/${include}.lua does not exist`);
    this.name = 'UnknownLuaIncludeError';
  }
}

/** The directive a script uses to pull in a shared fragment, on a line of its own. */
const INCLUDE = /^--- @include "([a-z0-9-]+)"$/gm;

/**
 * The text of lua/<name>.lua with every `--- @include "<fragment>"` line replaced by
 * lua/includes/<fragment>.lua, so a shared fragment is written once and every script that needs
 * it runs it as its own code. `dir` is the lua folder (next to the bundle in the built apps).
 */
export function luaSource(dir: string, name: string): string {
  const source = readFileSync(join(dir, `${name}.lua`), 'utf8');
  return source.replace(INCLUDE, (_, include: string) => {
    try {
      return readFileSync(join(dir, 'includes', `${include}.lua`), 'utf8').trimEnd();
    } catch {
      throw new UnknownLuaIncludeError(name, include);
    }
  });
}

/** The fragments a script's source names. */
export function includesOf(source: string): string[] {
  return [...source.matchAll(INCLUDE)].map((match) => match[1]);
}
