import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository: the first folder up from `from` with an nx.json (works from src/ and from dist/). */
export function repoRoot(from: string = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'nx.json'))) return dir;
  throw new Error(`no nx.json above ${from}`);
}
