import { suggestMapping } from '../../../src/fields/discovery';
import { checkMapping, featureStatus } from '../../../src/fields/health';
import type { LogicalField } from '../../../src/fields/logical-fields';
import { validateMapping } from '../../../src/fields/validation';
import { seededSite } from './seeded-site';

describe('discovery on the emulator’s seeded site', () => {
  const site = seededSite();
  const result = suggestMapping(site);
  const { storyPoints } = result.suggestions;

  it('suggests the story-points field most boards estimate with, the jsw one', () => {
    expect(storyPoints.fieldId).toBe('customfield_10016');
    expect(storyPoints.alternatives.map((candidate) => candidate.fieldId)).toEqual(['customfield_10026']);
  });

  it('ranks the jsw field above the legacy float field, within the band disagreeing boards allow', () => {
    const [legacy] = storyPoints.alternatives;
    expect(storyPoints.confidence).toBeGreaterThan(legacy?.confidence ?? 1);
    expect({ suggested: storyPoints.confidence, legacy: legacy?.confidence }).toEqual({ suggested: 0.75, legacy: 0.68 });
  });

  it('marks story points ambiguous and explains with the boards behind each field', () => {
    expect(storyPoints.ambiguous).toBe(true);
    expect(storyPoints.reasons).toEqual([
      'custom type jsw-story-points',
      'the estimation field of 2 of 3 boards (Mobile Scrum, ATLAS board)',
      "named 'Story point estimate'",
      "boards disagree: others estimate with 'Story Points' (Platform Scrum)",
      'schema type number',
    ]);
    expect(storyPoints.alternatives[0]?.reasons).toEqual(["named 'Story Points'", 'the estimation field of 1 of 3 boards (Platform Scrum)', 'schema type number']);
  });

  it('reports which boards use which field, leaving out the kanban board that does not estimate', () => {
    expect(result.boardDisagreement).toEqual({
      logical: 'storyPoints',
      byField: [
        { fieldId: 'customfield_10016', fieldName: 'Story point estimate', boardIds: [site.boardId('MOB'), site.boardId('ATLAS')] },
        { fieldId: 'customfield_10026', fieldName: 'Story Points', boardIds: [site.boardId('PLAT')] },
      ],
    });
  });

  it.each<[LogicalField, string | null]>([
    ['sprint', 'customfield_10020'],
    ['team', 'customfield_10001'],
    ['epicLink', 'parent'],
    ['originalEstimate', 'timeoriginalestimate'],
    ['remainingEstimate', 'timeestimate'],
    ['loggedTime', 'timespent'],
    ['priority', 'priority'],
    ['severity', null],
    ['businessValue', null],
  ])('suggests %s → %s', (logical, fieldId) => {
    const suggestion = result.suggestions[logical];
    expect(suggestion.fieldId).toBe(fieldId);
    expect(suggestion.ambiguous).toBe(false);
    expect(suggestion.alternatives).toEqual([]);
  });

  it('says why parent: ATLAS is team-managed', () => {
    expect(result.suggestions.epicLink.reasons).toEqual(['system field parent', 'team-managed project ATLAS links epics through parent']);
  });

  it('gives the same answer whatever order Jira lists fields, boards and projects in', () => {
    expect(suggestMapping({ fields: [...site.fields].reverse(), boards: [...site.boards].reverse(), projects: [...site.projects].reverse() })).toEqual(result);
  });

  it('suggests a mapping that validates and leaves every feature healthy', () => {
    const suggested = Object.fromEntries(Object.values(result.suggestions).map((suggestion) => [suggestion.logical, suggestion.fieldId]));
    const validation = validateMapping(suggested, site.fields);
    if (!validation.ok) throw new Error(JSON.stringify(validation));
    const { problems } = checkMapping(validation.mapping, site.fields);
    expect(problems).toEqual([]);
    expect(Object.values(featureStatus(validation.mapping, problems)).map((feature) => feature.status)).toEqual(Array(6).fill('ok'));
  });
});
