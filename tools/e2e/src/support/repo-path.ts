import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository: the first folder up from here with an nx.json (also right inside a bundle in dist/). */
function repoRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'nx.json'))) return dir;
  throw new Error(`no nx.json above ${from}`);
}

const ROOT = repoRoot(__dirname);

export function repoPath(...segments: string[]): string {
  return join(ROOT, ...segments);
}
