import { z } from 'zod';
import type { JiraClient } from '../jira/client/jira-client';
import { getIssue } from '../jira/endpoints/get-issue';
import type { FieldMapping } from '../fields/logical-fields';
import { jiraTimestamp } from '../jira/jira-time';
import { mirrorIssueSchema, NO_SPRINT, type MirrorIssue } from './mirror-issue';

const named = z.looseObject({ name: z.string() });

/** The system fields the mirror reads from `GET /issue`; absent or null values simply stay unset. */
const systemFieldsSchema = z.looseObject({
  project: z.looseObject({ key: z.string() }).optional(),
  issuetype: named.optional(),
  status: z.looseObject({ name: z.string(), statusCategory: z.looseObject({ key: z.string() }).optional() }).optional(),
  assignee: z.looseObject({ accountId: z.string() }).nullable().optional(),
  parent: z.looseObject({ id: z.string() }).optional(),
  created: z.string().optional(),
  updated: z.string().optional(),
  timetracking: z
    .looseObject({ originalEstimateSeconds: z.number().optional(), remainingEstimateSeconds: z.number().optional(), timeSpentSeconds: z.number().optional() })
    .optional(),
});

const storyPointsSchema = z.number().nullable().optional();
const sprintSchema = z.array(z.looseObject({ id: z.number().int(), state: z.string().optional() })).nullable().optional();
const teamSchema = z.union([z.string(), z.looseObject({ id: z.string() })]).nullable().optional();

/** The issue as Jira has it now, reduced to what the mirror keeps. */
export async function fetchMirrorIssue(client: JiraClient, issueId: string, mapping: FieldMapping, previous: MirrorIssue | undefined, changelogId: number): Promise<Omit<MirrorIssue, 'version'>> {
  const custom = [mapping.storyPoints, mapping.sprint, mapping.team].filter((id): id is string => id !== null);
  const issue = await getIssue(client, issueId, { fields: ['issuetype', 'project', 'status', 'assignee', 'parent', 'created', 'updated', 'timetracking', ...custom] });
  const raw = issue.fields as Record<string, unknown>;
  const fields = systemFieldsSchema.parse(raw);
  const customValue = <S extends z.ZodType>(fieldId: string | null, schema: S): z.infer<S> | undefined => (fieldId === null ? undefined : schema.safeParse(raw[fieldId]).data);
  const team = customValue(mapping.team, teamSchema);
  const record = {
    issueKey: issue.key,
    projectKey: fields.project?.key ?? previous?.projectKey ?? '',
    issueType: fields.issuetype?.name,
    status: fields.status?.name,
    statusCategory: fields.status?.statusCategory?.key,
    assigneeId: fields.assignee?.accountId,
    parentId: fields.parent?.id,
    sprintId: currentSprint(customValue(mapping.sprint, sprintSchema) ?? null),
    storyPoints: customValue(mapping.storyPoints, storyPointsSchema) ?? undefined,
    teamId: team === null || team === undefined ? undefined : typeof team === 'string' ? team : team.id,
    originalEstimate: fields.timetracking?.originalEstimateSeconds,
    remainingEstimate: fields.timetracking?.remainingEstimateSeconds,
    timeSpent: fields.timetracking?.timeSpentSeconds,
    createdAt: jiraTimestamp(fields.created),
    updatedAt: jiraTimestamp(fields.updated) ?? previous?.updatedAt ?? 0,
    changelogId: Math.max(changelogId, previous?.changelogId ?? 0),
    deleted: false,
  };
  return mirrorIssueSchema.omit({ version: true }).parse(Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)));
}

/** The Sprint field lists every sprint the issue has been in; the open one is the current sprint. */
function currentSprint(sprints: Array<{ id: number; state?: string | undefined }> | null): number {
  if (sprints === null) return NO_SPRINT;
  return (sprints.find((s) => s.state === 'active') ?? sprints.find((s) => s.state === 'future'))?.id ?? NO_SPRINT;
}
