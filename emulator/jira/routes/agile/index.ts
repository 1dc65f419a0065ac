import type { SiteContext, SiteRoute } from '../../site/context';
import { getAllBoards } from './get-all-boards';
import { getAllSprints } from './get-all-sprints';
import { getConfiguration } from './get-configuration';
import { getSprint } from './get-sprint';

/** The Jira Software (agile) operations the site serves on boards and sprints. */
export function agileRoutes(context: SiteContext): SiteRoute[] {
  return [getAllBoards(context), getAllSprints(context), getConfiguration(context), getSprint(context)];
}
