import { UnsupportedServerError, assertSupportedServer } from './server-version';

describe('assertSupportedServer', () => {
  it.each(['10.11.19-MariaDB-0+deb12u1', '10.6.0-MariaDB', '11.4.2-MariaDB', '8.0.4', '8.0.36', '8.4.0', '9.1.0'])('accepts %s', (version) => {
    expect(() => assertSupportedServer(version)).not.toThrow();
  });

  it.each(['10.5.22-MariaDB', '5.5.5-10.4.1-MariaDB', '8.0.3', '5.7.44', 'unknown'])('refuses %s with one clear line', (version) => {
    expect(() => assertSupportedServer(version)).toThrow(UnsupportedServerError);
    expect(() => assertSupportedServer(version)).toThrow(`MySQL ${version} is too old: asynctask needs MySQL 8.0.4+ or MariaDB 10.6+`);
  });
});
