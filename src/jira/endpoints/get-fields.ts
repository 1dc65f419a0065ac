import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';

const fieldSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  custom: z.boolean(),
  /** What the field holds; `custom` names a custom field's type (e.g. the story points plugin key). */
  schema: z.looseObject({ type: z.string(), custom: z.string().optional(), customId: z.number().int().optional(), items: z.string().optional() }).optional(),
  clauseNames: z.array(z.string()).optional(),
});

const fieldsSchema = z.array(fieldSchema);

export type Field = z.infer<typeof fieldSchema>;

const FIELDS_CACHE_KEY = 'all';

/** `GET /rest/api/3/field`: every system and custom field, for field discovery and mapping. Cached an hour. */
export function getFields(client: JiraClient): Promise<Field[]> {
  return client.call({
    operation: 'getFields',
    path: route`/rest/api/3/field`,
    schema: fieldsSchema,
    objects: (fields) => ({ core: fields.length }),
    cache: { kind: 'fields', key: FIELDS_CACHE_KEY },
  });
}

/** After a field event the cached list is stale; the next `getFields` asks Jira. */
export function forgetFields(client: JiraClient): Promise<void> {
  return client.forget('fields', FIELDS_CACHE_KEY);
}
