import { NonRetryableError } from '@asynctask/domain';
import { LookupOptions } from 'node:dns';
import { createSsrfGuard } from './ssrf-guard';
import { HostLookupFailedError, RefusedAddressError } from './ssrf-guard.errors';

const failureOf = (run: Promise<unknown>) => run.then(() => undefined, (error: unknown) => error as Error);

describe('createSsrfGuard', () => {
  const strict = createSsrfGuard();
  const lenient = createSsrfGuard({ allowPrivate: true });

  describe.each([
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254', 'cloud metadata'],
    ['http://169.254.170.2/v2/credentials', '169.254.170.2', 'cloud metadata'],
    ['http://[fd00:ec2::254]/', 'fd00:ec2::254', 'cloud metadata'],
    ['http://[::ffff:169.254.169.254]/', '::ffff:a9fe:a9fe', 'cloud metadata'],
    ['http://169.254.1.1/', '169.254.1.1', 'link-local'],
    ['http://[fe80::1]/', 'fe80::1', 'link-local'],
    ['http://[febf::1]/', 'febf::1', 'link-local'],
    ['http://0.0.0.0:8080/', '0.0.0.0', 'unspecified'],
    ['http://[::]/', '::', 'unspecified'],
  ])('%s', (url, address, kind) => {
    it(`is refused as ${kind}, even with private networks allowed`, async () => {
      for (const guard of [strict, lenient]) {
        const error = await failureOf(guard.assertAllowed(new URL(url)));
        expect(error).toBeInstanceOf(RefusedAddressError);
        expect(error).toBeInstanceOf(NonRetryableError);
        expect(error).toMatchObject({ address, kind, always: true });
        expect(error?.message).toContain(`${address} is a ${kind} address, which the http executor never calls`);
      }
    });
  });

  describe.each([
    ['http://127.0.0.1:3000/', '127.0.0.1', 'loopback'],
    ['http://127.255.0.9/', '127.255.0.9', 'loopback'],
    ['http://2130706433/', '127.0.0.1', 'loopback'],
    ['http://0x7f.1/', '127.0.0.1', 'loopback'],
    ['http://[::1]:8080/', '::1', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1', 'loopback'],
    ['http://10.0.0.1/', '10.0.0.1', 'private'],
    ['http://172.16.0.1/', '172.16.0.1', 'private'],
    ['http://172.31.255.254/', '172.31.255.254', 'private'],
    ['http://192.168.1.10/', '192.168.1.10', 'private'],
    ['http://[fc00::1]/', 'fc00::1', 'private'],
    ['http://[fd12:3456::1]/', 'fd12:3456::1', 'private'],
    ['http://100.64.0.1/', '100.64.0.1', 'shared (CGNAT)'],
    ['http://100.127.255.254/', '100.127.255.254', 'shared (CGNAT)'],
  ])('%s', (url, address, kind) => {
    it(`is refused as ${kind} by default`, async () => {
      const error = await failureOf(strict.assertAllowed(new URL(url)));
      expect(error).toBeInstanceOf(RefusedAddressError);
      expect(error).toMatchObject({ address, kind, always: false });
      expect(error?.message).toContain('only when private networks are allowed (HTTP_EXECUTOR_ALLOW_PRIVATE=true)');
    });

    it('is allowed when private networks are', async () => {
      await expect(lenient.assertAllowed(new URL(url))).resolves.toBeUndefined();
    });
  });

  it.each([
    'https://93.184.215.14/hook',
    'http://8.8.8.8/',
    'http://172.15.255.255/',
    'http://172.32.0.1/',
    'http://100.63.255.255/',
    'http://100.128.0.1/',
    'http://169.253.255.255/',
    'http://[2606:4700::1111]/',
    'http://[fec0::1]/',
  ])('lets the public address of %s through', async (url) => {
    await expect(strict.assertAllowed(new URL(url))).resolves.toBeUndefined();
  });

  describe('IPv6 addresses that carry an IPv4 address: the IPv4 address decides', () => {
    describe.each([
      ['http://[::ffff:7f00:1]/', '::ffff:7f00:1', 'loopback'],
      ['http://[::ffff:10.1.2.3]/', '::ffff:a01:203', 'private'],
      ['http://[64:ff9b::127.0.0.1]/', '64:ff9b::7f00:1', 'loopback'],
      ['http://[64:ff9b::a00:1]/', '64:ff9b::a00:1', 'private'],
      ['http://[64:ff9b::100.64.0.1]/', '64:ff9b::6440:1', 'shared (CGNAT)'],
      ['http://[2002:7f00:1::]/', '2002:7f00:1::', 'loopback'],
      ['http://[2002:c0a8:101::1]/', '2002:c0a8:101::1', 'private'],
    ])('%s', (url, address, kind) => {
      it(`is refused as ${kind} by default, and allowed with private networks`, async () => {
        await expect(strict.assertAllowed(new URL(url))).rejects.toMatchObject({ address, kind, always: false });
        await expect(lenient.assertAllowed(new URL(url))).resolves.toBeUndefined();
      });
    });

    it.each([
      ['http://[::ffff:a9fe:a9fe]/', '::ffff:a9fe:a9fe', 'cloud metadata'],
      ['http://[64:ff9b::169.254.169.254]/', '64:ff9b::a9fe:a9fe', 'cloud metadata'],
      ['http://[2002:a9fe:a9fe::1]/', '2002:a9fe:a9fe::1', 'cloud metadata'],
      ['http://[64:ff9b::a9fe:1]/', '64:ff9b::a9fe:1', 'link-local'],
      ['http://[2002::1]/', '2002::1', 'unspecified'],
    ])('refuses %s always, as %s', async (url, address, kind) => {
      await expect(lenient.assertAllowed(new URL(url))).rejects.toMatchObject({ address, kind, always: true });
    });

    it.each(['http://[64:ff9b::8.8.8.8]/', 'http://[2002:808:808::1]/', 'http://[::ffff:93.184.215.14]/'])('lets %s through: it carries a public address', async (url) => {
      await expect(strict.assertAllowed(new URL(url))).resolves.toBeUndefined();
    });
  });

  describe('host names', () => {
    const resolvingTo =
      (...addresses: string[]) =>
      async () =>
        addresses;

    /** What the guard's lookup hands a connection to `hostname`, as net.connect asks for it (all addresses). */
    const lookupOf = (guard: ReturnType<typeof createSsrfGuard>, hostname: string, options: LookupOptions = { all: true }) =>
      new Promise<unknown>((resolve, reject) =>
        guard.lookup(hostname, options, (error, address, family) => (error ? reject(error) : resolve(options.all ? address : { address, family }))),
      );

    it('does not resolve a name before the connection does: it is checked as it resolves', async () => {
      const resolve = jest.fn(resolvingTo('10.0.0.1'));
      await expect(createSsrfGuard({ resolve }).assertAllowed(new URL('http://internal.example.com/'))).resolves.toBeUndefined();
      expect(resolve).not.toHaveBeenCalled();
    });

    it('refuses localhost by default, through the system resolver', async () => {
      const error = await failureOf(lookupOf(strict, 'localhost'));
      expect(error).toBeInstanceOf(RefusedAddressError);
      expect(error).toBeInstanceOf(NonRetryableError);
      expect(error).toMatchObject({ host: 'localhost', kind: 'loopback' });
      expect(error?.message).toMatch(/^refused executorConfig\.url: localhost \((127\.0\.0\.1|::1)\) is a loopback address/);
    });

    it('hands localhost to the connection when private networks are allowed', async () => {
      await expect(lookupOf(lenient, 'localhost')).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ address: expect.stringMatching(/^(127\.0\.0\.1|::1)$/) })]));
    });

    it('refuses a name that resolves to the metadata address, even with private networks allowed', async () => {
      const guard = createSsrfGuard({ allowPrivate: true, resolve: resolvingTo('169.254.169.254') });
      const error = await failureOf(lookupOf(guard, 'innocent.example.com'));
      expect(error).toMatchObject({ host: 'innocent.example.com', address: '169.254.169.254', kind: 'cloud metadata' });
      expect(error?.message).toBe(
        'refused executorConfig.url: innocent.example.com (169.254.169.254) is a cloud metadata address, which the http executor never calls',
      );
    });

    it('refuses a name that resolves to an IPv6 address carrying a refused IPv4 one', async () => {
      const guard = createSsrfGuard({ resolve: resolvingTo('64:ff9b::7f00:1') });
      await expect(lookupOf(guard, 'nat64.example.com')).rejects.toMatchObject({ address: '64:ff9b::7f00:1', kind: 'loopback' });
    });

    it('refuses a name if any of its addresses is refused, not only the first', async () => {
      const guard = createSsrfGuard({ resolve: resolvingTo('93.184.215.14', '10.1.2.3') });
      await expect(lookupOf(guard, 'mixed.example.com')).rejects.toMatchObject({ address: '10.1.2.3', kind: 'private' });
    });

    it('hands the connection exactly the addresses it checked, asking the resolver once', async () => {
      const looked: string[] = [];
      const answers = [['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'], ['127.0.0.1']];
      const guard = createSsrfGuard({
        resolve: async (hostname) => {
          looked.push(hostname);
          return answers.shift() ?? [];
        },
      });
      await expect(lookupOf(guard, 'Example.COM')).resolves.toEqual([
        { address: '93.184.215.14', family: 4 },
        { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
      ]);
      expect(looked).toEqual(['example.com']);
    });

    it('answers a lookup for one address, or for one family, with a checked one', async () => {
      const guard = createSsrfGuard({ resolve: resolvingTo('2606:4700::1111', '93.184.215.14') });
      await expect(lookupOf(guard, 'example.com', {})).resolves.toEqual({ address: '2606:4700::1111', family: 6 });
      await expect(lookupOf(guard, 'example.com', { family: 4 })).resolves.toEqual({ address: '93.184.215.14', family: 4 });
      await expect(lookupOf(createSsrfGuard({ resolve: resolvingTo('2606:4700::1111') }), 'example.com', { family: 4 })).rejects.toBeInstanceOf(HostLookupFailedError);
    });

    it.each(['metadata.google.internal', 'METADATA.google.internal.', 'metadata.goog'])(
      'refuses %s by name, without asking DNS',
      async (host) => {
        const resolve = jest.fn(resolvingTo('93.184.215.14'));
        const guard = createSsrfGuard({ allowPrivate: true, resolve });
        for (const refusal of [guard.assertAllowed(new URL(`http://${host}/computeMetadata/v1/`)), lookupOf(guard, host)]) {
          const error = await failureOf(refusal);
          expect(error).toBeInstanceOf(RefusedAddressError);
          expect(error).toMatchObject({ kind: 'cloud metadata', always: true });
        }
        expect(resolve).not.toHaveBeenCalled();
      },
    );

    it('does not ask DNS for an IP literal', async () => {
      const resolve = jest.fn(resolvingTo('10.0.0.1'));
      await expect(createSsrfGuard({ resolve }).assertAllowed(new URL('http://8.8.8.8/'))).resolves.toBeUndefined();
      expect(resolve).not.toHaveBeenCalled();
    });

    it('fails retryably when the name does not resolve', async () => {
      const guard = createSsrfGuard({ resolve: async () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })) });
      const error = await failureOf(lookupOf(guard, 'nowhere.invalid'));
      expect(error).toBeInstanceOf(HostLookupFailedError);
      expect(error).not.toBeInstanceOf(NonRetryableError);
      expect(error?.message).toBe('could not resolve nowhere.invalid: ENOTFOUND');
    });

    it('fails retryably when the name resolves to nothing', async () => {
      const error = await failureOf(lookupOf(createSsrfGuard({ resolve: resolvingTo() }), 'empty.example.com'));
      expect(error).toBeInstanceOf(HostLookupFailedError);
      expect(error?.message).toBe('could not resolve empty.example.com: no addresses');
    });
  });
});
