import { readFile } from 'node:fs/promises';
import { RETRY_STRATEGIES, ROUTE_STRATEGIES, TASK_STATUSES } from '@asynctask/client';
import { CLIENT_GENERATE_COMMAND, CLIENT_TYPES_FILE, clientTypesSource } from './client-types';
import { standaloneOpenApiDocument } from './standalone-openapi-document';

describe("@asynctask/client's generated types", () => {
  it('match the OpenAPI document of the code as it is', async () => {
    const fresh = await clientTypesSource(await standaloneOpenApiDocument());
    const checkedIn = await readFile(CLIENT_TYPES_FILE, 'utf8');
    const verdict = fresh === checkedIn ? 'up to date' : `${CLIENT_TYPES_FILE} is stale: the API changed since it was generated. Run \`${CLIENT_GENERATE_COMMAND}\` and commit it.`;
    expect(verdict).toBe('up to date');
  });

  it("list every value of the document's enums", async () => {
    const schemas = (await standaloneOpenApiDocument()).components?.schemas as Record<string, { enum?: unknown[] }>;
    expect(TASK_STATUSES).toEqual(schemas.TaskStatus.enum);
    expect(RETRY_STRATEGIES).toEqual(schemas.RetryStrategy.enum);
    expect(ROUTE_STRATEGIES).toEqual(schemas.RouteStrategy.enum);
  });
});
