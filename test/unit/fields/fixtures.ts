import type { DiscoveryInput } from '../../../src/fields/discovery';
import type { BoardEstimation, FieldMapping, JiraFieldInfo, ProjectStyleInfo } from '../../../src/fields/logical-fields';

const CUSTOM = 'com.atlassian.jira.plugin.system.customfieldtypes:';
const GREENHOPPER = 'com.pyxis.greenhopper.jira:';

function custom(id: string, name: string, type: string, customType: string, items?: string): JiraFieldInfo {
  return { id, name, custom: true, schema: { type, custom: customType, ...(items ? { items } : {}) } };
}

/** Field definitions shaped like `GET /rest/api/3/field` entries. */
export const field = {
  system: (id: string, name: string, type: string, items?: string): JiraFieldInfo => ({ id, name, custom: false, schema: { type, system: id, ...(items ? { items } : {}) } }),
  /** Jira answers `parent` without a schema. */
  parent: (): JiraFieldInfo => ({ id: 'parent', name: 'Parent', custom: false }),
  number: (id: string, name: string): JiraFieldInfo => custom(id, name, 'number', `${CUSTOM}float`),
  storyPointEstimate: (id: string, name = 'Story point estimate'): JiraFieldInfo => custom(id, name, 'number', `${GREENHOPPER}jsw-story-points`),
  select: (id: string, name: string): JiraFieldInfo => custom(id, name, 'option', `${CUSTOM}select`),
  text: (id: string, name: string): JiraFieldInfo => custom(id, name, 'string', `${CUSTOM}textfield`),
  labels: (id: string, name: string): JiraFieldInfo => custom(id, name, 'array', `${CUSTOM}labels`, 'string'),
  sprint: (id: string, name = 'Sprint'): JiraFieldInfo => custom(id, name, 'array', `${GREENHOPPER}gh-sprint`, 'json'),
  team: (id: string, name = 'Team'): JiraFieldInfo => custom(id, name, 'team', `${CUSTOM}atlassian-team`),
  legacyTeam: (id: string, name: string): JiraFieldInfo => custom(id, name, 'any', 'com.atlassian.teams:rm-teams-custom-field-team'),
  epicLink: (id: string, name = 'Epic Link'): JiraFieldInfo => custom(id, name, 'any', `${GREENHOPPER}gh-epic-link`),
};

export function board(boardId: number, estimationFieldId: string | null, boardName = `Board ${boardId}`): BoardEstimation {
  return { boardId, boardName, projectId: null, estimationFieldId };
}

export function project(key: string, style: ProjectStyleInfo['style']): ProjectStyleInfo {
  return { id: `id-${key}`, key, style };
}

export function discoveryInput(fields: JiraFieldInfo[], boards: BoardEstimation[] = [], projects: ProjectStyleInfo[] = []): DiscoveryInput {
  return { fields, boards, projects };
}

/** The mapping of a typical site: every logical field but severity and business value has its usual field. */
export const TYPICAL_MAPPING: FieldMapping = {
  storyPoints: 'customfield_10016',
  epicLink: 'parent',
  sprint: 'customfield_10020',
  team: 'customfield_10001',
  originalEstimate: 'timeoriginalestimate',
  remainingEstimate: 'timeestimate',
  loggedTime: 'timespent',
  severity: null,
  priority: 'priority',
  businessValue: null,
};
