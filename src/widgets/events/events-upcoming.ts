/**
 * `<fav-events hide-past>`: pages of the events that have not ended, each full. Loaded only with
 * `hide-past` (the element starts loading it on its first render), so other event lists do not pay
 * for it.
 */
import type {FavClient} from '../../api/client.js';
import {listEvents} from '../../api/events.js';
import type {Event} from '../../api/schemas/events.js';
import type {ListResult} from '../../api/schemas/parse.js';

/** The most pages of the API one page of the list reads (a server that never says the list ended). */
const MOST_READS = 25;

/** Where a page of the list starts among the API's pages: it may start inside one. */
interface ListStart {
  page: number;
  index: number;
}

/**
 * Page `n` of the events that have not ended: from where page `n - 1` stopped, through as many of the
 * API's pages as it takes to fill it or reach the end of the list, and one event further, so that
 * "Next" shows only when there is more. No one knows how many pages there are, so the pager says
 * "Page 2" without "of …". Owned by the flow (`EventsFlow`), one per element.
 */
export class UpcomingPages {
  /** Where each page shown so far starts (page 1 first), for the search and page size `query`. */
  private starts: ListStart[] = [];
  private query = '';
  /** The API's pages the last page read, kept for the next page. */
  private read = new Map<number, ListResult<Event>>();

  /**
   * Page `page` (page 1 when where it starts is unknown, e.g. after a new search) of the events that
   * are not `past`; `forward`: the page after the one shown, which may reuse the API page read to
   * look one event ahead.
   */
  async page(
    client: FavClient,
    signal: AbortSignal | undefined,
    page: number,
    search: string,
    limit: number,
    forward: boolean,
    past: (event: Event, now: number) => boolean,
  ): Promise<ListResult<Event>> {
    const query = `${search}\n${limit}`;
    if (query !== this.query) [this.starts, this.query, this.read] = [[{page: 1, index: 0}], query, new Map()];
    if (!this.starts[page - 1]) page = 1;
    const known = forward ? this.read : new Map<number, ListResult<Event>>();
    const now = Date.now();
    const items: Event[] = [];
    const read = new Map<number, ListResult<Event>>();
    let at = this.starts[page - 1]!;
    let next: ListStart | undefined;
    let dropped = 0;
    for (let reads = 0; reads < MOST_READS && !next; reads++, at = {page: at.page + 1, index: 0}) {
      const list = known.get(at.page) ?? (await listEvents(client, {search: search || undefined, page: at.page, limit}, {signal}));
      read.set(at.page, list);
      dropped += list.dropped;
      for (let index = at.index; index < list.items.length && !next; index++) {
        const event = list.items[index]!;
        if (past(event, now)) continue;
        if (items.length < limit) items.push(event);
        else next = {page: at.page, index};
      }
      if (!list.pagination?.hasNext || !list.items.length) break;
    }
    this.read = read;
    this.starts.length = page;
    if (next) this.starts.push(next);
    return {items, dropped, pagination: {page, hasNext: Boolean(next), hasPrev: page > 1}};
  }
}
