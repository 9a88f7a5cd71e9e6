import { join } from 'node:path';

export const repoRoot = join(__dirname, '../../../..');

export function repoPath(...segments: string[]): string {
  return join(repoRoot, ...segments);
}
