import { defaultFields } from '../../../../emulator/jira/model/fields';
import { selectFields } from '../../../../emulator/jira/render/field-selection';

const fields = new Map(defaultFields().map((f) => [f.id, f]));

describe('reading the fields parameter as Jira does', () => {
  it.each([
    [['summary,status', 'labels'], 'id', ['summary', 'status', 'labels']],
    [[], 'id', []],
    [['id'], '*navigable', []],
    [['-comment,-worklog'], '*all', [...fields.keys()].filter((id) => id !== 'comment' && id !== 'worklog')],
    [['*all', '-summary'], 'id', [...fields.keys()].filter((id) => id !== 'summary')],
    [['summary', 'no-such-field'], 'id', ['summary']],
  ])('%j with default %s', (requested, fallback, expected) => {
    const selection = selectFields(requested, fields, fallback);
    expect(selection.fieldIds).toEqual(expected);
    expect(selection.idsOnly).toBe(expected.length === 0);
  });
});
