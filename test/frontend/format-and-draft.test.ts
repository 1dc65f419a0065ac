import { formatDate, formatHours, formatNumber, formatPercent, formatTime, humanize } from '../../src/frontend/shared/format';
import { draftOf, inputOf, parseTransitions } from '../../src/frontend/admin/settings/settings-draft';
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
  boards: [],
};

describe('the settings draft', () => {
  it('round-trips the settings unchanged', () => {
    const { alertDefaults, alertProjects, projectKeys, issueTypes, syncIntervalMinutes, notifyOnConflict } = VIEW;
    expect(inputOf(draftOf(VIEW), VIEW)).toEqual({ ok: true, input: { projectKeys, issueTypes, syncIntervalMinutes, notifyOnConflict, alertDefaults, alertProjects } });
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
