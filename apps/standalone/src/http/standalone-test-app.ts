import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { TaskExecutor } from '@asynctask/domain';
import { StandaloneEnvironment, parseEnvironment } from '@asynctask/nest-runtime';
import { createStandaloneApp } from '../app/create-standalone-app';

export const API = '/api/v1';

/** The standalone app as `npm start` builds it, on an ephemeral port, for supertest. */
export async function startStandalone(env: Record<string, string> = {}, executors: TaskExecutor[] = []) {
  const app: NestExpressApplication = await createStandaloneApp({
    env: parseEnvironment(StandaloneEnvironment, { LOG_LEVEL: 'error', LOG_FORMAT: 'json', ...env }),
    executors,
  });
  await app.listen(0, '127.0.0.1');
  const http = () => request(app.getHttpServer());

  /** Polls the task over HTTP until it reaches one of `statuses`; the API is all a client has. */
  async function waitForTask(taskId: string, statuses: string[], timeoutMs = 10_000, headers: Record<string, string> = {}) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { body } = await http().get(`${API}/tasks/${taskId}`).set(headers).expect(200);
      if (statuses.includes(body.status)) return body;
      if (Date.now() > deadline) throw new Error(`task ${taskId} still ${body.status} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  return { app, http, waitForTask, close: () => app.close() };
}
