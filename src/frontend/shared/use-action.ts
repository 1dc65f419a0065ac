import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionAnswer, ActionInput, ActionName } from './actions';
import { call, type CallErrorCode, type CallResult } from './call';

export type ActionState<T> = { state: 'loading' } | { state: 'error'; code: CallErrorCode; message: string } | { state: 'ready'; data: T };

export type UseAction<T> = ActionState<T> & {
  reload: () => void;
  /**
   * Shows `data` as the answer, as when a write answers with the fresh view: a load still in
   * flight is dropped, since it may have been read before the write.
   */
  replace: (data: T) => void;
  /** A reload is in flight while the previous answer is still shown. */
  refreshing: boolean;
};

function stateOf<T>(answer: CallResult<T>): ActionState<T> {
  return answer.ok ? { state: 'ready', data: answer.data } : { state: 'error', code: answer.error.code, message: answer.error.message };
}

/**
 * Loads an action's answer when the component mounts, again when the payload changes, and on
 * `reload()`. A reload keeps showing the data it replaces until the answer arrives, so what the
 * screen holds besides (the outcome of the button that caused the reload) is not unmounted. An
 * answer that arrives after a newer request started, or after unmount, is dropped.
 */
export function useAction<A extends ActionName>(action: A, payload: ActionInput<A>): UseAction<ActionAnswer<A>> {
  const [state, setState] = useState<ActionState<ActionAnswer<A>>>({ state: 'loading' });
  const [refreshing, setRefreshing] = useState(false);
  const [generation, setGeneration] = useState(0);
  // Callers pass object literals: compare payloads by value, not identity, to avoid a request per render.
  const key = `${action}:${JSON.stringify(payload)}`;
  const payloadRef = useRef(payload);
  payloadRef.current = payload;
  const answeredKey = useRef<string | undefined>(undefined);
  // Bumped by each load and each replace: only the answer of the latest one is shown.
  const latest = useRef(0);

  useEffect(() => {
    let current = true;
    const request = ++latest.current;
    const sameRequest = answeredKey.current === key;
    setState((previous) => (sameRequest && previous.state === 'ready' ? previous : { state: 'loading' }));
    setRefreshing(sameRequest);
    void call(action, payloadRef.current).then((answer) => {
      if (!current || request !== latest.current) return;
      answeredKey.current = key;
      setState(stateOf(answer));
      setRefreshing(false);
    });
    return () => {
      current = false;
    };
  }, [action, key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const replace = useCallback(
    (data: ActionAnswer<A>) => {
      latest.current += 1;
      answeredKey.current = key;
      setState({ state: 'ready', data });
      setRefreshing(false);
    },
    [key],
  );
  return { ...state, reload, replace, refreshing };
}
