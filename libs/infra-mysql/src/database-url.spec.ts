import { createMysqlAdapters } from './create-mysql-adapters';
import { DatabaseUnreachableError, InvalidDatabaseUrlError, parseDatabaseUrl } from './database-url';

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
