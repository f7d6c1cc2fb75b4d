import type {Operation} from './spec.js';

/** D. Shop and commerce. */
export const shopAndCommerce = {
  listProducts: {id: 'listProducts', code: 'D1', method: 'GET', path: '/shop/products', auth: 'public'},
  getProduct: {id: 'getProduct', code: 'D2', method: 'GET', path: '/shop/products/{slug}', auth: 'public'},
  listShopCategories: {id: 'listShopCategories', code: 'D3', method: 'GET', path: '/shop/categories', auth: 'public'},
  listBrands: {id: 'listBrands', code: 'D4', method: 'GET', path: '/shop/brands', auth: 'public'},
  listCollections: {id: 'listCollections', code: 'D5', method: 'GET', path: '/shop/collections', auth: 'public'},
  listShippingMethods: {id: 'listShippingMethods', code: 'D6', method: 'GET', path: '/shop/shipping-methods', auth: 'public'},
  listPaymentMethods: {id: 'listPaymentMethods', code: 'D7', method: 'GET', path: '/shop/payment-methods', auth: 'public'},
  createOrder: {id: 'createOrder', code: 'D8', method: 'POST', path: '/shop/orders', auth: 'optional', create: true},
  listOrders: {id: 'listOrders', code: 'D9', method: 'GET', path: '/shop/orders', auth: 'customer'},
  getOrderPaymentStatus: {id: 'getOrderPaymentStatus', code: 'D10', method: 'GET', path: '/shop/orders/{orderId}/payment-status', auth: 'optional'},
} as const satisfies Record<string, Operation>;
