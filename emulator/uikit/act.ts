/**
 * Runs a user-visible step (render, a fired handler) the way a browser would present it: state updates
 * in the step are batched into one commit, and the passive effects of that commit have run by the time
 * the step returns, before the next interaction. Without this, `useForm` would miss an edit made right
 * after render: react-hook-form subscribes to its own state in an effect.
 *
 * React's `act` does exactly that for the sync case, and also for @forge/react's renderer, which shares
 * React's act queue. `act` exists only in React's development build; in a production build the step
 * runs plainly and `settle()` picks up the effects on the next macrotask.
 */
type Act = (callback: () => void) => unknown;

const react = require('react') as { act?: Act; unstable_act?: Act };
const act: Act | undefined = process.env.NODE_ENV === 'production' ? undefined : (react.act ?? react.unstable_act);

export function actStep<T>(step: () => T): T {
  if (act === undefined) return step();
  let result!: T;
  // The callback must return nothing: a returned promise (an async handler's) would make act asynchronous.
  act(() => {
    result = step();
  });
  return result;
}
