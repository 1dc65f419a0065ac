import type { SiteContext, SiteRoute } from '../../site/context';
import { bulkPermissionsRoute } from './bulk-permissions';
import { fieldSearchRoute } from './field-search';
import { fieldsRoute } from './fields';
import { issueTypesRoute } from './issue-types';
import { myPermissionsRoute } from './my-permissions';
import { myselfRoute } from './myself';
import { prioritySearchRoute } from './priority-search';
import { projectSearchRoute } from './project-search';
import { serverInfoRoute } from './server-info';
import { statusesRoute } from './statuses';

/** The site's reference data: who am I, what is this site, what may I do, and its fields, projects, statuses, priorities and types. */
export function metaRoutes(context: SiteContext): SiteRoute[] {
  return [
    myselfRoute(context),
    serverInfoRoute(context),
    myPermissionsRoute(context),
    bulkPermissionsRoute(context),
    fieldsRoute(context),
    fieldSearchRoute(context),
    projectSearchRoute(context),
    statusesRoute(context),
    prioritySearchRoute(context),
    issueTypesRoute(context),
  ];
}
