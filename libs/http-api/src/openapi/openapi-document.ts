import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { API_KEY_SCHEME } from '../shared/api-docs.decorators';

/** The OpenAPI document of an app serving the API, built from its controllers' decorators. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('asynctask')
    .setDescription('Distributed asynchronous task manager')
    .setVersion('1')
    .addServer('/', 'The server that serves this document')
    .addApiKey({ type: 'apiKey', name: 'x-api-key', in: 'header', description: 'One of API_KEYS; a key written name:read may only GET' }, API_KEY_SCHEME)
    .addTag('tasks', 'Submit, read, cancel and retry tasks')
    .addTag('task-configs', 'Task types: how their tasks run, retry and spread over workers')
    .addTag('workers', 'Registered workers')
    .addTag('stats', 'Counts and queue depths')
    .addTag('health', 'Liveness and readiness; open, no API key')
    .build();
  return withOpenRoutesMarked(SwaggerModule.createDocument(app, config));
}

/** Routes without the API key (health) say so with an empty requirement, rather than by omission. */
function withOpenRoutesMarked(document: OpenAPIObject): OpenAPIObject {
  for (const route of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete'] as const) {
      const operation = route[method];
      if (operation && !operation.security) operation.security = [];
    }
  }
  return document;
}
