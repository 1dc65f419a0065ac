import { suggestMapping } from '../../../src/fields/discovery';
import type { JiraFieldInfo, LogicalField } from '../../../src/fields/logical-fields';
import { discoveryInput, field, project } from './fixtures';

const suggest = (logical: LogicalField, fields: JiraFieldInfo[]) => suggestMapping(discoveryInput(fields)).suggestions[logical];

describe('suggestions from field names and types', () => {
  it.each<[string, LogicalField, JiraFieldInfo, number, string[]]>([
    ['a select named Severity', 'severity', field.select('customfield_10200', 'Severity'), 0.6, ["named 'Severity'", 'schema type option']],
    ['a text field named Severity', 'severity', field.text('customfield_10201', 'Severity'), 0.6, ["named 'Severity'", 'schema type string']],
    ['a number named Business Value', 'businessValue', field.number('customfield_10202', 'Business Value'), 0.6, ["named 'Business Value'", 'schema type number']],
    ['a legacy team field with an odd name', 'team', field.legacyTeam('customfield_10203', 'Squad'), 0.9, ['custom type rm-teams-custom-field-team', "name 'Squad' mentions 'squad'", 'schema type any']],
  ])('suggests %s', (_, logical, candidate, confidence, reasons) => {
    const suggestion = suggest(logical, [candidate]);
    expect(suggestion).toEqual({ logical, fieldId: candidate.id, confidence, reasons, alternatives: [], ambiguous: false });
  });

  it.each<[string, string]>([
    ['STORY-POINTS', 'punctuation and case'],
    ['  Story   Points ', 'spaces'],
    ['story_points', 'underscores'],
  ])("recognises '%s' as the name Story Points despite %s", (name) => {
    expect(suggest('storyPoints', [field.number('customfield_10300', name)])).toMatchObject({ fieldId: 'customfield_10300', confidence: 0.6 });
  });

  it.each<[string, LogicalField, JiraFieldInfo]>([
    ['a number named Severity', 'severity', field.number('customfield_10400', 'Severity')],
    ['a select named Story Points', 'storyPoints', field.select('customfield_10401', 'Story Points')],
    ['labels named Sprint', 'sprint', field.labels('customfield_10402', 'Sprint')],
    ['a select named Team', 'team', field.select('customfield_10403', 'Team')],
    ['the system time field for story points', 'storyPoints', field.system('timespent', 'Story Points', 'number')],
    ['a custom number named Original estimate', 'originalEstimate', field.number('customfield_10404', 'Original estimate')],
    ['a select whose name only contains the letters of a keyword', 'severity', field.select('customfield_10405', 'Seventh heaven')],
  ])('never considers %s', (_, logical, misfit) => {
    expect(suggest(logical, [misfit])).toEqual({ logical, fieldId: null, confidence: 0, reasons: [expect.any(String)], alternatives: [], ambiguous: false });
  });

  it('leaves a keyword-only match unsuggested but lists it, saying why', () => {
    const bugSeverity = field.select('customfield_10500', 'Bug severity');
    expect(suggest('severity', [bugSeverity])).toEqual({
      logical: 'severity',
      fieldId: null,
      confidence: 0,
      reasons: ["no field is likely enough: the best, 'Bug severity' (customfield_10500), scores 0.30"],
      alternatives: [{ fieldId: 'customfield_10500', fieldName: 'Bug severity', confidence: 0.3, reasons: ["name 'Bug severity' mentions 'severity'", 'schema type option'] }],
      ambiguous: false,
    });
  });

  it('says so when nothing fits at all', () => {
    expect(suggest('businessValue', [field.select('customfield_10600', 'Change reason')])).toEqual({
      logical: 'businessValue',
      fieldId: null,
      confidence: 0,
      reasons: ['no field looks like business value'],
      alternatives: [],
      ambiguous: false,
    });
  });
});

describe('ambiguity', () => {
  it('marks two equally good candidates ambiguous, the lower field id first', () => {
    const suggestion = suggest('severity', [field.select('customfield_10701', 'Severity'), field.select('customfield_10700', 'Severity')]);
    expect(suggestion).toMatchObject({ fieldId: 'customfield_10700', confidence: 0.6, ambiguous: true });
    expect(suggestion.alternatives.map((candidate) => [candidate.fieldId, candidate.confidence])).toEqual([['customfield_10701', 0.6]]);
  });

  it('marks a runner-up within the margin ambiguous', () => {
    const suggestion = suggest('team', [field.team('customfield_10800'), field.legacyTeam('customfield_10801', 'Old team')]);
    expect(suggestion).toMatchObject({ fieldId: 'customfield_10800', confidence: 0.94, ambiguous: true });
    expect(suggestion.alternatives[0]?.confidence).toBe(0.9);
  });

  it('does not mark a distant runner-up ambiguous', () => {
    const suggestion = suggest('team', [field.team('customfield_10800'), field.text('customfield_10802', 'Team notes')]);
    expect(suggestion).toMatchObject({ fieldId: 'customfield_10800', ambiguous: false, alternatives: [] });
  });
});

describe('epic link', () => {
  const epicLink = field.epicLink('customfield_10014');
  const epicSuggestion = (fields: JiraFieldInfo[], projects = [project('PLAT', 'classic'), project('ATLAS', 'next-gen')]) =>
    suggestMapping(discoveryInput(fields, [], projects)).suggestions.epicLink;

  it('suggests parent when projects are mixed, listing the Epic Link field and marking the choice ambiguous', () => {
    const suggestion = epicSuggestion([field.parent(), epicLink]);
    expect(suggestion).toMatchObject({ fieldId: 'parent', confidence: 0.99, ambiguous: true });
    expect(suggestion.reasons).toEqual(['system field parent', 'team-managed project ATLAS links epics through parent']);
    expect(suggestion.alternatives).toEqual([
      { fieldId: 'customfield_10014', fieldName: 'Epic Link', confidence: 0.94, reasons: ['custom type gh-epic-link', "named 'Epic Link'", 'company-managed project PLAT may still fill it', 'schema type any'] },
    ]);
  });

  it('suggests parent when only company-managed projects keep an Epic Link field, since Jira Cloud uses parent everywhere, and marks it ambiguous', () => {
    const suggestion = epicSuggestion([epicLink, field.parent()], [project('PLAT', 'classic'), project('MOB', 'classic')]);
    expect(suggestion).toMatchObject({ fieldId: 'parent', confidence: 0.95, ambiguous: true });
    expect(suggestion.reasons).toEqual(['system field parent', 'Jira Cloud links epics through parent in every project']);
    expect(suggestion.alternatives[0]?.reasons).toContain('company-managed projects PLAT, MOB may still fill it');
  });

  it('is sure of parent when every project is team-managed, still listing the Epic Link field', () => {
    const suggestion = epicSuggestion([field.parent(), epicLink], [project('ATLAS', 'next-gen'), project('NOVA', 'next-gen')]);
    expect(suggestion).toMatchObject({ fieldId: 'parent', ambiguous: false });
    expect(suggestion.reasons[1]).toBe('team-managed projects ATLAS, NOVA link epics through parent');
    expect(suggestion.alternatives.map((candidate) => candidate.fieldId)).toEqual(['customfield_10014']);
  });

  it('suggests parent when no Epic Link field exists', () => {
    const suggestion = epicSuggestion([field.parent()], [project('PLAT', 'classic')]);
    expect(suggestion).toMatchObject({ fieldId: 'parent', confidence: 0.99, ambiguous: false, alternatives: [] });
    expect(suggestion.reasons[1]).toBe('no Epic Link field exists, and Jira Cloud links epics through parent');
  });

  it('falls back to the Epic Link field when Jira lists no parent field', () => {
    expect(epicSuggestion([epicLink])).toMatchObject({ fieldId: 'customfield_10014', confidence: 0.94, ambiguous: false });
  });
});

describe('determinism', () => {
  it('gives the same result whatever the order of the fields', () => {
    const fields = [field.select('customfield_2', 'Severity'), field.select('customfield_1', 'Severity'), field.number('customfield_3', 'Story Points'), field.storyPointEstimate('customfield_4')];
    expect(suggestMapping(discoveryInput([...fields].reverse()))).toEqual(suggestMapping(discoveryInput(fields)));
  });
});
