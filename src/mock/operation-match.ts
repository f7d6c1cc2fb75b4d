import {API_PREFIX, operationIds, operations, type OperationId} from '../api/operations.js';

export interface OperationMatch {
  operation: OperationId;
  /** The path's `{placeholders}`, URL-decoded. */
  params: Record<string, string>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/**
 * Each operation's path as MSW matches `*{API_PREFIX}{path}` (path-to-regexp's defaults): on any
 * origin, one segment per placeholder, an optional trailing slash, any letter case.
 */
const patterns = operationIds.map((operation) => {
  const {method, path} = operations[operation];
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const source = escapeRegExp(`${API_PREFIX}${path}`).replace(/\{\w+\}/g, '([^/#?]+?)');
  return {operation, method, names, pattern: new RegExp(`^.*${source}[/#?]?$`, 'i')};
});

/** The operation a request is for, by method and URL path; null when none. */
export function matchOperation(method: string, url: string): OperationMatch | null {
  const {pathname} = new URL(url);
  for (const {operation, method: wanted, names, pattern} of patterns) {
    if (method.toUpperCase() !== wanted) continue;
    const found = pattern.exec(pathname);
    if (found) return {operation, params: Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 1]!)]))};
  }
  return null;
}
