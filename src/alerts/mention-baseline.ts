import { z } from 'zod';
import { readValues, writeValues } from '../platform/kvs-store';
import { KEYS } from '../storage/keys';
import { mentionedAccountIds } from './rules/mentions';

/**
 * Who a comment or a description mentioned when the app last read it. An edit alerts only for the
 * users it newly mentions; Jira's mention event says who they are, but it can be lost, and the
 * sync sees only the text as it is now: against this baseline, it tells the new mentions apart.
 */
const baselineSchema = z.object({ ids: z.array(z.string()).max(1_000) });

/** A year: a comment edited later than that is treated as new text. */
const BASELINE_TTL_SECONDS = 365 * 86_400;

export type MentionSource = { kind: 'comment'; commentId: string } | { kind: 'description'; issueId: string };

const keyOf = (source: MentionSource): string => (source.kind === 'comment' ? KEYS.mentionBaseline(`comment-${source.commentId}`) : KEYS.mentionBaseline(`description-${source.issueId}`));

export interface MentionComparison {
  /** Per text, the users it mentions that its baseline did not. */
  newMentions: string[][];
  /**
   * Makes the texts the new baselines. Call it once their alerts are raised: a failure in between
   * is retried, and must find the same mentions new.
   */
  commit(): Promise<void>;
}

/** Compares many texts with their baselines, in a few KVS requests: a sync page reads them all at once. */
export async function compareMentions(texts: ReadonlyArray<{ source: MentionSource; body: unknown }>): Promise<MentionComparison> {
  const keys = texts.map(({ source }) => keyOf(source));
  const stored = await readValues(keys, baselineSchema);
  const changed: Array<{ key: string; value: { ids: string[] } }> = [];
  const newMentions = texts.map(({ body }, index) => {
    const key = keys[index] ?? '';
    const current = mentionedAccountIds(body);
    const before = stored.get(key)?.ids ?? [];
    if (!sameIds(before, current)) changed.push({ key, value: { ids: current } });
    return current.filter((id) => !before.includes(id));
  });
  return { newMentions, commit: async () => (changed.length === 0 ? undefined : writeValues(baselineSchema, changed, BASELINE_TTL_SECONDS)) };
}

/** The full sync's baselines: what the texts mention when the app starts watching, so no old mention counts as new. */
export async function recordMentionBaselines(texts: ReadonlyArray<{ source: MentionSource; body: unknown }>): Promise<void> {
  const entries = texts.map(({ source, body }) => ({ key: keyOf(source), value: { ids: mentionedAccountIds(body) } })).filter((entry) => entry.value.ids.length > 0);
  if (entries.length > 0) await writeValues(baselineSchema, entries, BASELINE_TTL_SECONDS);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

