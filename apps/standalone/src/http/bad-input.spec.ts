import { describeBadInputContract } from '@asynctask/testing';
import { API, startStandalone } from './standalone-test-app';

let standalone: Awaited<ReturnType<typeof startStandalone>>;

beforeAll(async () => {
  standalone = await startStandalone();
});
afterAll(() => standalone.close());

describeBadInputContract('standalone', () => async (method, path, body) => {
  let call = standalone.http()[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](`${API}${path}`);
  if (typeof body === 'string') call = call.set('content-type', 'application/json').send(body);
  else if (body !== undefined) call = call.send(body);
  const response = await call;
  return { status: response.status, body: response.body };
});
