import { jiraError } from '../../http/jira-errors';
import { isPlainObject, parsed, refused, type Parsed } from './query-params';

export interface BulkChangelogRequest {
  issueIdsOrKeys: string[];
  fieldIds: string[];
  maxResults: number;
  nextPageToken: string | undefined;
}

const KNOWN = new Set(['issueIdsOrKeys', 'fieldIds', 'maxResults', 'nextPageToken']);
const MAX_ISSUES = 1000;
const MAX_FIELDS = 10;
const MAX_PAGE = 10_000;
const DEFAULT_PAGE = 1000;

/** A `BulkChangelogRequestBean`, checked against the bounds the document gives. */
export function readBulkChangelogRequest(body: unknown): Parsed<BulkChangelogRequest> {
  if (!isPlainObject(body)) return invalid('The request body must be a JSON object.');
  const unknown = Object.keys(body).find((key) => !KNOWN.has(key));
  if (unknown !== undefined) return invalid(`Unrecognized field "${unknown}".`);
  const { issueIdsOrKeys, fieldIds = [], maxResults = DEFAULT_PAGE, nextPageToken } = body;
  if (!isStringList(issueIdsOrKeys) || issueIdsOrKeys.length === 0 || issueIdsOrKeys.length > MAX_ISSUES) {
    return invalid(`issueIdsOrKeys must list between 1 and ${MAX_ISSUES} issue IDs or keys.`);
  }
  if (!isStringList(fieldIds) || fieldIds.length > MAX_FIELDS) return invalid(`fieldIds must list at most ${MAX_FIELDS} field IDs.`);
  if (new Set(fieldIds).size !== fieldIds.length) return invalid('fieldIds must not repeat a field ID.');
  if (typeof maxResults !== 'number' || !Number.isInteger(maxResults) || maxResults < 1 || maxResults > MAX_PAGE) {
    return invalid(`maxResults must be an integer from 1 to ${MAX_PAGE}.`);
  }
  if (nextPageToken !== undefined && nextPageToken !== null && typeof nextPageToken !== 'string') return invalid('nextPageToken must be a string.');
  return parsed({ issueIdsOrKeys, fieldIds, maxResults, nextPageToken: nextPageToken ?? undefined });
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function invalid(message: string): Parsed<BulkChangelogRequest> {
  return refused(jiraError(400, [message]));
}
