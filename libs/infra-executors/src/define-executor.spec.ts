import { NonRetryableError } from '@asynctask/domain';
import { InvalidExecutorTypeError, defineExecutor } from './define-executor';
import { executionContext } from './execution-context.fixture';

describe('defineExecutor', () => {
  it('makes an executor of the type that runs the function with the attempt context', async () => {
    const email = defineExecutor('email', async ({ payload, attempt }) => ({ sentTo: payload.to ?? null, attempt }));
    expect(email.type).toBe('email');
    expect(await email.execute(executionContext({ payload: { to: 'a@b.c' }, attempt: 2 }))).toEqual({ sentTo: 'a@b.c', attempt: 2 });
  });

  it('passes the function failures through unchanged', async () => {
    const failure = new NonRetryableError('no such mailbox');
    const email = defineExecutor('email', async () => Promise.reject(failure));
    await expect(email.execute(executionContext())).rejects.toBe(failure);
  });

  it('turns a function that throws before returning a promise into a rejection', async () => {
    const failure = new Error('thrown synchronously');
    const sloppy = defineExecutor('sloppy', () => {
      throw failure;
    });
    const execution = sloppy.execute(executionContext());
    await expect(execution).rejects.toBe(failure);
  });

  it.each(['', '  ', ' email'])('refuses the type %p', (type) => {
    expect(() => defineExecutor(type, async () => null)).toThrow(InvalidExecutorTypeError);
  });
});
