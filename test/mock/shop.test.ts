/** The shop mock (D1–D10): catalogue, filters, shipping rules, orders, stock, totals, payment status, aliases and errors. */
import {expect} from '@open-wc/testing';
import {mockControl, MOCK_SHOP_IDS} from '../../src/mock/index.js';
import {mockGet as get, mockPost as post} from '../support/mock.js';

const ids = MOCK_SHOP_IDS;
const P = ids.products;
const V = ids.variations;
const NOW = '2026-12-01T09:00:00+08:00';

const chanToken = () => mockControl.issueToken('demo', 'mem-demo-chan').accessToken;
const guest = {firstName: 'Amy', lastName: 'Lau', email: 'amy@example.com', language: 'en'};
const order = (extra: Record<string, unknown> = {}) => ({
  items: [{productId: P.plain, quantity: 2}],
  customer: guest,
  shippingMethodId: ids.shipping.standard,
  paymentMethodId: ids.payment.hosted,
  successUrl: 'https://shop.example.com/checkout?step=done',
  cancelUrl: 'https://shop.example.com/checkout',
  ...extra,
});
const stockOf = async (slug: string | number) => (await get(`/shop/products/${slug}`)).data;

describe('shop mock (D1–D10)', () => {
  beforeEach(() => {
    mockControl.reset();
    mockControl.setNow(NOW);
  });

  describe('D1 listProducts', () => {
    it('pages over at least 24 published demo products in 4+ categories, 3 brands, 2 collections', async () => {
      const first = await get('/shop/products?limit=100');
      expect(first.status).to.equal(200);
      const items: any[] = first.data.items;
      expect(items.length).to.be.at.least(24);
      expect(first.data.pagination).to.deep.equal({page: 1, limit: 100, total: items.length, totalPages: 1, hasNext: false, hasPrev: false});
      expect(items.map((p) => p.id)).not.to.include(P.draft);
      expect(new Set(items.map((p) => p.categorySlug)).size).to.be.at.least(4);
      expect(new Set(items.map((p) => p.brand?.id).filter(Boolean)).size).to.be.at.least(3);
      expect(new Set(items.flatMap((p) => p.collections.map((c: any) => c.id))).size).to.be.at.least(2);
      for (const p of items) {
        expect(p.image).to.match(/^data:image\/svg\+xml,/);
        expect(p.price).to.match(/^\d+\.\d\d$/);
        expect(p.stockStatus).to.be.oneOf(['instock', 'lowstock', 'outofstock']);
      }
      const page2 = await get('/shop/products?page=2&limit=10');
      expect(page2.data.items).to.have.length(10);
      expect(page2.data.pagination).to.include({page: 2, limit: 10, total: items.length, hasNext: true, hasPrev: true});
    });

    it('covers sale, member, out-of-stock, low-stock, untracked and variable products', async () => {
      const {data} = await get('/shop/products?limit=100');
      const byId = (id: number) => data.items.find((p: any) => p.id === id);
      expect(byId(P.onSale)).to.include({price: '380.00', discountPrice: '320.00', memberPrice: null, isFeatured: true});
      expect(byId(P.memberPrice)).to.include({price: '150.00', memberPrice: '128.00'});
      expect(byId(P.outOfStock)).to.include({stockStatus: 'outofstock', stockQuantity: 0, trackInventory: true});
      expect(byId(P.lowStock)).to.include({stockStatus: 'lowstock', stockQuantity: 3});
      expect(byId(P.untracked)).to.include({stockStatus: 'instock', trackInventory: false});
      const variable = data.items.filter((p: any) => p.isVariable);
      expect(variable.length).to.be.at.least(2);
      expect(byId(P.variableCandle)).to.include({productType: 'variable', isVariable: true, price: '120.00', stockQuantity: 33});
    });

    it('searches names and descriptions in both languages and answers in the request language', async () => {
      const en = await get('/shop/products?search=lavender');
      expect(en.data.items.map((p: any) => p.id)).to.include.members([107]);
      const zh = await get(`/shop/products?search=${encodeURIComponent('薰衣草')}`, {locale: 'zh-Hant'});
      expect(zh.data.items.map((p: any) => p.id)).to.include.members([107, 111]);
      expect(zh.data.items.find((p: any) => p.id === 107).name).to.equal('薰衣草精油 10毫升');
      expect((await get('/shop/products?search=zzzz')).data.items).to.deep.equal([]);
    });

    it('filters by category slug (with child categories) and id, brand, collection and featured', async () => {
      const aroma = await get('/shop/products?category_slug=aromatherapy&limit=100');
      expect(aroma.data.items.every((p: any) => p.categories.some((c: any) => c.slug === 'aromatherapy' || c.slug === 'essential-oils'))).to.equal(true);
      expect(aroma.data.items.length).to.be.greaterThan(4);
      const oils = await get(`/shop/products?category_id=${ids.categories.essentialOils}`);
      expect(oils.data.items.map((p: any) => p.id)).to.have.members([107, 108]);
      const lotus = await get(`/shop/products?brand_slug=${ids.brandSlugs.lotus}&limit=100`);
      expect(lotus.data.items.length).to.be.greaterThan(3);
      expect(lotus.data.items.every((p: any) => p.brand.id === ids.brands.lotus)).to.equal(true);
      const gifts = await get(`/shop/products?collection_slug=${ids.collectionSlugs.gifts}&limit=100`);
      expect(gifts.data.items.every((p: any) => p.collections.some((c: any) => c.slug === 'gift-ideas'))).to.equal(true);
      const featured = await get('/shop/products?featured=true&limit=100');
      expect(featured.data.items.length).to.be.at.least(3);
      expect(featured.data.items.every((p: any) => p.isFeatured)).to.equal(true);
      expect((await get('/shop/products?category_slug=nope')).data.items).to.deep.equal([]);
    });

    it('sorts by name, price and newest', async () => {
      const names = (await get('/shop/products?sort=name&limit=100')).data.items.map((p: any) => p.name);
      expect(names).to.deep.equal([...names].sort((a: string, b: string) => a.localeCompare(b, 'en')));
      const effective = (p: any) => Number(p.discountPrice ?? p.price);
      const asc = (await get('/shop/products?sort=price_asc&limit=100')).data.items.map(effective);
      expect(asc).to.deep.equal([...asc].sort((a, b) => a - b));
      const desc = (await get('/shop/products?sort=price_desc&limit=100')).data.items.map(effective);
      expect(desc).to.deep.equal([...desc].sort((a, b) => b - a));
      const newest = (await get('/shop/products?sort=newest&limit=3')).data.items.map((p: any) => p.id);
      expect(newest).to.deep.equal([126, 125, 116]);
    });

    it('gives demo-taipei its own few products', async () => {
      const {data} = await get('/shop/products', {company: 'demo-taipei', locale: 'zh-Hant'});
      expect(data.items.length).to.be.within(3, 6);
      expect(data.items[0].name).to.equal('阿里山烏龍茶');
    });
  });

  describe('D2 getProduct', () => {
    it('finds a product by slug or id with images, options and variations', async () => {
      const bySlug = await get(`/shop/products/${P.variableCandleSlug}`);
      expect(bySlug.status).to.equal(200);
      const product = bySlug.data;
      expect(product).to.include({id: P.variableCandle, slug: 'soy-candle', isVariation: false, parentProductId: null, onSale: false});
      expect(product.images[0]).to.include({isPrimary: true, width: 400});
      expect(product.images[0].src).to.match(/^data:image\/svg\+xml,/);
      expect(product.options.map((o: any) => o.name)).to.deep.equal(['Scent', 'Size']);
      expect(product.options[0].values.map((v: any) => v.value)).to.deep.equal(['Lavender', 'Citrus']);
      expect(product.variations).to.have.length(4);
      const large = product.variations.find((v: any) => v.id === V.candleLavenderLarge);
      expect(large).to.include({price: '200.00', discountPrice: '175.00', onSale: true, stockQuantity: 4, stockStatus: 'lowstock', parentId: P.variableCandle});
      expect(large.selectedOptions).to.deep.equal([
        {optionName: 'Scent', value: 'Lavender'},
        {optionName: 'Size', value: 'Large'},
      ]);
      expect(product.variations.find((v: any) => v.id === V.candleCitrusSmall)).to.include({stockQuantity: 0, stockStatus: 'outofstock'});
      expect(product.variations.find((v: any) => v.id === V.candleCitrusLarge).memberPrice).to.equal('180.00');
      expect(Date.parse(product.createdAt)).to.be.below(Date.parse(NOW));

      const byId = await get(`/shop/products/${P.onSale}`);
      expect(byId.data).to.include({slug: P.onSaleSlug, regularPrice: '380.00', salePrice: '320.00', onSale: true});
      expect(byId.data.images).to.have.length(2);

      const zh = await get(`/shop/products/${P.variableLotionSlug}`, {locale: 'zh-Hant'});
      expect(zh.data.options[0].name).to.equal('容量');
      expect(zh.data.variations[0].selectedOptions[0]).to.deep.equal({optionName: '容量', value: '200毫升'});
    });

    it('answers 404 NOT_FOUND for unknown and draft products', async () => {
      for (const slug of ['no-such-thing', P.draftSlug, String(P.draft)]) {
        const answer = await get(`/shop/products/${slug}`);
        expect(answer.status).to.equal(404);
        expect(answer.error!.code).to.equal('NOT_FOUND');
      }
    });
  });

  describe('D3–D5 categories, brands, collections', () => {
    it('lists categories with product counts (children included), parents and the featured filter', async () => {
      const {data} = await get('/shop/categories');
      const aroma = data.items.find((c: any) => c.slug === 'aromatherapy');
      const oils = data.items.find((c: any) => c.slug === 'essential-oils');
      expect(oils).to.include({parentId: ids.categories.aromatherapy, productCount: 2});
      expect(aroma.productCount).to.be.greaterThan(oils.productCount);
      expect(aroma.imageUrl).to.match(/^data:image\/svg\+xml,/);
      const featured = await get('/shop/categories?featured=true');
      expect(featured.data.items.length).to.be.below(data.items.length);
      expect(featured.data.items.every((c: any) => c.isFeatured)).to.equal(true);
    });

    it('lists brands and collections with productCount', async () => {
      const brands = (await get('/shop/brands')).data.items;
      expect(brands.map((b: any) => b.id)).to.deep.equal(Object.values(ids.brands));
      expect(brands.every((b: any) => b.productCount > 0 && b.onlineEnabled)).to.equal(true);
      const total = (await get('/shop/products?limit=100')).data.pagination.total;
      expect(brands.reduce((sum: number, b: any) => sum + b.productCount, 0)).to.equal(total);
      const collections = (await get('/shop/collections', {locale: 'zh-Hant'})).data.items;
      expect(collections.map((c: any) => c.slug)).to.deep.equal(Object.values(ids.collectionSlugs));
      expect(collections[0]).to.include({name: '人氣之選', sortOrder: 1});
      expect(collections[0].productCount).to.be.greaterThan(0);
    });
  });

  describe('D6 shipping and D7 payment methods', () => {
    it('applies the free-shipping threshold to order_amount and keeps the free-only method locked below it', async () => {
      const plain = (await get('/shop/shipping-methods')).data.items;
      const byId = (list: any[], id: number) => list.find((m) => m.id === id);
      expect(byId(plain, ids.shipping.standard)).to.include({cost: '30.00', freeShippingThreshold: '500.00', estimatedDays: '2-3'});
      expect(byId(plain, ids.shipping.pickup)).to.include({cost: '0.00', freeShippingThreshold: null});
      expect(byId(plain, ids.shipping.freeOnly)).to.include({cost: '0.00', freeShippingThreshold: '800.00'});
      const small = (await get('/shop/shipping-methods?order_amount=499.99')).data.items;
      expect(byId(small, ids.shipping.standard).cost).to.equal('30.00');
      const big = (await get('/shop/shipping-methods?order_amount=500')).data.items;
      expect(byId(big, ids.shipping.standard).cost).to.equal('0.00');
      expect(byId(big, ids.shipping.express).cost).to.equal('80.00');
      const bad = await get('/shop/shipping-methods?order_amount=abc');
      expect(bad.status).to.equal(400);
      expect(bad.error!.details.fields).to.have.property('order_amount');
    });

    it('lists a hosted and manual payment methods by position', async () => {
      const {data} = await get('/shop/payment-methods');
      expect(data.items.map((m: any) => m.position)).to.deep.equal([1, 2, 3, 4]);
      expect(data.items[0]).to.include({id: ids.payment.hosted, hasGateway: true, instructions: null});
      expect(data.items[1]).to.include({id: ids.payment.bankTransfer, hasGateway: false, type: 'bank_transfer'});
      expect(data.items[1].instructions).to.contain('HSBC');
      expect(data.items[3]).to.include({id: ids.payment.declined, hasGateway: true});
    });
  });

  describe('D8 createOrder', () => {
    it('creates a guest order with integer-cent totals, a mock paymentUrl and decremented stock', async () => {
      const answer = await post('/shop/orders', order({items: [{productId: P.plain, quantity: 2}, {productId: P.onSale, quantity: 1}]}), {key: 'k-1'});
      expect(answer.status).to.equal(201);
      const o = answer.data;
      expect(o).to.include({status: 'pending', subtotal: '560.00', discountAmount: '0.00', shippingCost: '0.00', totalAmount: '560.00', currency: 'HKD'});
      expect(o.orderId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(o.orderNumber).to.equal('HW-5101');
      expect(o.items[0]).to.include({productId: P.plain, variationId: null, productName: 'Rose Hand Cream', quantity: 2, unitPrice: '120.00', lineTotal: '240.00'});
      expect(o.items[1]).to.include({unitPrice: '320.00', lineTotal: '320.00'});
      expect(o.paymentUrl).to.equal(`https://shop.example.com/checkout?step=done&fav_mock_payment=success&order=${o.orderId}`);
      expect(o).not.to.have.property('paymentInstructions');
      expect(Date.parse(o.createdAt)).to.be.closeTo(Date.parse(NOW), 5000);
      expect((await stockOf(P.plain)).stockQuantity).to.equal(38);
      expect((await stockOf(P.onSale)).stockQuantity).to.equal(23);
    });

    it('charges shipping below the threshold, applies WELCOME10 and returns bank-transfer instructions', async () => {
      const answer = await post('/shop/orders', order({paymentMethodId: ids.payment.bankTransfer, promotionCode: 'welcome10', items: [{productId: 108, quantity: 1}]}));
      expect(answer.status).to.equal(201);
      expect(answer.data).to.include({subtotal: '158.00', discountAmount: '15.80', shippingCost: '30.00', totalAmount: '172.20', promotionCode: 'WELCOME10'});
      expect(answer.data.paymentInstructions).to.contain('HSBC');
      expect(answer.data).not.to.have.property('paymentUrl');
      const bad = await post('/shop/orders', order({promotionCode: 'NOPE'}));
      expect(bad.status).to.equal(422);
      expect(bad.error!.code).to.equal('INVALID_PROMOTION_CODE');
      expect(bad.error!.details.fields).to.have.all.keys('promotionCode');
    });

    it('uses a relative paymentUrl without successUrl', async () => {
      const {data} = await post('/shop/orders', order({successUrl: undefined, cancelUrl: undefined}));
      expect(data.paymentUrl).to.equal(`/?fav_mock_payment=success&order=${data.orderId}`);
    });

    it('accepts the SDK aliases lineItems, variationId and customerInfo', async () => {
      const answer = await post('/shop/orders', {
        lineItems: [{productId: P.variableCandle, variationId: V.candleLavenderLarge, quantity: 2}],
        customerInfo: {firstName: 'Bo', lastName: 'Wong', phone: '+85261234567'},
        shippingMethodId: String(ids.shipping.pickup),
        paymentMethodId: ids.payment.cash,
      });
      expect(answer.status).to.equal(201);
      expect(answer.data.items[0]).to.include({productId: P.variableCandle, variationId: V.candleLavenderLarge, variationName: 'Lavender / Large', unitPrice: '175.00', lineTotal: '350.00'});
      expect(answer.data).to.include({shippingCost: '0.00', totalAmount: '350.00'});
      const candle = await stockOf(P.variableCandleSlug);
      expect(candle.variations.find((v: any) => v.id === V.candleLavenderLarge)).to.include({stockQuantity: 2, stockStatus: 'lowstock'});
      // A variantId alone is enough.
      const alone = await post('/shop/orders', order({items: [{variantId: V.lotion200, quantity: 1}]}));
      expect(alone.data.items[0]).to.include({productId: P.variableLotion, variationId: V.lotion200, unitPrice: '180.00'});
    });

    it('checks a member out as the member, with member prices and no customer object', async () => {
      const token = chanToken();
      const answer = await post('/shop/orders', {items: [{productId: P.memberPrice, quantity: 2}], shippingMethodId: ids.shipping.pickup}, {token});
      expect(answer.status).to.equal(201);
      expect(answer.data.items[0].unitPrice).to.equal('128.00');
      expect(answer.data.totalAmount).to.equal('256.00');
      const guestPrice = await post('/shop/orders', order({items: [{productId: P.memberPrice, quantity: 1}]}));
      expect(guestPrice.data.items[0].unitPrice).to.equal('150.00');
      const mine = await get('/shop/orders', {token});
      expect(mine.data.items[0].orderId).to.equal(answer.data.orderId);
    });

    it('requires a guest name and an email or phone (400 VALIDATION_ERROR details.fields)', async () => {
      const none = await post('/shop/orders', {items: [{productId: P.plain, quantity: 1}]});
      expect(none.status).to.equal(400);
      expect(none.error!.code).to.equal('VALIDATION_ERROR');
      expect(none.error!.details.fields).to.have.keys(['customer.firstName', 'customer.email', 'customer.phone']);
      const badEmail = await post('/shop/orders', order({customer: {name: 'Amy', email: 'nope'}}));
      expect(badEmail.error!.details.fields).to.have.keys(['customer.email']);
      const empty = await post('/shop/orders', order({items: []}));
      expect(empty.error!.details.fields).to.have.property('items');
      const lines = await post('/shop/orders', order({items: [{productId: 999, quantity: 1}, {productId: P.variableCandle, quantity: 1}, {productId: P.plain, quantity: 0}]}));
      expect(lines.error!.details.fields).to.have.keys(['items.0.productId', 'items.1.variantId', 'items.2.quantity']);
      const methods = await post('/shop/orders', order({shippingMethodId: 99, paymentMethodId: 'pm-x'}));
      expect(methods.error!.details.fields).to.have.keys(['shippingMethodId', 'paymentMethodId']);
    });

    it('answers 409 OUT_OF_STOCK with productId and available, decrementing nothing', async () => {
      const answer = await post('/shop/orders', order({items: [{productId: P.plain, quantity: 1}, {productId: P.lowStock, quantity: 2}, {productId: P.lowStock, quantity: 2}]}));
      expect(answer.status).to.equal(409);
      expect(answer.error!.code).to.equal('OUT_OF_STOCK');
      expect(answer.error!.details).to.include({productId: P.lowStock, available: 3});
      expect((await stockOf(P.plain)).stockQuantity).to.equal(40);
      expect((await stockOf(P.lowStock)).stockQuantity).to.equal(3);
      const out = await post('/shop/orders', order({items: [{productId: P.outOfStock, quantity: 1}]}));
      expect(out.error!.details).to.include({productId: P.outOfStock, available: 0});
      const variation = await post('/shop/orders', order({items: [{productId: P.variableLotion, variantId: V.lotion500, quantity: 1}]}));
      expect(variation.error!.details).to.include({productId: P.variableLotion, variationId: V.lotion500, available: 0});
      // Untracked inventory has no limit.
      expect((await post('/shop/orders', order({items: [{productId: P.untracked, quantity: 50}]}))).status).to.equal(201);
    });

    it('refuses a locked free-shipping-only method below its threshold and accepts it above', async () => {
      const locked = await post('/shop/orders', order({shippingMethodId: ids.shipping.freeOnly}));
      expect(locked.status).to.equal(400);
      expect(locked.error!.details.fields).to.have.property('shippingMethodId');
      expect(locked.error!.details).to.include({freeShippingThreshold: '800.00', amountNeeded: '560.00'});
      const open = await post('/shop/orders', order({shippingMethodId: ids.shipping.freeOnly, items: [{productId: 124, quantity: 1}, {productId: P.plain, quantity: 1}]}));
      expect(open.status).to.equal(201);
      expect(open.data).to.include({subtotal: '900.00', shippingCost: '0.00', totalAmount: '900.00'});
    });

    it('replays by Idempotency-Key without decrementing twice; a stale bearer gets 401', async () => {
      const first = await post('/shop/orders', order(), {key: 'same'});
      const again = await post('/shop/orders', order(), {key: 'same'});
      expect(again.status).to.equal(201);
      expect(again.data.orderId).to.equal(first.data.orderId);
      expect((await stockOf(P.plain)).stockQuantity).to.equal(38);
      const token = chanToken();
      mockControl.expireToken(token);
      const stale = await post('/shop/orders', order(), {token});
      expect(stale.status).to.equal(401);
      expect(stale.error!.code).to.equal('TOKEN_EXPIRED');
    });
  });

  describe('D9 listOrders and D10 payment status', () => {
    it('lists the member’s seeded orders newest first, paged; 401 without a token', async () => {
      const token = chanToken();
      const {data} = await get('/shop/orders', {token});
      expect(data.items.map((o: any) => o.id)).to.deep.equal([ids.orders.pending, ids.orders.paid]);
      const paid = data.items[1];
      expect(paid).to.include({status: 'completed', subtotal: '795.00', shippingCost: '0.00', totalAmount: '795.00', currency: 'HKD'});
      expect(data.items[0].paymentInstructions).to.contain('HSBC');
      const page = await get('/shop/orders?page=2&limit=1', {token});
      expect(page.data.items.map((o: any) => o.id)).to.deep.equal([ids.orders.paid]);
      expect(page.data.pagination).to.include({page: 2, limit: 1, total: 2, hasNext: false, hasPrev: true});
      const lee = await get('/shop/orders', {token: mockControl.issueToken('demo', 'mem-demo-lee').accessToken});
      expect(lee.data.items).to.deep.equal([]);
      expect((await get('/shop/orders')).status).to.equal(401);
    });

    it('completes a hosted order on the first status read; manual orders stay pending; 404 for unknown', async () => {
      const hosted = (await post('/shop/orders', order())).data;
      const status = await get(`/shop/orders/${hosted.orderId}/payment-status`);
      expect(status.data).to.include({orderId: hosted.orderId, orderStatus: 'confirmed', paymentStatus: 'completed'});
      expect(Date.parse(status.data.paidAt)).to.be.closeTo(Date.parse(NOW), 5000);
      const manual = (await post('/shop/orders', order({paymentMethodId: ids.payment.bankTransfer}))).data;
      for (let i = 0; i < 2; i++) {
        const pending = await get(`/shop/orders/${manual.orderId}/payment-status`);
        expect(pending.data).to.deep.equal({orderId: manual.orderId, orderStatus: 'pending', paymentStatus: 'pending', paidAt: null});
      }
      const missing = await get('/shop/orders/00000000-0000-4000-8000-000000000000/payment-status');
      expect(missing.status).to.equal(404);
      expect(missing.error!.code).to.equal('NOT_FOUND');
      // The numeric id is not the orderId.
      expect((await get(`/shop/orders/${hosted.id}/payment-status`)).status).to.equal(404);
    });

    it('fails a payment with the declining test card, cancels the order and gives the stock back', async () => {
      const before = (await stockOf(P.plain)).stockQuantity;
      const declined = (await post('/shop/orders', order({paymentMethodId: ids.payment.declined}))).data;
      expect(declined.paymentUrl).to.equal(`https://shop.example.com/checkout?step=done&fav_mock_payment=failed&order=${declined.orderId}`);
      expect((await stockOf(P.plain)).stockQuantity).to.equal(before - 2);
      const status = await get(`/shop/orders/${declined.orderId}/payment-status`);
      expect(status.data).to.deep.equal({orderId: declined.orderId, orderStatus: 'cancelled', paymentStatus: 'failed', paidAt: null});
      expect((await stockOf(P.plain)).stockQuantity).to.equal(before);
      // Final: a second read does not restock again.
      await get(`/shop/orders/${declined.orderId}/payment-status`);
      expect((await stockOf(P.plain)).stockQuantity).to.equal(before);
    });
  });

  describe('setCatalogueSize (a large catalogue)', () => {
    it('grows demo to 500 published products that page, filter and order; reset() undoes it', async () => {
      mockControl.setCatalogueSize(500);
      const first = await get('/shop/products?limit=100&page=5');
      expect(first.data.pagination).to.include({page: 5, total: 500, totalPages: 5, hasNext: false});
      expect(first.data.items).to.have.length(100);
      const generated = first.data.items.at(-1);
      expect(generated.slug).to.match(/^catalogue-item-\d+$/);
      expect(generated.stockStatus).to.equal('instock');
      const one = await get(`/shop/products/${generated.slug}`);
      expect(one.status).to.equal(200);
      const created = await post('/shop/orders', order({items: [{productId: generated.id, quantity: 1}]}));
      expect(created.status).to.equal(201);
      mockControl.reset();
      const after = await get('/shop/products?limit=10');
      expect(after.data.pagination.total).to.be.below(30);
    });
  });
});
