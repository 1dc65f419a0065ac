import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { chunksOf } from './chunks';
import { readAllPages } from './paging';
import { withQuery } from './query';
import { offsetPageFields } from './schemas/page';
import { userRefSchema } from './schemas/user';

const projectSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  projectTypeKey: z.string().optional(),
  /** `next-gen` is team-managed, `classic` company-managed. */
  style: z.string().optional(),
  description: z.string().optional(),
  lead: userRefSchema.optional(),
});

const pageSchema = z.looseObject({ ...offsetPageFields, values: z.array(projectSchema) });

export type Project = z.infer<typeof projectSchema>;

export interface ProjectsArgs {
  /** What to expand on each project, e.g. `description`, `lead`. */
  fields?: string[];
  /** Only these projects; all the actor may see when absent. */
  keys?: string[];
}

/** Project search's largest page, and how many keys one request may filter by. */
const PAGE_SIZE = 100;
const MAX_KEYS = 50;

/**
 * `GET /rest/api/3/project/search`, every page, in key order within each run of keys. Each page is
 * cached ten minutes under everything that shapes it.
 */
export async function getProjects(client: JiraClient, args: ProjectsArgs = {}): Promise<Project[]> {
  const expand = [...new Set(args.fields ?? [])].sort();
  if (args.keys === undefined) return readProjects(client, expand, undefined);
  const runs = chunksOf([...new Set(args.keys)].sort(), MAX_KEYS);
  const projects: Project[] = [];
  for (const keys of runs) projects.push(...(await readProjects(client, expand, keys)));
  return projects;
}

function readProjects(client: JiraClient, expand: string[], keys: string[] | undefined): Promise<Project[]> {
  return readAllPages(async (startAt) => {
    // Offsets only mean something in a fixed order.
    const params = new URLSearchParams({ startAt: String(startAt), maxResults: String(PAGE_SIZE), orderBy: 'key' });
    if (expand.length > 0) params.set('expand', expand.join(','));
    for (const key of keys ?? []) params.append('keys', key);
    const page = await client.call({
      operation: 'getProjects',
      path: withQuery(route`/rest/api/3/project/search`, params),
      schema: pageSchema,
      objects: (p) => ({ core: p.values.length, identity: p.values.filter((project) => project.lead !== undefined).length }),
      cache: { kind: 'projects', key: JSON.stringify({ expand, keys: keys ?? null, startAt }) },
    });
    return { items: page.values, isLast: page.isLast, total: page.total };
  });
}
