import { z } from 'zod';
import { issueKey, jiraTime, numericId, optional, userRef } from './primitives';
import type { IssueRef } from './types';

const issueTypeSchema = z.looseObject({ id: optional(numericId), name: optional(z.string()), subtask: optional(z.boolean()) });

export const statusSchema = z.looseObject({
  id: numericId,
  name: optional(z.string()),
  statusCategory: optional(z.looseObject({ key: optional(z.string()) })),
});

const fieldsSchema = z.looseObject({
  summary: optional(z.string()),
  // The docs' type says `issueType`, their example `issuetype`: either may come.
  issuetype: optional(issueTypeSchema),
  issueType: optional(issueTypeSchema),
  project: optional(z.looseObject({ id: optional(numericId), key: optional(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,254}$/)) })),
  status: optional(statusSchema),
  // `null` is news (unassigned), so it is kept rather than read as absent.
  assignee: userRef.nullable().optional(),
  reporter: optional(userRef),
  created: optional(jiraTime),
  updated: optional(jiraTime),
});

/** The `issue` object of issue, comment and mention events; `fields` may be missing (a deleted issue). */
export const issueRefSchema = z.looseObject({ id: numericId, key: issueKey, fields: optional(fieldsSchema) }).transform(({ id, key, fields }): IssueRef => {
  // With both casings present the lower-case one wins: it is what Atlassian's example and REST send.
  const type = fields?.issuetype ?? fields?.issueType;
  return {
    id,
    key,
    projectId: fields?.project?.id,
    projectKey: fields?.project?.key,
    issueTypeId: type?.id,
    issueTypeName: type?.name,
    issueTypeSubtask: type?.subtask,
    statusId: fields?.status?.id,
    statusName: fields?.status?.name,
    statusCategoryKey: fields?.status?.statusCategory?.key,
    summary: fields?.summary,
    assigneeId: fields?.assignee,
    reporterId: fields?.reporter,
    created: fields?.created,
    updated: fields?.updated,
  };
});
