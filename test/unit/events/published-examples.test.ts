import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventIdentity, parseProductEvent } from '../../../src/events/payloads';

/** Atlassian's published payloads live in the team's shared folder, beside the repository (as in CI). */
const EXAMPLES_DIR = join(__dirname, '..', '..', '..', '..', 'shared', 'forge', 'event-examples');

const examples = readdirSync(EXAMPLES_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, payload: JSON.parse(readFileSync(join(EXAMPLES_DIR, name), 'utf8')) as unknown }));

const eventTypeOf = (payload: unknown): unknown => (typeof payload === 'object' && payload !== null && 'eventType' in payload ? payload.eventType : undefined);
const jiraExamples = examples.filter(({ payload }) => String(eventTypeOf(payload)).startsWith('avi:jira'));

describe('the event payloads Atlassian publishes', () => {
  it('include Jira product events to check', () => {
    expect(jiraExamples.map(({ name }) => name)).toContain('avi_jira-software_updated_sprint__atlassian-docs-jira-software.json');
  });

  it.each(jiraExamples.map(({ name, payload }) => [name, payload] as const))('accepts %s', (_name, payload) => {
    const result = parseProductEvent(payload);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(eventIdentity(result.event).id).toMatch(/^[a-z]{3}:[0-9a-f]{64}$/);
  });

  it('normalises the documented sprint example: numeric ids from strings, createDate, zoned times as epoch ms, oldValue', () => {
    const example = jiraExamples.find(({ name }) => name.includes('updated_sprint'));
    expect(parseProductEvent(example?.payload)).toEqual({
      ok: true,
      event: {
        family: 'sprint',
        eventType: 'avi:jira-software:updated:sprint',
        atlassianId: '5c37e3bdb393bf4ce95658d5',
        selfGenerated: false,
        sprint: {
          id: 6,
          originBoardId: 12,
          name: 'EX1 Sprint 1',
          goal: 'The new goal',
          state: 'future',
          createdDate: Date.UTC(2024, 8, 24, 8, 59, 20, 334),
          startDate: Date.UTC(2024, 9, 4, 22),
          endDate: Date.UTC(2024, 9, 11, 22),
        },
        previous: { goal: 'The goal', startDate: Date.UTC(2024, 9, 2, 22), endDate: Date.UTC(2024, 9, 4, 22) },
      },
    });
  });

  it('turns away the life-cycle and scheduled-trigger examples: they are not product events', () => {
    for (const { payload } of examples.filter((example) => !jiraExamples.includes(example))) {
      expect(parseProductEvent(payload)).toMatchObject({ ok: false });
    }
  });

  it('accepts the start of the docs’ created:issue example (SOURCES.md: every copy is cut off in `project`)', () => {
    const docsStart = {
      eventType: 'avi:jira:created:issue',
      issue: {
        id: '10073',
        key: 'SP-10',
        fields: {
          summary: 'A descriptive title',
          issuetype: {
            self: 'https://example.atlassian.net/rest/api/2/issuetype/10001',
            id: '10001',
            description: 'Functionality or a feature expressed as a user goal.',
            iconUrl: 'https://example.atlassian.net/secure/viewavatar?size=medium&avatarId=10315&avatarType=issuetype',
            name: 'Story',
            subtask: false,
            avatarId: 10315,
          },
          creator: { accountId: '4ad9aa0c52dc1b420a791d12' },
          created: '2021-01-20T15:58:12.797+1100',
          project: { self: 'https://example.atlassian.net/rest/api/2/project/10000', id: '10000', key: 'SP', name: 'Sample Project', projectTypeKey: 'software', simplified: false },
        },
      },
    };
    expect(parseProductEvent(docsStart)).toMatchObject({
      ok: true,
      event: { family: 'issue', issue: { id: '10073', key: 'SP-10', issueTypeId: '10001', issueTypeName: 'Story', issueTypeSubtask: false, projectId: '10000', projectKey: 'SP', created: Date.UTC(2021, 0, 20, 4, 58, 12, 797) } },
    });
  });
});
