import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { chunksOf } from './chunks';
import { issueSchema, type Issue } from './schemas/issue';

const bulkSchema = z.looseObject({ issues: z.array(issueSchema) });

export interface BulkFetchArgs {
  issueIdsOrKeys: string[];
  /** Named explicitly: Jira's default here is every navigable field, and a lean request needs names. */
  fields: string[];
  expand?: string[];
}

/** Jira's limits: 100 issues a request, or 1,000 for a lean one. */
const DEFAULT_LIMIT = 100;
const LEAN_LIMIT = 1000;
const MAX_LEAN_FIELDS = 100;
/** Fields that hold lists of records, and expansions that enlarge each issue: either makes a request heavy. */
const MULTI_VALUE_FIELDS: ReadonlySet<string> = new Set(['comment', 'worklog', 'attachment']);
const HEAVY_EXPANSIONS: ReadonlySet<string> = new Set(['changelog', 'renderedFields', 'editmeta', 'transitions', 'operations', 'versionedRepresentations']);

/**
 * `POST /rest/api/3/issue/bulkfetch` in as few requests as Jira's limits allow. Issues the actor
 * cannot see, or that do not exist, are simply absent; each request's issues come in ascending id order.
 */
export async function bulkFetchIssues(client: JiraClient, args: BulkFetchArgs): Promise<Issue[]> {
  const expand = args.expand ?? [];
  const limit = isLean(args.fields, expand) ? LEAN_LIMIT : DEFAULT_LIMIT;
  const issues: Issue[] = [];
  for (const issueIdsOrKeys of chunksOf([...new Set(args.issueIdsOrKeys)], limit)) {
    const answer = await client.call({
      operation: 'bulkFetchIssues',
      path: route`/rest/api/3/issue/bulkfetch`,
      body: { issueIdsOrKeys, fields: args.fields, ...(expand.length === 0 ? {} : { expand }) },
      schema: bulkSchema,
    });
    issues.push(...answer.issues);
  }
  return issues;
}

/** Lean as Jira documents it: up to 100 named fields, none multi-valued or a wildcard, and no heavy expansion. */
function isLean(fields: readonly string[], expand: readonly string[]): boolean {
  if (fields.length === 0 || fields.length > MAX_LEAN_FIELDS) return false;
  if (fields.some((field) => field.startsWith('*') || field.startsWith('-') || field.includes(',') || MULTI_VALUE_FIELDS.has(field))) return false;
  return !expand.some((expansion) => HEAVY_EXPANSIONS.has(expansion));
}
