import type { AttributeType, Scalar } from './types';

const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;
// The store keeps 38 significant digits between these magnitudes; anything else but 0 is refused.
const FLOAT_MIN_MAGNITUDE = 1e-130;
const FLOAT_MAX_MAGNITUDE = 9.9999999999999999999999999999999999999e125;

/** Why `value` cannot be stored in an attribute of `type`, or undefined when it can. */
export function attributeValueProblem(type: AttributeType, value: unknown): string | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' && value.trim() !== '' ? undefined : 'must be a string with at least one non-whitespace character';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX
        ? undefined
        : `must be a 32-bit signed integer (${INT32_MIN} to ${INT32_MAX})`;
    case 'float':
      return typeof value === 'number' && isStorableFloat(value) ? undefined : 'must be 0 or a number with magnitude between 1E-130 and 1E+126';
    case 'any':
      return value !== null ? undefined : 'cannot be null';
  }
}

function isStorableFloat(value: number): boolean {
  const magnitude = Math.abs(value);
  return value === 0 || (magnitude >= FLOAT_MIN_MAGNITUDE && magnitude <= FLOAT_MAX_MAGNITUDE);
}

/** Whether a scalar given in a query is of the kind an attribute of `type` holds. */
export function scalarFitsAttribute(type: AttributeType, value: Scalar): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
    case 'float':
      return typeof value === 'number';
    case 'any':
      return true;
  }
}
