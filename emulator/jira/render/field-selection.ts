import type { FieldDefinition } from '../model/fields';

/** Which fields a response carries, from the `fields` parameter as Jira reads it. */
export interface FieldSelection {
  readonly fieldIds: readonly string[];
  /** Only `id` (and `key`) were asked for: the cheapest, largest pages. */
  readonly idsOnly: boolean;
}

/**
 * Reads `fields` the way Jira does: a comma-separated list, possibly given several times, of field
 * ids or keys, `*all`, `*navigable`, and `-field` to exclude. Unknown names are ignored, as Jira
 * ignores them. `id` and `key` are not fields: the issue always carries both.
 */
export function selectFields(requested: readonly string[], fields: ReadonlyMap<string, FieldDefinition>, fallback: string): FieldSelection {
  const tokens = requested.flatMap((value) => value.split(',')).map((token) => token.trim()).filter((token) => token.length > 0);
  const effective = tokens.some((token) => !token.startsWith('-')) ? tokens : [fallback, ...tokens];
  const chosen = new Set<string>();
  const excluded = new Set<string>();
  for (const token of effective) {
    if (token === '*all') {
      for (const field of fields.values()) chosen.add(field.id);
    } else if (token === '*navigable') {
      for (const field of fields.values()) if (field.navigable) chosen.add(field.id);
    } else if (token.startsWith('-')) {
      excluded.add(resolve(token.slice(1), fields) ?? token.slice(1));
    } else {
      const id = resolve(token, fields);
      if (id !== undefined) chosen.add(id);
    }
  }
  const fieldIds = [...chosen].filter((id) => !excluded.has(id));
  return { fieldIds, idsOnly: fieldIds.length === 0 };
}

function resolve(token: string, fields: ReadonlyMap<string, FieldDefinition>): string | undefined {
  if (fields.has(token)) return token;
  for (const field of fields.values()) if (field.key === token) return field.id;
  return undefined;
}

/** Fields whose value is a list that grows without bound; Jira's lean bulk fetch refuses them. */
export const MULTI_VALUE_FIELDS: ReadonlySet<string> = new Set(['comment', 'worklog', 'attachment']);
