/** D6–D10. Shop checkout: shipping and payment methods, orders, payment status. No currency on orders or shipping (§7.5). */
import * as z from 'zod/mini';
import {bool, dateTime, id, idString, int, list, moneyOrZero, nullableId, nullableMoney, nullableText, oneOf, text, withAliases, type Loose} from './fields.js';

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
