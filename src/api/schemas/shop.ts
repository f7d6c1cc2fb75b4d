/** D1–D5. Shop catalogue. Products carry no currency (§7.5). Orders: shop-orders.ts. */
import * as z from 'zod/mini';
import {
  bool,
  id,
  int,
  list,
  maybe,
  nullableId,
  nullableInt,
  nullableMoney,
  nullableRecord,
  nullableText,
  oneOf,
  text,
} from './fields.js';

/** `instock|lowstock|outofstock`; snake_case (`in_stock`) is matched too. */
export const STOCK_STATUSES = ['instock', 'lowstock', 'outofstock'] as const;

const RefSchema = z.object({id, name: text, slug: nullableText});
export type ShopRef = z.output<typeof RefSchema>;

export const productSummaryShape = {
  id,
  name: text,
  /** May be HTML: sanitize before rendering. */
  description: text,
  slug: nullableText,
  price: nullableMoney,
  discountPrice: nullableMoney,
  memberPrice: nullableMoney,
  seoTitle: nullableText,
  status: nullableText,
  productType: text,
  stockStatus: oneOf(STOCK_STATUSES),
  stockQuantity: nullableInt,
  trackInventory: bool,
  categoryName: nullableText,
  categorySlug: nullableText,
  categories: list(RefSchema),
  brand: maybe(RefSchema),
  collections: list(RefSchema),
  isVariable: bool,
  isFeatured: bool,
  image: nullableText,
  reviewSummary: nullableRecord,
};

export const ProductSummarySchema = z.object(productSummaryShape);
export type ProductSummary = z.output<typeof ProductSummarySchema>;

// The product itself (D2: images, options, variations) is in schemas/product.ts, loaded when a product is opened.
export type {Product, ProductImage, ProductOption, SelectedOption, Variation} from './product.js';

export const ShopCategorySchema = z.object({
  id,
  name: text,
  slug: nullableText,
  description: nullableText,
  imageUrl: nullableText,
  parentId: nullableId,
  isFeatured: bool,
  productCount: int(0),
});
export type ShopCategory = z.output<typeof ShopCategorySchema>;

export const BrandSchema = z.object({
  id,
  name: text,
  slug: text,
  description: nullableText,
  imageUrl: nullableText,
  onlineEnabled: bool,
  sortOrder: int(0),
  productCount: int(0),
});
export type Brand = z.output<typeof BrandSchema>;
export const CollectionSchema = BrandSchema;
export type Collection = Brand;
