import type { MirrorIssue } from '../../src/mirror/mirror-issue';
import { readMirrorIssue, updateMirrorIssues } from '../../src/mirror/mirror-store';
import { pipelineCloud, type PipelineCloud } from '../events/pipeline-cloud';

const entry = (id: string, storyPoints: number): Omit<MirrorIssue, 'version'> => ({ issueKey: `T-${id}`, projectKey: 'T', sprintId: 0, storyPoints, updatedAt: 1, changelogId: 0, deleted: false });

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => String(90_000 + i));

describe('updateVersionedMany (the mirror written a page at a time)', () => {
  let cloud: PipelineCloud;
  beforeAll(async () => {
    cloud = await pipelineCloud(20, 5);
    cloud.disconnect();
  });
  afterAll(() => cloud.stop());

  it('creates and updates 60 entries in a few KVS writes, reporting each one before and after', async () => {
    const keys = ids(60);
    const before = cloud.installation.kvs.usage().writeUnits;
    const created = await cloud.inApp(() => updateMirrorIssues(keys, (id) => entry(id, 1)));
    const written = cloud.installation.kvs.usage().writeUnits - before;
    expect(created.map((c) => [c.before, c.after?.version])).toEqual(keys.map(() => [undefined, 1]));
    // Three transactions of at most 25 entries, each one or two 10 KB units.
    expect(written).toBeLessThanOrEqual(6);
    const updated = await cloud.inApp(() => updateMirrorIssues(keys, (id, current) => (id === keys[0] ? undefined : entry(id, (current?.storyPoints ?? 0) + 1))));
    expect(updated[0]).toMatchObject({ before: { version: 1 }, after: { version: 1 } });
    expect(updated[1]).toMatchObject({ before: { version: 1, storyPoints: 1 }, after: { version: 2, storyPoints: 2 } });
  });

  it('loses neither of two writers that change the same entries at once', async () => {
    const keys = ids(30).map((id) => `${id}7`);
    await cloud.inApp(() => updateMirrorIssues(keys, (id) => entry(id, 0)));
    const increment = (): Promise<unknown> => updateMirrorIssues(keys, (id, current) => entry(id, (current?.storyPoints ?? 0) + 1));
    await cloud.inApp(() => Promise.all([increment(), increment()]));
    const after = await cloud.inApp(() => Promise.all(keys.map((key) => readMirrorIssue(key))));
    expect(after.map((issue) => [issue?.storyPoints, issue?.version])).toEqual(keys.map(() => [2, 3]));
  });
});
