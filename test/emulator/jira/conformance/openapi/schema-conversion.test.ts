import { toJsonSchema, type ConversionOptions } from './schema-conversion';

const response: ConversionOptions = { direction: 'response', componentsId: 'https://openapi.invalid/platform/response.json' };
const request: ConversionOptions = { direction: 'request', componentsId: 'https://openapi.invalid/platform/request.json' };

describe('toJsonSchema', () => {
  it('turns nullable into a null-admitting type, and adds null to an enum', () => {
    expect(toJsonSchema({ type: 'string', nullable: true }, response)).toEqual({ type: ['string', 'null'] });
    expect(toJsonSchema({ type: 'string', enum: ['a', 'b'], nullable: true }, response)).toEqual({
      type: ['string', 'null'],
      enum: ['a', 'b', null],
    });
  });

  it('admits null beside a typeless nullable schema', () => {
    expect(toJsonSchema({ allOf: [{ $ref: '#/components/schemas/User' }], nullable: true }, response)).toEqual({
      anyOf: [{ allOf: [{ $ref: 'https://openapi.invalid/platform/response.json#/components/schemas/User' }] }, { type: 'null' }],
    });
  });

  it('points component refs at the components of the same document and direction', () => {
    expect(toJsonSchema({ type: 'array', items: { $ref: '#/components/schemas/IssueBean' } }, request)).toEqual({
      type: 'array',
      items: { $ref: 'https://openapi.invalid/platform/request.json#/components/schemas/IssueBean' },
    });
  });

  it('drops OpenAPI-only annotations but keeps properties that happen to share their names', () => {
    const schema = {
      type: 'object',
      description: 'kept: Ajv ignores it',
      example: '{}',
      xml: { name: 'bean' },
      externalDocs: { url: 'https://example.com' },
      deprecated: true,
      discriminator: { propertyName: 'type' },
      properties: { example: { type: 'string', readOnly: true }, xml: { type: 'boolean', writeOnly: true } },
    };
    expect(toJsonSchema(schema, response)).toEqual({
      type: 'object',
      description: 'kept: Ajv ignores it',
      properties: { example: { type: 'string' }, xml: { type: 'boolean' } },
    });
  });

  it('keeps checked formats, reads url as uri and drops formats it does not check', () => {
    expect(toJsonSchema({ type: 'string', format: 'date-time' }, response)).toEqual({ type: 'string', format: 'date-time' });
    expect(toJsonSchema({ type: 'string', format: 'URL' }, response)).toEqual({ type: 'string', format: 'uri' });
    expect(toJsonSchema({ type: 'integer', format: 'int64' }, response)).toEqual({ type: 'integer', format: 'int64' });
    expect(toJsonSchema({ type: 'string', format: 'binary' }, response)).toEqual({ type: 'string' });
  });

  it('does not require readOnly properties of a request or writeOnly properties of a response', () => {
    const schema = {
      type: 'object',
      required: ['id', 'password', 'name'],
      properties: { id: { type: 'string', readOnly: true }, password: { type: 'string', writeOnly: true }, name: { type: 'string' } },
    };
    expect(toJsonSchema(schema, request)).toMatchObject({ required: ['password', 'name'] });
    expect(toJsonSchema(schema, response)).toMatchObject({ required: ['id', 'name'] });
    expect(toJsonSchema({ ...schema, required: ['id'] }, request)).not.toHaveProperty('required');
  });

  it('keeps additionalProperties: false, except beside subtypes that carry their own', () => {
    expect(toJsonSchema({ type: 'object', additionalProperties: false }, response)).toEqual({ type: 'object', additionalProperties: false });
    const polymorphic = { type: 'object', additionalProperties: false, anyOf: [{ $ref: '#/components/schemas/A' }] };
    expect(toJsonSchema(polymorphic, response)).not.toHaveProperty('additionalProperties');
  });

  it('lets a discriminated oneOf match overlapping subtypes', () => {
    const schema = { oneOf: [{ type: 'object' }, { type: 'object' }], discriminator: { propertyName: 'type' } };
    expect(toJsonSchema(schema, response)).toEqual({ anyOf: [{ type: 'object' }, { type: 'object' }] });
    expect(toJsonSchema({ oneOf: [{ type: 'object' }] }, response)).toEqual({ oneOf: [{ type: 'object' }] });
  });

  it('converts nested schemas in items, additionalProperties, allOf and not', () => {
    const nullableString = { type: 'string', nullable: true };
    const schema = { allOf: [{ not: nullableString }], items: nullableString, additionalProperties: nullableString };
    const converted = { type: ['string', 'null'] };
    expect(toJsonSchema(schema, response)).toEqual({ allOf: [{ not: converted }], items: converted, additionalProperties: converted });
  });
});
