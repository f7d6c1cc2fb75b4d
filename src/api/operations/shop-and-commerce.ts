import {operationTable} from './spec.js';

/** D. Shop and commerce. */
export const shopAndCommerce = operationTable({
  listProducts: 'GET /shop/products', // D1
  getProduct: 'GET /shop/products/{slug}', // D2
  listShopCategories: 'GET /shop/categories', // D3
  listBrands: 'GET /shop/brands', // D4
  listCollections: 'GET /shop/collections', // D5
  listShippingMethods: 'GET /shop/shipping-methods', // D6
  listPaymentMethods: 'GET /shop/payment-methods', // D7
  createOrder: 'POST /shop/orders optional create', // D8
  listOrders: 'GET /shop/orders customer', // D9
  getOrderPaymentStatus: 'GET /shop/orders/{orderId}/payment-status optional', // D10
});
