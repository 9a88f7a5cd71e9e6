import { OpenAPIObject } from '@nestjs/swagger';
import { createOpenApiDocument } from '@asynctask/http-api';
import { StandaloneEnvironment, parseEnvironment } from '@asynctask/nest-runtime';
import { createStandaloneApp } from '../app/create-standalone-app';

/**
 * The API's OpenAPI document, built from the standalone app without listening or starting its
 * loops. It does not depend on the environment: the defaults are used, whatever the shell sets.
 */
export async function standaloneOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await createStandaloneApp({ env: parseEnvironment(StandaloneEnvironment, { LOG_LEVEL: 'error' }) });
  try {
    return createOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
