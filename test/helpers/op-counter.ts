/**
 * Counts the DOM work a function does, so tests can hold the classifier to a node-proportional
 * budget without timing anything. Each DOM getter and method of one jsdom window is wrapped and
 * charged what it costs: a step to a neighbour costs 1, a walk over a subtree (`textContent`,
 * `querySelectorAll`, `getElementsByTagName`, `outerHTML`) costs the subtree's size, a walk up the
 * ancestors (`contains`, `closest`, `compareDocumentPosition`) costs the depths. A quadratic
 * algorithm therefore shows up as a count far beyond the page's size, on any machine.
 */

/**
 * DOM work allowed per unit of page size (a node, or 64 characters of text). The 40 corpus pages need
 * 20–210 per unit and generated pages less; a quadratic walk over a few hundred nested levels needs
 * thousands, so this catches one without timing anything.
 */
export const OPS_PER_UNIT = 400;
/** Fixed cost of a page of any size: a few dozen whole-document queries for metadata and vendors. */
export const OPS_BASE = 5_000;

/** Size of a page for budgets: every node counts 1, and every 64 characters of text count 1. */
const CHARS_PER_UNIT = 64;

const STEP_GETTERS = [
  'parentNode', 'parentElement', 'firstChild', 'lastChild', 'previousSibling', 'nextSibling', 'childNodes',
  'firstElementChild', 'lastElementChild', 'previousElementSibling', 'nextElementSibling', 'children', 'childElementCount',
  'nodeType', 'nodeName', 'tagName', 'localName', 'namespaceURI', 'isConnected', 'ownerDocument', 'id', 'className',
  'body', 'head', 'documentElement', 'title', 'baseURI', 'URL',
];
const TEXT_GETTERS = ['data', 'nodeValue', 'length'];
const SUBTREE_GETTERS = ['textContent', 'innerHTML', 'outerHTML', 'innerText'];
const SUBTREE_METHODS = ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'getElementsByTagNameNS', 'getElementsByClassName', 'cloneNode'];
const ANCESTOR_METHODS = ['contains', 'compareDocumentPosition', 'closest', 'getRootNode'];
const ATTRIBUTE_METHODS = ['getAttribute', 'getAttributeNS', 'hasAttribute', 'hasAttributes', 'getAttributeNames', 'matches', 'hasChildNodes'];

export interface OpCount {
  /** DOM work done while the counter was installed. */
  ops: number;
  /** The page's size: nodes + text characters / 64, measured when the counter was installed. */
  size: number;
  /** The work per accessor, to name the culprit when a budget is blown. */
  byName: Record<string, number>;
}

interface Measures {
  subtree: WeakMap<object, number>;
  depth: WeakMap<object, number>;
  size: number;
}

/** One iterative pass (no recursion: pages nest 3,000 deep) measuring subtree sizes and depths. */
function measure(root: Node): Measures {
  const subtree = new WeakMap<object, number>();
  const depth = new WeakMap<object, number>();
  const order: Node[] = [];
  const stack: Array<{ node: Node; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth: d } = stack.pop()!;
    order.push(node);
    depth.set(node, d);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, depth: d + 1 });
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    const own = 1 + (node.nodeType === 3 || node.nodeType === 8 ? Math.floor((node as CharacterData).data.length / CHARS_PER_UNIT) : 0);
    let total = own;
    for (let child = node.firstChild; child; child = child.nextSibling) total += subtree.get(child) ?? 0;
    subtree.set(node, total);
  }
  return { subtree, depth, size: subtree.get(root) ?? 1 };
}

type Prototype = Record<string, unknown>;

/**
 * Runs `fn` with every DOM accessor of `doc`'s window (or `window`) counted, and returns its result with the count.
 * The wrappers are removed afterwards, even when `fn` throws.
 */
export function countDomOps<T>(doc: Document, fn: () => T, window: Window | null = doc.defaultView): { result: T } & OpCount {
  // DOMParser documents have no defaultView but share the prototypes of the window that made them.
  const win = window as unknown as Record<string, { prototype: Prototype } | undefined> | null;
  if (!win) throw new Error('countDomOps needs the jsdom window whose prototypes the document uses');
  const { subtree, depth, size } = measure(doc);
  // `inside`: work that jsdom or its selector engine does for a call already charged is not charged again.
  const state = { ops: 0, inside: 0 };
  const byName: Record<string, number> = {};
  const charge = (name: string, amount: number) => {
    state.ops += amount;
    byName[name] = (byName[name] ?? 0) + amount;
  };
  const subtreeCost = (node: unknown) => subtree.get(node as object) ?? 1;
  const depthCost = (node: unknown) => (depth.get(node as object) ?? 1) + 1;
  const restores: Array<() => void> = [];

  const wrap = (proto: Prototype, name: string, cost: (self: unknown, args: unknown[], value: unknown) => number) => {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (!descriptor || !descriptor.configurable) return;
    if (descriptor.get) {
      const get = descriptor.get;
      Object.defineProperty(proto, name, {
        ...descriptor,
        get(this: unknown) {
          if (state.inside > 0) return get.call(this);
          state.inside++;
          try {
            const value = get.call(this);
            charge(name, cost(this, [], value));
            return value;
          } finally {
            state.inside--;
          }
        },
      });
    } else if (typeof descriptor.value === 'function') {
      const method = descriptor.value as (...args: unknown[]) => unknown;
      Object.defineProperty(proto, name, {
        ...descriptor,
        value(this: unknown, ...args: unknown[]) {
          if (state.inside > 0) return method.apply(this, args);
          state.inside++;
          try {
            const value = method.apply(this, args);
            charge(name, cost(this, args, value));
            return value;
          } finally {
            state.inside--;
          }
        },
      });
    } else {
      return;
    }
    restores.push(() => Object.defineProperty(proto, name, descriptor));
  };

  const prototypes = ['Node', 'Element', 'Document', 'DocumentFragment', 'CharacterData', 'HTMLElement']
    .map((name) => win[name]?.prototype)
    .filter((proto): proto is Prototype => proto !== undefined);
  for (const proto of prototypes) {
    for (const name of STEP_GETTERS) wrap(proto, name, () => 1);
    for (const name of TEXT_GETTERS) wrap(proto, name, (_self, _args, value) => 1 + (typeof value === 'string' ? Math.floor(value.length / CHARS_PER_UNIT) : 0));
    for (const name of SUBTREE_GETTERS) wrap(proto, name, (self) => subtreeCost(self));
    for (const name of SUBTREE_METHODS) wrap(proto, name, (self) => subtreeCost(self));
    for (const name of ANCESTOR_METHODS) wrap(proto, name, (self, args) => depthCost(self) + (args[0] && typeof args[0] === 'object' ? depthCost(args[0]) : 0));
    for (const name of ATTRIBUTE_METHODS) wrap(proto, name, () => 1);
  }
  try {
    const result = fn();
    return { result, ops: state.ops, size, byName };
  } finally {
    for (const restore of restores.reverse()) restore();
  }
}
