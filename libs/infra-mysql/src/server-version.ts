/** The servers with JSON_TABLE, which the batched compare-and-set UPDATE reads its values through. */
const NEEDED = { mariadb: [10, 6], mysql: [8, 0, 4] } as const;

export class UnsupportedServerError extends Error {
  constructor(version: string) {
    super(`MySQL ${version} is too old: asynctask needs MySQL 8.0.4+ or MariaDB 10.6+`);
    this.name = 'UnsupportedServerError';
  }
}

/** Throws UnsupportedServerError unless `version` (SELECT VERSION()) names a server new enough. */
export function assertSupportedServer(version: string): void {
  const numbers = (/^(\d+)\.(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  const needed = /mariadb/i.test(version) ? NEEDED.mariadb : NEEDED.mysql;
  if (numbers.length !== 3 || compare(numbers, needed) < 0) throw new UnsupportedServerError(version);
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
