import { AddressInfo } from 'node:net';
import { API, startStandalone } from './standalone-test-app';

type Standalone = Awaited<ReturnType<typeof startStandalone>>;

/** Every operation of the OpenAPI document that takes a request body, as [method, path with its parameters filled in]. */
async function bodyRoutes(s: Standalone): Promise<[string, string][]> {
  const { body } = await s.http().get('/api/docs-json').expect(200);
  const paths = body.paths as Record<string, Record<string, { requestBody?: unknown }>>;
  return Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([, operation]) => operation.requestBody !== undefined)
      .map(([method]): [string, string] => [method.toUpperCase(), path.replace(/\{[^}]+\}/g, 'some-id')]),
  );
}

describe('a JSON body sent without content-type: application/json', () => {
  let s: Standalone;
  let base: string;
  let routes: [string, string][];

  beforeAll(async () => {
    s = await startStandalone();
    base = `http://127.0.0.1:${(s.app.getHttpServer().address() as AddressInfo).port}`;
    routes = await bodyRoutes(s);
  });
  afterAll(() => s.close());

  it('covers every route that takes a body', () => {
    expect(routes).toEqual(
      expect.arrayContaining([
        ['PUT', `${API}/task-configs/some-id`],
        ['POST', `${API}/tasks`],
        ['POST', `${API}/tasks/batch`],
      ]),
    );
  });

  it.each([
    ['content-type: text/plain', 'text/plain'],
    ['content-type: application/x-www-form-urlencoded', 'application/x-www-form-urlencoded'],
    ['no content type', undefined],
  ])('gets 415 when it comes with %s, on every route with a body, naming the header to send', async (said, type) => {
    for (const [method, path] of routes) {
      // A body as Uint8Array makes fetch send no content type of its own.
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      const response = await fetch(`${base}${path}`, { method, headers, body: new TextEncoder().encode('{"taskType":"x","executorType":"echo"}') });
      expect({ route: `${method} ${path}`, status: response.status, body: await response.json() }).toEqual({
        route: `${method} ${path}`,
        status: 415,
        body: {
          statusCode: 415,
          message: `the request body must be JSON, sent with content-type: application/json (it came with ${said})`,
          error: 'Unsupported Media Type',
        },
      });
    }
  });

  it('is read as JSON with content-type: application/json; charset=utf-8', async () => {
    const response = await fetch(`${base}${API}/task-configs/charset`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"executorType":"echo"}',
    });
    expect(response.status).toBe(201);
  });

  it('leaves a POST without a body alone: cancel and retry need no content type', async () => {
    await s.http().put(`${API}/task-configs/later`).send({ executorType: 'echo' }).expect(201);
    const { body: task } = await s.http().post(`${API}/tasks`).send({ taskType: 'later', delaySeconds: 3600 }).expect(201);
    const cancelled = await fetch(`${base}${API}/tasks/${task.taskId}/cancel`, { method: 'POST' });
    expect(cancelled.status).toBe(200);
    const retried = await fetch(`${base}${API}/tasks/${task.taskId}/retry`, { method: 'POST', headers: { 'content-type': 'text/plain' } });
    expect(retried.status).toBe(200);
  });
});
