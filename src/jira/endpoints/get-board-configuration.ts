import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';

const configurationSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  type: z.string(),
  /** What the board estimates with; kanban boards have none, scrum boards `none` or a field. */
  estimation: z
    .looseObject({
      type: z.string(),
      field: z.looseObject({ fieldId: z.string(), displayName: z.string().optional() }).optional(),
    })
    .optional(),
});

export type BoardConfiguration = z.infer<typeof configurationSchema>;

/** `GET /rest/agile/1.0/board/{boardId}/configuration`: above all, the board's estimation field. */
export function getBoardConfiguration(client: JiraClient, boardId: number): Promise<BoardConfiguration> {
  return client.call({
    operation: 'getBoardConfiguration',
    path: route`/rest/agile/1.0/board/${boardId}/configuration`,
    schema: configurationSchema,
    objects: () => ({ core: 1 }),
    estimate: 2,
  });
}
