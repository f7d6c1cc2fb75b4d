/** Survey branch conditions (CONTRACT.md §7.3): one rule for the widget and the mock. */

export interface BranchCondition {
  operator: string | null;
  value: unknown;
}

/** Whether an answer meets a branch's `when`. Choice lists match when any chosen value does. */
export function branchMatches(when: BranchCondition, value: unknown): boolean {
  const expected = when.value;
  const same = (a: unknown) => String(a) === String(expected);
  switch (when.operator) {
    case 'equals':
      return Array.isArray(value) ? value.some(same) : same(value);
    case 'not_equals':
      return Array.isArray(value) ? !value.some(same) : !same(value);
    case 'contains':
      return Array.isArray(value) ? value.some(same) : typeof value === 'string' && value.includes(String(expected));
    case 'greater_than':
    case 'less_than': {
      const a = typeof value === 'number' ? value : Number.NaN;
      const b = Number(expected);
      if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
      return when.operator === 'greater_than' ? a > b : a < b;
    }
    default:
      return false;
  }
}
