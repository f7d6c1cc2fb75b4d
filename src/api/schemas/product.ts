/** D2. One product as its page shows it: images, options and variations. Loaded when a product is opened. */
import * as z from 'zod/mini';
import {bool, dateTime, id, int, list, moneyOrZero, nullableId, nullableInt, nullableMoney, nullableNumber, nullableText, oneOf, text} from './fields.js';
import {STOCK_STATUSES, productSummaryShape} from './shop.js';

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
