import { adfToPlainText, type AdfDoc, type AdfMark, type AdfMention, type AdfParagraph, type AdfText } from '../../model/adf';
import type { JiraSiteState } from '../../model/site-state';
import { isPlainObject } from './query-params';

/** Jira's limit for any text field, comment bodies included. */
export const MAX_TEXT_LENGTH = 32_767;

export const TEXT_TOO_LONG = `The entered text is too long. It exceeds the allowed limit of ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters.`;

/**
 * `invalid`: not an ADF document at all. `unsupported`: valid ADF the site's model cannot hold
 * (node types other than paragraphs, text and mentions); refused rather than silently flattened, so
 * a client relying on them notices.
 */
export type AdfInput = { ok: true; doc: AdfDoc } | { ok: false; problem: 'invalid' } | { ok: false; problem: 'unsupported'; detail: string };

const INVALID = { ok: false, problem: 'invalid' } as const;

const MARK_TYPES: ReadonlySet<string> = new Set<AdfMark['type']>(['strong', 'em', 'code', 'strike', 'underline', 'link']);

/** Reads a document of paragraphs holding text and mentions; a mention without text shows `@` and the name. */
export function readAdf(value: unknown, state: JiraSiteState): AdfInput {
  if (!isPlainObject(value) || value.type !== 'doc' || value.version !== 1 || !Array.isArray(value.content)) return INVALID;
  const paragraphs: AdfParagraph[] = [];
  for (const block of value.content) {
    if (!isPlainObject(block) || typeof block.type !== 'string') return INVALID;
    if (block.type !== 'paragraph') return unsupported(`'${block.type}' nodes`);
    const content = block.content ?? [];
    if (!Array.isArray(content)) return INVALID;
    const inline: Array<AdfText | AdfMention> = [];
    for (const node of content) {
      const read = readInline(node, state);
      if ('problem' in read) return read;
      inline.push(read);
    }
    paragraphs.push({ type: 'paragraph', content: inline });
  }
  return { ok: true, doc: { type: 'doc', version: 1, content: paragraphs } };
}

export function adfTextLength(doc: AdfDoc): number {
  return adfToPlainText(doc).length;
}

function readInline(node: unknown, state: JiraSiteState): AdfText | AdfMention | Exclude<AdfInput, { ok: true }> {
  if (!isPlainObject(node) || typeof node.type !== 'string') return INVALID;
  if (node.type === 'text') {
    if (typeof node.text !== 'string' || node.text.length === 0) return INVALID;
    if (node.marks === undefined) return { type: 'text', text: node.text };
    if (!Array.isArray(node.marks)) return INVALID;
    const marks: AdfMark[] = [];
    for (const mark of node.marks) {
      if (!isPlainObject(mark) || typeof mark.type !== 'string' || (mark.attrs !== undefined && !isPlainObject(mark.attrs))) return INVALID;
      if (!MARK_TYPES.has(mark.type)) return unsupported(`'${mark.type}' marks`);
      marks.push({ type: mark.type as AdfMark['type'], ...(mark.attrs === undefined ? {} : { attrs: { ...mark.attrs } }) });
    }
    return marks.length === 0 ? { type: 'text', text: node.text } : { type: 'text', text: node.text, marks };
  }
  if (node.type === 'mention') {
    const attrs = node.attrs;
    if (!isPlainObject(attrs) || typeof attrs.id !== 'string' || attrs.id.length === 0) return INVALID;
    const text = attrs.text === undefined ? `@${state.userName(attrs.id)}` : attrs.text;
    if (typeof text !== 'string') return INVALID;
    return { type: 'mention', attrs: { id: attrs.id, text } };
  }
  return unsupported(`'${node.type}' nodes`);
}

function unsupported(what: string): Exclude<AdfInput, { ok: true }> {
  return { ok: false, problem: 'unsupported', detail: `The emulated site stores paragraphs of text and mentions only; ${what} are not supported yet.` };
}
