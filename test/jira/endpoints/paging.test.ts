import { chunksOf } from '../../../src/jira/endpoints/chunks';
import { readAllPages, tokenPages } from '../../../src/jira/endpoints/paging';

/** A list served in pages of at most `cap`, whatever was asked, as Jira's capped lists are. */
function served(items: readonly number[], cap: number, envelope: 'isLast' | 'total') {
  const asked: number[] = [];
  const readPage = async (startAt: number) => {
    asked.push(startAt);
    const page = items.slice(startAt, startAt + cap);
    return envelope === 'isLast' ? { items: page, isLast: startAt + page.length >= items.length } : { items: page, total: items.length };
  };
  return { asked, readPage };
}

describe('the page walkers', () => {
  const items = Array.from({ length: 23 }, (_, i) => i);

  it.each(['isLast', 'total'] as const)('reads an offset-paged list to its end by %s, stepping by what came back', async (envelope) => {
    const list = served(items, 10, envelope);
    await expect(readAllPages(list.readPage)).resolves.toEqual(items);
    expect(list.asked).toEqual([0, 10, 20]);
  });

  it('stops at an empty page even when the envelope promises more', async () => {
    let calls = 0;
    const all = await readAllPages(async (startAt) => {
      calls += 1;
      return { items: startAt === 0 ? [1, 2] : [], isLast: false };
    });
    expect(all).toEqual([1, 2]);
    expect(calls).toBe(2);
  });

  it('follows tokens until the last page, and stops when Jira repeats a token', async () => {
    const last: number[][] = [];
    for await (const page of tokenPages(async (token) => (token === undefined ? { items: [1], nextPageToken: 'a', isLast: false } : { items: [2], isLast: true }))) last.push(page);
    expect(last).toEqual([[1], [2]]);
    const looping: number[][] = [];
    for await (const page of tokenPages(async () => ({ items: [7], nextPageToken: 'same', isLast: false }))) looping.push(page);
    expect(looping).toEqual([[7], [7]]);
  });

  it('splits a list into runs of at most the limit, in order', () => {
    expect(chunksOf(items, 10).map((chunk) => chunk.length)).toEqual([10, 10, 3]);
    expect(chunksOf(items, 10).flat()).toEqual(items);
    expect(chunksOf([], 10)).toEqual([]);
  });
});
