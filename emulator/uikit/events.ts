/**
 * The arguments the UI Kit host passes to app handlers (SDK-WIRE-PROTOCOL §5.4). Input-like components
 * get a `SerialisableEvent` (the type in @atlaskit/forge-react-types); pickers get the raw value. The
 * exact objects the production host builds are unverified; these carry every field the type declares,
 * with the values a browser would put there.
 */
import type { UiNode } from './forge-doc';

export interface SerialisableEvent {
  bubbles: boolean;
  cancelable: boolean;
  defaultPrevented: boolean;
  eventPhase: number;
  isTrusted: boolean;
  target: {
    selectionStart?: number | null;
    selectionEnd?: number | null;
    value?: unknown;
    checked?: boolean;
    name?: string;
    id?: string;
    tagName?: string;
    type?: string;
  };
  timeStamp: number;
  type: string;
}

export function serialisableEvent(type: string, target: SerialisableEvent['target']): SerialisableEvent {
  // eventPhase 2 is AT_TARGET: the host reports the event of the element itself.
  return { bubbles: true, cancelable: true, defaultPrevented: false, eventPhase: 2, isTrusted: true, target, timeStamp: Date.now(), type };
}

/** Caller-built events are passed through untouched. */
export function isEventLike(value: unknown): value is { target: object } {
  return typeof value === 'object' && value !== null && typeof (value as { target?: unknown }).target === 'object' && (value as { target?: unknown }).target !== null;
}

function identity(node: UiNode): { name?: string; id?: string } {
  const { name, id } = node.props;
  return { ...(typeof name === 'string' ? { name } : {}), ...(typeof id === 'string' ? { id } : {}) };
}

/**
 * What `onChange` of `node` receives when a user enters `input`: text for Textfield and TextArea, a
 * boolean for Checkbox and Toggle, the chosen value for Radio/RadioGroup; anything else (Select,
 * DatePicker, TimePicker, Range, CheckboxGroup, UserPicker…) takes the raw value, as @forge/react's
 * `useForm` expects of them.
 */
export function changeArgument(node: UiNode, input: unknown): unknown {
  if (isEventLike(input)) return input;
  switch (node.type) {
    case 'Textfield': {
      const type = typeof node.props.type === 'string' ? node.props.type : 'text';
      const value = String(input);
      return serialisableEvent('change', { ...identity(node), tagName: 'INPUT', type, value, selectionStart: value.length, selectionEnd: value.length });
    }
    case 'TextArea': {
      const value = String(input);
      return serialisableEvent('change', { ...identity(node), tagName: 'TEXTAREA', type: 'textarea', value, selectionStart: value.length, selectionEnd: value.length });
    }
    case 'Checkbox':
    case 'Toggle':
      if (typeof input !== 'boolean') throw new TypeError(`change(${node.type}) takes a boolean (checked), got ${typeof input}`);
      return serialisableEvent('change', { ...identity(node), tagName: 'INPUT', type: 'checkbox', checked: input, value: node.props.value });
    case 'Radio':
      return serialisableEvent('change', { ...identity(node), tagName: 'INPUT', type: 'radio', checked: input !== false, value: node.props.value });
    case 'RadioGroup':
      return serialisableEvent('change', { ...identity(node), tagName: 'INPUT', type: 'radio', checked: true, value: input });
    default:
      return input;
  }
}

export function clickEvent(node: UiNode): SerialisableEvent {
  const type = typeof node.props.type === 'string' ? node.props.type : 'button';
  return serialisableEvent('click', { ...identity(node), tagName: 'BUTTON', type });
}
