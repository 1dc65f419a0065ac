import { environment } from '../../platform/environment';
import { forgeClientPorts } from '../../platform/jira-client-ports';
import { readValue } from '../../platform/kvs-store';
import { resolveJiraSettings, storedJiraSettingsSchema, type ResolvedJiraSettings } from '../../settings/jira-settings';
import { KEYS } from '../../storage/keys';
import { JiraClient } from './jira-client';
import type { Priority } from './points-budget';
import type { ClientPorts, JiraActor } from './ports';

export interface OpenClientOptions {
  priority: Priority;
  /** The app unless said otherwise. */
  actor?: JiraActor;
  ports?: ClientPorts;
}

/** The settings in force: environment defaults, then the admin's stored overrides. */
export async function currentJiraSettings(): Promise<ResolvedJiraSettings> {
  return resolveJiraSettings(environment(), await readValue(KEYS.jiraSettings(), storedJiraSettingsSchema));
}

/**
 * Runs `work` with a client for this invocation and flushes what it spent and counted afterwards,
 * also when the work fails: the points were spent either way.
 */
export async function withJiraClient<T>(options: OpenClientOptions, work: (client: JiraClient) => Promise<T>): Promise<T> {
  const { settings, problems } = await currentJiraSettings();
  const ports = options.ports ?? forgeClientPorts();
  for (const problem of problems) {
    ports.log({ level: 'warn', message: `${problem.variable} is not used: ${problem.message}`, requestId: 'settings', operation: 'settings', code: 'SETTING_INVALID' });
  }
  const client = new JiraClient(ports, { actor: options.actor ?? { as: 'app' }, priority: options.priority, settings });
  try {
    return await work(client);
  } finally {
    // Counting must not undo the work: if KVS refuses the write (its rate limit), this invocation's counts are lost.
    await client.flush().catch((error: unknown) => {
      ports.log({ level: 'warn', message: `the client's counts were not saved: ${error instanceof Error ? error.message : String(error)}`, requestId: 'flush', operation: 'flush', code: 'CLIENT_FLUSH_FAILED' });
    });
  }
}
