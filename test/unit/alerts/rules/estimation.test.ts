import { isEstimable, isEstimated } from '../../../../src/alerts/rules/estimation';
import { DEFAULT_THRESHOLDS, type Estimation } from '../../../../src/alerts/model';
import { issue } from './fixtures';

describe('isEstimated', () => {
  test.each<[string, Estimation, number | undefined, number | undefined, boolean]>([
    ['points: some points', 'points', 5, undefined, true],
    ['points: 0 points counts', 'points', 0, undefined, true],
    ['points: fractional points', 'points', 0.5, undefined, true],
    ['points: no points', 'points', undefined, undefined, false],
    ['points: NaN is no value', 'points', Number.NaN, undefined, false],
    ['points: an original estimate does not count', 'points', undefined, 3600, false],
    ['time: an original estimate', 'time', undefined, 3600, true],
    ['time: an original estimate of 0 counts', 'time', undefined, 0, true],
    ['time: no original estimate', 'time', undefined, undefined, false],
    ['time: story points do not count', 'time', 5, undefined, false],
  ])('%s', (_name, estimation, storyPoints, originalEstimate, expected) => {
    expect(isEstimated(issue({ storyPoints, originalEstimate }), estimation)).toBe(expected);
  });
});

describe('isEstimable', () => {
  test.each<[string | undefined, string | undefined, boolean]>([
    ['Story', 'new', true],
    ['Task', 'indeterminate', true],
    ['Bug', 'new', true],
    ['Story', 'done', false],
    ['Bug', 'done', false],
    ['Epic', 'new', false],
    ['Sub-task', 'indeterminate', false],
    [undefined, 'new', false],
    ['Story', undefined, true],
    ['story', 'new', true],
    [' Task ', 'new', true],
  ])('type %p in category %p: %p', (issueType, statusCategory, expected) => {
    expect(isEstimable(issue({ issueType, statusCategory }), DEFAULT_THRESHOLDS)).toBe(expected);
  });

  test.each([
    ['Epic', true],
    ['Story', false],
  ])('a project estimating only Epics: %s is estimable: %p', (issueType, expected) => {
    expect(isEstimable(issue({ issueType, statusCategory: 'new' }), { ...DEFAULT_THRESHOLDS, estimatedIssueTypes: ['Epic'] })).toBe(expected);
  });
});
