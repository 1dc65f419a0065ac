import { JiraSite } from '../../emulator/jira/site/jira-site';
import { ForgePlatform } from '../../emulator/platform/forge-platform';
import type { Installation } from '../../emulator/platform/installation';
import type { KvsLimits } from '../../emulator/platform/kvs/limits';
import { eventTotals, type EventTotals } from '../../src/events/event-counters';
import type { MirrorIssue } from '../../src/mirror/mirror-issue';
import { readMirrorIssue } from '../../src/mirror/mirror-store';

export interface PipelineCloud {
  platform: ForgePlatform;
  site: JiraSite;
  installation: Installation;
  /** Runs `work` inside an invocation of the app and returns its value. */
  inApp<T>(work: () => Promise<T>): Promise<T>;
  totals(): Promise<EventTotals>;
  mirror(issueId: string): Promise<MirrorIssue | undefined>;
  /** Stops the site's changes reaching the app, for tests that publish events by hand. */
  disconnect(): void;
  stop(): Promise<void>;
}

/** The real app on a seeded site whose changes reach it as product events; the bootstrap has finished. */
export interface PipelineOptions {
  kvsLimits?: Partial<KvsLimits>;
  /** How long Jira's search trails writes. */
  searchLagMs?: number;
}

export async function pipelineCloud(issues = 150, seed = 17, options: PipelineOptions = {}): Promise<PipelineCloud> {
  const platform = new ForgePlatform();
  const kvsLimits = options.kvsLimits ?? {};
  const site = await JiraSite.start({ clock: platform.clock, issues, seed, ...(options.searchLagMs === undefined ? {} : { searchLagMs: options.searchLagMs }) });
  const installation = await platform.install({ jiraBaseUrl: site.baseUrl, cloudId: site.cloudId, kvsLimits });
  await platform.drain();
  const disconnect = site.deliverEventsTo(platform);
  const inApp = async <T>(work: () => Promise<T>): Promise<T> => {
    const result = await platform.run(installation, work);
    if (result.outcome === 'error') throw result.error;
    if (result.outcome !== 'success') throw new Error(`the invocation ended ${result.outcome}`);
    return result.value as T;
  };
  return { platform, site, installation, inApp, totals: () => inApp(eventTotals), mirror: (id) => inApp(() => readMirrorIssue(id)), disconnect, stop: () => site.stop() };
}

/** Sums the counts of every event type. */
export function sum(totals: EventTotals): Record<string, number> {
  const all: Record<string, number> = {};
  for (const counts of Object.values(totals.byType)) for (const [outcome, n] of Object.entries(counts)) all[outcome] = (all[outcome] ?? 0) + (n ?? 0);
  return all;
}
