import type { JiraClient } from '../client/jira-client';
import { getServerInfo, type ServerInfo } from './get-server-info';

/**
 * The cheapest call that proves the app reaches the site with its grants. A failure is the client's
 * typed error (authentication, permission, unavailable…), which says why better than a boolean would.
 */
export async function testConnection(client: JiraClient): Promise<{ ok: true; serverInfo: ServerInfo }> {
  return { ok: true, serverInfo: await getServerInfo(client) };
}
