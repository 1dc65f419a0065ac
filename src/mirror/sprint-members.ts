import { z } from 'zod';
import { listByPrefix } from '../platform/kvs-query';
import { writeValues } from '../platform/kvs-store';
import { KEYS } from '../storage/keys';
import { NO_SPRINT, type MirrorIssue } from './mirror-issue';

const memberSchema = z.object({ enteredAt: z.number() });

/**
 * Jira lists in a sprint only the issues still in it; one that joined and left before the close is
 * found nowhere else. The mirror notes every issue it sees enter a sprint, a key each, so that
 * concurrent writers never overwrite each other's notes.
 */
export async function noteSprintEntries(changes: ReadonlyArray<{ key: string; before: MirrorIssue | undefined; after: MirrorIssue | undefined }>): Promise<void> {
  const entries = changes.flatMap(({ key, before, after }) =>
    after === undefined || after.sprintId === NO_SPRINT || after.sprintId === before?.sprintId ? [] : [{ key: KEYS.sprintMember(after.sprintId, key), value: { enteredAt: after.updatedAt } }],
  );
  if (entries.length > 0) await writeValues(memberSchema, entries);
}

/** Every issue the mirror saw in the sprint at some moment. */
export async function sprintMembers(sprintId: number): Promise<string[]> {
  const ids: string[] = [];
  const prefix = KEYS.sprintMemberPrefix(sprintId);
  let cursor: string | undefined;
  do {
    const page = await listByPrefix(prefix, memberSchema, { cursor });
    ids.push(...page.items.map((item) => item.key.slice(prefix.length)));
    cursor = page.cursor;
  } while (cursor !== undefined);
  return ids;
}
