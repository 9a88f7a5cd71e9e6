/** The patterns of a .dockerignore, blank lines and comments left out. */
export function dockerignorePatterns(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * Whether the build context leaves `path` out: the last pattern that matches the path or one of
 * its parent folders decides, `!` patterns putting it back (Docker's rule).
 */
export function isIgnored(path: string, patterns: readonly string[]): boolean {
  const candidates = path.split('/').map((_, index, parts) => parts.slice(0, index + 1).join('/'));
  let ignored = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    const matcher = patternRegExp(negated ? pattern.slice(1) : pattern);
    if (candidates.some((candidate) => matcher.test(candidate))) ignored = !negated;
  }
  return ignored;
}

function patternRegExp(pattern: string): RegExp {
  const trimmed = pattern.replace(/^\/+|\/+$/g, '');
  let source = '';
  for (let index = 0; index < trimmed.length; index++) {
    const char = trimmed[index];
    if (trimmed.startsWith('**/', index)) {
      source += '(?:.*/)?';
      index += 2;
    } else if (trimmed.startsWith('**', index)) {
      source += '.*';
      index += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
