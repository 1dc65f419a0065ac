import { createHash } from 'node:crypto';

/** Jira's search tokens expire after 7 days. */
const TOKEN_LIFETIME_MS = 7 * 24 * 3_600_000;

interface TokenContent {
  /** Offset of the page's first issue in the query's ordered results. */
  offset: number;
  /** Which query the token belongs to: a token is only good for the search that issued it. */
  query: string;
  issuedAt: number;
}

export type TokenCheck = { ok: true; offset: number } | { ok: false; message: string };

/** Opaque continuation tokens for token-paged searches. */
export function issuePageToken(offset: number, query: string, now: number): string {
  const content: TokenContent = { offset, query: fingerprint(query), issuedAt: now };
  return Buffer.from(JSON.stringify(content)).toString('base64url');
}

export function readPageToken(token: string | undefined, query: string, now: number): TokenCheck {
  if (token === undefined || token === '') return { ok: true, offset: 0 };
  let content: Partial<TokenContent>;
  try {
    content = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<TokenContent>;
  } catch {
    return { ok: false, message: 'The provided next page token is invalid.' };
  }
  if (typeof content.offset !== 'number' || content.query !== fingerprint(query) || typeof content.issuedAt !== 'number') {
    return { ok: false, message: 'The provided next page token is invalid.' };
  }
  if (now - content.issuedAt > TOKEN_LIFETIME_MS) return { ok: false, message: 'The provided next page token has expired.' };
  return { ok: true, offset: content.offset };
}

function fingerprint(query: string): string {
  return createHash('sha256').update(query).digest('base64url').slice(0, 16);
}
