import { DEFAULT_EPOCH } from '../../../../emulator/platform/clock';
import { generateSite } from '../../../../emulator/jira/seed/generate-site';
import { siteDigest } from './digest';

const now = DEFAULT_EPOCH;

describe('generateSite: determinism and the size knob', () => {
  it('gives an identical site for the same seed and a different one for another seed', () => {
    const a = siteDigest(generateSite({ issues: 400, seed: 7, now }));
    const b = siteDigest(generateSite({ issues: 400, seed: 7, now }));
    const c = siteDigest(generateSite({ issues: 400, seed: 8, now }));
    expect(b).toEqual(a);
    expect(c.sha256).not.toBe(a.sha256);
  });

  it('depends on now: the same seed at another instant gives another site', () => {
    const a = siteDigest(generateSite({ issues: 50, seed: 7, now }));
    const b = siteDigest(generateSite({ issues: 50, seed: 7, now: now + 86_400_000 }));
    expect(b.sha256).not.toBe(a.sha256);
  });

  it.each([1, 50, 5000])('creates %i issues (a few may since have been deleted)', (issues) => {
    const state = generateSite({ issues, seed: 3, now });
    expect(state.issueCount + state.deletions.length).toBe(issues);
    expect(state.deletions.length).toBeLessThanOrEqual(Math.ceil(issues * 0.01));
    expect(state.projects.size).toBeGreaterThanOrEqual(4);
  });

  it('rejects sizes outside 1 to 100,000', () => {
    expect(() => generateSite({ issues: 0, seed: 1, now })).toThrow(/1 to 100000/);
    expect(() => generateSite({ issues: 100_001, seed: 1, now })).toThrow(/1 to 100000/);
    expect(() => generateSite({ issues: 2.5, seed: 1, now })).toThrow(/1 to 100000/);
  });
});
