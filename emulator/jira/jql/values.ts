import type { StatusCategoryKey } from '../model/entities';
import type { Issue } from '../model/issue';
import type { JqlValue } from './ast';
import type { Scope } from './context';
import { messages } from './errors';
import { isIssueKey } from './keys';

/** Jira's three status categories, known by name, key or id. */
const STATUS_CATEGORIES: ReadonlyArray<{ key: StatusCategoryKey; id: string; name: string }> = [
  { key: 'new', id: '2', name: 'To Do' },
  { key: 'indeterminate', id: '4', name: 'In Progress' },
  { key: 'done', id: '3', name: 'Done' },
];

interface Named<Id> {
  id: Id;
  /** The id as a query writes it. */
  idText: string;
  names: string[];
}

/**
 * Turns a clause's literal values into what the site stores, reporting each value that names nothing.
 * A value written as a number is looked up as an id first, anything else by name first; Jira falls back
 * to the other reading before it gives up. Projects and issues the searcher cannot browse do not exist.
 */
export class ValueResolver {
  constructor(
    private readonly scope: Scope,
    private readonly field: string,
    private readonly errors: string[],
  ) {}

  projects(values: readonly JqlValue[]): Set<string> {
    const projects = [...this.scope.state.projects.values()].filter((p) => this.scope.visible(p.id));
    return this.lookup(values, projects.map((p) => ({ id: p.id, idText: p.id, names: [p.key, p.name] })));
  }

  /** Statuses, issue types and priorities: several statuses may share a name, and the name finds them all. */
  named(values: readonly JqlValue[], entities: Iterable<{ id: string; name: string }>): Set<string> {
    return this.lookup(values, [...entities].map((e) => ({ id: e.id, idText: e.id, names: [e.name] })));
  }

  statusCategories(values: readonly JqlValue[]): Set<StatusCategoryKey> {
    return this.lookup(values, STATUS_CATEGORIES.map((c) => ({ id: c.key, idText: c.id, names: [c.name, c.key] })));
  }

  users(values: readonly JqlValue[]): Set<string> {
    return this.lookup(values, [...this.scope.state.users.keys()].map((accountId) => ({ id: accountId, idText: accountId, names: [] })));
  }

  sprints(values: readonly JqlValue[]): Set<number> {
    return this.lookup(values, [...this.scope.state.sprints.values()].map((s) => ({ id: s.id, idText: String(s.id), names: [s.name] })));
  }

  labels(values: readonly JqlValue[]): Set<string> {
    return new Set(values.map((v) => v.text.toLowerCase()));
  }

  /** Issues by key or, for a number, id. Jira refuses the search when one of them does not exist. */
  issues(values: readonly JqlValue[]): Issue[] {
    const found: Issue[] = [];
    for (const value of values) {
      if (!value.number && !isIssueKey(value.text)) {
        this.errors.push(messages.invalidIssueKey(value.text, this.field));
        continue;
      }
      const issue = value.number ? this.scope.state.issue(value.text) : this.scope.state.issueByKey(value.text.toUpperCase());
      if (issue === undefined || !this.scope.visible(issue.projectId)) this.errors.push(messages.issueNotFound(value.text, this.field));
      else found.push(issue);
    }
    return found;
  }

  private lookup<Id>(values: readonly JqlValue[], entities: ReadonlyArray<Named<Id>>): Set<Id> {
    const found = new Set<Id>();
    for (const value of values) {
      const wanted = value.text.toLowerCase();
      const byId = entities.filter((e) => e.idText === value.text);
      const byName = entities.filter((e) => e.names.some((name) => name.toLowerCase() === wanted));
      const matches = value.number ? (byId.length > 0 ? byId : byName) : byName.length > 0 ? byName : byId;
      if (matches.length === 0) this.errors.push(value.number ? messages.idNotFound(value.text, this.field) : messages.valueNotFound(value.text, this.field));
      for (const entity of matches) found.add(entity.id);
    }
    return found;
  }
}
