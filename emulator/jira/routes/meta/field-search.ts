import { jiraError } from '../../http/jira-errors';
import { CUSTOM_FIELD_TYPES, type FieldDefinition } from '../../model/fields';
import type { SiteContext, SiteRoute } from '../../site/context';
import { canBrowseProject, hasGlobalPermission } from '../../site/permissions';
import { compare } from './compare';
import { pageBean, pageRequest } from './paging';
import { BadRequest, enumListParam, enumParam, expandParam, integerListParam, listParam, siteRoute } from './request-params';

const ORDER_FIELDS = ['contextsCount', 'lastUsed', 'name', 'screensCount', 'projectsCount'];
const ORDER_BY = ORDER_FIELDS.flatMap((field) => [field, `-${field}`, `+${field}`]);

/** Fields Jira Software manages itself; admins cannot change their configuration. */
const LOCKED_TYPES: ReadonlySet<string> = new Set([CUSTOM_FIELD_TYPES.sprint, CUSTOM_FIELD_TYPES.storyPointEstimate, CUSTOM_FIELD_TYPES.team]);

/**
 * GET /rest/api/3/field/search, for Jira administrators only. Every custom field here has one global
 * context. The site models no screens or usage dates, so ordering by them is refused rather than faked,
 * and a field without a schema (Parent) is left out because the `Field` schema requires one.
 */
export function fieldSearchRoute(context: SiteContext): SiteRoute {
  return siteRoute('GET', '/rest/api/3/field/search', (request, viewer) => {
    if (!hasGlobalPermission(viewer, 'ADMINISTER')) return jiraError(403, ['Only Jira administrators can access fields.']);
    const query = request.query;
    const page = pageRequest(query);
    const types = new Set(enumListParam(query, 'type', ['custom', 'system'] as const));
    const ids = new Set(listParam(query, 'id'));
    const text = query.get('query')?.trim().toLowerCase() ?? '';
    const orderBy = enumParam(query, 'orderBy', ORDER_BY);
    const projectIds = integerListParam(query, 'projectIds');
    const expand = expandParam(query);
    const order = orderBy?.replace(/^[+-]/, '');
    if (order !== undefined && order !== 'name' && order !== 'contextsCount') throw new BadRequest(`Ordering fields by '${order}' is not supported.`);
    const inVisibleProject = projectIds.length === 0 || projectIds.some((id) => context.state.projects.has(String(id)) && canBrowseProject(context.state, viewer, String(id)));

    const fields = [...context.state.fields.values()].filter(
      (field) =>
        inVisibleProject &&
        field.schema !== undefined &&
        (types.size === 0 || types.has(field.custom ? 'custom' : 'system')) &&
        (ids.size === 0 || ids.has(field.id)) &&
        field.name.toLowerCase().includes(text),
    );
    if (order !== undefined) {
      const direction = orderBy?.startsWith('-') === true ? -1 : 1;
      const value = order === 'name' ? (f: FieldDefinition) => f.name.toLowerCase() : (f: FieldDefinition) => contextsCount(f);
      fields.sort((a, b) => direction * compare(value(a), value(b)) || compare(a.id, b.id));
    }
    const body = pageBean(fields, page);
    return { status: 200, body: { ...body, values: body.values.map((f) => fieldOf(f, expand)) }, objects: { core: body.values.length, identity: 0 } };
  });
}

function fieldOf(field: FieldDefinition, expand: ReadonlySet<string>): Record<string, unknown> {
  return {
    id: field.id,
    name: field.name,
    schema: field.schema,
    ...(expand.has('key') ? { key: field.key } : {}),
    ...(expand.has('isLocked') ? { isLocked: field.custom && LOCKED_TYPES.has(field.schema?.custom ?? '') } : {}),
    ...(expand.has('contextsCount') ? { contextsCount: contextsCount(field) } : {}),
  };
}

function contextsCount(field: FieldDefinition): number {
  return field.custom ? 1 : 0;
}
