import type { FieldDefinition } from '../../model/fields';
import type { SiteContext, SiteRoute } from '../../site/context';
import { siteRoute } from './request-params';

/**
 * GET /rest/api/3/field. Every field here is used by every project, so every caller sees them all.
 * Jira also sends `untranslatedName` on custom fields, but `FieldDetails` forbids it, so it stays out.
 */
export function fieldsRoute(context: SiteContext): SiteRoute {
  return siteRoute('GET', '/rest/api/3/field', () => {
    const body = [...context.state.fields.values()].map(fieldDetails);
    return { status: 200, body, objects: { core: body.length, identity: 0 } };
  });
}

function fieldDetails(field: FieldDefinition): Record<string, unknown> {
  return {
    id: field.id,
    key: field.key,
    name: field.name,
    custom: field.custom,
    orderable: field.orderable,
    navigable: field.navigable,
    searchable: field.searchable,
    clauseNames: field.clauseNames,
    ...(field.schema === undefined ? {} : { schema: field.schema }),
  };
}
