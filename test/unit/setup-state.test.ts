import { afterConnectionCheck, type SetupState } from '../../src/setup/setup-state';

const installed: SetupState = { status: 'installed', installedAt: 1_000, appVersion: '1.0.0' };

describe('afterConnectionCheck', () => {
  it('marks the installation connected and keeps the site URL when Jira answered', () => {
    expect(afterConnectionCheck(installed, { ok: true, baseUrl: 'https://acme.atlassian.net' }, 2_000)).toEqual({
      ...installed,
      status: 'connected',
      jiraBaseUrl: 'https://acme.atlassian.net',
      lastCheckedAt: 2_000,
      lastJiraStatus: 200,
    });
  });

  it.each([401, 403, 503])('waits for permissions when Jira answered %i, remembering the status', (status) => {
    expect(afterConnectionCheck(installed, { ok: false, status }, 3_000)).toMatchObject({ status: 'waiting-for-permissions', lastJiraStatus: status, lastCheckedAt: 3_000 });
  });

  it('keeps the site URL learnt earlier when a later check fails', () => {
    const connected = afterConnectionCheck(installed, { ok: true, baseUrl: 'https://acme.atlassian.net' }, 2_000);
    expect(afterConnectionCheck(connected, { ok: false, status: 401 }, 4_000)).toMatchObject({ status: 'waiting-for-permissions', jiraBaseUrl: 'https://acme.atlassian.net' });
  });
});
