import type { FieldDefinition } from '../model/fields';
import type { Issue } from '../model/issue';
import type { JiraSiteState } from '../model/site-state';
import { renderHistory } from './changelog';
import type { FieldSelection } from './field-selection';
import { fieldValue } from './issue-fields';

export interface IssueRendering {
  siteUrl: string;
  state: JiraSiteState;
  selection: FieldSelection;
  expand: ReadonlySet<string>;
  /** Most recent changelog entries to embed when `changelog` is expanded (bulk fetch: 40). */
  changelogLimit?: number;
}

const EXPANDABLE = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

/**
 * An `IssueBean` with the selected fields and the expansions the emulated site renders (`names`,
 * `schema`, `changelog`); Jira ignores expansions it does not know, and so does the site.
 */
export function renderIssue(issue: Issue, rendering: IssueRendering): Record<string, unknown> {
  const { siteUrl, state, selection, expand } = rendering;
  const bean: Record<string, unknown> = { expand: EXPANDABLE, id: issue.id, self: `${siteUrl}/rest/api/3/issue/${issue.id}`, key: issue.key };
  const fields: Record<string, unknown> = {};
  for (const fieldId of selection.fieldIds) {
    const value = fieldValue(siteUrl, state, issue, fieldId);
    if (value !== undefined) fields[fieldId] = value;
  }
  bean.fields = fields;
  if (expand.has('names')) bean.names = namesOf(state.fields, selection);
  if (expand.has('schema')) bean.schema = schemasOf(state.fields, selection);
  if (expand.has('changelog')) {
    const histories = issue.changelog.slice(-(rendering.changelogLimit ?? 100)).map((history) => renderHistory(siteUrl, state, history));
    bean.changelog = { startAt: 0, maxResults: histories.length, total: issue.changelog.length, histories };
  }
  return bean;
}

export function namesOf(fields: ReadonlyMap<string, FieldDefinition>, selection: FieldSelection): Record<string, string> {
  return Object.fromEntries(selection.fieldIds.map((id) => [id, fields.get(id)?.name ?? id]));
}

export function schemasOf(fields: ReadonlyMap<string, FieldDefinition>, selection: FieldSelection): Record<string, unknown> {
  return Object.fromEntries(selection.fieldIds.flatMap((id) => {
    const schema = fields.get(id)?.schema;
    return schema === undefined ? [] : [[id, schema]];
  }));
}

/** Expansions come as one comma-separated string (search) or a list (bulk fetch). */
export function expansions(value: string | readonly string[] | undefined): Set<string> {
  const parts = typeof value === 'string' ? value.split(',') : (value ?? []).flatMap((v) => v.split(','));
  return new Set(parts.map((part) => part.trim()).filter((part) => part.length > 0));
}
