import type { JiraFieldInfo, LogicalField } from '../../../src/fields/logical-fields';
import { validateMapping } from '../../../src/fields/validation';
import { field, TYPICAL_MAPPING } from './fixtures';

const FIELDS: JiraFieldInfo[] = [
  field.system('summary', 'Summary', 'string'),
  field.system('labels', 'Labels', 'array', 'string'),
  field.system('priority', 'Priority', 'priority'),
  field.system('timeoriginalestimate', 'Original estimate', 'number'),
  field.system('timeestimate', 'Remaining Estimate', 'number'),
  field.system('timespent', 'Time Spent', 'number'),
  field.parent(),
  field.storyPointEstimate('customfield_10016'),
  field.number('customfield_10026', 'Story Points'),
  field.sprint('customfield_10020'),
  field.team('customfield_10001'),
  field.select('customfield_10100', 'Severity'),
  field.select('customfield_10101', 'Change reason'),
  field.number('customfield_10102', 'Business Value'),
];

const UNMAPPED = {
  storyPoints: null,
  epicLink: null,
  sprint: null,
  team: null,
  originalEstimate: null,
  remainingEstimate: null,
  loggedTime: null,
  severity: null,
  priority: null,
  businessValue: null,
};

describe('validateMapping', () => {
  it('accepts a complete, fitting mapping', () => {
    const mapping = { ...TYPICAL_MAPPING, severity: 'customfield_10100', businessValue: 'customfield_10102' };
    expect(validateMapping(mapping, FIELDS)).toEqual({ ok: true, mapping });
  });

  it('leaves missing keys and nulls unmapped', () => {
    expect(validateMapping({}, FIELDS)).toEqual({ ok: true, mapping: UNMAPPED });
    expect(validateMapping({ storyPoints: 'customfield_10026', team: null }, FIELDS)).toEqual({ ok: true, mapping: { ...UNMAPPED, storyPoints: 'customfield_10026' } });
  });

  it.each<[LogicalField, string, string]>([
    ['storyPoints', 'labels', "Story points must be a custom number field; 'Labels' (labels) holds array of string."],
    ['storyPoints', 'timespent', "Story points must be a custom number field; 'Time Spent' (timespent) is a system field."],
    ['epicLink', 'summary', "Epic link must be the parent field or an Epic Link field; 'Summary' (summary) holds string."],
    ['sprint', 'labels', "Sprint must be a Jira Software sprint field; 'Labels' (labels) holds array of string."],
    ['team', 'customfield_10101', "Team must be an Atlassian team field; 'Change reason' (customfield_10101) holds option (custom type select)."],
    ['originalEstimate', 'customfield_10026', "Original estimate must be a system time-tracking number field; 'Story Points' (customfield_10026) is a custom field."],
    ['remainingEstimate', 'priority', "Remaining estimate must be a system time-tracking number field; 'Priority' (priority) holds priority."],
    ['loggedTime', 'customfield_10020', "Logged time must be a system time-tracking number field; 'Sprint' (customfield_10020) holds array of json (custom type gh-sprint)."],
    ['severity', 'customfield_10026', "Severity must be a custom select or text field; 'Story Points' (customfield_10026) holds number (custom type float)."],
    ['priority', 'customfield_10100', "Priority must be a priority field; 'Severity' (customfield_10100) holds option (custom type select)."],
    ['businessValue', 'parent', "Business value must be a custom number field; 'Parent' (parent) has no schema."],
    ['storyPoints', 'customfield_99999', "Story points names field 'customfield_99999', which does not exist."],
  ])('refuses %s → %s', (logical, fieldId, message) => {
    expect(validateMapping({ [logical]: fieldId }, FIELDS)).toEqual({ ok: false, problems: [{ logical, message }], unknownKeys: [] });
  });

  it('reports one problem per field, in the order of the logical fields', () => {
    const result = validateMapping({ team: 'summary', storyPoints: 'labels', sprint: 'customfield_10020' }, FIELDS);
    expect(result.ok ? [] : result.problems.map((problem) => problem.logical)).toEqual(['storyPoints', 'team']);
  });

  it('refuses keys that are no logical field, naming the valid ones', () => {
    expect(validateMapping({ storyPoints: 'customfield_10016', storyPonts: 'customfield_10026' }, FIELDS)).toEqual({
      ok: false,
      problems: [],
      unknownKeys: [
        {
          key: 'storyPonts',
          message: "'storyPonts' is not a logical field; the logical fields are storyPoints, epicLink, sprint, team, originalEstimate, remainingEstimate, loggedTime, severity, priority, businessValue.",
        },
      ],
    });
  });
});
