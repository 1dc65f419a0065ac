import { z } from 'zod';
import type { FieldMapping } from '../fields/logical-fields';
import type { JiraClient } from '../jira/client/jira-client';
import { bulkFetchChangelogs } from '../jira/endpoints/bulk-fetch-changelogs';
import { bulkFetchIssues } from '../jira/endpoints/bulk-fetch-issues';
import type { Issue } from '../jira/endpoints/schemas/issue';
import { searchAllIssues } from '../jira/endpoints/search-all-issues';
import { parseJiraTime } from '../jira/jira-time';
import { IssueTimeline } from './sprint/issue-timeline';

const FIELDS = ['issuetype', 'status', 'assignee', 'created', 'timetracking'];

const issueFieldsSchema = z.looseObject({
  issuetype: z.looseObject({ name: z.string() }).optional(),
  status: z.looseObject({ id: z.string() }).optional(),
  assignee: z.looseObject({ accountId: z.string() }).nullable().optional(),
  created: z.string().optional(),
  timetracking: z.looseObject({ originalEstimateSeconds: z.number().optional() }).optional(),
});
const sprintFieldSchema = z.array(z.looseObject({ id: z.number().int() })).nullable().optional();
const pointsSchema = z.number().nullable().optional();

/**
 * The issues of a sprint with their histories: those Jira lists in the sprint now, and `alsoIds`
 * (issues a frozen start report committed that may have left since). Reports rewind these.
 */
export async function sprintTimelines(client: JiraClient, sprintId: number, mapping: FieldMapping, alsoIds: readonly string[]): Promise<IssueTimeline[] | undefined> {
  const sprintFieldId = mapping.sprint;
  const pointsFieldId = mapping.storyPoints;
  if (sprintFieldId === null || pointsFieldId === null) return undefined;
  const fields = [...FIELDS, sprintFieldId, pointsFieldId];
  const issues: Issue[] = [];
  for await (const page of searchAllIssues(client, { jql: `sprint = ${sprintId} ORDER BY id ASC`, fields, maxResults: 100 })) issues.push(...page);
  const missing = alsoIds.filter((id) => !issues.some((issue) => issue.id === id));
  if (missing.length > 0) issues.push(...(await bulkFetchIssues(client, { issueIdsOrKeys: [...missing], fields })));
  if (issues.length === 0) return [];
  const changelogs = await bulkFetchChangelogs(client, { issueIdsOrKeys: issues.map((issue) => issue.id), fieldIds: [sprintFieldId, pointsFieldId, 'status', 'assignee', 'timeoriginalestimate'] });
  const historiesOf = new Map(changelogs.map((log) => [log.issueId, log.histories]));
  return issues.map((issue) => {
    const raw = issue.fields;
    const base = issueFieldsSchema.parse(raw);
    return new IssueTimeline(
      {
        issueId: issue.id,
        issueKey: issue.key,
        issueType: base.issuetype?.name,
        createdAt: parseJiraTime(base.created),
        sprintIds: (sprintFieldSchema.safeParse(raw[sprintFieldId]).data ?? []).map((s) => s.id),
        points: pointsSchema.safeParse(raw[pointsFieldId]).data ?? undefined,
        originalEstimate: base.timetracking?.originalEstimateSeconds,
        statusId: base.status?.id,
        assigneeId: base.assignee?.accountId,
      },
      historiesOf.get(issue.id) ?? [],
      { sprintFieldId, pointsFieldId },
    );
  });
}
