/** D1–D10. Shop and commerce. Products, orders and shipping carry no currency (§7.5). */
import * as z from 'zod/mini';
import {
  bool,
  dateTime,
  id,
  idString,
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
  withAliases,
  type Loose,
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

export const ShippingMethodSchema = withAliases(
  {cost: ['price']},
  z.object({
    id,
    name: text,
    description: nullableText,
    cost: moneyOrZero,
    freeShippingThreshold: nullableMoney,
    estimatedDays: nullableText,
  }),
);
export type ShippingMethod = z.output<typeof ShippingMethodSchema>;

export const PaymentMethodOptionSchema = z.object({
  id,
  name: text,
  /** Tenant-defined; use it as a label. */
  type: text,
  /** Manual payment text. */
  instructions: nullableText,
  /** True: online payment through a hosted page. */
  hasGateway: bool,
  position: int(0),
});
export type PaymentMethodOption = z.output<typeof PaymentMethodOptionSchema>;

export const OrderItemSchema = z.object({
  productId: nullableId,
  variationId: nullableId,
  variationName: nullableText,
  productName: text,
  quantity: int(1),
  unitPrice: moneyOrZero,
  lineTotal: moneyOrZero,
  lineType: oneOf(['product', 'addon', 'bundle', 'bundle_component']),
  offerRuleId: nullableText,
});
export type OrderItem = z.output<typeof OrderItemSchema>;

export const OrderSchema = z.object({
  id: nullableId,
  /** The uuid used by D10 and in URLs. */
  orderId: idString,
  orderNumber: nullableText,
  status: text,
  subtotal: moneyOrZero,
  discountAmount: moneyOrZero,
  shippingCost: moneyOrZero,
  totalAmount: moneyOrZero,
  currency: nullableText,
  items: list(OrderItemSchema),
  createdAt: dateTime,
  /** Hosted payment: check with isSafeRedirectUrl, then navigate. */
  paymentUrl: nullableText,
  paymentInstructions: nullableText,
});
export type Order = z.output<typeof OrderSchema>;

export const ORDER_STATUSES = ['pending', 'confirmed', 'processing', 'shipped', 'delivered', 'completed', 'cancelled', 'refunded'] as const;
export const PAYMENT_STATUSES = ['pending', 'completed', 'failed', 'refunded', 'voided'] as const;
export type PaymentStatusValue = Loose<(typeof PAYMENT_STATUSES)[number]>;

const PAYMENT_STATUS_ALIASES: Record<string, PaymentStatusValue> = {
  paid: 'completed',
  succeeded: 'completed',
  canceled: 'voided',
  cancelled: 'voided',
};

export const OrderPaymentStatusSchema = z.object({
  orderId: text,
  orderStatus: oneOf(ORDER_STATUSES),
  /** `paid`/`succeeded` read as `completed`, `canceled`/`cancelled` as `voided`; absent as `pending`. */
  paymentStatus: z.pipe(
    oneOf(PAYMENT_STATUSES, 'pending'),
    z.transform((value): PaymentStatusValue => PAYMENT_STATUS_ALIASES[value.toLowerCase()] ?? value),
  ),
  paidAt: dateTime,
});
export type OrderPaymentStatus = z.output<typeof OrderPaymentStatusSchema>;
