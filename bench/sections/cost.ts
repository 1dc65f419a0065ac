import type { BenchResults, BenchSection } from '../section';

const GB = 1024 ** 3;
const DAYS_PER_MONTH = 30;

/** PLATFORM-FACTS §6: the free allowance per app and month (CHANGE-3309 doubled compute from 2026-06-29). */
const FREE_GB_SECONDS = 200_000;
const FREE_KVS_WRITE_GB = 0.1;
const FREE_KVS_READ_GB = 0.1;

/** The issue's reference site: 500 users, 20,000 product events a day. */
const EVENTS_PER_DAY = 20_000;
const TICKS_PER_DAY = 288;
/** One incremental sync every 15 minutes, the default interval. */
const SYNCS_PER_DAY = 96;
/** A full sync a month: the first one, or an admin's. */
const FULL_SYNCS_PER_MONTH = 1;

function figure(results: Readonly<BenchResults>, section: string, name: string): number {
  const value = results[section]?.[name];
  if (value === undefined) throw new Error(`the cost section needs ${section}.${name}`);
  return value;
}

/**
 * What the app costs on Forge's consumption model, from the other sections' measurements: compute
 * and KVS bytes per 1,000 events and per 10,000-issue sync, and the share of the monthly free
 * allowance a 500-user site with 20,000 events a day would use (events, a sync every 15 minutes,
 * a tick every five, a full sync a month). The measured incremental run follows an hour of busy
 * activity, so a 15-minute run is counted high.
 */
export const costSection: BenchSection = {
  name: 'cost',
  needs: ['events', 'fullSync', 'incrementalSync'],
  async run(results) {
    const perIssue = 10_000 / figure(results, 'fullSync', 'issues');
    const sync10k = {
      gbSeconds: figure(results, 'fullSync', 'gbSeconds') * perIssue,
      written: figure(results, 'fullSync', 'kvsBytesWritten') * perIssue,
      read: figure(results, 'fullSync', 'kvsBytesRead') * perIssue,
    };
    const per1k = { gbSeconds: figure(results, 'events', 'gbSecondsPer1k'), written: figure(results, 'events', 'kvsBytesWrittenPer1k'), read: figure(results, 'events', 'kvsBytesReadPer1k') };
    const incremental = { gbSeconds: figure(results, 'incrementalSync', 'gbSeconds'), written: figure(results, 'incrementalSync', 'kvsBytesWritten'), read: figure(results, 'incrementalSync', 'kvsBytesRead') };
    const tick = figure(results, 'incrementalSync', 'tickGbSeconds');
    const thousandsOfEvents = (EVENTS_PER_DAY / 1000) * DAYS_PER_MONTH;
    const syncs = SYNCS_PER_DAY * DAYS_PER_MONTH;
    const monthly = {
      gbSeconds: thousandsOfEvents * per1k.gbSeconds + syncs * incremental.gbSeconds + TICKS_PER_DAY * DAYS_PER_MONTH * tick + FULL_SYNCS_PER_MONTH * sync10k.gbSeconds,
      writtenGb: (thousandsOfEvents * per1k.written + syncs * incremental.written + FULL_SYNCS_PER_MONTH * sync10k.written) / GB,
      readGb: (thousandsOfEvents * per1k.read + syncs * incremental.read + FULL_SYNCS_PER_MONTH * sync10k.read) / GB,
    };
    return {
      gbSecondsPer1kEvents: per1k.gbSeconds,
      kvsGbWrittenPer1kEvents: per1k.written / GB,
      gbSecondsPer10kIssueSync: sync10k.gbSeconds,
      kvsGbWrittenPer10kIssueSync: sync10k.written / GB,
      monthlyGbSeconds: monthly.gbSeconds,
      monthlyKvsGbWritten: monthly.writtenGb,
      monthlyKvsGbRead: monthly.readGb,
      shareOfFreeComputePercent: (100 * monthly.gbSeconds) / FREE_GB_SECONDS,
      shareOfFreeKvsWritesPercent: (100 * monthly.writtenGb) / FREE_KVS_WRITE_GB,
      shareOfFreeKvsReadsPercent: (100 * monthly.readGb) / FREE_KVS_READ_GB,
    };
  },
};
