import { checkMapping, featureStatus, type MappedFieldProblem } from '../../../src/fields/health';
import type { Feature, FieldMapping, JiraFieldInfo } from '../../../src/fields/logical-fields';
import { field, TYPICAL_MAPPING } from './fixtures';

const FIELDS: JiraFieldInfo[] = [
  field.system('timeoriginalestimate', 'Original estimate', 'number'),
  field.system('timeestimate', 'Remaining Estimate', 'number'),
  field.system('timespent', 'Time Spent', 'number'),
  field.system('priority', 'Priority', 'priority'),
  field.parent(),
  field.storyPointEstimate('customfield_10016'),
  field.sprint('customfield_10020'),
  field.team('customfield_10001'),
];

const MAPPING: FieldMapping = TYPICAL_MAPPING;

const without = (id: string) => FIELDS.filter((f) => f.id !== id);
const retyped = (id: string, schema: JiraFieldInfo['schema']) => FIELDS.map((f) => (f.id === id ? { ...f, schema } : f));
const degraded = (status: Record<Feature, { status: string }>) => Object.entries(status).flatMap(([feature, health]) => (health.status === 'degraded' ? [feature] : []));

describe('checkMapping', () => {
  it('finds nothing wrong while every mapped field exists and fits', () => {
    expect(checkMapping(MAPPING, FIELDS)).toEqual({ problems: [] });
  });

  it('flags a deleted field', () => {
    expect(checkMapping(MAPPING, without('customfield_10020')).problems).toEqual([
      { logical: 'sprint', fieldId: 'customfield_10020', problem: 'deleted', message: 'Sprint is mapped to customfield_10020, which no longer exists.' },
    ]);
  });

  it('flags a field whose type changed so it no longer fits', () => {
    expect(checkMapping(MAPPING, retyped('customfield_10016', { type: 'string', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield' })).problems).toEqual([
      {
        logical: 'storyPoints',
        fieldId: 'customfield_10016',
        problem: 'retyped',
        message: "The mapped field changed: Story points must be a custom number field; 'Story point estimate' (customfield_10016) holds string (custom type textfield).",
      },
    ]);
  });

  it('does not mind a renamed field that still fits', () => {
    expect(checkMapping(MAPPING, FIELDS.map((f) => (f.id === 'customfield_10001' ? { ...f, name: 'Squad' } : f))).problems).toEqual([]);
  });
});

describe('featureStatus', () => {
  const statusWith = (mapping: FieldMapping, fields: JiraFieldInfo[]) => featureStatus(mapping, checkMapping(mapping, fields).problems);

  it('reports every feature ok when the mapping is healthy, whatever severity and business value are', () => {
    const status = statusWith(MAPPING, FIELDS);
    expect(degraded(status)).toEqual([]);
    expect(Object.values(status).every((health) => health.reasons.length === 0)).toBe(true);
  });

  it.each<[string, FieldMapping, JiraFieldInfo[], Feature[]]>([
    ['the sprint field deleted', MAPPING, without('customfield_10020'), ['sprintStartHealth', 'sprintAnalysis']],
    ['story points retyped, time estimates still there', MAPPING, retyped('customfield_10016', { type: 'string' }), ['sprintStartHealth', 'sprintAnalysis']],
    ['story points and original estimate both gone', MAPPING, without('customfield_10016').filter((f) => f.id !== 'timeoriginalestimate'), ['missingEstimateAlerts', 'timeTrackingAlerts', 'sprintStartHealth', 'sprintAnalysis']],
    ['time spent unmapped', { ...MAPPING, loggedTime: null }, FIELDS, ['timeTrackingAlerts']],
    ['parent deleted', MAPPING, without('parent'), ['epicRollup']],
    ['team unmapped', { ...MAPPING, team: null }, FIELDS, ['teamLoad']],
  ])('degrades what depends on %s', (_, mapping, fields, expected) => {
    expect(degraded(statusWith(mapping, fields))).toEqual(expected);
  });

  it('gives the field problem as the reason', () => {
    const status = statusWith(MAPPING, without('customfield_10020'));
    expect(status.sprintAnalysis).toEqual({ status: 'degraded', reasons: ['Sprint is mapped to customfield_10020, which no longer exists.'] });
  });

  it('says an unmapped field is why', () => {
    expect(statusWith({ ...MAPPING, team: null }, FIELDS).teamLoad).toEqual({ status: 'degraded', reasons: ['Team is not mapped.'] });
  });

  it('keeps missing-estimate alerts on original estimate while story points are broken, and explains when neither is usable', () => {
    const problems: MappedFieldProblem[] = [{ logical: 'storyPoints', fieldId: 'customfield_10016', problem: 'deleted', message: 'Story points is mapped to customfield_10016, which no longer exists.' }];
    expect(featureStatus(MAPPING, problems).missingEstimateAlerts).toEqual({ status: 'ok', reasons: [] });
    expect(featureStatus({ ...MAPPING, originalEstimate: null }, problems).missingEstimateAlerts).toEqual({
      status: 'degraded',
      reasons: ['needs story points or original estimate, and neither is usable', 'Story points is mapped to customfield_10016, which no longer exists.', 'Original estimate is not mapped.'],
    });
  });
});
