import { z } from 'zod';
import { requestJiraAsApp, route } from '../platform/jira-transport';
import { JIRA_OPERATIONS } from './operations';

const serverInfoSchema = z.looseObject({ baseUrl: z.string(), deploymentType: z.string().optional() });

export type ServerInfo = z.infer<typeof serverInfoSchema>;

export type ServerInfoResult = { ok: true; info: ServerInfo } | { ok: false; status: number };

/** `GET /rest/api/3/serverInfo`: the cheapest call that proves the app can reach the site. */
export async function getServerInfo(): Promise<ServerInfoResult> {
  const response = await requestJiraAsApp(route`/rest/api/3/serverInfo`, { method: JIRA_OPERATIONS.getServerInfo.method });
  const parsed = serverInfoSchema.safeParse(response.body);
  if (response.status !== 200 || !parsed.success) return { ok: false, status: response.status };
  return { ok: true, info: parsed.data };
}
