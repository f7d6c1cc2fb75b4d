/** C1–C6. Content: pages, posts, categories, menus. */
import {contentAndEvents} from './operations/content-and-events.js';
import type {CallOptions, FavClient} from './client.js';
import {
  CmsCategorySchema,
  PageSchema,
  PageSummarySchema,
  PostSchema,
  PostSummarySchema,
  parseMenu,
  type CmsCategory,
  type Menu,
  type Page,
  type PageSummary,
  type Post,
  type PostSummary,
} from './schemas/cms.js';
import type {Id} from './schemas/fields.js';
import {listOf, one, type ListResult} from './schemas/parse.js';

export interface PagesQuery {
  search?: string;
  page?: number;
  limit?: number;
}

export interface PostsQuery extends PagesQuery {
  /** Post type. */
  type?: string;
  categoryId?: Id;
  sort?: 'createdAt' | 'updatedAt' | 'publishedAt' | 'title' | 'sortOrder';
  order?: 'asc' | 'desc';
}

/** C1. */
export function listPages(client: FavClient, query: PagesQuery = {}, options?: CallOptions): Promise<ListResult<PageSummary>> {
  return client.call(contentAndEvents.listPages, {query: {search: query.search, page: query.page, limit: query.limit}, parse: listOf(PageSummarySchema)}, options);
}

/** C2. 404 `NOT_FOUND`. `blocks` stays raw (see §7.10). */
export function getPage(client: FavClient, slug: string, options?: CallOptions): Promise<Page> {
  return client.call(contentAndEvents.getPage, {params: {slug}, parse: one(PageSchema)}, options);
}

/** C3. */
export function listPosts(client: FavClient, query: PostsQuery = {}, options?: CallOptions): Promise<ListResult<PostSummary>> {
  const {search, page, limit, type, categoryId, sort, order} = query;
  return client.call(contentAndEvents.listPosts, {query: {search, page, limit, type, categoryId, sort, order}, parse: listOf(PostSummarySchema)}, options);
}

/** C4. */
export function getPost(client: FavClient, slug: string, options?: CallOptions): Promise<Post> {
  return client.call(contentAndEvents.getPost, {params: {slug}, parse: one(PostSchema)}, options);
}

/** C5. */
export function listCmsCategories(client: FavClient, options?: CallOptions): Promise<ListResult<CmsCategory>> {
  return client.call(contentAndEvents.listCmsCategories, {parse: listOf(CmsCategorySchema)}, options);
}

/** C6. An unknown location gives 404. */
export function getMenu(client: FavClient, location: string, options?: CallOptions): Promise<Menu> {
  return client.call(contentAndEvents.getMenu, {params: {location}, parse: parseMenu(location)}, options);
}
