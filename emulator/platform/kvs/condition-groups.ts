import { conditionHolds, FILTER_CONDITIONS, parseCondition, type Condition, type ConditionErrorCodes } from './conditions';
import { attributeOf, type EntitySchema } from './entities';
import { badRequest, KvsFailure } from './failure';
import type { RawConditionGroup } from './wire-schemas';

/** `{and: [...]}` or `{or: [...]}` over entity attributes: query filters and transaction conditions. */
export interface ConditionGroup {
  operator: 'and' | 'or';
  items: ReadonlyArray<{ property: string; condition: Condition }>;
}

const FILTER_CODES: ConditionErrorCodes = {
  condition: 'INVALID_FILTER_CONDITION',
  values: 'INVALID_FILTER_VALUES',
  insufficient: 'INSUFFICIENT_FILTER_VALUES',
};
const MAX_CONDITIONS = 100;

export function parseConditionGroup(raw: RawConditionGroup, entity: EntitySchema): ConditionGroup | KvsFailure {
  if (raw.and !== undefined && raw.or !== undefined) {
    return badRequest('INVALID_FILTER_OPERATORS_COMBINATION', 'Filter operators "and" and "or" cannot be present at the same level');
  }
  const operator = raw.and !== undefined ? 'and' : 'or';
  const rawItems = raw.and ?? raw.or ?? [];
  if (rawItems.length === 0) return badRequest('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty');
  if (rawItems.length > MAX_CONDITIONS) {
    return badRequest('INVALID_FILTER_CONDITION', `A query takes at most ${MAX_CONDITIONS} conditions, got ${rawItems.length}`);
  }
  const items: Array<{ property: string; condition: Condition }> = [];
  for (const item of rawItems) {
    const type = entity.attributes.get(item.property);
    if (type === undefined) {
      return badRequest('INVALID_FILTER_CONDITION', `'${item.property}' is not an attribute of entity '${entity.name}'`);
    }
    const condition = parseCondition(item, FILTER_CONDITIONS, type, FILTER_CODES, `Condition on '${item.property}'`);
    if (condition instanceof KvsFailure) return condition;
    items.push({ property: item.property, condition });
  }
  return { operator, items };
}

/** Evaluates the group on an entity value; a missing entity is tested as one without attributes. */
export function groupHolds(group: ConditionGroup, value: unknown): boolean {
  const test = ({ property, condition }: { property: string; condition: Condition }): boolean =>
    conditionHolds(condition, attributeOf(value, property));
  return group.operator === 'and' ? group.items.every(test) : group.items.some(test);
}
