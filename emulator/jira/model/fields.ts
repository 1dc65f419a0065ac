/** Field definitions as GET /rest/api/3/field describes them (`FieldDetails`, `JsonTypeBean`). */
export interface FieldSchema {
  type: string;
  items?: string;
  system?: string;
  custom?: string;
  customId?: number;
  configuration?: Record<string, unknown>;
}

export interface FieldDefinition {
  id: string;
  key: string;
  name: string;
  custom: boolean;
  orderable: boolean;
  navigable: boolean;
  searchable: boolean;
  clauseNames: string[];
  schema?: FieldSchema;
}

/** Ids of the custom fields the model stores; the numbers follow a typical Jira Cloud site. */
export const CUSTOM_FIELD_IDS = {
  team: 'customfield_10001',
  storyPointEstimate: 'customfield_10016',
  sprint: 'customfield_10020',
  storyPoints: 'customfield_10026',
} as const;

export const CUSTOM_FIELD_TYPES = {
  storyPointEstimate: 'com.pyxis.greenhopper.jira:jsw-story-points',
  storyPoints: 'com.atlassian.jira.plugin.system.customfieldtypes:float',
  sprint: 'com.pyxis.greenhopper.jira:gh-sprint',
  team: 'com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team',
} as const;

function system(id: string, name: string, schema: FieldSchema | undefined, orderable = true): FieldDefinition {
  return { id, key: id, name, custom: false, orderable, navigable: true, searchable: true, clauseNames: [id], ...(schema ? { schema } : {}) };
}

function custom(id: string, name: string, schema: Omit<FieldSchema, 'customId'>): FieldDefinition {
  const customId = Number(id.slice('customfield_'.length));
  return { id, key: id, name, custom: true, orderable: true, navigable: true, searchable: true, clauseNames: [`cf[${customId}]`, name], schema: { ...schema, customId } };
}

export function defaultFields(): FieldDefinition[] {
  return [
    system('summary', 'Summary', { type: 'string', system: 'summary' }),
    system('description', 'Description', { type: 'string', system: 'description' }),
    system('issuetype', 'Issue Type', { type: 'issuetype', system: 'issuetype' }),
    system('project', 'Project', { type: 'project', system: 'project' }, false),
    system('status', 'Status', { type: 'status', system: 'status' }, false),
    system('priority', 'Priority', { type: 'priority', system: 'priority' }),
    system('resolution', 'Resolution', { type: 'resolution', system: 'resolution' }),
    system('resolutiondate', 'Resolved', { type: 'datetime', system: 'resolutiondate' }, false),
    system('assignee', 'Assignee', { type: 'user', system: 'assignee' }),
    system('reporter', 'Reporter', { type: 'user', system: 'reporter' }),
    system('creator', 'Creator', { type: 'user', system: 'creator' }, false),
    system('created', 'Created', { type: 'datetime', system: 'created' }, false),
    system('updated', 'Updated', { type: 'datetime', system: 'updated' }, false),
    system('statuscategorychangedate', 'Status Category Changed', { type: 'datetime', system: 'statuscategorychangedate' }, false),
    system('parent', 'Parent', undefined),
    system('labels', 'Labels', { type: 'array', items: 'string', system: 'labels' }),
    system('subtasks', 'Sub-tasks', { type: 'array', items: 'issuelinks', system: 'subtasks' }, false),
    system('timetracking', 'Time tracking', { type: 'timetracking', system: 'timetracking' }),
    system('timeoriginalestimate', 'Original estimate', { type: 'number', system: 'timeoriginalestimate' }, false),
    system('timeestimate', 'Remaining Estimate', { type: 'number', system: 'timeestimate' }, false),
    system('timespent', 'Time Spent', { type: 'number', system: 'timespent' }, false),
    system('comment', 'Comment', { type: 'comments-page', system: 'comment' }),
    system('worklog', 'Log Work', { type: 'array', items: 'worklog', system: 'worklog' }),
    custom(CUSTOM_FIELD_IDS.team, 'Team', { type: 'team', custom: CUSTOM_FIELD_TYPES.team, configuration: { [CUSTOM_FIELD_TYPES.team]: true } }),
    custom(CUSTOM_FIELD_IDS.storyPointEstimate, 'Story point estimate', { type: 'number', custom: CUSTOM_FIELD_TYPES.storyPointEstimate }),
    custom(CUSTOM_FIELD_IDS.sprint, 'Sprint', { type: 'array', items: 'json', custom: CUSTOM_FIELD_TYPES.sprint }),
    custom(CUSTOM_FIELD_IDS.storyPoints, 'Story Points', { type: 'number', custom: CUSTOM_FIELD_TYPES.storyPoints }),
  ];
}
