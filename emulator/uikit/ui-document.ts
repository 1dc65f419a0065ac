/** Queries over the ForgeDoc a host keeps; the host adds the bridge and the actions. */
import { allNodes, deepestContaining, snapshotOf, textOf, textsOf, type NodePredicate, type UiNode, type UiSnapshot } from './forge-doc';

/** A predicate, or a component type such as `'Textfield'`. */
export type NodeQuery = NodePredicate | string;

function matcher(query: NodeQuery): NodePredicate {
  return typeof query === 'string' ? (node) => node.type === query : query;
}

const BUTTON_TYPES = new Set(['Button', 'LoadingButton']);

export abstract class UiDocument {
  /** The live root, undefined before the first reconcile. */
  protected abstract currentRoot(): UiNode | undefined;

  /** The live root ForgeDoc (`type: 'Root'`). Its handlers are callable; it changes with every commit. */
  root(): UiNode {
    const root = this.currentRoot();
    if (root === undefined) throw new Error('Nothing rendered yet: call render() first');
    return root;
  }

  /** A deep copy of the document, with handlers shown as '[handler]'. */
  doc(): UiSnapshot {
    return snapshotOf(this.root());
  }

  /** The text of every `String` node, in document order. */
  texts(): string[] {
    return textsOf(this.root());
  }

  find(query: NodeQuery): UiNode | undefined {
    return allNodes(this.root()).find(matcher(query));
  }

  findAll(query: NodeQuery): UiNode[] {
    return allNodes(this.root()).filter(matcher(query));
  }

  /** The deepest component whose text contains `text`; throws with the document's texts when none does. */
  byText(text: string): UiNode {
    const node = deepestContaining(this.root(), text);
    if (node === undefined) throw new Error(`No component shows "${text}". Texts: ${JSON.stringify(this.texts())}`);
    return node;
  }

  /** The first Button (or LoadingButton) whose text is `label`. */
  button(label: string): UiNode {
    const buttons = this.findAll((n) => BUTTON_TYPES.has(n.type));
    const found = buttons.find((b) => textOf(b).trim() === label);
    if (found === undefined) throw new Error(`No button "${label}". Buttons: ${JSON.stringify(buttons.map((b) => textOf(b).trim()))}`);
    return found;
  }

  /** The first component with `props.name === name`: how `useForm().register(name)` fields are found. */
  field(name: string): UiNode {
    const found = this.find((n) => n.props.name === name);
    if (found === undefined) throw new Error(`No field named "${name}"`);
    return found;
  }
}
