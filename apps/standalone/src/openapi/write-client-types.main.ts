import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { runMain } from '@asynctask/nest-runtime';
import { CLIENT_TYPES_FILE, clientTypesSource } from './client-types';
import { standaloneOpenApiDocument } from './standalone-openapi-document';

// `npm run client:generate`: the API's OpenAPI document, turned into @asynctask/client's types.
runMain('client-types', async () => {
  await writeFile(CLIENT_TYPES_FILE, await clientTypesSource(await standaloneOpenApiDocument()));
  process.stdout.write(`wrote ${CLIENT_TYPES_FILE}\n`);
});
