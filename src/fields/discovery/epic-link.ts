import type { ProjectStyleInfo } from '../logical-fields';
import type { Evidence, Signal } from './evidence';
import { capDescending, rankBySignals, toCandidate, type Ranking } from './ranking';
import { WEIGHT } from './weights';

/** "project ATLAS links", "projects PLAT, MOB link". */
function projectsThat(projects: readonly ProjectStyleInfo[], one: string, many: string = one): string {
  const keys = projects.map((project) => project.key).join(', ');
  return projects.length === 1 ? `project ${keys} ${one}` : `projects ${keys} ${many}`;
}

function parentSignal(teamManaged: readonly ProjectStyleInfo[], epicLinkFields: number): Signal {
  if (teamManaged.length > 0) return { weight: WEIGHT.projectStyle, reason: `team-managed ${projectsThat(teamManaged, 'links', 'link')} epics through parent` };
  if (epicLinkFields === 0) return { weight: WEIGHT.projectStyle, reason: 'no Epic Link field exists, and Jira Cloud links epics through parent' };
  return { weight: 0, reason: 'Jira Cloud links epics through parent in every project' };
}

/**
 * Jira Cloud links epics through `parent` in every project; team-managed projects never had
 * anything else. A legacy Epic Link field is listed, and makes the choice ambiguous, while a
 * company-managed project could still fill it.
 */
export function rankEpicLink(evidence: readonly Evidence[], projects: readonly ProjectStyleInfo[]): Ranking {
  const parent = evidence.find((item) => item.field.id === 'parent');
  if (!parent) return { candidates: rankBySignals(evidence), ambiguous: null };
  const epicLinkFields = evidence.filter((item) => item !== parent);
  const teamManaged = projects.filter((project) => project.style === 'next-gen');
  const companyManaged = projects.filter((project) => project.style === 'classic');
  const legacyNote: Signal[] = companyManaged.length > 0 ? [{ weight: 0, reason: `company-managed ${projectsThat(companyManaged, 'may')} still fill it` }] : [];
  const parentCandidate = toCandidate({ ...parent, signals: [...parent.signals, parentSignal(teamManaged, epicLinkFields.length)] });
  const legacy = rankBySignals(epicLinkFields.map((item) => ({ ...item, signals: [...item.signals, ...legacyNote] })));
  return { candidates: capDescending([parentCandidate, ...legacy]), ambiguous: legacy.length > 0 && companyManaged.length > 0 };
}
