/** C1–C6. Content: pages, posts, categories, menus. */
import * as z from 'zod/mini';
import {
  bool,
  dateTime,
  id,
  int,
  isRecord,
  list,
  nullableId,
  nullableInt,
  nullableRecord,
  nullableText,
  oneOf,
  text,
  withAliases,
} from './fields.js';
import {listContainer, type Parser} from './parse.js';

export const TagSchema = z.object({id, name: text, color: nullableText});
export type Tag = z.output<typeof TagSchema>;

export const CmsCategorySchema = z.object({
  id,
  name: text,
  slug: text,
  description: nullableText,
  parentId: nullableId,
  postCount: nullableInt,
});
export type CmsCategory = z.output<typeof CmsCategorySchema>;

/** Page or post content as sent: a JSON string, an array, an object with `blocks`, HTML, or null (§7.10). */
export type RawBlocks = string | unknown[] | Record<string, unknown> | null;
const rawBlocks = z.transform((value: unknown): RawBlocks =>
  typeof value === 'string' || Array.isArray(value) || isRecord(value) ? value : null,
);

export const PageSummarySchema = z.object({
  id,
  title: text,
  slug: text,
  excerpt: nullableText,
  status: text,
  visibility: text,
  featuredImage: nullableText,
  parentId: nullableId,
  sortOrder: int(0),
  seoTitle: nullableText,
  seoDescription: nullableText,
  publishedAt: dateTime,
  createdAt: dateTime,
  updatedAt: dateTime,
  tags: list(TagSchema),
});
export type PageSummary = z.output<typeof PageSummarySchema>;

export const PageSchema = z.object({
  ...PageSummarySchema.shape,
  blocks: rawBlocks,
  /** HTML alternatives some servers send instead of blocks. */
  content: nullableText,
  html: nullableText,
});
export type Page = z.output<typeof PageSchema>;

export const PostSummarySchema = z.object({
  id,
  type: text,
  slug: text,
  title: text,
  excerpt: nullableText,
  status: text,
  visibility: text,
  featuredImage: nullableText,
  authorId: nullableId,
  parentId: nullableId,
  sortOrder: int(0),
  publishedAt: dateTime,
  createdAt: dateTime,
  updatedAt: dateTime,
  categories: list(CmsCategorySchema),
  tags: list(TagSchema),
});
export type PostSummary = z.output<typeof PostSummarySchema>;

export const PostSchema = z.object({
  ...PostSummarySchema.shape,
  companyId: nullableText,
  blocks: rawBlocks,
  content: nullableText,
  html: nullableText,
  seoTitle: nullableText,
  seoDescription: nullableText,
  /** Custom fields by key. */
  meta: nullableRecord,
});
export type Post = z.output<typeof PostSchema>;

export const MENU_ITEM_TYPES = ['page', 'post', 'category', 'custom', 'url'] as const;

const MenuItemFieldsSchema = withAliases(
  {label: ['title'], url: ['href']},
  z.object({
    id: nullableId,
    label: text,
    url: text,
    type: oneOf(MENU_ITEM_TYPES),
    slug: nullableText,
    openInNewTab: bool,
    target: nullableText,
    sortOrder: int(0),
  }),
);

export interface MenuItem {
  id: string | number | null;
  label: string;
  /** Absolute or site-relative; check with isSafeLinkUrl before rendering. */
  url: string;
  type: z.output<typeof MenuItemFieldsSchema>['type'];
  slug: string | null;
  openInNewTab: boolean;
  sortOrder: number;
  children: MenuItem[];
}

const MAX_MENU_DEPTH = 3;

/** One item and its children; a child that cannot be read is left out and named in `dropped`. */
function menuItem(value: unknown, depth: number, path: string, dropped: string[]): MenuItem | null {
  const parsed = z.safeParse(MenuItemFieldsSchema, value);
  if (!parsed.success) {
    dropped.push(`${path}: Invalid menu item`);
    return null;
  }
  const {target, openInNewTab, ...fields} = parsed.data;
  const children = depth < MAX_MENU_DEPTH && isRecord(value) && Array.isArray(value.children) ? value.children : [];
  return {
    ...fields,
    openInNewTab: openInNewTab || target === '_blank',
    children: children
      .map((child, index) => menuItem(child, depth + 1, `${path}.children.${index}`, dropped))
      .filter((child): child is MenuItem => child !== null),
  };
}

export interface Menu {
  location: string;
  name: string | null;
  items: MenuItem[];
  dropped: number;
}

/** C6: `{location, name, items}` or a bare `MenuItem[]`. */
export function parseMenu(location: string): Parser<Menu> {
  return (payload, context) => {
    const {array, container, key} = listContainer(payload);
    const issues: string[] = [];
    const items = array
      .map((element, index) => menuItem(element, 1, key ? `${key}.${index}` : String(index), issues))
      .filter((item): item is MenuItem => item !== null);
    if (issues.length) context.reportDropped(issues.length, issues);
    return {
      location: typeof container?.location === 'string' ? container.location : location,
      name: typeof container?.name === 'string' ? container.name : null,
      items,
      dropped: issues.length,
    };
  };
}
