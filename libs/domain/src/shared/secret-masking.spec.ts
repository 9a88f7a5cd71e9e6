import { displaySetting, isSecretSetting, maskUrlPassword } from './secret-masking';

describe('maskUrlPassword', () => {
  it.each([
    ['mysql://app:s3cret@db.internal:3306/tasks', 'mysql://app:***@db.internal:3306/tasks'],
    ['redis://:s3cret@127.0.0.1:6379/2', 'redis://:***@127.0.0.1:6379/2'],
    ['rediss://default:s3cret@cache:6380', 'rediss://default:***@cache:6380'],
    ['mysql://root:s3cret@127.0.0.1:3306/bad-name', 'mysql://root:***@127.0.0.1:3306/bad-name'],
    ['mysql://app:p%40ss@db/tasks', 'mysql://app:***@db/tasks'],
    // Unescaped characters that end a URL's authority or make it invalid: still hidden whole.
    ['mysql://app:p@ss@db/tasks', 'mysql://app:***@db/tasks'],
    ['mysql://app:pa/ss@db/tasks', 'mysql://app:***@db/tasks'],
    ['mysql://app:pa ss@db/tasks', 'mysql://app:***@db/tasks'],
    ['redis://:s3cret@[bad', 'redis://:***@[bad'],
    ['mysql://app:s3cret', 'mysql://app:***'],
    ['redis://cache:6379?password=s3cret&db=2', 'redis://cache:6379?password=***&db=2'],
    ['"mysql://app:s3cret@db/tasks"', '"mysql://app:***@db/tasks"'],
    ['redis://:one@h1:26379,redis://:two@h2:26379', 'redis://:***@h1:26379,redis://:***@h2:26379'],
    ['redis://:a,b@h1:26379', 'redis://:***@h1:26379'],
  ])('masks %s', (value, masked) => {
    expect(maskUrlPassword(value)).toBe(masked);
  });

  it.each([
    'mysql://root@127.0.0.1:3306/asynctask',
    'redis://127.0.0.1:6379',
    'redis://[::1]:6379/1',
    'redis://[::1]',
    'mysql://root:@db/tasks',
    'not a url',
    '10.0.0.0/8,127.0.0.1',
    '',
  ])('leaves %j as it is: it holds no password', (value) => {
    expect(maskUrlPassword(value)).toBe(value);
  });
});

describe('isSecretSetting', () => {
  it.each(['API_KEYS', 'API_KEY', 'REDIS_PASSWORD', 'REDIS_SENTINEL_PASSWORD', 'WEBHOOK_SECRET', 'AUTH_TOKEN'])('hides %s whole', (name) => {
    expect(isSecretSetting(name)).toBe(true);
  });

  it.each(['DATABASE_URL', 'REDIS_URL', 'REDIS_TLS_CA', 'REDIS_TLS_KEY', 'REDIS_PREFIX', 'PORT', 'KEYSPACE', 'LOG_LEVEL'])('shows %s (a *_TLS_KEY names a file, not a key)', (name) => {
    expect(isSecretSetting(name)).toBe(false);
  });
});

describe('displaySetting', () => {
  it('quotes a value with its passwords masked, hides a secret one and names an unset one', () => {
    expect(displaySetting('DATABASE_URL', 'mysql://app:s3cret@db/x-y')).toBe('"mysql://app:***@db/x-y"');
    expect(displaySetting('API_KEYS', 's3cret-key')).toBe('(hidden)');
    expect(displaySetting('PORT', 'lots')).toBe('"lots"');
    expect(displaySetting('PORT', undefined)).toBe('(unset)');
  });
});
