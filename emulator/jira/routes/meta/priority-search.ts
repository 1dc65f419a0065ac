import type { Priority } from '../../model/entities';
import { priorityRef } from '../../render/refs';
import type { SiteContext, SiteRoute } from '../../site/context';
import { pageBean, pageRequest } from './paging';
import { booleanParam, expandParam, listParam, siteRoute } from './request-params';

/** Jira's stock colours and descriptions for its five default priorities. */
const LOOK: Readonly<Record<string, { statusColor: string; description: string }>> = {
  Highest: { statusColor: '#d04437', description: 'This problem will block progress.' },
  High: { statusColor: '#f15C75', description: 'Serious problem that could block progress.' },
  Medium: { statusColor: '#f79232', description: 'Has the potential to affect progress.' },
  Low: { statusColor: '#707070', description: 'Minor problem or easily worked around.' },
  Lowest: { statusColor: '#999999', description: 'Trivial problem with little or no impact on progress.' },
};

const DEFAULT_SCHEME = { id: '1', name: 'Default priority scheme', description: 'This is the default priority scheme used by all projects without any other scheme assigned.' };

/**
 * GET /rest/api/3/priority/search. Every project uses the one default priority scheme, so a
 * `projectId` filter keeps every priority; unknown ids in either list are ignored, as Jira documents.
 */
export function prioritySearchRoute(context: SiteContext): SiteRoute {
  return siteRoute('GET', '/rest/api/3/priority/search', (request) => {
    const query = request.query;
    const page = pageRequest(query);
    const ids = new Set(listParam(query, 'id'));
    const name = query.get('priorityName')?.trim().toLowerCase() ?? '';
    const onlyDefault = booleanParam(query, 'onlyDefault', false);
    const expand = expandParam(query);
    const priorities = [...context.state.priorities.values()].filter(
      (priority) => (ids.size === 0 || ids.has(priority.id)) && priority.name.toLowerCase().includes(name) && (!onlyDefault || priority.isDefault),
    );
    const body = pageBean(priorities, page);
    const values = body.values.map((priority) => priorityView(context, priority, expand.has('schemes')));
    return { status: 200, body: { ...body, values }, objects: { core: values.length, identity: 0 } };
  });
}

function priorityView(context: SiteContext, priority: Priority, withSchemes: boolean): Record<string, unknown> {
  const look = LOOK[priority.name] ?? { statusColor: '#cfcfcf', description: '' };
  return {
    ...priorityRef(context.siteUrl, priority),
    ...look,
    isDefault: priority.isDefault,
    ...(withSchemes
      ? { schemes: { startAt: 0, maxResults: 15, total: 1, isLast: true, values: [{ ...DEFAULT_SCHEME, self: `${context.siteUrl}/rest/api/3/priorityscheme/${DEFAULT_SCHEME.id}`, isDefault: true }] } }
      : {}),
  };
}
