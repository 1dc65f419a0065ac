import { route, type Route } from '../../platform/jira-transport';

/**
 * `path` with a query string. `route` writes `URLSearchParams` through as they encode themselves and
 * keeps an inner route's path as built, so every value is escaped once; no `?` when nothing is set.
 */
export function withQuery(path: Route, params: URLSearchParams): Route {
  return params.size === 0 ? path : route`${path}?${params}`;
}
