import { adfDoc, adfMention, adfText, type AdfDoc } from '../model/adf';
import type { User } from '../model/entities';
import type { Random } from './random';

const VERBS = ['Add', 'Fix', 'Refactor', 'Document', 'Migrate', 'Investigate', 'Remove', 'Speed up', 'Validate', 'Support'];
const NOUNS = ['login flow', 'billing export', 'search index', 'push notifications', 'audit log', 'rate limiter', 'settings page', 'webhook retries', 'CSV import', 'dark mode', 'session timeout', 'sprint report'];
const SENTENCES = ['Reproduced on staging.', 'This blocks the release.', 'Can we split this up?', 'PR is up for review.', 'Needs a design pass first.', 'Deployed behind a flag.', 'Customer reported it again today.', 'Estimate looks low to me.'];

export const LABELS = ['backend', 'frontend', 'tech-debt', 'customer', 'security', 'performance', 'ux'];

export function summary(random: Random, epic: boolean): string {
  const noun = random.pick(NOUNS);
  return epic ? `${noun[0]?.toUpperCase()}${noun.slice(1)} overhaul` : `${random.pick(VERBS)} ${noun}`;
}

export function description(random: Random): AdfDoc {
  return adfDoc([adfText(`${random.pick(SENTENCES)} ${random.pick(SENTENCES)}`)]);
}

/** A comment body, mentioning `mention` mid-sentence when given. */
export function commentBody(random: Random, mention: User | null): AdfDoc {
  if (mention === null) return adfDoc([adfText(random.pick(SENTENCES))]);
  return adfDoc([adfMention(mention.accountId, mention.displayName), adfText(` ${random.pick(SENTENCES)}`)]);
}
