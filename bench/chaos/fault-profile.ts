import type { JiraSite } from '../../emulator/jira/site/jira-site';
import type { ForgePlatform } from '../../emulator/platform/forge-platform';
import type { Installation } from '../../emulator/platform/installation';
import { KvsFailure } from '../../emulator/platform/kvs';

const HOUR = 3_600_000;

/** What the chaos run injects; `stop` lifts every fault so the app can finish catching up. */
export interface FaultProfile {
  describe: string[];
  stop(): void;
}

/**
 * The fault profile, from `start`: Jira 5xx and connection resets, a 429 storm, one quota
 * exhaustion, slow answers that would outlast a consumer, events lost, duplicated and reordered,
 * and KVS refusing writes. Search lag is the site's (set when it starts).
 */
export function injectFaults(site: JiraSite, platform: ForgePlatform, installation: Installation, start: number, random: () => number): FaultProfile {
  const rules = [
    site.faults.add({ match: 'all', trigger: { probability: 0.02 }, fault: { kind: 'error', status: 503 } }),
    site.faults.add({ match: 'all', trigger: { probability: 0.01 }, fault: { kind: 'reset' } }),
    site.faults.add({ match: 'all', trigger: { between: [start + 6 * HOUR, start + 6 * HOUR + 180_000] }, fault: { kind: 'storm', reason: 'jira-burst-based', retryAfterSeconds: 30 } }),
    site.faults.add({ match: 'all', trigger: { between: [start + 30 * HOUR, start + 30 * HOUR + 600_000] }, fault: { kind: 'storm', reason: 'jira-quota-global-based' } }),
    // Answers slower than a consumer's 55 s: the app must give up in time, not be cut off.
    site.faults.add({ match: { route: '/rest/api/3/issue/{issueIdOrKey}', method: 'GET' }, trigger: { probability: 0.01 }, fault: { kind: 'latency', distribution: { type: 'fixed', ms: 70_000 }, clock: 'virtual' } }),
  ];
  platform.productEvents.policy = { latencyMs: { min: 0, max: 30_000 }, duplicateRate: 0.05, dropRate: 0.05 };
  const removeKvsFault = installation.kvs.addFault((path) => (isWrite(path) && random() < 0.005 ? new KvsFailure(429, 'RATE_LIMIT_EXCEEDED', 'Rate limit exceeded (injected)') : undefined));
  return {
    describe: [
      'Jira: 2 % of calls answer 503, 1 % reset; a 3-minute 429 storm; a 10-minute quota exhaustion; 1 % of issue reads take 70 s; search lags 30 s behind writes',
      'events: 5 % lost, 5 % duplicated, delivered 0 to 30 s late (so reordered)',
      'KVS: 0.5 % of writes refused with 429',
    ],
    stop() {
      for (const id of rules) site.faults.remove(id);
      platform.productEvents.policy = { latencyMs: { min: 0, max: 0 }, duplicateRate: 0, dropRate: 0 };
      removeKvsFault();
    },
  };
}

function isWrite(path: string): boolean {
  return path.endsWith('/set') || path.endsWith('/delete') || path === '/api/v1/transaction';
}
