/**
 * D6–D10. Shop checkout: shipping and payment methods, orders, payment status. Apart from the
 * catalogue (shop.ts) so a page showing products does not load the checkout's schemas.
 */
import {shopAndCommerce} from './operations/shop-and-commerce.js';
import {compact} from './body.js';
import type {CallOptions, FavClient} from './client.js';
import type {Id} from './schemas/fields.js';
import {listOf, one, type ListResult} from './schemas/parse.js';
import {
  OrderPaymentStatusSchema,
  OrderSchema,
  PaymentMethodOptionSchema,
  ShippingMethodSchema,
  type Order,
  type OrderPaymentStatus,
  type PaymentMethodOption,
  type ShippingMethod,
} from './schemas/shop-orders.js';

export interface OrderItemInput {
  productId: Id;
  /** The chosen variation, when any. */
  variantId?: Id;
  quantity: number;
}

export interface OrderCustomerInput {
  firstName: string;
  lastName?: string;
  name?: string;
  email?: string;
  phone?: string;
  /** Widget locale (notification language). */
  language?: string;
}

export interface ShippingAddressInput {
  addressLine1: string;
  addressLine2?: string;
  city: string;
  state?: string;
  zipCode?: string;
  country?: string;
}

export interface CreateOrderInput {
  items: OrderItemInput[];
  /** Guest details; required without a member token. */
  customer?: OrderCustomerInput;
  shippingMethodId?: Id;
  paymentMethodId?: Id;
  shippingAddress?: ShippingAddressInput;
  promotionCode?: string;
  /** https pages the hosted payment returns to. */
  successUrl?: string;
  cancelUrl?: string;
}

/** D6. `orderAmount` (the cart subtotal) goes out as `order_amount`. */
export function listShippingMethods(
  client: FavClient,
  query: {orderAmount?: string | number} = {},
  options?: CallOptions,
): Promise<ListResult<ShippingMethod>> {
  return client.call(shopAndCommerce.listShippingMethods, {query: {order_amount: query.orderAmount}, parse: listOf(ShippingMethodSchema)}, options);
}

/** D7. Sorted by `position`. */
export function listPaymentMethods(client: FavClient, options?: CallOptions): Promise<ListResult<PaymentMethodOption>> {
  const parse = listOf(PaymentMethodOptionSchema);
  return client.call(shopAndCommerce.listPaymentMethods,
    {
      parse: (payload, context) => {
        const result = parse(payload, context);
        return {...result, items: [...result.items].sort((a, b) => a.position - b.position)};
      },
    },
    options,
  );
}

/** D8. Idempotency-Key. 409 `OUT_OF_STOCK`. The response is the order of record (§7.6). */
export function createOrder(client: FavClient, input: CreateOrderInput, options?: CallOptions): Promise<Order> {
  const body = compact({
    items: input.items.map((item) => compact({productId: item.productId, variantId: item.variantId, quantity: item.quantity})),
    customer: input.customer ? compact({...input.customer}) : undefined,
    shippingMethodId: input.shippingMethodId,
    paymentMethodId: input.paymentMethodId,
    shippingAddress: input.shippingAddress ? compact({...input.shippingAddress}) : undefined,
    promotionCode: input.promotionCode,
    successUrl: input.successUrl,
    cancelUrl: input.cancelUrl,
  });
  return client.call(shopAndCommerce.createOrder, {body, parse: one(OrderSchema), invalidates: ['listProducts', 'getProduct', 'listOrders']}, options);
}

/** D9. Customer token. */
export function listOrders(client: FavClient, query: {page?: number; limit?: number} = {}, options?: CallOptions): Promise<ListResult<Order>> {
  return client.call(shopAndCommerce.listOrders, {query: {page: query.page, limit: query.limit}, parse: listOf(OrderSchema)}, options);
}

/** D10. `orderId` is `Order.orderId` (the uuid). */
export function getOrderPaymentStatus(client: FavClient, orderId: string, options?: CallOptions): Promise<OrderPaymentStatus> {
  return client.call(shopAndCommerce.getOrderPaymentStatus, {params: {orderId}, parse: one(OrderPaymentStatusSchema)}, options);
}
