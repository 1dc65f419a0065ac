import type { SiteContext, SiteRoute } from '../../site/context';
import { approximateCountRoute } from './approximate-count';
import { bulkFetchRoute } from './bulk-fetch';
import { searchJqlRoutes } from './search-jql';
import { sprintIssuesRoute } from './sprint-issues';

/** Everything that finds issues in bulk: the enhanced search, its count, bulk fetch and sprint issues. */
export function searchRoutes(context: SiteContext): SiteRoute[] {
  return [...searchJqlRoutes(context), approximateCountRoute(context), bulkFetchRoute(context), sprintIssuesRoute(context)];
}
