import type { Project } from '../../model/entities';
import type { SiteContext, SiteRoute, Viewer } from '../../site/context';
import { canBrowseProject, hasGlobalPermission, hasProjectPermission } from '../../site/permissions';
import { compare } from './compare';
import { pageBean, pageRequest } from './paging';
import { projectView } from './project-view';
import { BadRequest, enumListParam, enumParam, expandParam, integerListParam, listParam, optionalIntegerParam, siteRoute } from './request-params';

const ORDER_FIELDS = ['category', 'key', 'name', 'owner', 'issueCount', 'lastIssueUpdatedDate', 'archivedDate', 'deletedDate'] as const;
const ORDER_BY = ORDER_FIELDS.flatMap((field) => [field, `-${field}`, `+${field}`]);
const PROJECT_TYPES = ['business', 'service_desk', 'software'] as const;
const MAX_FILTER_VALUES = 50;

type OrderField = (typeof ORDER_FIELDS)[number];
type Action = 'view' | 'browse' | 'edit' | 'create';

/**
 * GET /rest/api/3/project/search: the projects the caller may see, 50 a page by default and never
 * more than 100. The site has no categories and no archived or deleted projects, so those filters
 * and orders behave as on a site where every project is live and uncategorised.
 */
export function projectSearchRoute(context: SiteContext): SiteRoute {
  return siteRoute('GET', '/rest/api/3/project/search', (request, viewer) => {
    const query = request.query;
    const page = pageRequest(query, 100);
    const orderBy = enumParam(query, 'orderBy', ORDER_BY) ?? 'key';
    const ids = new Set(integerListParam(query, 'id').map(String));
    const keys = new Set(listParam(query, 'keys'));
    if (ids.size > MAX_FILTER_VALUES || keys.size > MAX_FILTER_VALUES) throw new BadRequest(`Up to ${MAX_FILTER_VALUES} project IDs and ${MAX_FILTER_VALUES} project keys can be provided.`);
    const text = query.get('query')?.trim().toLowerCase() ?? '';
    const typeKeys = new Set(enumListParam(query, 'typeKey', PROJECT_TYPES));
    const categoryId = optionalIntegerParam(query, 'categoryId');
    const action = enumParam(query, 'action', ['view', 'browse', 'edit', 'create'] as const) ?? 'view';
    const statuses = enumListParam(query, 'status', ['live', 'archived', 'deleted'] as const);
    const expand = expandParam(query);

    const projects = [...context.state.projects.values()].filter(
      (project) =>
        allows(context, viewer, project, action) &&
        (ids.size === 0 || ids.has(project.id)) &&
        (keys.size === 0 || keys.has(project.key)) &&
        (project.key.toLowerCase().includes(text) || project.name.toLowerCase().includes(text)) &&
        (typeKeys.size === 0 || typeKeys.has(project.projectTypeKey)) &&
        categoryId === undefined &&
        (statuses.length === 0 || statuses.includes('live')),
    );
    sortProjects(context, projects, orderBy);
    const body = pageBean(projects, page, { url: `${context.siteUrl}/rest/api/3/project/search`, query });
    const values = body.values.map((project) => projectView(context, project, expand));
    const leads = expand.has('lead') ? values.filter((v) => v.lead !== undefined).length : 0;
    return { status: 200, body: { ...body, values }, objects: { core: values.length, identity: leads } };
  });
}

function allows(context: SiteContext, viewer: Viewer, project: Project, action: Action): boolean {
  const { state } = context;
  switch (action) {
    case 'view':
      return canBrowseProject(state, viewer, project.id) || hasGlobalPermission(viewer, 'ADMINISTER');
    case 'browse':
      return canBrowseProject(state, viewer, project.id);
    case 'edit':
      return hasGlobalPermission(viewer, 'ADMINISTER') || hasProjectPermission(state, viewer, project, 'ADMINISTER_PROJECTS');
    case 'create':
      return hasProjectPermission(state, viewer, project, 'CREATE_ISSUES');
  }
}

/** Ties (every project shares the missing category or archive date) fall back to key order. */
function sortProjects(context: SiteContext, projects: Project[], orderBy: string): void {
  const field = orderBy.replace(/^[+-]/, '') as OrderField;
  const direction = orderBy.startsWith('-') ? -1 : 1;
  const sortKey = sortKeyOf(context, field);
  const keys = new Map(projects.map((p) => [p.id, sortKey(p)]));
  projects.sort((a, b) => direction * compare(keys.get(a.id) ?? 0, keys.get(b.id) ?? 0) || compare(a.key, b.key));
}

function sortKeyOf(context: SiteContext, field: OrderField): (project: Project) => string | number {
  const { state } = context;
  switch (field) {
    case 'key':
      return (p) => p.key;
    case 'name':
      return (p) => p.name.toLowerCase();
    case 'owner':
      return (p) => state.userName(p.leadAccountId).toLowerCase();
    case 'issueCount':
      return (p) => state.issuesInProject(p.id).length;
    case 'lastIssueUpdatedDate':
      return (p) => state.issuesInProject(p.id).reduce((latest, issue) => Math.max(latest, issue.updated), 0);
    case 'category':
    case 'archivedDate':
    case 'deletedDate':
      return () => 0;
  }
}
