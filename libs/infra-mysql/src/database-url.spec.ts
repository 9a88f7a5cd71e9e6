import { createMysqlAdapters } from './create-mysql-adapters';
import { DatabaseLoginRefusedError, DatabaseUnreachableError, InvalidDatabaseUrlError, parseDatabaseUrl } from './database-url';
import { migrateDatabase } from './migrate';
import { databaseUrl, onServer, uniqueDatabaseName } from './test-support/test-database';

describe('parseDatabaseUrl', () => {
  it.each([
    ['not a url', 'is not a URL'],
    ['postgres://root@localhost/x', 'has protocol postgres:'],
    ['mysql:///asynctask', 'names no host'],
    ['mysql://root@localhost', 'names no valid database'],
    ['mysql://root@localhost/', 'names no valid database'],
    ['mysql://root@localhost/bad-name!', 'names no valid database'],
    ['mysql://root@localhost/a`; DROP DATABASE x', 'names no valid database'],
  ])('refuses %s: it %s', (url, reason) => {
    expect(() => parseDatabaseUrl(url)).toThrow(new InvalidDatabaseUrlError(reason));
  });

  it('reads every part of a URL, decoding what was escaped', () => {
    expect(parseDatabaseUrl('mysql://app:p%40ss@db.internal:3307/tasks')).toEqual({
      host: 'db.internal',
      port: 3307,
      user: 'app',
      password: 'p@ss',
      database: 'tasks',
    });
  });

  it('defaults to root on port 3306 and takes IPv6 literals without their brackets', () => {
    expect(parseDatabaseUrl('mysql://[::1]/asynctask')).toEqual({ host: '::1', port: 3306, user: 'root', password: '', database: 'asynctask' });
  });
});

describe('createMysqlAdapters', () => {
  it('refuses a malformed URL before connecting', async () => {
    await expect(createMysqlAdapters('mysql://root@localhost/')).rejects.toBeInstanceOf(InvalidDatabaseUrlError);
  });

  it('says in one line which server it cannot reach', async () => {
    const opening = createMysqlAdapters('mysql://root@127.0.0.1:1/asynctask');
    await expect(opening).rejects.toBeInstanceOf(DatabaseUnreachableError);
    await expect(opening).rejects.toThrow(/^cannot reach MySQL at 127\.0\.0\.1:1\/asynctask: ECONNREFUSED$/);
  });
});

describe('a login the server refuses', () => {
  const user = uniqueDatabaseName('login');
  const password = 'right-pa55word';
  const wrongUrl = () => {
    const url = new URL(databaseUrl(uniqueDatabaseName('refused')));
    url.username = user;
    url.password = 'wrong-pa55word';
    return url.href;
  };

  beforeAll(() => onServer((connection) => connection.query('CREATE USER ?@? IDENTIFIED BY ?', [user, '%', password])));
  afterAll(() => onServer((connection) => connection.query('DROP USER IF EXISTS ?@?', [user, '%'])));

  it.each([
    ['createMysqlAdapters', (url: string) => createMysqlAdapters(url)],
    ['migrateDatabase', (url: string) => migrateDatabase(url)],
  ])('%s says the server refused the login for the user, not that it cannot be reached', async (_, open) => {
    const url = wrongUrl();
    const failure = await open(url).then(
      () => new Error('expected a refusal'),
      (error: unknown) => error as Error,
    );
    expect(failure).toBeInstanceOf(DatabaseLoginRefusedError);
    const { host, port } = parseDatabaseUrl(url);
    expect(failure.message).toBe(
      `MySQL at ${host}:${port} refused the login for user ${user}: wrong password, or no such user for this host (ER_ACCESS_DENIED_ERROR)`,
    );
    expect(failure.message).not.toContain('pa55word');
  });
});
