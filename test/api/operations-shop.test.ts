/** Every D-group client function (D1–D10) against the mock: the request the mock received and the parsed result. */
import {expect} from '@open-wc/testing';
import {FavClient} from '../../src/api/client.js';
import {FavApiError} from '../../src/api/errors.js';
import {createOrder, getOrderPaymentStatus, listOrders, listPaymentMethods, listShippingMethods, type CreateOrderInput} from '../../src/api/shop-orders.js';
import {getProduct, listBrands, listCollections, listProducts, listShopCategories} from '../../src/api/shop.js';
import {createMockFetch, mockControl} from '../../src/mock/index.js';
import {MOCK_SHOP_IDS} from '../../src/mock/fixtures/shop.js';
import type {OperationId} from '../../src/api/operations.js';
import {lastRequest as last, rejection} from '../support/mock.js';

const ids = MOCK_SHOP_IDS;
const P = ids.products;
const V = ids.variations;
const PREFIX = '/v6/customer-portal';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const RETURN_URL = 'https://shop.example.com/checkout?fav_return=1';

const count = (operation: OperationId) => mockControl.requests.filter((r) => r.operation === operation).length;

const guestOrder = (extra: Partial<CreateOrderInput> = {}): CreateOrderInput => ({
  items: [{productId: P.plain, quantity: 2}],
  customer: {firstName: 'Amy', lastName: 'Lau', email: 'amy@example.com', language: 'en'},
  shippingMethodId: ids.shipping.standard,
  paymentMethodId: ids.payment.hosted,
  successUrl: RETURN_URL,
  cancelUrl: RETURN_URL,
  ...extra,
});

describe('shop operations (D1–D10) through FavClient and the mock', () => {
  let token: string | undefined;
  let client: FavClient;

  beforeEach(() => {
    mockControl.reset();
    mockControl.setNow('2026-12-01T09:00:00+08:00');
    token = undefined;
    client = new FavClient({
      companyId: 'demo',
      fetch: createMockFetch(),
      session: {getAccessToken: () => token, handleUnauthorized: async () => false},
    });
  });

  const signIn = () => {
    token = mockControl.issueToken('demo', 'mem-demo-chan').accessToken;
    return token;
  };

  it('D1 listProducts sends search/page/limit and the SDK filter names and parses ProductSummaries', async () => {
    const result = await listProducts(client, {categorySlug: ids.categorySlugs.aromatherapy, brandSlug: ids.brandSlugs.mist, featured: true, sort: 'price_asc', page: 1, limit: 5});
    const request = last('listProducts');
    expect(request.method).to.equal('GET');
    expect(request.path).to.equal(`${PREFIX}/shop/products`);
    expect(request.query).to.deep.equal({category_slug: 'aromatherapy', brand_slug: 'mountain-mist', sort: 'price_asc', featured: 'true', page: '1', limit: '5'});
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers).not.to.have.property('authorization');
    expect(result.dropped).to.equal(0);
    expect(result.items.map((p) => p.id)).to.deep.equal([107]);
    expect(result.items[0]).to.deep.include({
      slug: 'lavender-essential-oil',
      price: '168.00',
      discountPrice: '148.00',
      memberPrice: null,
      productType: 'simple',
      stockStatus: 'instock',
      stockQuantity: 50,
      trackInventory: true,
      isFeatured: true,
      isVariable: false,
      categorySlug: 'aromatherapy',
      brand: {id: ids.brands.mist, name: 'Mountain Mist', slug: 'mountain-mist'},
    });
    expect(result.items[0]!.categories.map((c) => c.slug)).to.deep.equal(['aromatherapy', 'essential-oils']);
    expect(result.pagination).to.include({page: 1, limit: 5, total: 1, hasNext: false, hasPrev: false});

    const oils = await listProducts(client, {categoryId: ids.categories.essentialOils, search: 'oil'});
    expect(last('listProducts').query).to.deep.equal({search: 'oil', category_id: '16'});
    expect(oils.items.map((p) => p.id)).to.have.members([107, 108]);
    const newest = await listProducts(client, {collectionSlug: ids.collectionSlugs.new, sort: 'newest'});
    expect(last('listProducts').query).to.deep.equal({collection_slug: 'new-arrivals', sort: 'newest'});
    expect(newest.items.map((p) => p.id)).to.deep.equal([126, 125, 116]);

    const page2 = await listProducts(client, {page: 2, limit: 10});
    expect(page2.items).to.have.length(10);
    expect(page2.pagination).to.include({page: 2, limit: 10, hasNext: true, hasPrev: true});
    const everything = await listProducts(client, {limit: 100});
    const byId = Object.fromEntries(everything.items.map((p) => [p.id, p]));
    expect(byId[P.memberPrice]).to.include({price: '150.00', memberPrice: '128.00'});
    expect(byId[P.outOfStock]).to.include({stockStatus: 'outofstock', stockQuantity: 0});
    expect(byId[P.lowStock]).to.include({stockStatus: 'lowstock', stockQuantity: 3});
    expect(byId[P.untracked]).to.include({stockStatus: 'instock', trackInventory: false});
    expect(byId[P.variableCandle]).to.include({productType: 'variable', isVariable: true, price: '120.00'});
    expect(byId).not.to.have.property(String(P.draft));
  });

  it('D1 answers in the client locale', async () => {
    client.configure({locale: 'zh-Hant'});
    const result = await listProducts(client, {search: '薰衣草'});
    expect(last('listProducts').headers['accept-language']).to.equal('zh-Hant');
    expect(last('listProducts').query).to.deep.equal({search: '薰衣草'});
    expect(result.items.find((p) => p.id === 107)!.name).to.equal('薰衣草精油 10毫升');
  });

  it('D2 getProduct by slug or id parses images, options and variations; 404 NOT_FOUND', async () => {
    const product = await getProduct(client, P.variableCandleSlug);
    expect(last('getProduct').path).to.equal(`${PREFIX}/shop/products/soy-candle`);
    expect(product).to.deep.include({id: P.variableCandle, slug: 'soy-candle', isVariable: true, isVariation: false, parentProductId: null, onSale: false, regularPrice: '120.00'});
    expect(product.options.map((o) => [o.name, o.required, o.values.map((v) => v.value)])).to.deep.equal([
      ['Scent', true, ['Lavender', 'Citrus']],
      ['Size', true, ['Small', 'Large']],
    ]);
    expect(product.variations.map((v) => v.id)).to.deep.equal([V.candleLavenderSmall, V.candleLavenderLarge, V.candleCitrusSmall, V.candleCitrusLarge]);
    const large = product.variations[1]!;
    expect(large).to.deep.include({name: 'Lavender / Large', price: '200.00', discountPrice: '175.00', salePrice: '175.00', onSale: true, stockQuantity: 4, stockStatus: 'lowstock', parentId: P.variableCandle});
    expect(large.selectedOptions).to.deep.equal([
      {optionName: 'Scent', value: 'Lavender'},
      {optionName: 'Size', value: 'Large'},
    ]);
    expect(product.variations[2]).to.include({stockStatus: 'outofstock', stockQuantity: 0});
    expect(product.variations[3]!.memberPrice).to.equal('180.00');
    expect(product.images[0]).to.include({isPrimary: true, width: 400, height: 400});
    expect(product.images[0]!.src).to.match(/^data:image\/svg\+xml,/);
    expect(Date.parse(product.createdAt!)).to.be.below(Date.parse('2026-12-01T09:00:00+08:00'));

    const byId = await getProduct(client, P.onSale);
    expect(last('getProduct').path).to.equal(`${PREFIX}/shop/products/${P.onSale}`);
    expect(byId).to.include({slug: P.onSaleSlug, price: '380.00', discountPrice: '320.00', salePrice: '320.00', onSale: true, shortName: 'Face serum'});
    expect(byId.images).to.have.length(2);

    for (const slug of [P.draftSlug, 'no such/thing']) {
      const error = await rejection(getProduct(client, slug));
      expect(error).to.be.instanceOf(FavApiError);
      expect(error).to.include({status: 404, code: 'NOT_FOUND', kind: 'http'});
    }
    expect(last('getProduct').path).to.equal(`${PREFIX}/shop/products/no%20such%2Fthing`);
  });

  it('D3 listShopCategories sends featured and parses ShopCategories', async () => {
    const all = await listShopCategories(client);
    expect(last('listShopCategories').path).to.equal(`${PREFIX}/shop/categories`);
    expect(last('listShopCategories').query).to.deep.equal({});
    const oils = all.items.find((c) => c.slug === 'essential-oils')!;
    expect(oils).to.deep.include({id: ids.categories.essentialOils, parentId: ids.categories.aromatherapy, productCount: 2, isFeatured: false, description: null});
    const featured = await listShopCategories(client, {featured: true});
    expect(last('listShopCategories').query).to.deep.equal({featured: 'true'});
    expect(featured.items.map((c) => c.id)).to.deep.equal([ids.categories.skincare, ids.categories.aromatherapy, ids.categories.yogaGear]);
  });

  it('D4 listBrands and D5 listCollections parse Brand/Collection', async () => {
    const brands = await listBrands(client);
    expect(last('listBrands').path).to.equal(`${PREFIX}/shop/brands`);
    expect(brands.items.map((b) => [b.id, b.slug])).to.deep.equal([
      [ids.brands.harbour, ids.brandSlugs.harbour],
      [ids.brands.lotus, ids.brandSlugs.lotus],
      [ids.brands.mist, ids.brandSlugs.mist],
    ]);
    expect(brands.items[0]).to.include({name: 'Harbour Essentials', onlineEnabled: true, sortOrder: 1});
    expect(brands.items.every((b) => b.productCount > 0)).to.equal(true);
    const collections = await listCollections(client);
    expect(last('listCollections').path).to.equal(`${PREFIX}/shop/collections`);
    expect(collections.items.map((c) => [c.id, c.slug])).to.deep.equal([
      [ids.collections.bestsellers, ids.collectionSlugs.bestsellers],
      [ids.collections.gifts, ids.collectionSlugs.gifts],
      [ids.collections.new, ids.collectionSlugs.new],
    ]);
    expect(collections.items[2]!.productCount).to.equal(3);
  });

  it('D6 listShippingMethods sends order_amount and parses costs and thresholds', async () => {
    const plain = await listShippingMethods(client);
    expect(last('listShippingMethods').query).to.deep.equal({});
    expect(plain.items.map((m) => [m.id, m.cost, m.freeShippingThreshold])).to.deep.equal([
      [ids.shipping.standard, '30.00', '500.00'],
      [ids.shipping.pickup, '0.00', null],
      [ids.shipping.freeOnly, '0.00', '800.00'],
      [ids.shipping.express, '80.00', null],
    ]);
    expect(plain.items[0]).to.include({name: 'Standard delivery', estimatedDays: '2-3'});
    const reached = await listShippingMethods(client, {orderAmount: '500.00'});
    expect(last('listShippingMethods').path).to.equal(`${PREFIX}/shop/shipping-methods`);
    expect(last('listShippingMethods').query).to.deep.equal({order_amount: '500.00'});
    expect(reached.items[0]!.cost).to.equal('0.00');
    const below = await listShippingMethods(client, {orderAmount: 499.5});
    expect(last('listShippingMethods').query).to.deep.equal({order_amount: '499.5'});
    expect(below.items[0]!.cost).to.equal('30.00');
    const bad = await rejection(listShippingMethods(client, {orderAmount: 'abc'}));
    expect(bad).to.include({status: 400, code: 'VALIDATION_ERROR'});
  });

  it('D7 listPaymentMethods parses PaymentMethodOptions sorted by position', async () => {
    const methods = await listPaymentMethods(client);
    expect(last('listPaymentMethods').path).to.equal(`${PREFIX}/shop/payment-methods`);
    expect(methods.items.map((m) => [m.id, m.hasGateway, m.position])).to.deep.equal([
      [ids.payment.hosted, true, 1],
      [ids.payment.bankTransfer, false, 2],
      [ids.payment.cash, false, 3],
      [ids.payment.declined, true, 4],
    ]);
    expect(methods.items[1]!.instructions).to.contain('HSBC');
    expect(methods.items[1]!.type).to.equal('bank_transfer');
    // A server that sends them unsorted (and as a bare array): the client sorts.
    mockControl.fail('listPaymentMethods', {
      status: 200,
      body: {success: true, data: [{id: 'b', name: 'B', type: 'cash', position: 2}, {id: 'a', name: 'A', type: 'card', hasGateway: true, position: 1}]},
    });
    const unsorted = await listPaymentMethods(client, {fresh: true});
    expect(unsorted.items.map((m) => m.id)).to.deep.equal(['a', 'b']);
  });

  it('D8 createOrder posts the doc body with an Idempotency-Key and parses the hosted Order; D10 then completes it', async () => {
    const order = await createOrder(
      client,
      guestOrder({
        items: [
          {productId: P.plain, quantity: 2},
          {productId: P.variableCandle, variantId: V.candleLavenderLarge, quantity: 1},
        ],
        shippingAddress: {addressLine1: '1 Queen’s Road Central', city: 'Hong Kong', country: 'HK'},
      }),
    );
    const request = last('createOrder');
    expect(request.method).to.equal('POST');
    expect(request.path).to.equal(`${PREFIX}/shop/orders`);
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers['content-type']).to.equal('application/json');
    expect(request.headers['idempotency-key']).to.match(UUID);
    expect(request.headers).not.to.have.property('authorization');
    expect(request.body).to.deep.equal({
      items: [
        {productId: P.plain, quantity: 2},
        {productId: P.variableCandle, variantId: V.candleLavenderLarge, quantity: 1},
      ],
      customer: {firstName: 'Amy', lastName: 'Lau', email: 'amy@example.com', language: 'en'},
      shippingMethodId: ids.shipping.standard,
      paymentMethodId: ids.payment.hosted,
      shippingAddress: {addressLine1: '1 Queen’s Road Central', city: 'Hong Kong', country: 'HK'},
      successUrl: RETURN_URL,
      cancelUrl: RETURN_URL,
    });
    expect(order).to.deep.include({
      id: 5101,
      orderNumber: 'HW-5101',
      status: 'pending',
      subtotal: '415.00',
      discountAmount: '0.00',
      shippingCost: '30.00',
      totalAmount: '445.00',
      currency: 'HKD',
      paymentInstructions: null,
    });
    expect(order.orderId).to.match(UUID);
    expect(order.paymentUrl).to.equal(`${RETURN_URL}&fav_mock_payment=success&order=${order.orderId}`);
    expect(order.items).to.deep.equal([
      {productId: P.plain, variationId: null, variationName: null, productName: 'Rose Hand Cream', quantity: 2, unitPrice: '120.00', lineTotal: '240.00', lineType: 'product', offerRuleId: null},
      {productId: P.variableCandle, variationId: V.candleLavenderLarge, variationName: 'Lavender / Large', productName: 'Soy Candle', quantity: 1, unitPrice: '175.00', lineTotal: '175.00', lineType: 'product', offerRuleId: null},
    ]);

    const status = await getOrderPaymentStatus(client, order.orderId);
    const statusRequest = last('getOrderPaymentStatus');
    expect(statusRequest.path).to.equal(`${PREFIX}/shop/orders/${order.orderId}/payment-status`);
    expect(statusRequest.headers['x-company-id']).to.equal('demo');
    expect(statusRequest.headers).not.to.have.property('authorization');
    expect(status).to.include({orderId: order.orderId, orderStatus: 'confirmed', paymentStatus: 'completed'});
    expect(Date.parse(status.paidAt!)).to.be.closeTo(Date.parse('2026-12-01T09:00:00+08:00'), 5000);
  });

  it('D8 with the declining test card: D10 reports failed and a cancelled order', async () => {
    const order = await createOrder(client, guestOrder({paymentMethodId: ids.payment.declined}));
    expect(last('createOrder').body).to.include({paymentMethodId: ids.payment.declined});
    expect(order.paymentUrl).to.equal(`${RETURN_URL}&fav_mock_payment=failed&order=${order.orderId}`);
    const status = await getOrderPaymentStatus(client, order.orderId);
    expect(status).to.deep.equal({orderId: order.orderId, orderStatus: 'cancelled', paymentStatus: 'failed', paidAt: null});
  });

  it('D8 manual payment gives instructions and no paymentUrl; D10 stays pending', async () => {
    const order = await createOrder(client, guestOrder({paymentMethodId: ids.payment.bankTransfer, promotionCode: 'welcome10', shippingMethodId: ids.shipping.pickup}));
    expect(last('createOrder').body).to.include({promotionCode: 'welcome10', shippingMethodId: ids.shipping.pickup});
    expect(order).to.include({subtotal: '240.00', discountAmount: '24.00', shippingCost: '0.00', totalAmount: '216.00', paymentUrl: null});
    expect(order.paymentInstructions).to.contain('HSBC');
    const status = await getOrderPaymentStatus(client, order.orderId);
    expect(status).to.deep.equal({orderId: order.orderId, orderStatus: 'pending', paymentStatus: 'pending', paidAt: null});
  });

  it('D8 as a member sends the bearer, needs no customer and gets member prices', async () => {
    signIn();
    const order = await createOrder(client, {items: [{productId: P.memberPrice, quantity: 2}], shippingMethodId: ids.shipping.pickup, paymentMethodId: ids.payment.cash});
    const request = last('createOrder');
    expect(request.headers.authorization).to.equal(`Bearer ${token}`);
    expect(request.body).to.deep.equal({items: [{productId: P.memberPrice, quantity: 2}], shippingMethodId: ids.shipping.pickup, paymentMethodId: ids.payment.cash});
    expect(order.items[0]).to.include({unitPrice: '128.00', lineTotal: '256.00'});
    expect(order.totalAmount).to.equal('256.00');
    expect(order.paymentInstructions).to.contain('Octopus');
  });

  it('D8 errors: 409 OUT_OF_STOCK with details, 400 VALIDATION_ERROR with details.fields', async () => {
    const stock = await rejection(createOrder(client, guestOrder({items: [{productId: P.outOfStock, quantity: 1}]})));
    expect(stock).to.be.instanceOf(FavApiError);
    expect(stock).to.include({status: 409, code: 'OUT_OF_STOCK', kind: 'http', retryable: false});
    expect(stock.details).to.include({productId: P.outOfStock, available: 0});
    const variation = await rejection(createOrder(client, guestOrder({items: [{productId: P.variableLotion, variantId: V.lotion500, quantity: 1}]})));
    expect(variation.details).to.include({productId: P.variableLotion, variationId: V.lotion500, available: 0});
    const low = await rejection(createOrder(client, guestOrder({items: [{productId: P.lowStock, quantity: 4}]})));
    expect(low.details).to.include({available: 3, requested: 4});

    const invalid = await rejection(createOrder(client, {items: [{productId: P.plain, quantity: 1}]}));
    expect(last('createOrder').body).to.deep.equal({items: [{productId: P.plain, quantity: 1}]});
    expect(invalid).to.include({status: 400, code: 'VALIDATION_ERROR'});
    expect(invalid.details!.fields).to.have.keys(['customer.firstName', 'customer.email', 'customer.phone']);
    const locked = await rejection(createOrder(client, guestOrder({shippingMethodId: ids.shipping.freeOnly})));
    expect(locked.details!.fields).to.have.property('shippingMethodId');
  });

  it('D8 reuses a caller’s idempotencyKey: the replay is the same order and stock moves once', async () => {
    const key = crypto.randomUUID();
    const first = await createOrder(client, guestOrder(), {idempotencyKey: key});
    const again = await createOrder(client, guestOrder(), {idempotencyKey: key});
    expect(count('createOrder')).to.equal(2);
    expect(mockControl.requests.filter((r) => r.operation === 'createOrder').map((r) => r.headers['idempotency-key'])).to.deep.equal([key, key]);
    expect(again).to.deep.equal(first);
    expect((await getProduct(client, P.plain)).stockQuantity).to.equal(38);
    const other = await createOrder(client, guestOrder());
    expect(other.orderId).not.to.equal(first.orderId);
    expect(other.orderNumber).to.equal('HW-5102');
  });

  it('D9 listOrders sends page/limit with the bearer and parses Orders; 401 without a session', async () => {
    const signedOut = await rejection(listOrders(client));
    expect(signedOut).to.include({status: 401, code: 'LOGIN_REQUIRED'});
    expect(count('listOrders')).to.equal(0);

    signIn();
    const orders = await listOrders(client);
    const request = last('listOrders');
    expect(request.path).to.equal(`${PREFIX}/shop/orders`);
    expect(request.query).to.deep.equal({});
    expect(request.headers.authorization).to.equal(`Bearer ${token}`);
    expect(orders.items.map((o) => [o.id, o.status])).to.deep.equal([
      [ids.orders.pending, 'pending'],
      [ids.orders.paid, 'completed'],
    ]);
    expect(orders.items[1]).to.include({subtotal: '795.00', shippingCost: '0.00', totalAmount: '795.00', currency: 'HKD', orderNumber: 'HW-5001'});
    expect(orders.items[0]!.paymentInstructions).to.contain('HSBC');
    expect(orders.items[0]!.items.find((i) => i.variationId === V.candleLavenderSmall)).to.include({variationName: 'Lavender / Small', unitPrice: '120.00'});

    const page = await listOrders(client, {page: 2, limit: 1});
    expect(last('listOrders').query).to.deep.equal({page: '2', limit: '1'});
    expect(page.items.map((o) => o.id)).to.deep.equal([ids.orders.paid]);
    expect(page.pagination).to.include({page: 2, limit: 1, total: 2, hasNext: false, hasPrev: true});

    mockControl.expireToken(token);
    expect(await rejection(listOrders(client))).to.include({status: 401, code: 'TOKEN_EXPIRED'});
  });

  it('D10 getOrderPaymentStatus sends the bearer when signed in; 404 for an unknown or numeric id', async () => {
    signIn();
    const [paid] = (await listOrders(client)).items.filter((o) => o.id === ids.orders.paid);
    const status = await getOrderPaymentStatus(client, paid!.orderId);
    expect(last('getOrderPaymentStatus').headers.authorization).to.equal(`Bearer ${token}`);
    expect(status).to.include({orderId: paid!.orderId, orderStatus: 'completed', paymentStatus: 'completed'});
    expect(status.paidAt).to.be.a('string');
    const unknown = await rejection(getOrderPaymentStatus(client, '00000000-0000-4000-8000-000000000000'));
    expect(unknown).to.include({status: 404, code: 'NOT_FOUND'});
    expect(await rejection(getOrderPaymentStatus(client, String(ids.orders.paid)))).to.include({status: 404, code: 'NOT_FOUND'});
  });
});
