import { SearchLag } from '../../../../emulator/jira/faults/search-lag';

interface Snapshot {
  summary: string;
}

const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);

describe('SearchLag', () => {
  it('serves live data for an issue with no recent write', () => {
    const lag = new SearchLag<Snapshot>(5_000);
    expect(lag.visibleVersion('10001', T0)).toEqual({ kind: 'live' });
  });

  it('shows the previous version until the lag has passed, unless reconciled', () => {
    const lag = new SearchLag<Snapshot>(5_000);
    lag.recordWrite('10001', T0, { summary: 'old' }, { summary: 'new' });
    expect(lag.visibleVersion('10001', T0 + 4_999)).toEqual({ kind: 'lagged', version: { summary: 'old' } });
    expect(lag.visibleVersion('10001', T0 + 4_999, true)).toEqual({ kind: 'live' });
    expect(lag.laggingIssues(T0 + 4_999)).toEqual(['10001']);
    expect(lag.visibleVersion('10001', T0 + 5_000)).toEqual({ kind: 'live' });
    expect(lag.laggingIssues(T0 + 5_000)).toEqual([]);
  });

  it('hides a new issue and keeps showing a deleted one until indexed', () => {
    const lag = new SearchLag<Snapshot>(3_000);
    lag.recordWrite('new', T0, undefined, { summary: 'created' });
    lag.recordWrite('gone', T0, { summary: 'was here' }, undefined);
    expect(lag.visibleVersion('new', T0 + 1_000)).toEqual({ kind: 'lagged', version: undefined });
    expect(lag.visibleVersion('gone', T0 + 1_000)).toEqual({ kind: 'lagged', version: { summary: 'was here' } });
    expect(lag.visibleVersion('new', T0 + 3_000)).toEqual({ kind: 'live' });
  });

  it('surfaces quick successive writes one by one as each ages past the lag', () => {
    const lag = new SearchLag<Snapshot>(10_000);
    lag.recordWrite('10001', T0, { summary: 'v1' }, { summary: 'v2' });
    lag.recordWrite('10001', T0 + 4_000, { summary: 'v2' }, { summary: 'v3' });
    expect(lag.visibleVersion('10001', T0 + 9_000)).toEqual({ kind: 'lagged', version: { summary: 'v1' } });
    expect(lag.visibleVersion('10001', T0 + 10_000)).toEqual({ kind: 'lagged', version: { summary: 'v2' } });
    expect(lag.visibleVersion('10001', T0 + 14_000)).toEqual({ kind: 'live' });
  });

  it('is off with a zero lag', () => {
    const lag = new SearchLag<Snapshot>(0);
    lag.recordWrite('10001', T0, { summary: 'old' }, { summary: 'new' });
    expect(lag.visibleVersion('10001', T0)).toEqual({ kind: 'live' });
  });
});
