import { stableUuid } from '../bot/src/stable-id';

describe('stable ids', () => {
  test('the same seed gives the same UUID, another seed another; each is a valid version-5 UUID', () => {
    const a = stableUuid('p|pair|1|0');
    expect(stableUuid('p|pair|1|0')).toBe(a);
    expect(stableUuid('p|pair|1|1')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
