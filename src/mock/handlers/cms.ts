/**
 * C. Content: C1–C6 over the fixtures in ../fixtures/cms.ts.
 *
 * Only published, public content whose `publishedAt` has come is listed or found by slug; drafts,
 * private items and scheduled posts give 404. Dates are placed relative to the mock clock the first
 * time a tenant's content is read after a reset, so a test can move the clock past a scheduled post.
 * Content is returned verbatim (hostile HTML included): sanitising is the widgets' job.
 */
import {
  cmsFixtures,
  type CmsCategoryFixture,
  type CmsMenuItemFixture,
  type CmsPageFixture,
  type CmsPostFixture,
  type CmsTenantFixture,
} from '../fixtures/cms.js';
import {assertValid, notFound, ok, route, type MockRoute} from '../route.js';
import {pageOf} from '../paging.js';
import {onReset, type TenantState} from '../state.js';
import {pick, type MockLocale, type Text} from '../text.js';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

/** The instant each tenant's "days ago" offsets count from. */
let anchors = new Map<string, number>();
onReset(() => {
  anchors = new Map();
});

const EMPTY: CmsTenantFixture = {tags: [], categories: [], pages: [], posts: [], menus: []};

function fixtureOf(tenant: TenantState): CmsTenantFixture {
  return cmsFixtures[tenant.id] ?? EMPTY;
}

function anchorOf(tenant: TenantState, now: number): number {
  let anchor = anchors.get(tenant.id);
  if (anchor === undefined) {
    anchor = Math.floor(now / HOUR_MS) * HOUR_MS;
    anchors.set(tenant.id, anchor);
  }
  return anchor;
}

interface Dates {
  publishedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

function datesOf(item: CmsPageFixture | CmsPostFixture, anchor: number): Dates {
  return {
    publishedAt: item.publishedDaysAgo === null ? null : anchor - item.publishedDaysAgo * DAY_MS,
    createdAt: anchor - item.createdDaysAgo * DAY_MS,
    updatedAt: anchor - item.updatedDaysAgo * DAY_MS,
  };
}

function isVisible(item: CmsPageFixture | CmsPostFixture, anchor: number, now: number): boolean {
  const {publishedAt} = datesOf(item, anchor);
  return item.status === 'published' && item.visibility === 'public' && publishedAt !== null && publishedAt <= now;
}

const iso = (instant: number | null) => (instant === null ? null : new Date(instant).toISOString());

// ---------------------------------------------------------------------------------------------
// Lists

/** Case-insensitive match on title or excerpt, in either language (visitors may type either). */
function matches(search: string, ...texts: (Text | null)[]): boolean {
  if (!search) return true;
  return texts.some((text) => text !== null && (text.en.toLowerCase().includes(search) || text.zh.toLowerCase().includes(search)));
}

const collator = (locale: MockLocale) => new Intl.Collator(locale === 'zh' ? 'zh-Hant' : 'en', {sensitivity: 'base'});

// ---------------------------------------------------------------------------------------------
// JSON

function tagsJson(fixture: CmsTenantFixture, ids: string[], locale: MockLocale) {
  return ids
    .map((id) => fixture.tags.find((tag) => tag.id === id))
    .filter((tag) => tag !== undefined)
    .map((tag) => ({id: tag.id, name: pick(tag.name, locale), color: tag.color}));
}

function categoryRef(category: CmsCategoryFixture, locale: MockLocale) {
  return {
    id: category.id,
    name: pick(category.name, locale),
    slug: category.slug,
    description: pick(category.description, locale),
    parentId: category.parentId,
  };
}

function pageSummaryJson(fixture: CmsTenantFixture, page: CmsPageFixture, locale: MockLocale, anchor: number) {
  const dates = datesOf(page, anchor);
  return {
    id: page.id,
    title: pick(page.title, locale),
    slug: page.slug,
    excerpt: pick(page.excerpt, locale),
    status: page.status,
    visibility: page.visibility,
    featuredImage: page.featuredImage,
    featuredImageAlt: pick(page.featuredImageAlt, locale),
    parentId: page.parentId,
    sortOrder: page.sortOrder,
    seoTitle: pick(page.seoTitle, locale),
    seoDescription: pick(page.seoDescription, locale),
    publishedAt: iso(dates.publishedAt),
    createdAt: iso(dates.createdAt),
    updatedAt: iso(dates.updatedAt),
    tags: tagsJson(fixture, page.tagIds, locale),
  };
}

function postSummaryJson(fixture: CmsTenantFixture, post: CmsPostFixture, locale: MockLocale, anchor: number) {
  const dates = datesOf(post, anchor);
  return {
    id: post.id,
    type: post.type,
    slug: post.slug,
    title: pick(post.title, locale),
    excerpt: pick(post.excerpt, locale),
    status: post.status,
    visibility: post.visibility,
    featuredImage: post.featuredImage,
    featuredImageAlt: pick(post.featuredImageAlt, locale),
    authorId: post.authorId,
    parentId: null,
    sortOrder: post.sortOrder,
    publishedAt: iso(dates.publishedAt),
    createdAt: iso(dates.createdAt),
    updatedAt: iso(dates.updatedAt),
    categories: post.categoryIds
      .map((id) => fixture.categories.find((category) => category.id === id))
      .filter((category) => category !== undefined)
      .map((category) => categoryRef(category, locale)),
    tags: tagsJson(fixture, post.tagIds, locale),
  };
}

function menuItemJson(item: CmsMenuItemFixture, index: number, locale: MockLocale): Record<string, unknown> {
  return {
    id: item.id,
    label: pick(item.label, locale),
    url: item.url,
    type: item.type,
    ...(item.slug ? {slug: item.slug} : {}),
    openInNewTab: item.openInNewTab ?? false,
    sortOrder: index + 1,
    children: (item.children ?? []).map((child, childIndex) => menuItemJson(child, childIndex, locale)),
  };
}

// ---------------------------------------------------------------------------------------------
// Posts query

const SORTS = ['createdAt', 'updatedAt', 'publishedAt', 'title', 'sortOrder'] as const;
type Sort = (typeof SORTS)[number];

function sortPosts(posts: CmsPostFixture[], sort: Sort, descending: boolean, locale: MockLocale, anchor: number): CmsPostFixture[] {
  const compareTitles = collator(locale).compare;
  const value = (post: CmsPostFixture): number => {
    const dates = datesOf(post, anchor);
    return sort === 'sortOrder' ? post.sortOrder : sort === 'createdAt' ? dates.createdAt : sort === 'updatedAt' ? dates.updatedAt : (dates.publishedAt ?? 0);
  };
  const sorted = [...posts].sort((a, b) => {
    const primary = sort === 'title' ? compareTitles(a.title[locale], b.title[locale]) : value(a) - value(b);
    return primary !== 0 ? primary : a.id.localeCompare(b.id);
  });
  return descending ? sorted.reverse() : sorted;
}

function visiblePosts(tenant: TenantState, now: number): CmsPostFixture[] {
  const anchor = anchorOf(tenant, now);
  return fixtureOf(tenant).posts.filter((post) => isVisible(post, anchor, now));
}

// ---------------------------------------------------------------------------------------------
// Routes

export const cmsRoutes: MockRoute[] = [
  route('listPages', ({tenant, query, locale, now}) => {
    const fixture = fixtureOf(tenant);
    const anchor = anchorOf(tenant, now);
    const search = (query.search ?? '').trim().toLowerCase();
    const compareTitles = collator(locale).compare;
    const pages = fixture.pages
      .filter((page) => isVisible(page, anchor, now) && matches(search, page.title, page.excerpt))
      .sort((a, b) => a.sortOrder - b.sortOrder || compareTitles(a.title[locale], b.title[locale]));
    return ok(pageOf(pages.map((page) => pageSummaryJson(fixture, page, locale, anchor)), query));
  }),

  route('getPage', ({tenant, params, locale, now}) => {
    const fixture = fixtureOf(tenant);
    const anchor = anchorOf(tenant, now);
    const page = fixture.pages.find((candidate) => candidate.slug === params.slug && isVisible(candidate, anchor, now));
    if (!page) throw notFound(`No page ${params.slug}`);
    return ok({...pageSummaryJson(fixture, page, locale, anchor), blocks: page.blocks[locale]});
  }),

  route('listPosts', ({tenant, query, locale, now}) => {
    const fixture = fixtureOf(tenant);
    const anchor = anchorOf(tenant, now);
    const sort = query.sort?.trim() || 'publishedAt';
    const order = query.order?.trim().toLowerCase();
    assertValid({
      sort: (SORTS as readonly string[]).includes(sort) ? undefined : `Sort by one of ${SORTS.join(', ')}`,
      order: order === undefined || order === '' || order === 'asc' || order === 'desc' ? undefined : 'Order must be asc or desc',
    });
    const search = (query.search ?? '').trim().toLowerCase();
    const type = (query.type ?? '').trim().toLowerCase();
    // The SDK maps a legacy `category` (id or slug) to categoryId.
    const categoryKey = (query.categoryId ?? query.category ?? '').trim();
    const category = categoryKey ? fixture.categories.find((candidate) => candidate.id === categoryKey || candidate.slug === categoryKey) : undefined;
    const posts = visiblePosts(tenant, now)
      .filter((post) => matches(search, post.title, post.excerpt))
      .filter((post) => !type || post.type === type)
      .filter((post) => !categoryKey || (category !== undefined && post.categoryIds.includes(category.id)));
    const descending = order ? order === 'desc' : sort !== 'title' && sort !== 'sortOrder';
    const sorted = sortPosts(posts, sort as Sort, descending, locale, anchor);
    return ok(pageOf(sorted.map((post) => postSummaryJson(fixture, post, locale, anchor)), query));
  }),

  route('getPost', ({tenant, params, locale, now}) => {
    const fixture = fixtureOf(tenant);
    const anchor = anchorOf(tenant, now);
    const post = fixture.posts.find((candidate) => candidate.slug === params.slug && isVisible(candidate, anchor, now));
    if (!post) throw notFound(`No post ${params.slug}`);
    return ok({
      ...postSummaryJson(fixture, post, locale, anchor),
      companyId: tenant.id,
      blocks: post.blocks[locale],
      seoTitle: pick(post.seoTitle, locale),
      seoDescription: pick(post.seoDescription, locale),
      meta: post.meta[locale],
    });
  }),

  route('listCmsCategories', ({tenant, query, locale, now}) => {
    const fixture = fixtureOf(tenant);
    const posts = visiblePosts(tenant, now);
    const categories = [...fixture.categories]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((category) => ({...categoryRef(category, locale), postCount: posts.filter((post) => post.categoryIds.includes(category.id)).length}));
    return ok(pageOf(categories, query, 100));
  }),

  route('getMenu', ({tenant, params, locale}) => {
    const menu = fixtureOf(tenant).menus.find((candidate) => candidate.location === params.location);
    if (!menu) throw notFound(`No menu at ${params.location}`);
    return ok({location: menu.location, name: pick(menu.name, locale), items: menu.items.map((item, index) => menuItemJson(item, index, locale))});
  }),
];
