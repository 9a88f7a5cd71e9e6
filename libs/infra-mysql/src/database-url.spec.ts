import { createMysqlAdapters } from './create-mysql-adapters';
import { DatabaseTlsFileError, sslOptions } from './database-tls';
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
      tls: null,
    });
  });

  it('defaults to root on port 3306 and takes IPv6 literals without their brackets', () => {
    expect(parseDatabaseUrl('mysql://[::1]/asynctask')).toEqual({ host: '::1', port: 3306, user: 'root', password: '', database: 'asynctask', tls: null });
  });

  it.each([
    ['?ssl-mode=REQUIRED', { mode: 'REQUIRED' }],
    ['?ssl-mode=verify_identity', { mode: 'VERIFY_IDENTITY' }],
    ['?ssl-mode=VERIFY_CA&ssl-ca=/etc/tls/ca.pem', { mode: 'VERIFY_CA', caFile: '/etc/tls/ca.pem' }],
    ['?ssl-ca=/etc/tls/ca.pem', { mode: 'VERIFY_CA', caFile: '/etc/tls/ca.pem' }],
    [
      '?ssl-mode=VERIFY_IDENTITY&ssl-ca=/tls/ca.pem&ssl-cert=/tls/client.pem&ssl-key=/tls/client.key',
      { mode: 'VERIFY_IDENTITY', caFile: '/tls/ca.pem', certFile: '/tls/client.pem', keyFile: '/tls/client.key' },
    ],
  ])('reads the TLS options %s as the mysql client would', (query, tls) => {
    expect(parseDatabaseUrl(`mysql://app@db/tasks${query}`).tls).toEqual({ caFile: undefined, certFile: undefined, keyFile: undefined, ...tls });
  });

  it('connects without TLS when asked to, or when nothing asks for it', () => {
    expect(parseDatabaseUrl('mysql://app@db/tasks?ssl-mode=DISABLED').tls).toBeNull();
    expect(parseDatabaseUrl('mysql://app@db/tasks').tls).toBeNull();
  });

  it.each([
    ['?sslmode=require', 'has the unknown option sslmode (known: ssl-mode, ssl-ca, ssl-cert, ssl-key)'],
    ['?ssl-mode=PREFERRED', 'has ssl-mode PREFERRED (use DISABLED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY)'],
    ['?ssl-mode=REQUIRED&ssl-ca=', 'has an empty ssl-ca'],
    ['?ssl-mode=REQUIRED&ssl-cert=/tls/client.pem', 'has one of ssl-cert and ssl-key without the other'],
    ['?ssl-mode=DISABLED&ssl-ca=/tls/ca.pem', 'has ssl-ca, ssl-cert or ssl-key with TLS disabled'],
  ])('refuses the TLS options %s: it %s', (query, reason) => {
    expect(() => parseDatabaseUrl(`mysql://app@db/tasks${query}`)).toThrow(new InvalidDatabaseUrlError(reason));
  });

  it.each(['10.0.0.7', '[fd00::1]'])('refuses VERIFY_IDENTITY with the IP address %s, which the driver would not check', (host) => {
    expect(() => parseDatabaseUrl(`mysql://app@${host}/tasks?ssl-mode=VERIFY_IDENTITY`)).toThrow(/ssl-mode VERIFY_IDENTITY with an IP address/);
    expect(parseDatabaseUrl(`mysql://app@${host}/tasks?ssl-mode=VERIFY_CA`).tls?.mode).toBe('VERIFY_CA');
  });
});

describe('sslOptions', () => {
  it('checks the certificate and the host name only in the modes that ask for it', () => {
    expect(sslOptions({ mode: 'REQUIRED' })).toMatchObject({ rejectUnauthorized: false, verifyIdentity: false });
    expect(sslOptions({ mode: 'VERIFY_CA' })).toMatchObject({ rejectUnauthorized: true, verifyIdentity: false });
    expect(sslOptions({ mode: 'VERIFY_IDENTITY' })).toMatchObject({ rejectUnauthorized: true, verifyIdentity: true });
    expect(sslOptions(null)).toBeUndefined();
  });

  it('names the option and the file it cannot read', () => {
    expect(() => sslOptions({ mode: 'VERIFY_CA', caFile: '/nonexistent/ca.pem' })).toThrow(
      new DatabaseTlsFileError('ssl-ca', '/nonexistent/ca.pem', 'ENOENT'),
    );
    expect(() => sslOptions({ mode: 'VERIFY_CA', caFile: '/nonexistent/ca.pem' })).toThrow('DATABASE_URL ssl-ca: cannot read /nonexistent/ca.pem (ENOENT)');
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
      `MySQL at ${host}:${port} refused the login for user ${user}: wrong password, no such user for this host, or the server requires TLS (set ssl-mode) (ER_ACCESS_DENIED_ERROR)`,
    );
    expect(failure.message).not.toContain('pa55word');
  });
});
