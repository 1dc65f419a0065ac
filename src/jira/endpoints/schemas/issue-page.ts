import { z } from 'zod';
import { issueSchema, type Issue } from './issue';
import { tokenPageFields } from './page';

/** A page of the token-paged issue lists: JQL search and a sprint's issues. */
export const issuePageSchema = z.looseObject({ issues: z.array(issueSchema), ...tokenPageFields });

/** The page size asked for unless the caller says otherwise; Jira may return fewer when many fields are named. */
export const ISSUE_PAGE_SIZE = 100;

export interface IssuePage {
  issues: Issue[];
  /** Present while more pages follow; pass it back for the next one. */
  nextPageToken?: string;
  isLast: boolean;
}

/** Jira may omit `isLast`; the missing token says the same. */
export function issuePageOf(answer: z.infer<typeof issuePageSchema>): IssuePage {
  const token = answer.nextPageToken ?? undefined;
  return { issues: answer.issues, ...(token === undefined ? {} : { nextPageToken: token }), isLast: answer.isLast ?? token === undefined };
}
