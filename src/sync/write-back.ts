import { z } from 'zod';
import { effectiveMapping } from '../fields/effective-mapping';
import type { JiraClient } from '../jira/client/jira-client';
import { addComment } from '../jira/endpoints/add-comment';
import { editIssue } from '../jira/endpoints/edit-issue';
import { getIssue } from '../jira/endpoints/get-issue';
import { updatedOf } from '../jira/jira-time';
import { mirrorFields } from '../mirror/issue-from-jira';
import type { MirrorIssue } from '../mirror/mirror-issue';
import { readMirrorIssue } from '../mirror/mirror-store';
import { readValue, writeValue } from '../platform/kvs-store';
import { integrationSettings } from '../settings/integration-settings';
import { KEYS } from '../storage/keys';
import { upsertFromJira } from './upsert-from-jira';

/** The mirrored values a person may change from the app. */
export type WritableField = 'storyPoints' | 'originalEstimate' | 'remainingEstimate';

export interface FieldChange {
  issueId: string;
  field: WritableField;
  value: number | null;
  /** The mirror's `updatedAt` the person saw when they made the change. */
  basedOn: number;
  accountId: string;
}

export type WriteBackResult = { kind: 'written' } | { kind: 'conflict'; jiraValue: number | null } | { kind: 'not-mapped' };

const conflictSchema = z.object({ at: z.number(), issueId: z.string(), field: z.string(), attempted: z.number().nullable(), jiraValue: z.number().nullable(), accountId: z.string() });
const conflictsSchema = z.array(conflictSchema).max(100);

/**
 * Writes a person's change to Jira, unless Jira changed that field since the version they saw:
 * then Jira wins, the mirror takes Jira's value, the conflict is logged, and with
 * `notifyOnConflict` a comment on the issue says so. Jira offers no conditional edit, so the check
 * reads the issue just before the write.
 */
export async function writeBack(client: JiraClient, change: FieldChange, now: number): Promise<WriteBackResult> {
  const mapping = await effectiveMapping();
  const fieldId = change.field === 'storyPoints' ? mapping.storyPoints : null;
  if (change.field === 'storyPoints' && fieldId === null) return { kind: 'not-mapped' };
  const mirrored = await readMirrorIssue(change.issueId);
  const issue = await getIssue(client, change.issueId, { fields: mirrorFields(mapping) });
  const jiraValue = valueIn(issue.fields, change.field, fieldId);
  const jiraUpdated = updatedOf(issue.fields) ?? 0;
  const seen = mirrored === undefined ? undefined : seenValue(mirrored, change.field);
  if (jiraUpdated > change.basedOn && seen !== undefined && jiraValue !== seen) {
    await upsertFromJira([issue], mapping);
    await logConflict({ at: now, issueId: change.issueId, field: change.field, attempted: change.value, jiraValue, accountId: change.accountId });
    if ((await integrationSettings()).notifyOnConflict) await addComment(client, change.issueId, conflictComment(change, jiraValue));
    return { kind: 'conflict', jiraValue };
  }
  await editIssue(client, { id: issue.id, key: issue.key }, { fields: editOf(change, fieldId) });
  await upsertFromJira([await getIssue(client, change.issueId, { fields: mirrorFields(mapping) })], mapping);
  return { kind: 'written' };
}

function editOf(change: FieldChange, fieldId: string | null): Record<string, unknown> {
  if (change.field === 'storyPoints' && fieldId !== null) return { [fieldId]: change.value };
  const key = change.field === 'originalEstimate' ? 'originalEstimate' : 'remainingEstimate';
  return { timetracking: { [key]: change.value === null ? '' : `${Math.round(change.value / 60)}m` } };
}

function valueIn(fields: Record<string, unknown>, field: WritableField, fieldId: string | null): number | null {
  if (field === 'storyPoints') return fieldId === null ? null : numberOrNull(fields[fieldId]);
  const tracking = (fields.timetracking ?? {}) as Record<string, unknown>;
  return numberOrNull(tracking[field === 'originalEstimate' ? 'originalEstimateSeconds' : 'remainingEstimateSeconds']);
}

function seenValue(issue: MirrorIssue, field: WritableField): number | null {
  return issue[field] ?? null;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

async function logConflict(conflict: z.infer<typeof conflictSchema>): Promise<void> {
  const conflicts = (await readValue(KEYS.syncConflicts(), conflictsSchema)) ?? [];
  await writeValue(KEYS.syncConflicts(), conflictsSchema, [...conflicts, conflict].slice(-100));
  console.log(JSON.stringify({ source: 'sync', step: 'conflict', issueId: conflict.issueId, field: conflict.field, accountId: conflict.accountId }));
}

const LABELS: Readonly<Record<WritableField, string>> = { storyPoints: 'story points', originalEstimate: 'original estimate', remainingEstimate: 'remaining estimate' };

function conflictComment(change: FieldChange, jiraValue: number | null): { type: 'doc'; version: 1; content: unknown[] } {
  const text = `Status update from SIAS: a change of the ${LABELS[change.field]} to ${change.value ?? 'none'} was not applied, because it was changed in Jira meanwhile (now ${jiraValue ?? 'none'}).`;
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'mention', attrs: { id: change.accountId } }, { type: 'text', text: ` ${text}` }] }] };
}
