import { join } from 'node:path';
import { SiteActivity } from '../../../../emulator/jira/activity/site-activity';
import { connectSiteToPlatform } from '../../../../emulator/jira/events/site-bridge';
import { productEventsFor } from '../../../../emulator/jira/events/product-events';
import type { User } from '../../../../emulator/jira/model/entities';
import type { JiraSiteState } from '../../../../emulator/jira/model/site-state';
import type { ForgePlatform } from '../../../../emulator/platform/forge-platform';
import { loadManifest } from '../../../../emulator/platform/manifest';
import { fixturePlatform } from '../../fixture-platform';
import { MINUTE, recordChanges, smallSite } from './small-site';

const APP_ACCOUNT = '712020:0a5e1fbe-a5b0-4d6c-9f55-5e0a11f0a11f';

/** The app's own user on the site, as Jira creates one per installed app. */
function addAppUser(state: JiraSiteState): void {
  const app: User = { accountId: APP_ACCOUNT, displayName: 'SIAS for Jira', emailAddress: '', accountType: 'app', active: true, timeZone: 'UTC', groups: [], siteAdmin: false, hiddenProjectIds: [] };
  state.users.set(app.accountId, app);
}

function connect(state: JiraSiteState, platform: ForgePlatform): () => void {
  return connectSiteToPlatform({ state, platform, installations: () => platform.allInstallations(), appAccountIds: () => new Set([APP_ACCOUNT]) });
}

const types = (events: Array<{ handler: string; event: Record<string, unknown> }>) => events.map((r) => `${r.handler} ${String(r.event.eventType)}`);

describe('connectSiteToPlatform: site changes reach the app as product events', () => {
  it('delivers a user\'s writes to the subscribed triggers, and the app\'s own past ignoreSelf', async () => {
    const { platform, received } = fixturePlatform();
    const site = smallSite();
    addAppUser(site.state);
    await platform.install();
    received.length = 0;
    connect(site.state, platform);
    const at = platform.clock.now();
    const issue = site.create('Story', {}, site.alice, at);
    site.state.editIssueFields(issue.id, { summary: 'By a user' }, site.bob, at);
    await platform.runDue();
    expect(types(received).sort()).toEqual(['onIssueA avi:jira:created:issue', 'onIssueA avi:jira:updated:issue', 'onIssueB avi:jira:updated:issue']);
    expect(received.every((r) => r.event.selfGenerated === undefined)).toBe(true);
    expect(received[0]?.event).toMatchObject({ issue: { id: issue.id, key: issue.key } });

    received.length = 0;
    site.state.editIssueFields(issue.id, { storyPointEstimate: 5 }, APP_ACCOUNT, at + MINUTE);
    await platform.advance(MINUTE);
    expect(types(received)).toEqual(['onIssueB avi:jira:updated:issue']);
    expect(received[0]?.event).toMatchObject({ selfGenerated: true, atlassianId: APP_ACCOUNT });
    expect(platform.productEvents.counters.filteredSelf).toBe(1);
  });

  it('delivers every event type of eight days of activity to every installation, at the time it happened', async () => {
    const { platform, received } = fixturePlatform({ manifest: loadManifest(join(__dirname, 'bridge-manifest.yml')) });
    const site = smallSite();
    const [first, second] = [await platform.install(), await platform.install()];
    received.length = 0;
    const changes = recordChanges(site.state);
    connect(site.state, platform);
    const from = platform.clock.now();
    // Eight days take the first board past its sprint's end: close, start and plan the next.
    await new SiteActivity(site.state, { seed: 4, actionsPerHour: 20 }).play({ from, durationMs: 8 * 86_400_000, advanceTo: (at) => platform.advance(at - platform.clock.now()) });
    await platform.drain();

    const expected = changes.flatMap((c) => productEventsFor(c, site.state)).map((e) => e.eventType);
    for (const installation of [first, second]) {
      const got = received.filter((r) => r.installationId === installation.id && r.handler === 'onIssueB');
      expect(got.map((r) => String(r.event.eventType)).sort()).toEqual([...expected].sort());
    }
    expect(new Set(expected)).toEqual(
      new Set([
        'avi:jira:created:issue',
        'avi:jira:updated:issue',
        'avi:jira:assigned:issue',
        'avi:jira:deleted:issue',
        'avi:jira:mentioned:issue',
        'avi:jira:commented:issue',
        'avi:jira:mentioned:comment',
        'avi:jira:created:worklog',
        'avi:jira-software:created:sprint',
        'avi:jira-software:started:sprint',
        'avi:jira-software:closed:sprint',
      ]),
    );
    // No app writes here, so the ignoreSelf trigger saw the same stream.
    expect(received.filter((r) => r.handler === 'onIssueA')).toHaveLength(expected.length * 2);
    for (const { event, at } of received) {
      if (typeof event.timestamp === 'string') expect(at).toBe(Number(event.timestamp));
      if (event.eventType === 'avi:jira:created:worklog') expect(event).not.toHaveProperty('issue');
    }
  });

  it('stops publishing once disconnected, and publishes nothing while no installation exists', async () => {
    const { platform, received } = fixturePlatform();
    const site = smallSite();
    const disconnect = connect(site.state, platform);
    site.create('Task', {}, site.alice, platform.clock.now());
    expect(platform.productEvents.counters.published).toBe(0);
    await platform.install();
    received.length = 0;
    disconnect();
    site.create('Task', {}, site.alice, platform.clock.now());
    await platform.runDue();
    expect(received).toEqual([]);
  });
});
