import { entitiesInPartition } from '../../platform/entity-query';
import { readEntity } from '../../platform/entity-store';
import { updateVersioned, updateVersionedMany } from '../../platform/versioned-entity';
import { dedupKey, type Finding } from '../model';
import { ALERT_ENTITY, alertId, alertRecordSchema, familyOf, type AlertRecord } from './alert-record';

type AlertEntry = Omit<AlertRecord, 'version'>;

/** Where a finding comes from: its project and the name people know its subject by. */
export interface FindingOrigin {
  projectKey: string;
  title: string;
}

/** A subject holds few alerts; more than this many is a bug upstream, not a list to page through. */
const SUBJECT_LIMIT = 200;

export interface RaiseOutcome {
  id: string;
  /** Opened for the first time: what a notification is sent for. */
  isNew: boolean;
  record: AlertRecord | undefined;
}

export interface Raising {
  finding: Finding;
  origin: FindingOrigin;
  cooldownMs: number;
}

/**
 * Records that rules hold, 25 alerts a KVS request. A new key opens an alert; an open or
 * acknowledged one is seen again; a resolved one reopens when its rule resolved it (state and
 * sprint alerts only: an event alert's event is over), or when a person resolved it, the rule
 * stopped holding since, and the cooldown has passed. Nothing is written when nothing changes but
 * the clock.
 */
export async function raiseAll(raisings: readonly Raising[], at: number): Promise<RaiseOutcome[]> {
  const byId = new Map(raisings.map((raising) => [alertId(dedupKey(raising.finding)), raising]));
  const changes = await updateVersionedMany(ALERT_ENTITY, [...byId.keys()], alertRecordSchema, (id, current) => {
    const raising = byId.get(id);
    return raising === undefined ? undefined : nextAlert(current, raising, at);
  });
  return changes.map(({ key, before, after }) => ({ id: key, isNew: before === undefined && after !== undefined, record: after }));
}

export async function raise(finding: Finding, origin: FindingOrigin, at: number, cooldownMs: number): Promise<RaiseOutcome> {
  const [outcome] = await raiseAll([{ finding, origin, cooldownMs }], at);
  return outcome ?? { id: alertId(dedupKey(finding)), isNew: false, record: undefined };
}

function nextAlert(current: AlertRecord | undefined, { finding, origin, cooldownMs }: Raising, at: number): AlertEntry | undefined {
  if (current === undefined) {
    return { ...finding, ...origin, facts: { ...finding.facts }, status: 'open', firstSeen: at, lastSeen: at };
  }
  if (current.status === 'resolved') {
    const reopens = familyOf(current.kind) !== 'event' && current.resolvedBy === 'rule' && at - (current.resolvedAt ?? 0) >= (current.actedBy === undefined ? 0 : cooldownMs);
    if (!reopens) return undefined;
    const { resolvedAt: _at, resolvedBy: _by, version: _v, ...rest } = current;
    return { ...rest, status: 'open', lastSeen: at, explanation: finding.explanation, facts: { ...finding.facts } };
  }
  if (current.explanation === finding.explanation) return undefined;
  const { version: _v, ...rest } = current;
  return { ...rest, lastSeen: at, explanation: finding.explanation, facts: { ...finding.facts } };
}

/**
 * The cause went away: open and acknowledged alerts are resolved by their rule. A resolved one a
 * person closed is marked as no longer holding, so that it may reopen when its cause returns.
 */
export async function resolveByRule(id: string, at: number): Promise<void> {
  await updateVersioned(ALERT_ENTITY, id, alertRecordSchema, (current): AlertEntry | undefined => {
    if (current === undefined) return undefined;
    const { version: _v, ...rest } = current;
    if (current.status !== 'resolved') return { ...rest, status: 'resolved', resolvedBy: 'rule', resolvedAt: at };
    return current.resolvedBy === 'person' ? { ...rest, resolvedBy: 'rule' } : undefined;
  });
}

/** A person acknowledges (still true, being handled) or resolves an alert. */
export async function actOnAlert(id: string, action: 'acknowledge' | 'resolve', accountId: string, at: number): Promise<AlertRecord | undefined> {
  return updateVersioned(ALERT_ENTITY, id, alertRecordSchema, (current): AlertEntry | undefined => {
    if (current === undefined || current.status === 'resolved') return undefined;
    const { version: _v, ...rest } = current;
    if (action === 'acknowledge') return current.status === 'acknowledged' ? undefined : { ...rest, status: 'acknowledged', actedBy: accountId };
    return { ...rest, status: 'resolved', resolvedBy: 'person', resolvedAt: at, actedBy: accountId };
  });
}

/** Claims the alert's one notification; false when it was claimed before. */
export async function claimNotification(id: string, at: number): Promise<boolean> {
  let claimed = false;
  await updateVersioned(ALERT_ENTITY, id, alertRecordSchema, (current): AlertEntry | undefined => {
    claimed = current !== undefined && current.notifiedAt === undefined;
    if (!claimed || current === undefined) return undefined;
    const { version: _v, ...rest } = current;
    return { ...rest, notifiedAt: at };
  });
  return claimed;
}

/** The comment could not be posted: the claim is given back so a retry may post it. */
export async function releaseNotification(id: string): Promise<void> {
  await updateVersioned(ALERT_ENTITY, id, alertRecordSchema, (current): AlertEntry | undefined => {
    if (current?.notifiedAt === undefined) return undefined;
    const { version: _v, notifiedAt: _n, ...rest } = current;
    return rest;
  });
}

export function readAlert(id: string): Promise<AlertRecord | undefined> {
  return readEntity(ALERT_ENTITY, id, alertRecordSchema);
}

/** Every alert of one issue or sprint, newest first. */
export async function alertsOf(subject: string): Promise<Array<{ id: string; record: AlertRecord }>> {
  const { items } = await entitiesInPartition(ALERT_ENTITY, 'by-subject', [subject], alertRecordSchema, { limit: SUBJECT_LIMIT, order: 'newest-first' });
  return items.map(({ key, value }) => ({ id: key, record: value }));
}

/** Alerts with one cause (for example every `sprint:<id>` alert when the sprint closes). */
export async function alertsWithCause(cause: string): Promise<Array<{ id: string; record: AlertRecord }>> {
  const { items } = await entitiesInPartition(ALERT_ENTITY, 'by-cause', [cause], alertRecordSchema, { limit: 1_000 });
  return items.map(({ key, value }) => ({ id: key, record: value }));
}

/** One page of the alerts in a status, most recently seen first. */
export async function alertsInStatus(status: AlertRecord['status'], limit: number, cursor?: string): Promise<{ alerts: Array<{ id: string; record: AlertRecord }>; cursor: string | undefined }> {
  const page = await entitiesInPartition(ALERT_ENTITY, 'by-status', [status], alertRecordSchema, { limit, order: 'newest-first', ...(cursor === undefined ? {} : { cursor }) });
  return { alerts: page.items.map(({ key, value }) => ({ id: key, record: value })), cursor: page.cursor };
}
