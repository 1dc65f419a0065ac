/**
 * Where a bulk changelog page ended: the last entry returned, by (created, issue id, history id).
 * A position rather than an offset, so entries written between pages (always later) neither shift
 * nor repeat the pages already read.
 */
export interface ChangelogPosition {
  created: number;
  issueId: number;
  historyId: number;
}

export function compareChangelogPositions(a: ChangelogPosition, b: ChangelogPosition): number {
  return a.created - b.created || a.issueId - b.issueId || a.historyId - b.historyId;
}

/** The token is opaque to clients: base64url of the position. */
export function changelogToken(position: ChangelogPosition): string {
  return Buffer.from(JSON.stringify([position.created, position.issueId, position.historyId])).toString('base64url');
}

export function readChangelogToken(token: string): ChangelogPosition | undefined {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 3 || !decoded.every((n) => Number.isSafeInteger(n))) return undefined;
    const [created, issueId, historyId] = decoded as [number, number, number];
    return { created, issueId, historyId };
  } catch {
    return undefined;
  }
}
