/**
 * State of the CMS elements: one page or post, a post list with its query, a menu. Each calls the
 * typed C1–C6 functions; a newer load supersedes an older one (its answer is ignored), the same
 * load twice at once sends one request, and a failure keeps what the visitor typed and what was shown.
 */
import type {FavClient} from '../../api/client.js';
import {getMenu, getPage, getPost, listCmsCategories, listPosts} from '../../api/cms.js';
import {isFavApiError} from '../../api/errors.js';
import type {CmsCategory, Menu, Page, Post, PostSummary} from '../../api/schemas/cms.js';
import type {Pagination} from '../../api/schemas/parse.js';
import {adoptLater} from '../shared/adopt-styles.js';
import {FlowState, type FlowElement, type FlowHooks} from '../shared/flow-state.js';
import type {Content} from './cms-content.js';

type ContentModule = typeof import('./cms-content.js');
let contentModule: Promise<ContentModule> | undefined;
/** @internal The renderer and DOMPurify, loaded once on first use. */
export function loadContentModule(): Promise<ContentModule> {
  contentModule ??= import('./cms-content.js');
  contentModule.catch(() => (contentModule = undefined));
  return contentModule;
}

/** A CMS element as its flow sees it: it also adopts the content's styles once they arrive. */
export interface CmsFlowElement extends FlowElement {
  readonly shadowRoot: ShadowRoot | null;
}

const isNotFound = (error: unknown) => isFavApiError(error) && error.status === 404;
const isAbort = (error: unknown) => isFavApiError(error) && error.kind === 'aborted';

abstract class Flow<H extends FlowHooks, S extends Flow<H, S>> extends FlowState<CmsFlowElement, H, S> {
  private sequence = 0;
  private running?: string;

  /** Runs `work` unless the same `key` is already running; a newer run makes older answers stale. */
  protected async run(key: string, work: (client: FavClient) => Promise<(() => void) | void>, onFail: (error: unknown) => void): Promise<void> {
    const client = this.element.client;
    if (!client || (this.busy && this.running === key)) return;
    const ticket = ++this.sequence;
    this.running = key;
    this.busy = true;
    this.error = undefined;
    this.element.requestUpdate();
    try {
      const apply = await work(client);
      if (ticket !== this.sequence) return;
      apply?.();
    } catch (error) {
      if (ticket !== this.sequence || isAbort(error)) return;
      this.error = error;
      onFail(error);
      this.failed(error);
    } finally {
      if (ticket === this.sequence) {
        this.busy = false;
        this.running = undefined;
        this.element.requestUpdate();
      }
    }
  }
}

export type ContentStep = 'loading' | 'ready' | 'not-found' | 'error';

/** What `<fav-page>` and `<fav-post>` are told: the item is on screen (they fire `fav-page-loaded` / `fav-post-loaded`). */
export interface ContentHooks<T> extends FlowHooks {
  loaded(item: T): void;
}

/** One page (C2) or post (C4) by slug. */
export class ContentFlow<T extends Page | Post> extends Flow<ContentHooks<T>, ContentFlow<T>> {
  step: ContentStep = 'loading';
  item?: T;
  content?: Content;
  renderer?: ContentModule;
  slug = '';

  constructor(
    element: CmsFlowElement,
    hooks: ContentHooks<T>,
    private readonly fetch: (client: FavClient, slug: string, signal: AbortSignal) => Promise<T>,
  ) {
    super(element, hooks);
  }

  load(slug: string): Promise<void> {
    this.slug = slug;
    if (this.item?.slug !== slug) this.step = 'loading';
    return this.run(
      slug,
      async (client) => {
        const [item, renderer] = await Promise.all([this.fetch(client, slug, this.signal), loadContentModule()]);
        return () => {
          adoptLater(this.element.shadowRoot, [renderer.renderedContentStyles]);
          this.item = item;
          this.renderer = renderer;
          this.content = renderer.contentOf(item);
          this.step = 'ready';
          this.element.requestUpdate(); // so listeners of the event can await the rendered content
          this.hooks.loaded(item);
        };
      },
      (error) => {
        if (isNotFound(error)) this.item = undefined;
        this.step = isNotFound(error) ? 'not-found' : 'error';
      },
    );
  }

  retry(): Promise<void> {
    return this.load(this.slug);
  }
}

export const pageFetch = (client: FavClient, slug: string, signal: AbortSignal) => getPage(client, slug, {signal});
export const postFetch = (client: FavClient, slug: string, signal: AbortSignal) => getPost(client, slug, {signal});

export type PostsStep = 'loading' | 'list' | 'error' | 'post';

export interface PostsQueryState {
  search: string;
  categoryId: string;
  page: number;
}

/** The post list (C3) with search, category (C5) and pages; the opened post for in-place reading. */
export class PostsFlow extends Flow<FlowHooks, PostsFlow> {
  step: PostsStep = 'loading';
  posts: PostSummary[] = [];
  pagination: Pagination | null = null;
  categories: CmsCategory[] = [];
  /** What the visitor typed and chose; kept across failures. */
  query: PostsQueryState = {search: '', categoryId: '', page: 1};
  /** The query of the posts shown. */
  shown?: PostsQueryState;
  /** The post read in place. */
  openSlug = '';
  private limit = 10;
  private type = '';

  /** The list as the element's attributes ask for it: a category, a post type, posts per page. */
  async start(categoryId: string, type: string, limit: number): Promise<void> {
    this.limit = limit;
    this.type = type;
    const client = this.element.client;
    if (!client) return;
    this.query = {...this.query, categoryId};
    this.readCategories(client);
    await this.fetchPage(1);
  }

  /** Categories are a convenience: the list still works when they fail. */
  private readCategories(client: FavClient): void {
    listCmsCategories(client, {signal: this.signal}).then(
      (result) => {
        this.categories = result.items;
        this.element.requestUpdate();
      },
      (error: unknown) => {
        if (!isAbort(error)) this.failed(error);
      },
    );
  }

  /** The locale changed: the categories and the posts shown come again in its language; what was typed, the page and a post opened in place stay. */
  reread(): void {
    this.readCategories(this.element.client!);
    if (this.shown) void this.fetchPage(this.shown.page, this.shown);
  }

  /** What the visitor typed in the search box (the field shows it already; it applies on {@link search}). */
  searchTyped(search: string): void {
    this.query = {...this.query, search};
  }

  /** The category the visitor chose (it applies on {@link search}). */
  categoryChosen(categoryId: string): void {
    this.query = {...this.query, categoryId};
  }

  /** The visitor sent the search form: its first page. */
  search(search: string, categoryId: string): Promise<void> {
    this.query = {search, categoryId, page: 1};
    return this.fetchPage(1);
  }

  /** A page of the posts of `query` (what was typed and chosen, unless given); a post opened in place stays open. */
  fetchPage(page: number, query = {...this.query, page}): Promise<void> {
    return this.run(
      JSON.stringify(query),
      async (client) => {
        const result = await listPosts(
          client,
          {search: query.search.trim() || undefined, categoryId: query.categoryId || undefined, type: this.type || undefined, page, limit: this.limit},
          {signal: this.signal},
        );
        return () => {
          this.query = {...this.query, page};
          this.posts = result.items;
          this.pagination = result.pagination;
          this.shown = query;
          if (this.step !== 'post') this.step = 'list';
        };
      },
      () => {
        if (this.step !== 'post') this.step = this.shown ? 'list' : 'error';
      },
    );
  }

  retry(): Promise<void> {
    return this.fetchPage(this.query.page);
  }

  open(slug: string): void {
    this.openSlug = slug;
    this.step = 'post';
    this.element.requestUpdate();
  }

  back(): void {
    this.step = this.shown ? 'list' : 'loading';
    this.element.requestUpdate();
    if (!this.shown) void this.fetchPage(1);
  }
}

export type MenuStep = 'loading' | 'ready' | 'missing' | 'error';

/** A menu (C6) and which submenus are open. */
export class MenuFlow extends Flow<FlowHooks, MenuFlow> {
  step: MenuStep = 'loading';
  menu?: Menu;
  location = '';
  readonly open = new Set<string>();

  load(location: string): Promise<void> {
    this.location = location;
    return this.run(
      location,
      async (client) => {
        const menu = await getMenu(client, location, {signal: this.signal});
        return () => {
          this.menu = menu;
          this.open.clear();
          this.step = 'ready';
        };
      },
      (error) => {
        this.step = isNotFound(error) ? 'missing' : this.menu ? 'ready' : 'error';
      },
    );
  }

  retry(): Promise<void> {
    return this.load(this.location);
  }

  toggle(key: string, open = !this.open.has(key)): void {
    if (open) this.open.add(key);
    else this.open.delete(key);
    this.element.requestUpdate();
  }

  /** The focus left the menu: every submenu closes. */
  closeAll(): void {
    if (!this.open.size) return;
    this.open.clear();
    this.element.requestUpdate();
  }
}
