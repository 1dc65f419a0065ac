import { createHash } from 'node:crypto';
import type { JiraSiteState } from '../../../../emulator/jira/model/site-state';

/** A compact fingerprint of a whole site, so determinism checks compare everything cheaply. */
export function siteDigest(state: JiraSiteState): { issues: number; deleted: number; sprints: number; users: number; sha256: string } {
  const hash = createHash('sha256');
  for (const map of [state.users, state.teams, state.projects, state.statuses, state.issueTypes, state.boards, state.sprints]) {
    for (const value of map.values()) hash.update(JSON.stringify(value));
  }
  for (const issue of state.allIssues()) hash.update(JSON.stringify(issue));
  hash.update(JSON.stringify(state.deletions));
  return { issues: state.issueCount, deleted: state.deletions.length, sprints: state.sprints.size, users: state.users.size, sha256: hash.digest('hex') };
}
