import { listByPrefix } from '../platform/kvs-query';
import { readValue, writeValue } from '../platform/kvs-store';
import { KEYS } from '../storage/keys';
import { syncedBoardsSchema, syncedSprintSchema, syncedSprintsSchema, type SyncedBoard, type SyncedSprint } from './sync-records';

/** Every sprint the app knows, from the syncs and the sprint events, a list per board. */
export async function allSprints(): Promise<SyncedSprint[]> {
  const sprints: SyncedSprint[] = [];
  let cursor: string | undefined;
  do {
    const page = await listByPrefix(KEYS.syncedSprintsPrefix(), syncedSprintsSchema, { cursor });
    for (const item of page.items) sprints.push(...item.value);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return sprints;
}

export async function syncedBoards(): Promise<SyncedBoard[]> {
  return (await readValue(KEYS.syncedBoards(), syncedBoardsSchema)) ?? [];
}

/**
 * A sprint as an event or a sync saw it, merged into its board's list. A sprint of a board the app
 * does not sync (no board id known) is not kept: its issues are not mirrored either.
 */
export async function recordSprint(change: Partial<SyncedSprint> & { id: number }): Promise<SyncedSprint | undefined> {
  const boardId = change.boardId ?? (await allSprints()).find((s) => s.id === change.id)?.boardId;
  if (boardId === undefined) return undefined;
  const sprints = (await readValue(KEYS.syncedSprints(boardId), syncedSprintsSchema)) ?? [];
  const current = sprints.find((s) => s.id === change.id);
  const merged = syncedSprintSchema.safeParse({ ...current, ...change, boardId });
  if (!merged.success) return undefined;
  await writeValue(KEYS.syncedSprints(boardId), syncedSprintsSchema, [...sprints.filter((s) => s.id !== change.id), merged.data]);
  return merged.data;
}
