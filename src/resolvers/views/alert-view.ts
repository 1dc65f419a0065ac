import type { AlertRecord } from '../../alerts/store/alert-record';
import type { AlertView } from '../api';

/** What the UI shows of an alert: no account ids beyond what the explanation names. */
export function alertViewOf(id: string, record: AlertRecord): AlertView {
  return {
    id,
    kind: record.kind,
    title: record.title,
    projectKey: record.projectKey,
    severity: record.severity,
    status: record.status,
    explanation: record.explanation,
    firstSeen: record.firstSeen,
    lastSeen: record.lastSeen,
  };
}
