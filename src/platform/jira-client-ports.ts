import { randomUUID } from 'node:crypto';
import type { ClientPorts } from '../jira/client/ports';
import { now } from './clock';
import { isConsentRequired } from './consent';
import { remainingMs } from './invocation';
import { requestJira } from './jira-transport';
import { deleteValue, readValue, writeValue } from './kvs-store';

/** The Jira client's platform: requestJira, KVS, the invocation's clock and remaining time, logs. */
export function forgeClientPorts(): ClientPorts {
  return {
    send: (request) => requestJira(request.actor, request.path, { method: request.method, body: request.body, requestId: request.requestId }),
    read: readValue,
    write: writeValue,
    remove: deleteValue,
    now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    remainingMs,
    random: Math.random,
    newId: () => randomUUID().slice(0, 8),
    // One JSON line per entry: request ids, operations, statuses and codes; never a user's data.
    log: (entry) => console.log(JSON.stringify({ source: 'jira-client', ...entry })),
    isConsentRequired,
  };
}
