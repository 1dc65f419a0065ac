import { attributeValueProblem } from './attribute-types';
import { badRequest, KvsFailure } from './failure';
import type { AttributeType, EntityDeclaration } from './types';

export interface IndexSchema {
  name: string;
  partition: readonly string[];
  /** The range attribute; undefined for the built-in `by-key` index, whose range is the key. */
  range: string | undefined;
  rangeType: AttributeType;
}

export interface EntitySchema {
  name: string;
  attributes: ReadonlyMap<string, AttributeType>;
  indexes: ReadonlyMap<string, IndexSchema>;
}

/** Where a request reads or writes: the plain KVS, the secret store, or one entity. */
export interface Target {
  namespace: string;
  entity: EntitySchema | undefined;
}

export interface EntityTarget extends Target {
  entity: EntitySchema;
}

export const KVS_TARGET: Target = { namespace: 'kvs', entity: undefined };
export const SECRET_TARGET: Target = { namespace: 'secret', entity: undefined };

/** Forge creates this index on every entity; it is not declared and orders entities by key. */
const KEY_INDEX = 'by-key';

// The manifest schema's rule (@forge/manifest 13.7.0). The error-code page shows an older regex
// without `_`; a name that deploys must also be usable, so the newer rule wins.
const ENTITY_NAME_PATTERN = /^(?![_.-])(?!.*\.{2})[a-z0-9:\-_.]*(?<![.])$/;
const ENTITY_NAME_MIN = 3;
const ENTITY_NAME_MAX = 60;

/** The app's declared entities, checked once so that requests can trust them. */
export class EntityCatalog {
  private readonly entities = new Map<string, EntitySchema>();

  /** Throws on a declaration `forge deploy` would refuse: that is a bug in the app, not a request. */
  constructor(declarations: readonly EntityDeclaration[]) {
    for (const declaration of declarations) {
      const nameProblem = entityNameFailure(declaration.name);
      if (nameProblem !== undefined) throw new Error(`Entity '${declaration.name}': ${nameProblem.message}`);
      if (this.entities.has(declaration.name)) throw new Error(`Entity '${declaration.name}' is declared twice`);
      this.entities.set(declaration.name, resolveDeclaration(declaration));
    }
  }

  /** The target for an optional entity name, as batch and transaction items give it. */
  targetFor(entityName: string | undefined): Target | KvsFailure {
    return entityName === undefined ? KVS_TARGET : this.entityTarget(entityName);
  }

  entityTarget(entityName: string): EntityTarget | KvsFailure {
    const nameProblem = entityNameFailure(entityName);
    if (nameProblem !== undefined) return nameProblem;
    const entity = this.entities.get(entityName);
    if (entity === undefined) {
      return badRequest('INVALID_ENTITY_TYPE', `Entity '${entityName}' is not declared in the manifest (app.storage.entities)`);
    }
    return { namespace: `entity:${entityName}`, entity };
  }
}

function entityNameFailure(name: string): KvsFailure | undefined {
  if (name.length < ENTITY_NAME_MIN) return badRequest('ENTITY_TYPE_TOO_SHORT', `Entity name '${name}' is shorter than ${ENTITY_NAME_MIN} characters`);
  if (name.length > ENTITY_NAME_MAX) return badRequest('ENTITY_TYPE_TOO_LARGE', `Entity name has exceeded the maximum ${ENTITY_NAME_MAX} characters`);
  if (!ENTITY_NAME_PATTERN.test(name)) return badRequest('INVALID_ENTITY_TYPE', `Entity name '${name}' does not match the regex: ${ENTITY_NAME_PATTERN}`);
  return undefined;
}

function resolveDeclaration(declaration: EntityDeclaration): EntitySchema {
  const attributes = new Map(Object.entries(declaration.attributes).map(([name, { type }]) => [name, type] as const));
  const indexes = new Map<string, IndexSchema>([[KEY_INDEX, { name: KEY_INDEX, partition: [], range: undefined, rangeType: 'string' }]]);
  for (const raw of declaration.indexes) {
    // A simple index is named after its one attribute, which is also its range.
    const index = typeof raw === 'string' ? { name: raw, range: [raw], partition: [] } : raw;
    const where = `Entity '${declaration.name}', index '${index.name}'`;
    if (indexes.has(index.name)) throw new Error(`${where}: the index name is already used (by-key is reserved)`);
    const [range, ...extraRanges] = index.range ?? [];
    if (range === undefined || extraRanges.length > 0) throw new Error(`${where}: an index needs exactly one range attribute`);
    const indexableType = (attribute: string): AttributeType => {
      const type = attributes.get(attribute);
      if (type === undefined) throw new Error(`${where}: '${attribute}' is not an attribute of the entity`);
      if (type === 'any') throw new Error(`${where}: '${attribute}' has type any, which cannot be indexed`);
      return type;
    };
    const partition = index.partition ?? [];
    partition.forEach(indexableType);
    indexes.set(index.name, { name: index.name, partition, range, rangeType: indexableType(range) });
  }
  return { name: declaration.name, attributes, indexes };
}

/** Entity values are objects whose properties are declared attributes of the declared types. */
export function checkEntityValue(entity: EntitySchema, value: unknown): KvsFailure | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return badRequest('INVALID_ENTITY_VALUE', `A value of entity '${entity.name}' must be an object of its attributes`);
  }
  for (const [attribute, attributeValue] of Object.entries(value)) {
    const type = entity.attributes.get(attribute);
    if (type === undefined) {
      return badRequest('INVALID_ENTITY_ATTRIBUTE', `'${attribute}' is not an attribute of entity '${entity.name}'`);
    }
    const problem = attributeValueProblem(type, attributeValue);
    if (problem !== undefined) {
      return badRequest('INVALID_ENTITY_VALUE', `Attribute '${attribute}' of entity '${entity.name}' is ${type}: the value ${problem}`);
    }
  }
  return undefined;
}

/** An attribute of a stored entity value; own properties only, so 'constructor' is not inherited. */
export function attributeOf(value: unknown, attribute: string): unknown {
  return isObject(value) && Object.hasOwn(value, attribute) ? value[attribute] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
