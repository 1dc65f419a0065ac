import { suggestMapping } from '../../../src/fields/discovery';
import { board, discoveryInput, field } from './fixtures';

const JSW = field.storyPointEstimate('customfield_10016');
const LEGACY = field.number('customfield_10026', 'Story Points');

describe('story points decided by the boards', () => {
  it('takes the legacy float field when every board estimates with it, over the jsw field', () => {
    const result = suggestMapping(discoveryInput([JSW, LEGACY], [board(1, LEGACY.id, 'Platform Scrum'), board(2, LEGACY.id, 'Web Scrum')]));
    const { storyPoints } = result.suggestions;
    expect(storyPoints).toMatchObject({ fieldId: LEGACY.id, confidence: 0.99, ambiguous: false });
    expect(storyPoints.reasons).toEqual(['the estimation field of both estimating boards (Platform Scrum, Web Scrum)', "named 'Story Points'", 'schema type number']);
    expect(storyPoints.alternatives).toEqual([{ fieldId: JSW.id, fieldName: 'Story point estimate', confidence: 0.94, reasons: ['custom type jsw-story-points', "named 'Story point estimate'", 'schema type number'] }]);
    expect(result.boardDisagreement).toBeNull();
  });

  it('trusts the boards even for a field nothing else speaks for', () => {
    const effort = field.number('customfield_10300', 'Effort');
    const { storyPoints } = suggestMapping(discoveryInput([JSW, effort], [board(7, effort.id, 'Ops Scrum')])).suggestions;
    expect(storyPoints).toMatchObject({ fieldId: effort.id, confidence: 0.97, ambiguous: false });
    expect(storyPoints.reasons[0]).toBe('the estimation field of the only estimating board (Ops Scrum)');
  });

  it('ignores boards that do not estimate, estimate in time, or name a field that no longer exists', () => {
    const boards = [board(1, null), board(2, 'timeoriginalestimate'), board(3, 'customfield_99999'), board(4, LEGACY.id, 'Platform Scrum')];
    const fields = [JSW, LEGACY, field.system('timeoriginalestimate', 'Original estimate', 'number')];
    const result = suggestMapping(discoveryInput(fields, boards));
    expect(result.suggestions.storyPoints).toMatchObject({ fieldId: LEGACY.id, ambiguous: false });
    expect(result.suggestions.storyPoints.reasons[0]).toBe('the estimation field of the only estimating board (Platform Scrum)');
    expect(result.boardDisagreement).toBeNull();
  });

  it('follows the majority of boards over a stronger field, never showing an alternative as more certain', () => {
    const boards = [board(1, LEGACY.id, 'A'), board(2, LEGACY.id, 'B'), board(3, JSW.id, 'C')];
    const result = suggestMapping(discoveryInput([JSW, LEGACY], boards));
    const { storyPoints } = result.suggestions;
    expect(storyPoints).toMatchObject({ fieldId: LEGACY.id, ambiguous: true });
    expect(storyPoints.confidence).toBeGreaterThanOrEqual(0.5);
    expect(storyPoints.confidence).toBeLessThanOrEqual(0.75);
    expect(storyPoints.alternatives[0]?.confidence).toBeLessThanOrEqual(storyPoints.confidence);
    expect(result.boardDisagreement?.byField).toEqual([
      { fieldId: LEGACY.id, fieldName: 'Story Points', boardIds: [1, 2] },
      { fieldId: JSW.id, fieldName: 'Story point estimate', boardIds: [3] },
    ]);
  });

  it('breaks a tie between boards with the stronger field signal', () => {
    const result = suggestMapping(discoveryInput([LEGACY, JSW], [board(1, LEGACY.id), board(2, JSW.id)]));
    expect(result.suggestions.storyPoints).toMatchObject({ fieldId: JSW.id, ambiguous: true });
    expect(result.boardDisagreement?.byField.map((use) => use.fieldId)).toEqual([JSW.id, LEGACY.id]);
  });

  it('ranks a field no board uses after those the boards use', () => {
    const spare = field.storyPointEstimate('customfield_10400', 'Story Points (new)');
    const result = suggestMapping(discoveryInput([JSW, LEGACY, spare], [board(1, LEGACY.id), board(2, JSW.id), board(3, JSW.id)]));
    const { storyPoints } = result.suggestions;
    expect([storyPoints.fieldId, ...storyPoints.alternatives.map((candidate) => candidate.fieldId)]).toEqual([JSW.id, LEGACY.id, spare.id]);
    const confidences = [storyPoints.confidence, ...storyPoints.alternatives.map((candidate) => candidate.confidence)];
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });

  it('falls back to the fields’ own evidence when no board estimates', () => {
    const result = suggestMapping(discoveryInput([LEGACY, JSW], [board(1, null)]));
    expect(result.suggestions.storyPoints).toMatchObject({ fieldId: JSW.id, confidence: 0.94, ambiguous: false });
    expect(result.suggestions.storyPoints.alternatives.map((candidate) => [candidate.fieldId, candidate.confidence])).toEqual([[LEGACY.id, 0.6]]);
    expect(result.boardDisagreement).toBeNull();
  });
});
