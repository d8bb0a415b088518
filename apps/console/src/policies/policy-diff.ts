/** One leaf of a policy document that differs between two versions. */
export interface PolicyChange {
  /** Dotted path, array items by index: `remedies.0.frontlineLimit`. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

type Leaves = Map<string, unknown>;

/**
 * The changes from one policy document to another, leaf by leaf, in the order
 * the fields appear (the older document's order first, then fields only the
 * newer one has). Arrays are compared by position: a policy's ladder and
 * remedies are ordered lists, so a moved rung is a change of that rung.
 */
export function diffPolicyDocuments(before: unknown, after: unknown): PolicyChange[] {
  const old = leavesOf(before);
  const updated = leavesOf(after);
  const paths = new Set([...old.keys(), ...updated.keys()]);
  const changes: PolicyChange[] = [];
  for (const path of paths) {
    const change = compareLeaf(path, old, updated);
    if (change) changes.push(change);
  }
  return changes;
}

function compareLeaf(path: string, old: Leaves, updated: Leaves): PolicyChange | undefined {
  if (!old.has(path)) return { path, kind: 'added', after: updated.get(path) };
  if (!updated.has(path)) return { path, kind: 'removed', before: old.get(path) };
  const [before, after] = [old.get(path), updated.get(path)];
  return Object.is(before, after) ? undefined : { path, kind: 'changed', before, after };
}

// Empty objects and arrays are leaves too, so "no categories" and "categories: []" differ.
function leavesOf(value: unknown, path = '', into: Leaves = new Map()): Leaves {
  const entries = childrenOf(value);
  if (entries === undefined || entries.length === 0) {
    if (path !== '' || entries === undefined) into.set(path, value);
    return into;
  }
  for (const [name, child] of entries) leavesOf(child, path ? `${path}.${name}` : name, into);
  return into;
}

function childrenOf(value: unknown): [string, unknown][] | undefined {
  if (Array.isArray(value)) return value.map((item, index) => [String(index), item]);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).filter(([, child]) => child !== undefined);
  }
  return undefined;
}

/** A leaf value as the diff shows it: JSON, with an absent side said in words. */
export function formatLeaf(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}

/**
 * The document's fields in the order people read a policy. Stored documents come
 * back from PostgreSQL's jsonb with their keys reordered (shortest first), so the
 * diff is put back into this order rather than the order of the stored JSON.
 */
export const POLICY_FIELD_ORDER = [
  'key',
  'title',
  'description',
  'isDefault',
  'appliesTo',
  'acknowledgeWithin',
  'resolveWithin',
  'escalation',
  'remedies',
  'approvalTimeout',
  'confirmPromiseWithin',
  'followUpAfter',
  'feedbackWindow',
];

/** The changes ordered by their top-level field in `order` (unknown fields last), stable within a field. */
export function inFieldOrder(
  changes: PolicyChange[],
  order: readonly string[] = POLICY_FIELD_ORDER,
): PolicyChange[] {
  const rank = (change: PolicyChange) => {
    const index = order.indexOf(change.path.split('.')[0] ?? '');
    return index === -1 ? order.length : index;
  };
  return [...changes].sort((a, b) => rank(a) - rank(b));
}
