import { isWrite, type HttpMethod } from './request';

export interface PointsRequest {
  method: HttpMethod;
  route: string;
  /** Issues, projects, comments … in the response body. */
  coreObjects: number;
  /** Users, groups, roles, permissions in the response body. */
  identityObjects: number;
}

/**
 * The documented cost: 1 base point, +1 per core object and +2 per identity object returned.
 * Writes cost a flat 1, except `POST /search/jql`, which partners measured being charged per
 * returned issue like a read (PLATFORM-FACTS §7.1).
 */
export function pointsFor(request: PointsRequest): number {
  if (isWrite(request.method) && !READ_LIKE_POSTS.has(request.route)) return 1;
  return 1 + request.coreObjects + 2 * request.identityObjects;
}

const READ_LIKE_POSTS: ReadonlySet<string> = new Set(['/rest/api/3/search/jql']);
