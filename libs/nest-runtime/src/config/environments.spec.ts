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

describe('TRUST_PROXY', () => {
  it('is unset by default: no forwarded address is believed', () => {
    expect(parseEnvironment(GatewayEnvironment, {}).TRUST_PROXY).toBeUndefined();
  });

  it.each([
    ['1', 1],
    ['2', 2],
    ['0', 0],
    ['10.0.0.0/8', '10.0.0.0/8'],
    ['10.0.0.0/8, 192.168.0.1', '10.0.0.0/8, 192.168.0.1'],
    ['fd00::/8,127.0.0.1', 'fd00::/8,127.0.0.1'],
    ['loopback, uniquelocal', 'loopback, uniquelocal'],
  ])('takes %j', (given, taken) => {
    expect(parseEnvironment(StandaloneEnvironment, { TRUST_PROXY: given }).TRUST_PROXY).toBe(taken);
  });

  it.each(['true', 'yes', '-1', '1.5', '10.0.0.0/33', '300.1.1.1', '10.0.0.1,', 'ingress.local'])('refuses %j in one line', (given) => {
    expect(() => parseEnvironment(GatewayEnvironment, { TRUST_PROXY: given })).toThrow(
      new ConfigurationError(
        `invalid configuration: TRUST_PROXY=${JSON.stringify(given)}: must be a number of proxy hops (1) or a comma-separated list of proxy addresses and CIDRs (10.0.0.0/8)`,
      ),
    );
  });
});
