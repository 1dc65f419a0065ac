import type { Finding } from '../../src/alerts/model';
import { actOnAlert, alertsOf, claimNotification, raise, readAlert, releaseNotification, resolveByRule } from '../../src/alerts/store/alert-store';
import { pipelineCloud, type PipelineCloud } from '../events/pipeline-cloud';

const origin = { projectKey: 'PLAT', title: 'PLAT-1' };
const MINUTE = 60_000;

function finding(overrides: Partial<Finding> = {}): Finding {
  return { kind: 'stuck', subject: '10001', cause: 'since:1', severity: 'warning', explanation: 'PLAT-1 is stuck.', facts: { days: 6 }, ...overrides };
}

describe('the alert store', () => {
  let cloud: PipelineCloud;
  beforeAll(async () => {
    cloud = await pipelineCloud(20, 9);
    cloud.disconnect();
  });
  afterAll(() => cloud.stop());

  const run = <T>(work: () => Promise<T>): Promise<T> => cloud.inApp(work);

  it('opens one alert per dedup key, and writes nothing when the same finding comes again', async () => {
    const f = finding({ subject: '20001' });
    const first = await run(() => raise(f, origin, 1_000, 0));
    const again = await run(() => raise(f, origin, 2_000, 0));
    expect(first).toMatchObject({ isNew: true, record: { status: 'open', firstSeen: 1_000, lastSeen: 1_000, version: 1 } });
    expect(again).toMatchObject({ isNew: false, record: { version: 1 } });
    expect(await run(() => alertsOf('20001'))).toHaveLength(1);
  });

  it('moves lastSeen and the explanation when the figures change', async () => {
    const f = finding({ subject: '20002' });
    await run(() => raise(f, origin, 1_000, 0));
    const moved = await run(() => raise({ ...f, explanation: 'PLAT-1 is stuck for 7 days.' }, origin, 5_000, 0));
    expect(moved.record).toMatchObject({ firstSeen: 1_000, lastSeen: 5_000, explanation: 'PLAT-1 is stuck for 7 days.', version: 2 });
  });

  it('reopens a state alert its rule resolved as soon as the cause returns', async () => {
    const f = finding({ subject: '20003' });
    const { id } = await run(() => raise(f, origin, 1_000, 0));
    await run(() => resolveByRule(id, 2_000));
    expect(await run(() => readAlert(id))).toMatchObject({ status: 'resolved', resolvedBy: 'rule', resolvedAt: 2_000 });
    const back = await run(() => raise(f, origin, 3_000, 60 * MINUTE));
    expect(back).toMatchObject({ isNew: false, record: { status: 'open', lastSeen: 3_000 } });
    expect(back.record?.resolvedAt).toBeUndefined();
  });

  it('never reopens an event alert: its event is over', async () => {
    const f = finding({ kind: 'reopened', subject: '20004', cause: 'history:77' });
    const { id } = await run(() => raise(f, origin, 1_000, 0));
    await run(() => resolveByRule(id, 2_000));
    expect((await run(() => raise(f, origin, 3_000, 0))).record).toMatchObject({ status: 'resolved' });
  });

  it('keeps an alert a person resolved closed while its rule holds, and reopens it only after the rule stopped holding and the cooldown passed', async () => {
    const f = finding({ subject: '20005' });
    const { id } = await run(() => raise(f, origin, 0, 0));
    expect(await run(() => actOnAlert(id, 'resolve', 'acc-lead', 1_000))).toMatchObject({ status: 'resolved', resolvedBy: 'person', actedBy: 'acc-lead' });
    expect((await run(() => raise(f, origin, 90 * MINUTE, 60 * MINUTE))).record).toMatchObject({ status: 'resolved', resolvedBy: 'person' });
    await run(() => resolveByRule(id, 95 * MINUTE));
    expect(await run(() => readAlert(id))).toMatchObject({ status: 'resolved', resolvedBy: 'rule', resolvedAt: 1_000 });
    // Within the cooldown of the person's resolve it stays closed; after it, it reopens.
    expect((await run(() => raise(f, origin, 30 * MINUTE, 60 * MINUTE))).record).toMatchObject({ status: 'resolved' });
    expect((await run(() => raise(f, origin, 2 * 60 * MINUTE, 60 * MINUTE))).record).toMatchObject({ status: 'open' });
  });

  it('lets a person acknowledge an open alert, which stays acknowledged while its rule holds', async () => {
    const f = finding({ subject: '20006' });
    const { id } = await run(() => raise(f, origin, 0, 0));
    expect(await run(() => actOnAlert(id, 'acknowledge', 'acc-dev', 10))).toMatchObject({ status: 'acknowledged', actedBy: 'acc-dev' });
    expect((await run(() => raise({ ...f, explanation: 'still stuck' }, origin, 20, 0))).record).toMatchObject({ status: 'acknowledged', explanation: 'still stuck' });
    await run(() => resolveByRule(id, 30));
    expect(await run(() => readAlert(id))).toMatchObject({ status: 'resolved', resolvedBy: 'rule' });
  });

  it('grants an alert one notification: a second claim fails until a failed post gives it back', async () => {
    const { id } = await run(() => raise(finding({ subject: '20007' }), origin, 0, 0));
    expect(await run(() => claimNotification(id, 5))).toBe(true);
    expect(await run(() => claimNotification(id, 6))).toBe(false);
    await run(() => releaseNotification(id));
    expect(await run(() => claimNotification(id, 7))).toBe(true);
    expect(await run(() => readAlert(id))).toMatchObject({ notifiedAt: 7 });
  });
});
