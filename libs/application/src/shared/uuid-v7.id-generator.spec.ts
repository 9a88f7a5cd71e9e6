import { UuidV7Generator } from './uuid-v7.id-generator';

describe('UuidV7Generator', () => {
  const ids = new UuidV7Generator();
  const many = Array.from({ length: 5000 }, () => ids.next());

  it('gives RFC 9562 version-7 UUIDs', () => {
    for (const id of many.slice(0, 300)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('never repeats and sorts in creation order, also past the random block it draws from', () => {
    expect(new Set(many).size).toBe(many.length);
    expect([...many].sort()).toEqual(many);
  });

  it('starts with the current time in milliseconds', () => {
    const before = Date.now();
    const ms = parseInt(ids.next().replace(/-/g, '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 1);
  });
});
