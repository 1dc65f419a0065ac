import { fitPayload, jsonBytes } from '../../../src/events/dead-letters/fit-payload';

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

describe('fitting a payload to a byte budget and a nesting depth', () => {
  it('returns an equal copy and no trim note when the payload fits', () => {
    const payload = { eventType: 'e', issue: { id: '1', fields: { description: adf('short') } } };
    const fitted = fitPayload(payload, { maxBytes: 10_000, maxDepth: 29 });
    expect(fitted).toEqual({ payload });
    expect(fitted.payload).not.toBe(payload);
  });

  it('drops rich-text bodies largest first and stops as soon as the payload fits', () => {
    const payload = { a: { body: adf('x'.repeat(500)) }, b: { body: adf('y'.repeat(3000)) }, c: { body: adf('z'.repeat(2000)) } };
    const before = JSON.stringify(payload);

    const fitted = fitPayload(payload, { maxBytes: jsonBytes(payload) - 2500, maxDepth: 29 });

    expect(fitted.payload).toEqual({ a: payload.a, b: {}, c: payload.c });
    expect(fitted.trim).toEqual({ originalBytes: before.length, storedBytes: jsonBytes(fitted.payload), removedCount: 1, removed: ['b.body'] });
    expect(JSON.stringify(payload)).toBe(before);
  });

  it('removes the smallest subtree that frees enough, rather than its whole branch', () => {
    const payload = { issue: { id: '1', fields: { summary: 's', big: 'b'.repeat(5000), medium: 'm'.repeat(800) } } };
    const fitted = fitPayload(payload, { maxBytes: jsonBytes(payload) - 4000, maxDepth: 29 });
    expect(fitted.payload).toEqual({ issue: { id: '1', fields: { summary: 's', medium: payload.issue.fields.medium } } });
    expect(fitted.trim?.removed).toEqual(['issue.fields.big']);
  });

  it('removes a whole array when none of its elements alone frees enough', () => {
    const payload = { id: 'keep', items: Array.from({ length: 10 }, (_, i) => ({ i, text: 't'.repeat(1000) })) };
    const fitted = fitPayload(payload, { maxBytes: 5000, maxDepth: 29 });
    expect(fitted.payload).toEqual({ id: 'keep' });
    expect(fitted.trim?.removed).toEqual(['items']);
  });

  it('removes the largest parts one after another while no single one frees enough', () => {
    const payload = { id: 'keep', a: 'a'.repeat(1000), b: 'b'.repeat(1200), c: 'c'.repeat(1100) };
    const fitted = fitPayload(payload, { maxBytes: jsonBytes(payload) - 1500, maxDepth: 29 });
    expect(fitted.payload).toEqual({ id: 'keep', a: payload.a });
    expect(fitted.trim?.removed).toEqual(['b', 'c']);
  });

  it('ends with an empty object rather than fail when almost nothing fits', () => {
    const fitted = fitPayload({ a: 'x'.repeat(100), b: ['y'.repeat(100)] }, { maxBytes: 2, maxDepth: 29 });
    expect(fitted.payload).toEqual({});
    expect(fitted.trim).toMatchObject({ removedCount: 2, storedBytes: 2 });
  });

  it('cuts containers nested deeper than allowed, keeping scalars at the last level', () => {
    let deep: Record<string, unknown> = { leaf: 'x' };
    for (let level = 0; level < 10; level += 1) deep = { next: deep, n: level };
    const fitted = fitPayload({ deep }, { maxDepth: 5, maxBytes: 10_000 });
    expect(depthOf(fitted.payload)).toBe(5);
    expect(fitted.trim?.removed).toEqual(['deep.next.next.next.next']);
    expect(fitted.payload).toEqual({ deep: { n: 9, next: { n: 8, next: { n: 7, next: { n: 6 } } } } });
  });

  it('lists at most 50 removed paths and counts them all', () => {
    const payload = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`f${i}`, adf('a'.repeat(100))]));
    const fitted = fitPayload(payload, { maxBytes: 100, maxDepth: 29 });
    expect(fitted.trim?.removedCount).toBe(80);
    expect(fitted.trim?.removed).toHaveLength(50);
  });
});
