import { GatewayEnvironment, SchedulerEnvironment, StandaloneEnvironment } from './environments';
import { ConfigurationError, parseEnvironment } from './parse-environment';

describe('LOG_LEVEL', () => {
  it.each([
    ['log', 'log'],
    ['info', 'log'],
    ['INFO', 'log'],
    ['trace', 'verbose'],
    ['fatal', 'error'],
    ['Warn', 'warn'],
    ['debug', 'debug'],
  ])('takes %s as %s', (given, level) => {
    expect(parseEnvironment(StandaloneEnvironment, { LOG_LEVEL: given }).LOG_LEVEL).toBe(level);
  });

  it('is log when unset', () => {
    expect(parseEnvironment(SchedulerEnvironment, {}).LOG_LEVEL).toBe('log');
  });

  it('refuses an unknown level in one line that lists the accepted ones', () => {
    expect(() => parseEnvironment(StandaloneEnvironment, { LOG_LEVEL: 'loud' })).toThrow(
      new ConfigurationError('invalid configuration: LOG_LEVEL="loud": must be one of error, warn, log, debug, verbose (or info, trace, fatal)'),
    );
  });
});

describe('a refused setting never shows a secret', () => {
  it('masks the password of a URL it prints', () => {
    const parsing = () => parseEnvironment(GatewayEnvironment, { DATABASE_URL: 'mysql://root:s3cret@127.0.0.1:3306/bad-name' });
    expect(parsing).toThrow('invalid configuration: DATABASE_URL="mysql://root:***@127.0.0.1:3306/bad-name": must look like');
    expect(parsing).not.toThrow(/s3cret/);
  });

  it('masks every password when several settings are wrong', () => {
    const parsing = () =>
      parseEnvironment(GatewayEnvironment, { DATABASE_URL: 'mysql://app:one-s3cret@db', REDIS_URL: 'http://:two-s3cret@cache:6379', PORT: 'x' });
    expect(parsing).toThrow(/^invalid configuration: PORT="x": .*; REDIS_URL="http:\/\/:\*\*\*@cache:6379": .*; DATABASE_URL="mysql:\/\/app:\*\*\*@db": /);
    expect(parsing).not.toThrow(/s3cret/);
  });
});
