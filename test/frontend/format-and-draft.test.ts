import { formatDate, formatHours, formatNumber, formatPercent, formatTime, humanize } from '../../src/frontend/shared/format';
import { boardOptions, draftOf, inputOf, parseTransitions, withFeature } from '../../src/frontend/admin/settings/settings-draft';
import { parseEstimate, textOfValue } from '../../src/frontend/issue-panel/estimate-input';
import type { SettingsView } from '../../src/resolvers/api';

describe('formatting', () => {
  it('writes times in UTC, durations in hours, ratios in percent, and ids as words', () => {
    expect(formatTime(Date.UTC(2026, 4, 1, 14, 5, 59))).toBe('2026-05-01 14:05 UTC');
    expect(formatTime(null)).toBe('—');
    expect(formatDate(Date.UTC(2026, 4, 1, 23, 59))).toBe('2026-05-01');
    expect(formatHours(7200)).toBe('2 h');
    expect(formatHours(5400)).toBe('1.5 h');
    expect(formatHours(null)).toBe('—');
    expect(formatPercent(0.256)).toBe('26%');
    expect(formatPercent(0.0123)).toBe('1.2%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(null)).toBe('—');
    expect(formatNumber(2.25)).toBe('2.3');
    expect(humanize('missing-estimate')).toBe('Missing estimate');
    expect(humanize('fetchingIssues')).toBe('Fetching issues');
  });
});

const VIEW: SettingsView = {
  projectKeys: ['OPS'],
  issueTypes: ['Story'],
  syncIntervalMinutes: 15,
  notifyOnConflict: false,
  enabledFeatures: ['comments', 'sprints'],
  sprintBoards: [7, 3],
  alertDefaults: {
    estimatedIssueTypes: ['Story', 'Bug'],
    missingEstimateGraceMinutes: 60,
    stuckDays: 5,
    overEstimateRatio: 1.5,
    skippedTransitions: [{ from: 'To Do', to: 'Done' }],
    velocitySprints: 3,
    velocityTolerance: 0.2,
    notify: false,
    cooldownMinutes: 60,
  },
  alertProjects: { MOB: { stuckDays: 3 } },
  projects: [
    { key: 'OPS', name: 'Operations' },
    { key: 'MOB', name: 'Mobile' },
  ],
  boards: [
    { id: 3, name: 'OPS board', projectKey: 'OPS', estimation: null },
    { id: 9, name: 'Kanban', projectKey: null, estimation: null },
  ],
};

describe('the settings draft', () => {
  it('round-trips the settings unchanged', () => {
    const { alertDefaults, alertProjects, projectKeys, issueTypes, syncIntervalMinutes, notifyOnConflict, enabledFeatures, sprintBoards } = VIEW;
    expect(inputOf(draftOf(VIEW), VIEW)).toEqual({ ok: true, input: { projectKeys, issueTypes, syncIntervalMinutes, notifyOnConflict, enabledFeatures, sprintBoards, alertDefaults, alertProjects } });
  });

  it('switches features and carries the chosen boards, an empty choice included', () => {
    expect(withFeature(['comments', 'sprints'], 'sprints', false)).toEqual(['comments']);
    expect(withFeature(['comments'], 'sprints', true)).toEqual(['comments', 'sprints']);
    expect(withFeature(['comments', 'sprints'], 'sprints', true)).toEqual(['comments', 'sprints']);
    const draft = { ...draftOf(VIEW), enabledFeatures: [], sprintBoards: [] };
    const checked = inputOf(draft, VIEW);
    expect(checked.ok && { enabledFeatures: checked.input.enabledFeatures, sprintBoards: checked.input.sprintBoards }).toEqual({ enabledFeatures: [], sprintBoards: [] });
  });

  it('labels boards with their project, and keeps a chosen board that is no longer synced', () => {
    expect(boardOptions(VIEW, [7, 3])).toEqual([
      { label: 'OPS board (Operations, OPS)', value: 3 },
      { label: 'Kanban', value: 9 },
      { label: 'Board 7', value: 7 },
    ]);
  });

  it('keeps a project\'s other overrides when its notifications are switched', () => {
    const draft = { ...draftOf(VIEW), projectNotify: { MOB: true, OPS: false } };
    const checked = inputOf(draft, VIEW);
    expect(checked.ok && checked.input.alertProjects).toEqual({ MOB: { stuckDays: 3, notify: true }, OPS: { notify: false } });
  });

  it('names the fields that are not numbers and the transitions that are not "From > To"', () => {
    const draft = { ...draftOf(VIEW), stuckDays: 'soon', cooldownMinutes: '' };
    expect(inputOf(draft, VIEW)).toEqual({ ok: false, problems: ['Stuck after (days in one status): enter a number.', 'Cooldown between notifications (minutes): enter a number.'] });
    expect(parseTransitions('A > B, C → D, E, > F')).toEqual({
      transitions: [
        { from: 'A', to: 'B' },
        { from: 'C', to: 'D' },
      ],
      problems: ['Skipped transitions: "E" is not "From > To".', 'Skipped transitions: "> F" is not "From > To".'],
    });
  });
});

describe('an estimate typed in the issue panel', () => {
  it('reads story points as they are and estimates as hours, sent as seconds to the minute; empty clears', () => {
    expect(parseEstimate('storyPoints', ' 8 ')).toEqual({ ok: true, value: 8 });
    expect(parseEstimate('storyPoints', '0.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseEstimate('originalEstimate', '1,5')).toEqual({ ok: true, value: 5400 });
    expect(parseEstimate('remainingEstimate', '0.01')).toEqual({ ok: true, value: 60 });
    expect(parseEstimate('remainingEstimate', '')).toEqual({ ok: true, value: null });
    expect(textOfValue('originalEstimate', 5400)).toBe('1.5');
    expect(textOfValue('storyPoints', null)).toBe('');
  });

  it('refuses what is not a number, negative or more than a year of work', () => {
    expect(parseEstimate('storyPoints', 'five')).toEqual({ ok: false, problem: 'Story points: "five" is not a number.' });
    expect(parseEstimate('storyPoints', '0x10')).toEqual({ ok: false, problem: 'Story points: "0x10" is not a number.' });
    expect(parseEstimate('storyPoints', '1e3')).toEqual({ ok: false, problem: 'Story points: "1e3" is not a number.' });
    expect(parseEstimate('originalEstimate', '-2')).toEqual({ ok: false, problem: 'Original estimate cannot be negative.' });
    expect(parseEstimate('remainingEstimate', '8761')).toEqual({ ok: false, problem: 'Remaining estimate: at most 8760 hours.' });
  });
});
