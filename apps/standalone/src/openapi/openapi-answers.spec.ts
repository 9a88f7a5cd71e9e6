import { OpenAPIObject } from '@nestjs/swagger';
import type { Response } from 'supertest';
import { API, startStandalone } from '../http/standalone-test-app';
import { findOperation, schemaProblems } from './openapi-conformance';
import { standaloneOpenApiDocument } from './standalone-openapi-document';

type Standalone = Awaited<ReturnType<typeof startStandalone>>;

/** The answer's status is declared for its route, and its body has the declared schema. */
function expectDeclared(document: OpenAPIObject, response: Response) {
  const { method, url } = response.request as unknown as { method: string; url: string };
  const route = `${method} ${new URL(url).pathname}`;
  const operation = findOperation(document, method, new URL(url).pathname);
  const answer = operation.responses[String(response.status)];
  expect({ route, status: response.status, declared: !!answer }).toEqual({ route, status: response.status, declared: true });
  const schema = answer.content?.['application/json']?.schema;
  const problems = schema ? schemaProblems(document, response.body, schema) : response.text ? ['a body where none is declared'] : [];
  expect({ route, status: response.status, problems }).toEqual({ route, status: response.status, problems: [] });
}

describe('every answer of the API is declared in the OpenAPI document, with its schema', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    document = await standaloneOpenApiDocument();
  });

  describe('without keys or rate limit', () => {
    let s: Standalone;

    beforeAll(async () => {
      s = await startStandalone();
    });
    afterAll(() => s.close());

    it('answers the task routes as declared, errors included', async () => {
      const check = (response: Response) => expectDeclared(document, response);
      check(await s.http().put(`${API}/task-configs/conform`).send({ executorType: 'echo', executorConfig: { a: 1 } }));
      check(await s.http().put(`${API}/task-configs/conform`).send({ executorType: 'echo' }));
      const created = await s.http().post(`${API}/tasks`).send({ taskType: 'conform', payload: { n: 1 }, idempotencyKey: 'conform-1' });
      check(created);
      check(await s.http().post(`${API}/tasks`).send({ taskType: 'conform', idempotencyKey: 'conform-1' }));
      check(await s.http().post(`${API}/tasks/batch`).send({ tasks: [{ taskType: 'conform' }, { taskType: 'conform', delaySeconds: 3600 }] }));
      await s.waitForTask(created.body.taskId, ['SUCCESS']);
      check(await s.http().get(`${API}/tasks/${created.body.taskId}`));
      check(await s.http().get(`${API}/tasks?limit=2`));
      check(await s.http().get(`${API}/tasks/${created.body.taskId}/logs`));
      const delayed = await s.http().post(`${API}/tasks`).send({ taskType: 'conform', delaySeconds: 3600 });
      check(await s.http().post(`${API}/tasks/${delayed.body.taskId}/cancel`));
      check(await s.http().post(`${API}/tasks/${delayed.body.taskId}/retry`));
      check(await s.http().post(`${API}/tasks/${created.body.taskId}/cancel`)); // 409
      check(await s.http().get(`${API}/tasks/unknown-id`)); // 404
      check(await s.http().post(`${API}/tasks`).send({ taskType: 'conform', priority: 0, colour: 'red' })); // 400, two messages
      check(await s.http().post(`${API}/tasks`).set('content-type', 'application/json').send('{"taskType":')); // 400, malformed
      check(await s.http().post(`${API}/tasks`).send({ taskType: 'conform', payload: { big: 'x'.repeat(1024 * 1024) } })); // 413
    });

    it('answers the task type, worker and stats routes as declared', async () => {
      const check = (response: Response) => expectDeclared(document, response);
      await s.http().put(`${API}/task-configs/removable`).send({ executorType: 'noop' }).expect(201);
      check(await s.http().get(`${API}/task-configs`));
      check(await s.http().get(`${API}/task-configs/removable`));
      check(await s.http().delete(`${API}/task-configs/removable`)); // 204
      check(await s.http().get(`${API}/task-configs/removable`)); // 404
      check(await s.http().get(`${API}/workers`));
      check(await s.http().get(`${API}/stats`));
      check(await s.http().get(`${API}/stats?taskType=`)); // 400
      check(await s.http().get(`${API}/auth`));
    });
  });

  describe('with API keys and a rate limit', () => {
    let s: Standalone;

    beforeAll(async () => {
      s = await startStandalone({ API_KEYS: 'full-key,viewer:read', RATE_LIMIT_PER_MINUTE: '4' });
    });
    afterAll(() => s.close());

    it('answers 401, 403 and 429 as declared', async () => {
      const check = (response: Response) => expectDeclared(document, response);
      check(await s.http().get(`${API}/workers`)); // 401
      check(await s.http().post(`${API}/tasks`).set('x-api-key', 'viewer').send({ taskType: 'x' })); // 403
      check(await s.http().get(`${API}/stats`).set('x-api-key', 'viewer')); // 200
      check(await s.http().get(`${API}/auth`).set('x-api-key', 'viewer')); // 200
      const limited = await s.http().get(`${API}/stats`).set('x-api-key', 'viewer');
      expect(limited.status).toBe(429);
      check(limited);
    });
  });
});
