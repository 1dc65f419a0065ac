import { MAX_PUSH_BYTES, packPushes, pushBytes } from '../../../src/events/dead-letters/push-batches';

const body = (i: number, size = 0) => ({ i, pad: 'p'.repeat(size) });

describe('packing replay bodies into pushes the SDK accepts', () => {
  it('puts at most 50 events in a push, in order', () => {
    const bodies = Array.from({ length: 120 }, (_, i) => body(i));
    const pushes = packPushes(bodies, (b) => b);
    expect(pushes.map((p) => p.length)).toEqual([50, 50, 20]);
    expect(pushes.flat()).toEqual(bodies);
  });

  it('starts a new push before 200 KB, counting brackets and commas as the SDK measures them', () => {
    const probe = [body(0, 0), body(1, 0)];
    // Two bodies padded to fill a push to the byte.
    const pad = Math.floor((MAX_PUSH_BYTES - pushBytes(probe)) / 2);
    const exact = [body(0, pad), body(1, MAX_PUSH_BYTES - pushBytes(probe) - pad)];
    expect(pushBytes(exact)).toBe(MAX_PUSH_BYTES);
    expect(packPushes(exact, (b) => b).map((p) => p.length)).toEqual([2]);

    const overByOne = [exact[0]!, { ...exact[1]!, pad: `${exact[1]!.pad}p` }];
    expect(packPushes(overByOne, (b) => b).map((p) => p.length)).toEqual([1, 1]);
  });

  it('gives an item too large for any push a push of its own', () => {
    const pushes = packPushes([body(0, 10), body(1, MAX_PUSH_BYTES), body(2, 10)], (b) => b);
    expect(pushes.map((p) => p.map((b) => b.i))).toEqual([[0], [1], [2]]);
  });

  it('makes no push for no items', () => {
    expect(packPushes([], (b: Record<string, unknown>) => b)).toEqual([]);
  });
});
