import { OpenAPIObject, ResponseObject } from '@nestjs/swagger';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { BAD_INPUT_CASES } from '@asynctask/testing';
import { findOperation } from './openapi-conformance';
import { standaloneOpenApiDocument } from './standalone-openapi-document';

/** Every route of the API with the statuses it declares: the contract a client is generated from. */
const ROUTES: readonly [method: string, path: string, operationId: string, statuses: number[]][] = [
  ['POST', '/api/v1/tasks', 'createTask', [200, 201, 400, 401, 403, 409, 413, 429, 503]],
  ['POST', '/api/v1/tasks/batch', 'createTaskBatch', [201, 400, 401, 403, 409, 413, 429, 503]],
  ['GET', '/api/v1/tasks', 'listTasks', [200, 400, 401, 429, 503]],
  ['GET', '/api/v1/tasks/{taskId}', 'getTask', [200, 401, 404, 429, 503]],
  ['POST', '/api/v1/tasks/{taskId}/cancel', 'cancelTask', [200, 401, 403, 404, 409, 429, 503]],
  ['POST', '/api/v1/tasks/{taskId}/retry', 'retryTask', [200, 401, 403, 404, 409, 429, 503]],
  ['GET', '/api/v1/tasks/{taskId}/logs', 'listTaskLogs', [200, 401, 404, 429, 503]],
  ['PUT', '/api/v1/task-configs/{taskType}', 'putTaskConfig', [200, 201, 400, 401, 403, 413, 429, 503]],
  ['GET', '/api/v1/task-configs', 'listTaskConfigs', [200, 401, 429, 503]],
  ['GET', '/api/v1/task-configs/{taskType}', 'getTaskConfig', [200, 400, 401, 404, 429, 503]],
  ['DELETE', '/api/v1/task-configs/{taskType}', 'deleteTaskConfig', [204, 400, 401, 403, 404, 409, 429, 503]],
  ['GET', '/api/v1/workers', 'listWorkers', [200, 401, 429, 503]],
  ['GET', '/api/v1/stats', 'getStats', [200, 400, 401, 429, 503]],
  ['GET', '/api/v1/auth', 'getAuth', [200, 401, 429]],
  ['GET', '/health/live', 'getLiveness', [200, 503]],
  ['GET', '/health/ready', 'getReadiness', [200, 503]],
];

/** An operation as the document holds it: its answers inline, never as $refs. */
type Operation = Omit<NonNullable<OpenAPIObject['paths'][string]['get']>, 'responses'> & { responses: Record<string, ResponseObject> };

describe('the OpenAPI document', () => {
  let document: OpenAPIObject;
  let operations: [method: string, path: string, operation: Operation][];

  beforeAll(async () => {
    document = await standaloneOpenApiDocument();
    operations = Object.entries(document.paths).flatMap(([path, route]) =>
      (['get', 'put', 'post', 'delete', 'patch'] as const).flatMap((method) => {
        const operation = route[method] as Operation | undefined;
        return operation ? [[method.toUpperCase(), path, operation] as [string, string, Operation]] : [];
      }),
    );
  });

  it("is valid OpenAPI 3 by Redocly's recommended rules", async () => {
    expect(document.openapi).toMatch(/^3\./);
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(errors).toEqual([]);
  });

  it('declares every route, with its operationId and every status it answers', () => {
    const declared = operations.map(([method, path, operation]) => [method, path, operation.operationId, Object.keys(operation.responses).map(Number)]);
    expect(declared).toEqual(expect.arrayContaining(ROUTES));
    expect(declared).toHaveLength(ROUTES.length);
  });

  it('gives every error the error schema, and 429 its Retry-After header', () => {
    for (const [method, path, operation] of operations.filter(([, path]) => path.startsWith('/api/v1/'))) {
      for (const [status, answer] of Object.entries(operation.responses).filter(([status]) => Number(status) >= 400)) {
        expect({ route: `${method} ${path} ${status}`, schema: answer.content?.['application/json']?.schema }).toEqual({
          route: `${method} ${path} ${status}`,
          schema: { $ref: '#/components/schemas/ApiError' },
        });
      }
      expect(operation.responses['429'].headers).toHaveProperty('Retry-After');
    }
    expect(document.components?.schemas?.ApiError).toMatchObject({ required: ['statusCode', 'message', 'error'] });
  });

  it('gives every answer with a body its schema', () => {
    for (const [method, path, operation] of operations) {
      for (const [status, answer] of Object.entries(operation.responses).filter(([status]) => status !== '204')) {
        expect({ route: `${method} ${path} ${status}`, hasSchema: !!answer.content?.['application/json']?.schema }).toEqual({
          route: `${method} ${path} ${status}`,
          hasSchema: true,
        });
      }
    }
  });

  it('asks for the API key on every /api/v1 route and on no other, and tags every route', () => {
    expect(document.components?.securitySchemes?.['api-key']).toEqual(expect.objectContaining({ type: 'apiKey', in: 'header', name: 'x-api-key' }));
    for (const [method, path, operation] of operations) {
      const expected = path.startsWith('/api/v1/') ? [{ 'api-key': [] }] : [];
      expect({ route: `${method} ${path}`, security: operation.security }).toEqual({ route: `${method} ${path}`, security: expected });
      expect(operation.tags?.length).toBe(1);
    }
  });

  it.each(BAD_INPUT_CASES)('declares the $status of the bad-input case "$name"', ({ method, path, status }) => {
    const { responses } = findOperation(document, method, `/api/v1${path}`);
    expect(Object.keys(responses)).toContain(String(status));
  });
});
