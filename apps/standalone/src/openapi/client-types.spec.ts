import { readFile } from 'node:fs/promises';
import { CLIENT_GENERATE_COMMAND, CLIENT_TYPES_FILE, clientTypesSource } from './client-types';
import { standaloneOpenApiDocument } from './standalone-openapi-document';

describe("@asynctask/client's generated types", () => {
  it('match the OpenAPI document of the code as it is', async () => {
    const fresh = await clientTypesSource(await standaloneOpenApiDocument());
    const checkedIn = await readFile(CLIENT_TYPES_FILE, 'utf8');
    const verdict = fresh === checkedIn ? 'up to date' : `${CLIENT_TYPES_FILE} is stale: the API changed since it was generated. Run \`${CLIENT_GENERATE_COMMAND}\` and commit it.`;
    expect(verdict).toBe('up to date');
  });
});
