import { readEntity } from '../platform/entity-store';
import { updateVersioned, updateVersionedMany, type VersionedChange } from '../platform/versioned-entity';
import { mirrorIssueSchema, type MirrorIssue } from './mirror-issue';
import { noteSprintEntries } from './sprint-members';

/** The custom entity declared in manifest.yml, with its by-project, by-sprint and updatedAt indexes. */
const MIRROR_ISSUE = 'mirror-issue';

export function readMirrorIssue(issueId: string): Promise<MirrorIssue | undefined> {
  return readEntity(MIRROR_ISSUE, issueId, mirrorIssueSchema);
}

/**
 * Changes one mirrored issue without losing a concurrent change: `decide` sees the entry as stored
 * and is asked again if another writer got there first; undefined leaves the entry alone.
 */
export async function updateMirrorIssue(issueId: string, decide: (current: MirrorIssue | undefined) => Omit<MirrorIssue, 'version'> | undefined): Promise<MirrorIssue | undefined> {
  let before: MirrorIssue | undefined;
  const after = await updateVersioned(MIRROR_ISSUE, issueId, mirrorIssueSchema, (current) => {
    before = current;
    const next = decide(current);
    // Writing what is already there would only bump the version: a duplicate must change nothing.
    return next !== undefined && current !== undefined && sameEntry(current, next) ? undefined : next;
  });
  await noteSprintEntries([{ key: issueId, before, after }]);
  return after;
}

/** `updateMirrorIssue` for a page of issues, in a few KVS requests. */
export async function updateMirrorIssues(
  issueIds: readonly string[],
  decide: (issueId: string, current: MirrorIssue | undefined) => Omit<MirrorIssue, 'version'> | undefined,
): Promise<Array<VersionedChange<MirrorIssue>>> {
  const changes = await updateVersionedMany(MIRROR_ISSUE, issueIds, mirrorIssueSchema, (issueId, current) => {
    const next = decide(issueId, current);
    return next !== undefined && current !== undefined && sameEntry(current, next) ? undefined : next;
  });
  await noteSprintEntries(changes);
  return changes;
}

function sameEntry(current: MirrorIssue, next: Omit<MirrorIssue, 'version'>): boolean {
  const { version: _version, ...stored } = current;
  return JSON.stringify(Object.entries(stored).sort()) === JSON.stringify(Object.entries(next).sort());
}
