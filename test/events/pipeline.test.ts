import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { productEventsFor } from '../../emulator/jira/events/product-events';
import type { SiteChange } from '../../emulator/jira/model/site-change';
import { SiteActivity } from '../../emulator/jira/activity/site-activity';
import { replayDeadLetter } from '../../src/events/dead-letters/replay';
import { listDeadLetters } from '../../src/events/dead-letters/store';
import { pipelineCloud, sum, type PipelineCloud } from './pipeline-cloud';

const MINUTE = 60_000;

describe('the product-event pipeline on the emulator', () => {
  let cloud: PipelineCloud;
  afterEach(async () => {
    await cloud.stop();
  });

  function anIssue(): { id: string; key: string } {
    const issue = [...cloud.site.state.allIssues()].find((i) => cloud.site.state.issueTypes.get(i.issueTypeId)?.subtask === false && !cloud.site.state.isDone(i));
    if (issue === undefined) throw new Error('the site has open issues');
    return issue;
  }

  const actor = (): string => cloud.site.admin().accountId;

  it('applies a duplicated delivery once: the second is counted a duplicate and writes nothing', async () => {
    cloud = await pipelineCloud();
    cloud.platform.productEvents.policy = { ...cloud.platform.productEvents.policy, duplicateRate: 1 };
    const issue = anIssue();
    await cloud.platform.advance(MINUTE);
    cloud.site.state.editIssueFields(issue.id, { summary: 'Renamed once' }, actor(), cloud.platform.clock.now());
    await cloud.platform.drain();
    const totals = sum(await cloud.totals());
    expect(totals).toMatchObject({ received: 2, processed: 1, duplicate: 1 });
    expect(await cloud.mirror(issue.id)).toMatchObject({ issueKey: issue.key, version: 1, deleted: false });
  });

  it('leaves the newest state when updates arrive in reverse order, reading Jira once to repair what the late one changed', async () => {
    cloud = await pipelineCloud();
    const issue = anIssue();
    await cloud.platform.advance(MINUTE);
    cloud.site.state.editIssueFields(issue.id, { summary: 'Seen first' }, actor(), cloud.platform.clock.now());
    await cloud.platform.drain();
    // From here the events are recorded, not delivered, and published by hand, newest first.
    cloud.disconnect();
    const changes: SiteChange[] = [];
    const stopRecording = cloud.site.state.onChange((change) => changes.push(change));
    await cloud.platform.advance(MINUTE);
    cloud.site.state.editIssueFields(issue.id, { storyPointEstimate: 8, storyPoints: 8 }, actor(), cloud.platform.clock.now());
    await cloud.platform.advance(MINUTE);
    cloud.site.state.editIssueFields(issue.id, { summary: 'Renamed last' }, actor(), cloud.platform.clock.now());
    stopRecording();
    const payloads = changes.flatMap((change) => productEventsFor(change, cloud.site.state));
    // Each is delivered before the next is published: delivery latency must not put them back in order.
    for (const payload of [...payloads].reverse()) {
      cloud.platform.publishProductEvent(cloud.installation, payload);
      await cloud.platform.drain();
    }
    const mirror = await cloud.mirror(issue.id);
    expect(sum(await cloud.totals())).toMatchObject({ stale: 1 });
    const truth = cloud.site.state.issue(issue.id);
    expect(mirror).toMatchObject({ storyPoints: 8, updatedAt: truth?.updated });
  });
});

describe('the registration filters', () => {
  it('stops events of other projects and issue types at the trigger, and counts them', async () => {
    const cloud = await pipelineCloud(80, 4);
    try {
      await cloud.inApp(async () => (await import('@forge/kvs')).kvs.set('settings:integration:v1', { schemaVersion: 1, projectKeys: ['PLAT'], issueTypes: [], retryDelaysSeconds: [1, 2, 5, 10, 30], maxAttempts: 5 }));
      const inProject = (key: string) => [...cloud.site.state.allIssues()].find((i) => cloud.site.state.projects.get(i.projectId)?.key === key);
      const [plat, mob] = [inProject('PLAT'), inProject('MOB')];
      if (plat === undefined || mob === undefined) throw new Error('both projects have issues');
      await cloud.platform.advance(MINUTE);
      for (const issue of [plat, mob]) cloud.site.state.editIssueFields(issue.id, { summary: `Edited ${issue.key}` }, cloud.site.admin().accountId, cloud.platform.clock.now());
      await cloud.platform.drain();
      expect(sum(await cloud.totals())).toMatchObject({ received: 1, filtered: 1, processed: 1 });
      expect(await cloud.mirror(mob.id)).toBeUndefined();
      expect(await cloud.mirror(plat.id)).toMatchObject({ issueKey: plat.key });
    } finally {
      await cloud.stop();
    }
  });
});

describe('dead letters', () => {
  it('keeps an event that failed every attempt, with each attempt, and a replay takes the same path once', async () => {
    const cloud = await pipelineCloud(60, 8);
    try {
      await cloud.inApp(async () => (await import('@forge/kvs')).kvs.set('settings:jira:v1', { maxRetries: 0 }));
      const outage = cloud.site.faults.add({ match: { route: '/rest/api/3/issue/{issueIdOrKey}', method: 'GET' }, trigger: { always: true }, fault: { kind: 'error', status: 500 } });
      const issue = [...cloud.site.state.allIssues()][0];
      if (issue === undefined) throw new Error('the site has issues');
      await cloud.platform.advance(MINUTE);
      cloud.site.state.editIssueFields(issue.id, { summary: 'Needs Jira to mirror' }, cloud.site.admin().accountId, cloud.platform.clock.now());
      await cloud.platform.drain();
      const letters = await cloud.inApp(() => listDeadLetters({}));
      expect(letters.items).toHaveLength(1);
      const letter = letters.items[0];
      if (letter === undefined) throw new Error('one dead letter');
      expect(letter).toMatchObject({ eventType: 'avi:jira:updated:issue', error: { code: 'JIRA_UNAVAILABLE' }, totalAttempts: 5 });
      expect(letter.attempts.map((a) => a.reason)).toEqual(Array(5).fill('JIRA_UNAVAILABLE'));
      expect(sum(await cloud.totals())).toMatchObject({ received: 1, retried: 4, deadLettered: 1 });

      cloud.site.faults.remove(outage);
      await cloud.inApp(() => replayDeadLetter(letter.id, cloud.platform.clock.now()));
      await cloud.inApp(() => replayDeadLetter(letter.id, cloud.platform.clock.now()));
      await cloud.platform.drain();
      expect((await cloud.inApp(() => listDeadLetters({}))).items).toEqual([]);
      expect(await cloud.mirror(issue.id)).toMatchObject({ version: 1 });
      expect(sum(await cloud.totals())).toMatchObject({ received: 1, replayed: 2, processed: 1, duplicate: 1, deadLettered: 1 });
      expect((await cloud.totals()).queueDepth).toBe(0);
    } finally {
      await cloud.stop();
    }
  });
});

describe('the product-event pipeline under load and faults', () => {
  it('accounts for every one of 2,000 events with 10 % duplicates and 5 % transient failures, applying none twice', async () => {
    const cloud = await pipelineCloud(300, 23);
    try {
      cloud.platform.productEvents.policy = { ...cloud.platform.productEvents.policy, duplicateRate: 0.1 };
      cloud.site.faults.add({ match: { route: '/rest/api/3/issue/{issueIdOrKey}', method: 'GET' }, trigger: { probability: 0.05 }, fault: { kind: 'error', status: 503 } });
      await cloud.inApp(async () => (await import('@forge/kvs')).kvs.set('settings:jira:v1', { maxRetries: 0 }));
      const activity = new SiteActivity(cloud.site.state, { seed: 5, actionsPerHour: 60 });
      while (cloud.platform.productEvents.counters.published < 2_000) {
        await activity.play({ from: cloud.platform.clock.now(), durationMs: 6 * 3_600_000, advanceTo: (at) => cloud.platform.advance(at - cloud.platform.clock.now()) });
      }
      await cloud.platform.drain();
      const totals = sum(await cloud.totals());
      const triggers = cloud.platform.log.count((r) => r.functionKey === 'product-event');
      expect(totals.received).toBe(triggers);
      expect(totals.received).toBeGreaterThan(2_000);
      expect((totals.processed ?? 0) + (totals.duplicate ?? 0) + (totals.stale ?? 0) + (totals.deadLettered ?? 0)).toBe(totals.received);
      expect(totals.duplicate).toBeGreaterThan(0);
      expect(totals.retried).toBeGreaterThan(0);
      expect((await cloud.totals()).queueDepth).toBe(0);
      expect(cloud.platform.log.count((r) => r.functionKey === 'consume-event' && r.outcome === 'error')).toBe(0);
      // Every mirrored issue matches Jira on what the events carry.
      const mismatches: string[] = [];
      for (const issue of cloud.site.state.allIssues()) {
        const mirror = await cloud.mirror(issue.id);
        if (mirror === undefined) continue;
        const status = cloud.site.state.statuses.get(issue.statusId)?.name;
        if (mirror.status !== status || (mirror.assigneeId ?? null) !== issue.assigneeId) mismatches.push(issue.key);
      }
      expect(mismatches).toEqual([]);
      // A write happens at most once per processed or stale issue or worklog event (a worklog moves
      // the issue's time tracking): duplicates write nothing.
      const byType = (await cloud.totals()).byType;
      const issueEvents = Object.entries(byType).filter(([type]) => (type.endsWith(':issue') && !type.includes('commented') && !type.includes('mentioned')) || type.endsWith(':worklog'));
      const effective = issueEvents.reduce((n, [, c]) => n + (c.processed ?? 0) + (c.stale ?? 0), 0);
      let writes = 0;
      for (const issue of [...cloud.site.state.allIssues()].concat(cloud.site.state.deletions.map((d) => ({ id: d.issueId }) as never))) writes += (await cloud.mirror(issue.id))?.version ?? 0;
      expect(writes).toBeGreaterThan(0);
      expect(writes).toBeLessThanOrEqual(effective);
    } finally {
      await cloud.stop();
    }
  });

  it('never crashes on malformed payloads and keeps each as a dead letter', async () => {
    const cloud = await pipelineCloud(40, 2);
    try {
      let state = 7;
      const random = (): number => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const junk = (depth: number): unknown => {
        const pick = Math.floor(random() * 7);
        if (depth > 3 || pick === 0) return null;
        if (pick === 1) return random() * 1e6;
        if (pick === 2) return 'x'.repeat(Math.floor(random() * 50));
        if (pick === 3) return [junk(depth + 1), junk(depth + 1)];
        if (pick === 4) return true;
        return { id: junk(depth + 1), key: junk(depth + 1), fields: junk(depth + 1), changelog: junk(depth + 1) };
      };
      const types = ['avi:jira:updated:issue', 'avi:jira:commented:issue', 'avi:jira:created:worklog', 'avi:jira-software:started:sprint', 'avi:jira:created:issue'];
      for (let i = 0; i < 100; i++) {
        cloud.platform.publishProductEvent(cloud.installation, { eventType: types[i % types.length] as string, n: i, issue: junk(0), comment: junk(0), worklog: junk(0), sprint: junk(0) });
      }
      await cloud.platform.drain();
      expect(cloud.platform.log.count((r) => r.functionKey === 'product-event' && r.outcome !== 'success')).toBe(0);
      const totals = sum(await cloud.totals());
      expect(totals.received).toBe(100);
      expect((totals.processed ?? 0) + (totals.deadLettered ?? 0)).toBe(100);
      const letters = await cloud.inApp(() => listDeadLetters({ limit: 100 }));
      expect(letters.items).toHaveLength(totals.deadLettered ?? 0);
      expect(letters.items.every((l) => l.error.code === 'EVENT_PAYLOAD_INVALID')).toBe(true);
    } finally {
      await cloud.stop();
    }
  });

  it('accepts every payload Atlassian publishes for the events the app subscribes to', async () => {
    const cloud = await pipelineCloud(40, 3);
    try {
      const dir = join(__dirname, '..', '..', '..', 'shared', 'forge', 'event-examples');
      const examples = readdirSync(dir).filter((f) => f.startsWith('avi_jira')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>);
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) cloud.platform.publishProductEvent(cloud.installation, example);
      await cloud.platform.drain();
      const totals = sum(await cloud.totals());
      expect(totals).toMatchObject({ received: examples.length, processed: examples.length });
    } finally {
      await cloud.stop();
    }
  });
});
