import { API, startStandalone } from './standalone-test-app';

describe('API keys', () => {
  let s: Awaited<ReturnType<typeof startStandalone>>;

  beforeAll(async () => {
    s = await startStandalone({ API_KEYS: 'first-key, second-key' });
  });
  afterAll(() => s.close());

  it('answers 401 without a key and with a wrong one', async () => {
    const missing = await s.http().get(`${API}/stats`);
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ statusCode: 401, message: 'missing x-api-key header', error: 'Unauthorized' });
    const wrong = await s.http().post(`${API}/tasks`).set('x-api-key', 'first-key-not').send({ taskType: 'x' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toBe('invalid API key');
  });

  it('accepts any of the configured keys', async () => {
    await s.http().get(`${API}/stats`).set('x-api-key', 'first-key').expect(200);
    await s.http().put(`${API}/task-configs/keyed`).set('x-api-key', 'second-key').send({ executorType: 'echo' }).expect(201);
  });

  it('keeps health, metrics and the API docs open', async () => {
    await s.http().get('/health/live').expect(200);
    await s.http().get('/health/ready').expect(200);
    await s.http().get('/metrics').expect(200);
    await s.http().get('/api/docs-json').expect(200);
  });
});
