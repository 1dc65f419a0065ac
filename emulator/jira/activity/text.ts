import { adfDoc, adfMention, adfText, type AdfDoc, type AdfParagraph } from '../model/adf';
import type { JiraSiteState } from '../model/site-state';
import type { Random } from '../seed/random';
import { description } from '../seed/text';

const ASKS = [' can you take a look?', ' FYI, this changed.', ' please confirm the scope.', ' you know this area best.'];
const FOLLOW_UPS = ['Update: narrowed it down.', 'Edit: added the logs.', 'Correction: it only happens on mobile.', 'Done on my side.'];

/** A paragraph addressing `accountId`, as people @-mention each other in Jira. */
export function mentionParagraph(state: JiraSiteState, random: Random, accountId: string): AdfParagraph['content'] {
  return [adfMention(accountId, state.userName(accountId)), adfText(random.pick(ASKS))];
}

/** A description, mentioning `mention` in a second paragraph when given. */
export function describe(state: JiraSiteState, random: Random, mention: string | null): AdfDoc {
  const text = description(random);
  return mention === null ? text : adfDoc(...text.content.map((p) => p.content), mentionParagraph(state, random, mention));
}

/** An edited comment keeps what it said and adds a line, sometimes addressed to someone new. */
export function amend(state: JiraSiteState, random: Random, body: AdfDoc, mention: string | null): AdfDoc {
  const added = mention === null ? [adfText(random.pick(FOLLOW_UPS))] : mentionParagraph(state, random, mention);
  return adfDoc(...body.content.map((p) => p.content), added);
}
