import { alertsInStatus } from '../../alerts/store/alert-store';
import { discoveryRecordSchema, mappingRecordSchema } from '../../fields/field-records';
import { currentJiraSettings } from '../../jira/client/open-client';
import { readValue } from '../../platform/kvs-store';
import { setupStateSchema } from '../../setup/setup-state';
import { KEYS } from '../../storage/keys';
import { fullSyncCheckpointSchema, syncStateSchema } from '../../sync/sync-records';
import type { OverviewView, SetupStep, SyncView } from '../api';
import { readHealth } from './read-health';

/** A page of open alerts is enough to say how many are open at a glance; beyond it the page says "100+". */
const OPEN_ALERTS_COUNTED = 100;

export async function readSyncView(): Promise<SyncView> {
  const [full, state, { settings }] = await Promise.all([readValue(KEYS.fullSync(), fullSyncCheckpointSchema), readValue(KEYS.syncState(), syncStateSchema), currentJiraSettings()]);
  const intervalMinutes = settings.defaultSyncIntervalMinutes;
  return {
    full: full === undefined ? null : { runId: full.runId, phase: full.phase, issuesDone: full.issuesDone, issuesEstimated: full.issuesEstimated ?? null, startedAt: full.startedAt, finishedAt: full.finishedAt ?? null },
    incremental:
      state === undefined
        ? null
        : {
            lastRunAt: state.lastRunAt ?? null,
            lastSuccessAt: state.lastSuccessAt ?? null,
            nextRunAt: state.lastRunAt === undefined ? null : state.lastRunAt + intervalMinutes * 60_000,
            lastRead: state.lastRead,
            lastRecovered: state.lastRecovered,
            totalRecovered: state.totalRecovered,
            totalDeleted: state.totalDeleted,
          },
    intervalMinutes,
  };
}

/** The admin page's first screen: where setup stands and what is left, the sync, the health. */
export async function readOverview(now: number): Promise<OverviewView> {
  const [setup, discovery, mapping, sync, health, open] = await Promise.all([
    readValue(KEYS.setupState(), setupStateSchema),
    readValue(KEYS.fieldSuggestions(), discoveryRecordSchema),
    readValue(KEYS.fieldMapping(), mappingRecordSchema),
    readSyncView(),
    readHealth(now),
    alertsInStatus('open', OPEN_ALERTS_COUNTED),
  ]);
  const steps: SetupStep[] = [
    { key: 'connected', label: 'SIAS reached your Jira site', done: setup?.status === 'connected' },
    { key: 'fields-discovered', label: 'Custom fields discovered and a mapping suggested', done: discovery !== undefined },
    { key: 'mapping-confirmed', label: 'Field mapping confirmed by an admin', done: mapping !== undefined },
    { key: 'first-sync', label: 'First full sync finished', done: sync.full?.phase === 'done' },
  ];
  return { setup: { status: setup?.status ?? 'not-installed', installedAt: setup?.installedAt ?? null, steps }, sync, health, alerts: { open: open.alerts.length } };
}
