/** An HTTP method as the OpenAPI documents name operations. */
export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteMatch<H> {
  /** The OpenAPI path template, e.g. `/rest/api/3/issue/{issueIdOrKey}`: the key for limits and counters. */
  template: string;
  params: Readonly<Record<string, string>>;
  handler: H;
}

interface CompiledRoute<H> {
  method: Method;
  template: string;
  pattern: RegExp;
  names: readonly string[];
  handler: H;
}

/**
 * Routes requests by the OpenAPI path templates, so that every counter and limit is keyed by the
 * operation, as Jira keys its burst buckets, and a handler receives its path parameters decoded.
 */
export class RouteTable<H> {
  private readonly routes: CompiledRoute<H>[] = [];

  add(method: Method, template: string, handler: H): this {
    const names: string[] = [];
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{([^}]+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        names.push(name);
        return '([^/]+)';
      })
      .join('');
    this.routes.push({ method, template, pattern: new RegExp(`^${source}$`), names, handler });
    return this;
  }

  match(method: string, pathname: string): RouteMatch<H> | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(pathname);
      if (found === null) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(found[i + 1] ?? '')));
      return { template: route.template, params, handler: route.handler };
    }
    return undefined;
  }

  /** Whether any method serves this path: tells 405 from 404. */
  knowsPath(pathname: string): boolean {
    return this.routes.some((route) => route.pattern.test(pathname));
  }
}
