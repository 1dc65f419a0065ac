/** The slice of Atlassian Document Format the site holds: paragraphs of text (with marks) and mentions. */
export interface AdfMark {
  type: 'strong' | 'em' | 'code' | 'strike' | 'underline' | 'link';
  attrs?: Record<string, unknown>;
}

export interface AdfText {
  type: 'text';
  text: string;
  marks?: AdfMark[];
}

export interface AdfMention {
  type: 'mention';
  attrs: { id: string; text: string };
}

export interface AdfParagraph {
  type: 'paragraph';
  content: Array<AdfText | AdfMention>;
}

export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: AdfParagraph[];
}

export function adfDoc(...paragraphs: Array<Array<AdfText | AdfMention>>): AdfDoc {
  return { type: 'doc', version: 1, content: paragraphs.map((content) => ({ type: 'paragraph', content })) };
}

export function adfText(text: string): AdfText {
  return { type: 'text', text };
}

/** Mentions render `@` + display name as their text, as Jira's editor stores them. */
export function adfMention(accountId: string, displayName: string): AdfMention {
  return { type: 'mention', attrs: { id: accountId, text: `@${displayName}` } };
}

/** Changelog items carry descriptions as plain text. */
export function adfToPlainText(doc: AdfDoc): string {
  return doc.content.map((p) => p.content.map((node) => (node.type === 'text' ? node.text : node.attrs.text)).join('')).join('\n');
}

export function mentionedAccountIds(doc: AdfDoc): string[] {
  return doc.content.flatMap((p) => p.content.flatMap((node) => (node.type === 'mention' ? [node.attrs.id] : [])));
}
