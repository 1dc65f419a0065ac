import type { LogicalField } from '../logical-fields';

/** A schema shape of `GET /rest/api/3/field`: its `type`, and `items` when the type is an array. */
export interface SchemaShape {
  readonly type: string;
  readonly items?: string;
}

/** What fits one logical field and which evidence points at it. Names and keywords are normalised (see field-name.ts). */
export interface LogicalFieldSpec {
  /** How messages and reasons name the logical field. */
  readonly label: string;
  /** Completes "<label> must be …" in a refusal. */
  readonly fitDescription: string;
  /** System fields that are this logical field: they fit whatever their schema says (`parent` has none) and are the strongest evidence. */
  readonly systemIds: readonly string[];
  /** Custom field types made for this logical field: they fit, and are strong evidence. */
  readonly customTypes: readonly string[];
  /** Other schemas that fit, provided the field's origin matches. */
  readonly schemas: readonly SchemaShape[];
  readonly origin: 'custom' | 'system' | 'any';
  readonly names: readonly string[];
  /** Words that hint at the field inside a longer name, most specific first. */
  readonly keywords: readonly string[];
}

const GREENHOPPER = 'com.pyxis.greenhopper.jira:';
const CUSTOM_TYPES = 'com.atlassian.jira.plugin.system.customfieldtypes:';
const NUMBER: SchemaShape = { type: 'number' };

// Story points and business value must be custom fields: the only system number fields are the
// time-tracking ones, counted in seconds, and a board estimating in time is not estimating in points.
// The time fields must be system fields because the alerts compare them with Jira's own time tracking.
export const FIELD_SPECS: Record<LogicalField, LogicalFieldSpec> = {
  storyPoints: {
    label: 'Story points',
    fitDescription: 'a custom number field',
    systemIds: [],
    customTypes: [`${GREENHOPPER}jsw-story-points`],
    schemas: [NUMBER],
    origin: 'custom',
    names: ['story points', 'story point', 'story point estimate'],
    keywords: ['story points', 'story point', 'points', 'sp', 'estimate'],
  },
  epicLink: {
    label: 'Epic link',
    fitDescription: 'the parent field or an Epic Link field',
    systemIds: ['parent'],
    customTypes: [`${GREENHOPPER}gh-epic-link`],
    schemas: [],
    origin: 'any',
    names: ['epic link'],
    keywords: ['epic'],
  },
  sprint: {
    label: 'Sprint',
    fitDescription: 'a Jira Software sprint field',
    systemIds: [],
    customTypes: [`${GREENHOPPER}gh-sprint`],
    schemas: [],
    origin: 'custom',
    names: ['sprint'],
    keywords: ['sprint'],
  },
  team: {
    label: 'Team',
    fitDescription: 'an Atlassian team field',
    systemIds: [],
    customTypes: [`${CUSTOM_TYPES}atlassian-team`, 'com.atlassian.teams:rm-teams-custom-field-team'],
    schemas: [{ type: 'team' }],
    origin: 'custom',
    names: ['team'],
    keywords: ['team', 'squad'],
  },
  originalEstimate: {
    label: 'Original estimate',
    fitDescription: 'a system time-tracking number field',
    systemIds: ['timeoriginalestimate'],
    customTypes: [],
    schemas: [NUMBER],
    origin: 'system',
    names: ['original estimate'],
    keywords: ['original'],
  },
  remainingEstimate: {
    label: 'Remaining estimate',
    fitDescription: 'a system time-tracking number field',
    systemIds: ['timeestimate'],
    customTypes: [],
    schemas: [NUMBER],
    origin: 'system',
    names: ['remaining estimate'],
    keywords: ['remaining'],
  },
  loggedTime: {
    label: 'Logged time',
    fitDescription: 'a system time-tracking number field',
    systemIds: ['timespent'],
    customTypes: [],
    schemas: [NUMBER],
    origin: 'system',
    names: ['time spent', 'logged time'],
    keywords: ['spent', 'logged'],
  },
  severity: {
    label: 'Severity',
    fitDescription: 'a custom select or text field',
    systemIds: [],
    customTypes: [],
    schemas: [{ type: 'option' }, { type: 'string' }],
    origin: 'custom',
    names: ['severity'],
    keywords: ['severity', 'sev'],
  },
  priority: {
    label: 'Priority',
    fitDescription: 'a priority field',
    systemIds: ['priority'],
    customTypes: [],
    schemas: [{ type: 'priority' }],
    origin: 'any',
    names: ['priority'],
    keywords: ['priority'],
  },
  businessValue: {
    label: 'Business value',
    fitDescription: 'a custom number field',
    systemIds: [],
    customTypes: [],
    schemas: [NUMBER],
    origin: 'custom',
    names: ['business value'],
    keywords: ['business value', 'value'],
  },
};
