/** The canonical list container `{items, pagination}` (CONTRACT.md §3) the mock answers with. */

/** One page of `items` by the `page` and `limit` query parameters (limit 1–100). */
export function pageOf<T>(items: T[], query: Record<string, string>, defaultLimit = 20) {
  const page = Math.max(1, Number.parseInt(query.page ?? '', 10) || 1);
  const limit = Math.min(100, Math.max(1, Number.parseInt(query.limit ?? '', 10) || defaultLimit));
  const total = items.length;
  const totalPages = Math.max(1, Math.ceil(total / limit));
  return {
    items: items.slice((page - 1) * limit, page * limit),
    pagination: {page, limit, total, totalPages, hasNext: page < totalPages, hasPrev: page > 1},
  };
}

/** Every item on one page (short lists the API does not page). */
export function onePage<T>(items: T[]) {
  return {
    items,
    pagination: {page: 1, limit: Math.max(items.length, 1), total: items.length, totalPages: 1, hasNext: false, hasPrev: false},
  };
}
