import { performance } from 'node:perf_hooks';
import { JiraSite } from '../../emulator/jira/site/jira-site';
import { ForgePlatform } from '../../emulator/platform/forge-platform';
import type { BenchSection } from '../section';

const EVENTS = 1_000;
/** 100 events a minute: a busy site, inside the platform's 500 pushes a minute per installation. */
const EVENT_SPACING_MS = 600;

/** The platform under the app's trigger → queue → consumer path: what one product event costs. */
export const platformSection: BenchSection = {
  name: 'platform',
  async run() {
    const platform = new ForgePlatform();
    const site = await JiraSite.start({ clock: platform.clock, issues: 50 });
    try {
      const installation = await platform.install({ jiraBaseUrl: site.baseUrl });
      const eventPath = (r: { functionKey: string }) => r.functionKey === 'product-event' || r.functionKey === 'consume-event';
      const started = performance.now();
      for (let i = 0; i < EVENTS; i++) {
        platform.publishProductEvent(installation, { eventType: 'avi:jira:updated:issue', issue: { id: String(10_000 + i), key: `SIAS-${i}`, fields: {} } });
        await platform.advance(EVENT_SPACING_MS);
      }
      await platform.drain();
      const wallMs = performance.now() - started;
      return {
        events: EVENTS,
        invocationsPerEvent: platform.log.count(eventPath) / EVENTS,
        gbSecondsPer1k: (platform.log.gbSeconds(eventPath) / EVENTS) * 1000,
        eventsPerSecondOnEmulator: Math.round(EVENTS / (wallMs / 1000)),
      };
    } finally {
      await site.stop();
    }
  },
};
