import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';

const serverInfoSchema = z.looseObject({
  baseUrl: z.string(),
  version: z.string().optional(),
  deploymentType: z.string().optional(),
  serverTime: z.string().optional(),
});

export type ServerInfo = z.infer<typeof serverInfoSchema>;

/** `GET /rest/api/3/serverInfo`: the site's base URL and build. Not cached: it doubles as the connection check. */
export function getServerInfo(client: JiraClient): Promise<ServerInfo> {
  return client.call({ operation: 'getServerInfo', path: route`/rest/api/3/serverInfo`, schema: serverInfoSchema });
}
