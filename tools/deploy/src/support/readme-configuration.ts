import { readFileSync } from 'node:fs';
import { repoPath } from './repo-paths';

export class ReadmeSectionMissingError extends Error {
  constructor(heading: string) {
    super(`README.md has no "${heading}" section`);
    this.name = 'ReadmeSectionMissingError';
  }
}

/** The environment variables README's Configuration table documents: the names an app reads. */
export function documentedVariables(): Set<string> {
  const readme = readFileSync(repoPath('README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Configuration\n'));
  if (section === undefined) throw new ReadmeSectionMissingError('Configuration');
  const names = [...section.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((match) => match[1]);
  return new Set(names);
}
