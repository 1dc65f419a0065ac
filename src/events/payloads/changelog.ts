import { z } from 'zod';
import { statusSchema } from './issue-ref';
import { numericId, optional } from './primitives';
import type { ChangeItem, Changelog, StatusRef } from './types';

/** Missing and `null` both mean "no value"; numbers (seconds, points) are read as their text. */
const changeValue = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? null : String(value)));

/**
 * `toString` is an item key and also every object's method: without an own `toString` the schema
 * would read `Object.prototype.toString` and reject the item.
 */
function ownToString(item: unknown): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  return { ...item, toString: Object.hasOwn(item, 'toString') ? (item as { toString: unknown }).toString : undefined };
}

const changeItemSchema = z.preprocess(
  ownToString,
  z
    .looseObject({
      field: z.string(),
      fieldtype: optional(z.string()),
      fieldId: optional(z.string()),
      from: changeValue,
      fromString: changeValue,
      to: changeValue,
      toString: changeValue,
    })
    .transform((item): ChangeItem => ({
      field: item.field,
      fieldtype: item.fieldtype,
      fieldId: item.fieldId,
      from: item.from,
      fromString: item.fromString,
      to: item.to,
      toString: item.toString,
    })),
);

export const changelogSchema = z.looseObject({ id: optional(numericId), items: z.array(changeItemSchema) }).transform(({ id, items }): Changelog => ({ id, items }));

export const associatedStatusesSchema = z
  .array(statusSchema)
  .transform((statuses): StatusRef[] => statuses.map((status) => ({ id: status.id, name: status.name, categoryKey: status.statusCategory?.key })));
