import { defineExecutor } from './define-executor';
import { DuplicateExecutorError } from './executor-registry.errors';
import { InMemoryExecutorRegistry } from './in-memory-executor-registry';

describe('InMemoryExecutorRegistry', () => {
  const email = defineExecutor('email', async () => ({ sent: true }));
  const audit = defineExecutor('audit', async () => null);

  it('finds executors by type and lists the types in order', () => {
    const registry = new InMemoryExecutorRegistry();
    registry.register(email);
    registry.register(audit);
    expect(registry.get('email')).toBe(email);
    expect(registry.get('audit')).toBe(audit);
    expect(registry.get('sms')).toBeUndefined();
    expect(registry.types()).toEqual(['audit', 'email']);
  });

  it('refuses a second executor of a type and keeps the first', () => {
    const registry = new InMemoryExecutorRegistry();
    registry.register(email);
    expect(() => registry.register(defineExecutor('email', async () => null))).toThrow(DuplicateExecutorError);
    expect(registry.get('email')).toBe(email);
  });
});
