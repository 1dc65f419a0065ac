import { suggestMapping } from '../../../src/fields/discovery';
import { LOGICAL_FIELDS } from '../../../src/fields/logical-fields';
import { validateMapping } from '../../../src/fields/validation';
import { discoveryInput } from './fixtures';
import { openApiFieldExamples } from './openapi-field-examples';

describe('discovery on the field examples of Atlassian’s OpenAPI document', () => {
  const fields = openApiFieldExamples();
  const result = suggestMapping(discoveryInput(fields));

  it('reads the examples of GET /field, GET /field/search and POST /field', () => {
    expect(fields.map((f) => [f.id, f.name, f.custom])).toEqual([
      ['description', 'Description', false],
      ['summary', 'Summary', false],
      ['customfield_10000', 'Approvers', true],
      ['customfield_10001', 'Change reason', true],
      ['customfield_10101', 'New custom field', true],
    ]);
  });

  it.each(LOGICAL_FIELDS)('suggests nothing for %s, and lists no weak candidate either', (logical) => {
    const suggestion = result.suggestions[logical];
    expect(suggestion).toMatchObject({ fieldId: null, confidence: 0, alternatives: [], ambiguous: false });
    expect(suggestion.reasons).toEqual([expect.stringMatching(/^no field looks like /)]);
  });

  it('reports no board disagreement: the site has no boards', () => {
    expect(result.boardDisagreement).toBeNull();
  });

  it('accepts the "Change reason" select as severity when an admin chooses it, but never as team', () => {
    expect(validateMapping({ severity: 'customfield_10001' }, fields)).toMatchObject({ ok: true, mapping: { severity: 'customfield_10001' } });
    expect(validateMapping({ team: 'customfield_10001' }, fields)).toEqual({
      ok: false,
      problems: [{ logical: 'team', message: "Team must be an Atlassian team field; 'Change reason' (customfield_10001) holds option (custom type select)." }],
      unknownKeys: [],
    });
  });

  it.each(LOGICAL_FIELDS)('refuses summary and description as %s', (logical) => {
    expect(validateMapping({ [logical]: 'summary' }, fields).ok).toBe(false);
    expect(validateMapping({ [logical]: 'description' }, fields).ok).toBe(false);
  });
});
