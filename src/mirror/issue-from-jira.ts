import { z } from 'zod';
import type { FieldMapping } from '../fields/logical-fields';
import type { Issue } from '../jira/endpoints/schemas/issue';
import { parseJiraTime } from '../jira/jira-time';
import { mirrorIssueSchema, NO_SPRINT, type MirrorIssue } from './mirror-issue';

const named = z.looseObject({ name: z.string() });

/** The system fields the mirror reads; absent or null values simply stay unset. */
const systemFieldsSchema = z.looseObject({
  project: z.looseObject({ key: z.string() }).optional(),
  issuetype: named.optional(),
  status: z.looseObject({ name: z.string(), statusCategory: z.looseObject({ key: z.string() }).optional() }).optional(),
  assignee: z.looseObject({ accountId: z.string() }).nullable().optional(),
  parent: z.looseObject({ id: z.string() }).optional(),
  created: z.string().optional(),
  updated: z.string().optional(),
  statuscategorychangedate: z.string().optional(),
  timetracking: z
    .looseObject({ originalEstimateSeconds: z.number().optional(), remainingEstimateSeconds: z.number().optional(), timeSpentSeconds: z.number().optional() })
    .optional(),
});

const storyPointsSchema = z.number().nullable().optional();
const sprintSchema = z.array(z.looseObject({ id: z.number().int(), state: z.string().optional() })).nullable().optional();
const teamSchema = z.union([z.string(), z.looseObject({ id: z.string() })]).nullable().optional();

/** The fields a mirror entry is built from: ask Jira for exactly these. */
export function mirrorFields(mapping: FieldMapping): string[] {
  const custom = [mapping.storyPoints, mapping.sprint, mapping.team].filter((id): id is string => id !== null);
  return ['issuetype', 'project', 'status', 'assignee', 'parent', 'created', 'updated', 'statuscategorychangedate', 'timetracking', ...custom];
}

/** An issue as Jira returned it (search, bulk fetch, get), reduced to what the mirror keeps. */
export function mirrorEntryOf(issue: Issue, mapping: FieldMapping, changelogId: number): Omit<MirrorIssue, 'version'> {
  const raw = issue.fields;
  const fields = systemFieldsSchema.parse(raw);
  const custom = <S extends z.ZodType>(fieldId: string | null, schema: S): z.infer<S> | undefined => (fieldId === null ? undefined : schema.safeParse(raw[fieldId]).data);
  const team = custom(mapping.team, teamSchema);
  const entry = {
    issueKey: issue.key,
    projectKey: fields.project?.key ?? issue.key.split('-')[0] ?? '',
    issueType: fields.issuetype?.name,
    status: fields.status?.name,
    statusCategory: fields.status?.statusCategory?.key,
    assigneeId: fields.assignee?.accountId,
    parentId: fields.parent?.id,
    sprintId: currentSprint(custom(mapping.sprint, sprintSchema) ?? null),
    storyPoints: custom(mapping.storyPoints, storyPointsSchema) ?? undefined,
    teamId: team === null || team === undefined ? undefined : typeof team === 'string' ? team : team.id,
    originalEstimate: fields.timetracking?.originalEstimateSeconds,
    remainingEstimate: fields.timetracking?.remainingEstimateSeconds,
    timeSpent: fields.timetracking?.timeSpentSeconds,
    createdAt: parseJiraTime(fields.created),
    statusCategoryChangedAt: parseJiraTime(fields.statuscategorychangedate),
    updatedAt: parseJiraTime(fields.updated) ?? 0,
    changelogId,
    deleted: false,
  };
  return mirrorIssueSchema.omit({ version: true }).parse(Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)));
}

/** The Sprint field lists every sprint the issue has been in; the open one is the current sprint. */
function currentSprint(sprints: Array<{ id: number; state?: string | undefined }> | null): number {
  if (sprints === null) return NO_SPRINT;
  return (sprints.find((s) => s.state === 'active') ?? sprints.find((s) => s.state === 'future'))?.id ?? NO_SPRINT;
}
