/**
 * The element a UI resource entry file renders. Such a file (e.g. `src/frontend/admin/index.tsx`) does
 * nothing but `ForgeReconciler.render(<App/>)` when it loads. Loading it with `ForgeReconciler.render`
 * swapped for a recorder gives that element, which any number of hosts can then render: a React element
 * is an immutable description, so this is the same as loading the file afresh for each host, and it
 * needs no module-cache tricks (jest forbids deleting from `require.cache`; `jest.isolateModules` would
 * load a second React that the effect scoping does not patch).
 *
 * The one limit: the file must be loaded here first. If anything required it before, its render call has
 * already happened and cannot be recovered; that case throws.
 */
import './bridge-global';
import ForgeReconciler from '@forge/react';
import type { ReactElement } from 'react';

const captured = new Map<string, ReactElement>();

export function resourceElement(modulePath: string): ReactElement {
  const resolved = require.resolve(modulePath);
  const known = captured.get(resolved);
  if (known !== undefined) return known;
  if (require.cache[resolved] !== undefined) {
    throw new Error(`${resolved} was loaded before renderModule() could record its ForgeReconciler.render call; load it only through renderModule()`);
  }
  const rendered: ReactElement[] = [];
  const realRender = ForgeReconciler.render;
  ForgeReconciler.render = (element: ReactElement): void => {
    rendered.push(element);
  };
  try {
    require(resolved);
  } finally {
    ForgeReconciler.render = realRender;
  }
  const [element, ...more] = rendered;
  if (element === undefined || more.length > 0) throw new Error(`${resolved} called ForgeReconciler.render ${rendered.length} times while loading; expected once`);
  captured.set(resolved, element);
  return element;
}
