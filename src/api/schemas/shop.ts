/** D1–D5. Shop catalogue. Products carry no currency (§7.5). Orders: shop-orders.ts. */
import * as z from 'zod/mini';
import {
  bool,
  dateTime,
  id,
  int,
  list,
  maybe,
  moneyOrZero,
  nullableId,
  nullableInt,
  nullableMoney,
  nullableNumber,
  nullableRecord,
  nullableText,
  oneOf,
  text,
} from './fields.js';

/** `instock|lowstock|outofstock`; snake_case (`in_stock`) is matched too. */
export const STOCK_STATUSES = ['instock', 'lowstock', 'outofstock'] as const;

const RefSchema = z.object({id, name: text, slug: nullableText});
export type ShopRef = z.output<typeof RefSchema>;

const productSummaryShape = {
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

export const ProductImageSchema = z.object({
  id: nullableId,
  src: text,
  alt: text,
  thumbUrl: nullableText,
  mediumUrl: nullableText,
  width: nullableInt,
  height: nullableInt,
  isPrimary: bool,
  name: nullableText,
  blurhash: nullableText,
});
export type ProductImage = z.output<typeof ProductImageSchema>;

export const ProductOptionSchema = z.object({
  id,
  name: text,
  position: int(0),
  required: bool,
  values: list(z.object({id, value: text, position: int(0)})),
});
export type ProductOption = z.output<typeof ProductOptionSchema>;

export const SelectedOptionSchema = z.object({optionName: text, value: text});
export type SelectedOption = z.output<typeof SelectedOptionSchema>;

export const VariationSchema = z.object({
  id,
  name: text,
  sku: nullableText,
  price: moneyOrZero,
  discountPrice: nullableMoney,
  memberPrice: nullableMoney,
  regularPrice: nullableMoney,
  salePrice: nullableMoney,
  onSale: bool,
  seoTitle: text,
  shippingWeight: nullableNumber,
  selectedOptions: list(SelectedOptionSchema),
  stockQuantity: nullableInt,
  stockStatus: oneOf(STOCK_STATUSES),
  trackInventory: bool,
  parentId: nullableId,
});
export type Variation = z.output<typeof VariationSchema>;

export const ProductSchema = z.object({
  ...productSummaryShape,
  shortName: nullableText,
  sku: nullableText,
  regularPrice: nullableMoney,
  salePrice: nullableMoney,
  onSale: bool,
  seoDescription: nullableText,
  shippingWeight: nullableNumber,
  isVariation: bool,
  parentProductId: nullableId,
  images: list(ProductImageSchema),
  options: list(ProductOptionSchema),
  selectedOptions: list(SelectedOptionSchema),
  variations: list(VariationSchema),
  createdAt: dateTime,
  updatedAt: dateTime,
});
export type Product = z.output<typeof ProductSchema>;

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
