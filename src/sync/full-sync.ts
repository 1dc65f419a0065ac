import { randomUUID } from 'node:crypto';
import { effectiveMapping } from '../fields/effective-mapping';
import type { JiraClient } from '../jira/client/jira-client';
import { approximateCount } from '../jira/endpoints/approximate-count';
import { getBoardConfiguration } from '../jira/endpoints/get-board-configuration';
import { getBoards } from '../jira/endpoints/get-boards';
import { getProjects } from '../jira/endpoints/get-projects';
import { searchIssues } from '../jira/endpoints/search-issues';
import { mirrorFields } from '../mirror/issue-from-jira';
import { isKvsRateLimited, readValue, writeValue } from '../platform/kvs-store';
import { featureOn, integrationSettings, type IntegrationSettings } from '../settings/integration-settings';
import { recordMentionBaselines } from '../alerts/mention-baseline';
import { mentionTexts } from './mention-texts';
import { KEYS } from '../storage/keys';
import { jqlTime, projectClause } from './jql-time';
import { fullSyncCheckpointSchema, syncedBoardsSchema, syncedProjectsSchema, syncStateSchema, type FullSyncCheckpoint, type SyncedBoard, type SyncedSprint } from './sync-records';
import { queueMissingSprintReports, refreshBoardSprints, sprintsOf } from './board-sprints';
import { upsertFromJira } from './upsert-from-jira';
import { observeIssues } from '../alerts/observe';
import { startWatching } from '../alerts/watching';

const DAY = 86_400_000;
/** The original design: issues updated in the last 30 days. */
const ISSUES_WINDOW_MS = 30 * DAY;
/** The original design's issue batch (also the largest page Jira serves with fields) and parallelism. */
const ISSUE_PAGE = 100;
const ISSUE_PARALLELISM = 5;

/** Starts a new full sync, replacing one in progress; the first job does the work. */
export async function startFullSync(now: number): Promise<FullSyncCheckpoint> {
  await startWatching(now);
  const checkpoint: FullSyncCheckpoint = { runId: randomUUID(), startedAt: now, issuesSince: now - ISSUES_WINDOW_MS, phase: 'projects', streams: [], issuesDone: 0 };
  await writeValue(KEYS.fullSync(), fullSyncCheckpointSchema, checkpoint);
  return checkpoint;
}

/** `continue`: another job goes on from the checkpoint, after `delaySeconds` when KVS asked for a pause. */
export type StepResult = { kind: 'continue'; delaySeconds: number } | { kind: 'finished' } | { kind: 'superseded' };

/** KVS meters writes per rolling minute: a rate-limited sync resumes when the minute has passed. */
const KVS_PAUSE_SECONDS = 60;

/**
 * Runs the full sync from its checkpoint until done or until `hasTime` says stop, saving the
 * checkpoint after each step: a crash repeats at most the step in hand, and every step is an
 * idempotent upsert by version, so nothing is lost or duplicated.
 */
export async function continueFullSync(client: JiraClient, runId: string, now: () => number, hasTime: () => boolean): Promise<StepResult> {
  let checkpoint = await readValue(KEYS.fullSync(), fullSyncCheckpointSchema);
  if (checkpoint === undefined || checkpoint.runId !== runId) return { kind: 'superseded' };
  const settings = await integrationSettings();
  while (checkpoint.phase !== 'done') {
    if (!hasTime()) return { kind: 'continue', delaySeconds: 0 };
    try {
      checkpoint = await step(client, checkpoint, settings, now());
      await writeValue(KEYS.fullSync(), fullSyncCheckpointSchema, checkpoint);
    } catch (error) {
      // The step repeats from the last saved checkpoint: its upserts are idempotent.
      if (isKvsRateLimited(error)) return { kind: 'continue', delaySeconds: KVS_PAUSE_SECONDS };
      throw error;
    }
  }
  return { kind: 'finished' };
}

async function step(client: JiraClient, checkpoint: FullSyncCheckpoint, settings: IntegrationSettings, now: number): Promise<FullSyncCheckpoint> {
  const { projectKeys } = settings;
  switch (checkpoint.phase) {
    case 'projects': {
      const projects = await getProjects(client, projectKeys.length === 0 ? {} : { keys: [...projectKeys] });
      await writeValue(KEYS.syncedProjects(), syncedProjectsSchema, projects.map((p) => ({ id: p.id, key: p.key, name: p.name, ...(p.style === undefined ? {} : { style: p.style }) })));
      return { ...checkpoint, phase: 'sprints', streams: projects.map((p) => ({ projectKey: p.key, done: false })) };
    }
    case 'sprints': {
      await syncBoards(client, settings, now);
      const keys = checkpoint.streams.map((s) => s.projectKey);
      return { ...checkpoint, phase: 'issues', issuesEstimated: keys.length === 0 ? 0 : await approximateCount(client, issuesJql(checkpoint, keys)) };
    }
    case 'issues': {
      const mapping = await effectiveMapping();
      // The description and comments come along so that mentions already there never count as new later.
      const fields = [...mirrorFields(mapping), 'description', ...(featureOn(settings, 'comments') ? ['comment'] : [])];
      const open = checkpoint.streams.filter((s) => !s.done).slice(0, ISSUE_PARALLELISM);
      const pages = await Promise.all(
        open.map((stream) => searchIssues(client, { jql: issuesJql(checkpoint, [stream.projectKey]), fields, maxResults: ISSUE_PAGE, ...(stream.nextPageToken === undefined ? {} : { nextPageToken: stream.nextPageToken }) })),
      );
      let issuesDone = checkpoint.issuesDone;
      const streams = checkpoint.streams.map((stream) => {
        const index = open.indexOf(stream);
        const page = pages[index];
        if (page === undefined) return stream;
        return page.nextPageToken === undefined ? { projectKey: stream.projectKey, done: true } : { projectKey: stream.projectKey, nextPageToken: page.nextPageToken, done: false };
      });
      for (const page of pages) {
        const upserted = await upsertFromJira(page.issues, mapping);
        await recordMentionBaselines(page.issues.flatMap(mentionTexts));
        // Issues new to the mirror cannot have alerts yet: their evaluation skips the lookup.
        await observeIssues(upserted.map(({ issueId, before, after }) => ({ issueId, issue: after, mayHaveAlerts: before !== undefined })), now);
        issuesDone += page.issues.length;
      }
      if (streams.some((s) => !s.done)) return { ...checkpoint, streams, issuesDone };
      await markSynced(checkpoint.startedAt, now);
      return { ...checkpoint, streams, issuesDone, phase: 'done', finishedAt: now };
    }
    case 'done':
      return checkpoint;
  }
}

function issuesJql(checkpoint: FullSyncCheckpoint, projectKeys: readonly string[]): string {
  return `updated >= ${jqlTime(checkpoint.issuesSince)}${projectClause(projectKeys)} ORDER BY id ASC`;
}

/**
 * The scrum boards of the synced projects with what they estimate in (the alerts need it), and,
 * when sprints are on, the sprints of the last six months of the chosen boards.
 */
async function syncBoards(client: JiraClient, settings: IntegrationSettings, now: number): Promise<void> {
  const { projectKeys } = settings;
  const boards = (await getBoards(client)).filter((board) => board.type !== 'kanban' && (projectKeys.length === 0 || projectKeys.includes(board.location?.projectKey ?? '')));
  const synced: SyncedBoard[] = [];
  const sprints: SyncedSprint[] = [];
  for (const board of boards) {
    const configuration = await getBoardConfiguration(client, board.id);
    const estimationFieldId = configuration.estimation?.field?.fieldId;
    synced.push({ id: board.id, name: board.name, ...(board.location?.projectKey === undefined ? {} : { projectKey: board.location.projectKey }), ...(estimationFieldId === undefined ? {} : { estimationFieldId }) });
    if (sprintsOf(settings, board.id)) sprints.push(...(await refreshBoardSprints(client, board.id, now)));
  }
  await writeValue(KEYS.syncedBoards(), syncedBoardsSchema, synced);
  await queueMissingSprintReports(sprints);
}

/** A finished full sync leaves the mirror complete up to its start: the incremental sync continues from there. */
async function markSynced(startedAt: number, now: number): Promise<void> {
  const state = await readValue(KEYS.syncState(), syncStateSchema);
  await writeValue(KEYS.syncState(), syncStateSchema, { lastRead: 0, lastRecovered: 0, totalRecovered: 0, sweepAfter: 0, totalDeleted: 0, ...state, watermark: Math.max(state?.watermark ?? 0, startedAt), lastRunAt: now, lastSuccessAt: now });
}
