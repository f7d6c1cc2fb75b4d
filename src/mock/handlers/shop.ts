/** D1–D10. Shop: catalogue, shipping and payment methods, orders and payment status. */
import {
  PROMOTION_CODES,
  productPicture,
  shopFixtures,
  shopSvg,
  type PaymentMethodFixture,
  type ProductFixture,
  type ShippingMethodFixture,
  type ShopGroupFixture,
  type ShopTenantFixture,
  type VariationFixture,
} from '../fixtures/shop.js';
import {assertValid, invalidPromotionCode, MockError, notFound, ok, route, type MockRoute, type RouteContext} from '../route.js';
import {onePage, pageOf} from '../paging.js';
import {onReset, type MemberRecord} from '../state.js';
import {pick, t, type MockLocale, type Text} from '../text.js';
import {money} from '../money.js';

// ---------------------------------------------------------------------------------------------
// Money (integer cents)

/** A money value (number or decimal string) in cents, or undefined. */
function toCents(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value * 100) : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+)(?:\.(\d{1,2})\d*)?\s*$/.exec(value);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

// ---------------------------------------------------------------------------------------------
// State

interface OrderLine {
  productId: number;
  variationId: number | null;
  productName: Text;
  variationName: Text | null;
  quantity: number;
  unitCents: number;
}

interface OrderRecord {
  id: number;
  orderId: string;
  orderNumber: string;
  memberUuid: string | null;
  customer: Record<string, unknown> | null;
  /** Set for orders made through the API; seed orders are `ageMs` before the mock clock. */
  createdAt: number | null;
  ageMs: number;
  lines: OrderLine[];
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
  orderStatus: string;
  paymentStatus: string;
  /** Epoch ms; for seed orders (createdAt null) a negative value: ms relative to the mock clock. */
  paidAt: number | null;
  paymentMethodId: string | null;
  shippingMethodId: number | null;
  shippingAddress: unknown;
  promotionCode: string | null;
  paymentUrl: string | null;
  paymentInstructions: Text | null;
}

interface ShopState {
  /** Stock by `p<productId>` (simple products) and `v<variationId>`. */
  stock: Map<string, number>;
  orders: OrderRecord[];
  nextOrderId: number;
}

let shops = new Map<string, ShopState>();
/** Generated demo products added by {@link setCatalogueSize} (a large catalogue); cleared by reset. */
let generated: ProductFixture[] = [];

const DAY_MS = 86_400_000;

function orderUuid(tenantIndex: number, id: number): string {
  const hex = id.toString(16);
  return `${hex.padStart(8, '0')}-5d0${tenantIndex}-4000-8000-${hex.padStart(12, '0')}`;
}

onReset(() => {
  shops = new Map();
  generated = [];
  Object.entries(shopFixtures).forEach(([tenantId, fixture], index) => {
    const stock = new Map<string, number>();
    for (const product of fixture.products) {
      if (product.variations?.length) for (const variation of product.variations) stock.set(`v${variation.id}`, variation.stock);
      else stock.set(`p${product.id}`, product.stock);
    }
    const state: ShopState = {stock, orders: [], nextOrderId: fixture.firstOrderId};
    shops.set(tenantId, state);
    for (const seed of fixture.seedOrders) {
      const lines = seed.lines.map((line) => {
        const product = fixture.products.find((p) => p.id === line.productId)!;
        const variation = product.variations?.find((v) => v.id === line.variationId) ?? null;
        return orderLine(product, variation, line.quantity, true);
      });
      const shipping = fixture.shippingMethods.find((m) => m.id === seed.shippingMethodId) ?? null;
      const totals = totalsOf(lines, shipping, 0);
      state.orders.push({
        id: seed.id,
        orderId: orderUuid(index, seed.id),
        orderNumber: `${fixture.orderPrefix}${seed.id}`,
        memberUuid: seed.memberUuid,
        customer: null,
        createdAt: null,
        ageMs: seed.ageDays * DAY_MS,
        lines,
        ...totals,
        orderStatus: seed.paid ? 'completed' : 'pending',
        paymentStatus: seed.paid ? 'completed' : 'pending',
        paidAt: seed.paid ? -(seed.ageDays * DAY_MS - 600_000) : null,
        paymentMethodId: seed.paymentMethodId,
        shippingMethodId: seed.shippingMethodId,
        shippingAddress: null,
        promotionCode: null,
        paymentUrl: null,
        paymentInstructions: fixture.paymentMethods.find((m) => m.id === seed.paymentMethodId)?.instructions ?? null,
      });
    }
  });
});

function shopOf(ctx: RouteContext): {fixture: ShopTenantFixture; state: ShopState; tenantIndex: number} {
  const tenantIds = Object.keys(shopFixtures);
  const fixture = shopFixtures[ctx.tenant.id];
  const state = shops.get(ctx.tenant.id);
  if (!fixture || !state) throw notFound('This tenant has no shop');
  return {fixture, state, tenantIndex: tenantIds.indexOf(ctx.tenant.id)};
}

// ---------------------------------------------------------------------------------------------
// Catalogue

const published = (fixture: ShopTenantFixture) =>
  (fixture === shopFixtures.demo ? [...fixture.products, ...generated] : fixture.products).filter((p) => (p.status ?? 'published') === 'published');

/**
 * Grows the `demo` catalogue to `size` published products with generated simple products (ids from
 * 1001, slugs `catalogue-item-<n>`, in stock, spread over the categories and brands). Undone by reset.
 */
export function setCatalogueSize(size: number): void {
  const fixture = shopFixtures.demo!;
  const state = shops.get('demo');
  const base = fixture.products.filter((p) => (p.status ?? 'published') === 'published').length;
  generated = [];
  const palette: [string, string][] = [['#f7c6c7', '#e07a8f'], ['#c9b6e4', '#7d5ba6'], ['#a8d5ba', '#3f8f6b'], ['#f6d186', '#c98b2b']];
  for (let n = 1; n <= size - base; n++) {
    const id = 1000 + n;
    const category = fixture.categories[n % fixture.categories.length]!;
    generated.push({
      id,
      slug: `catalogue-item-${n}`,
      name: t(`Catalogue item ${n}`, `目錄貨品 ${n}`),
      description: t(`Generated product number ${n}.`, `第 ${n} 件產生的貨品。`),
      sku: `GEN-${id}`,
      priceCents: 5000 + (n % 40) * 500,
      stock: 50,
      categoryIds: [category.id],
      brandId: fixture.brands[n % fixture.brands.length]!.id,
      collectionIds: [],
      ageDays: 300 + n,
      colors: palette[n % palette.length]!,
      glyph: String(n % 10),
    });
    state?.stock.set(`p${id}`, 50);
  }
}

function isVariable(product: ProductFixture): boolean {
  return Boolean(product.variations?.length);
}

function tracks(product: ProductFixture): boolean {
  return product.trackInventory ?? true;
}

function stockStatus(fixture: ShopTenantFixture, quantity: number, tracked: boolean): string {
  if (!tracked) return 'instock';
  if (quantity <= 0) return 'outofstock';
  return quantity <= fixture.lowStockAt ? 'lowstock' : 'instock';
}

function productStock(state: ShopState, product: ProductFixture): number {
  if (isVariable(product)) return product.variations!.reduce((sum, v) => sum + (state.stock.get(`v${v.id}`) ?? 0), 0);
  return state.stock.get(`p${product.id}`) ?? 0;
}

/** Prices of a simple product or variable product (the cheapest variation). */
function priceCents(product: ProductFixture): {price: number; discount: number | null; member: number | null} {
  if (isVariable(product)) {
    const cheapest = [...product.variations!].sort((a, b) => a.priceCents - b.priceCents)[0]!;
    return {price: cheapest.priceCents, discount: null, member: null};
  }
  return {price: product.priceCents, discount: product.discountCents ?? null, member: product.memberCents ?? null};
}

function publicEffective(product: ProductFixture): number {
  const prices = priceCents(product);
  return prices.discount ?? prices.price;
}

function ref(group: {id: number | string; name: Text; slug: string}, locale: MockLocale) {
  return {id: group.id, name: pick(group.name, locale), slug: group.slug};
}

function imageOf(product: ProductFixture, index: number, colors: [string, string], locale: MockLocale) {
  const src = productPicture(colors[0], colors[1], product.glyph);
  const thumb = productPicture(colors[0], colors[1], product.glyph, 120);
  return {
    id: product.id * 10 + index,
    src,
    alt: pick(product.name, locale),
    thumbUrl: thumb,
    mediumUrl: src,
    width: 400,
    height: 400,
    isPrimary: index === 0,
    name: `${product.slug}-${index + 1}.svg`,
    blurhash: null,
  };
}

function createdAtOf(product: ProductFixture, now: number): string {
  const day = Math.floor(now / DAY_MS) * DAY_MS;
  return new Date(day - product.ageDays * DAY_MS + 2 * 3600_000).toISOString();
}

function summaryJson(fixture: ShopTenantFixture, state: ShopState, product: ProductFixture, locale: MockLocale) {
  const prices = priceCents(product);
  const categories = product.categoryIds.map((id) => fixture.categories.find((c) => c.id === id)!).filter(Boolean);
  const primary = categories[0] ?? null;
  const brand = fixture.brands.find((b) => b.id === product.brandId) ?? null;
  const quantity = productStock(state, product);
  return {
    id: product.id,
    name: pick(product.name, locale),
    description: pick(product.description, locale),
    slug: product.slug,
    price: money(prices.price),
    discountPrice: prices.discount === null ? null : money(prices.discount),
    memberPrice: prices.member === null ? null : money(prices.member),
    seoTitle: pick(product.name, locale),
    status: product.status ?? 'published',
    productType: isVariable(product) ? 'variable' : 'simple',
    stockStatus: stockStatus(fixture, quantity, tracks(product)),
    stockQuantity: tracks(product) ? quantity : 0,
    trackInventory: tracks(product),
    categoryName: primary ? pick(primary.name, locale) : null,
    categorySlug: primary?.slug ?? null,
    categories: categories.map((c) => ref(c, locale)),
    brand: brand ? ref(brand, locale) : null,
    collections: product.collectionIds.map((id) => fixture.collections.find((c) => c.id === id)!).filter(Boolean).map((c) => ref(c, locale)),
    isVariable: isVariable(product),
    isFeatured: product.featured ?? false,
    image: imageOf(product, 0, product.colors, locale).src,
    reviewSummary: null,
  };
}

function variationName(variation: VariationFixture): Text {
  return t(variation.values.map((v) => v.en).join(' / '), variation.values.map((v) => v.zh).join(' / '));
}

function variationJson(fixture: ShopTenantFixture, state: ShopState, product: ProductFixture, variation: VariationFixture, locale: MockLocale) {
  const quantity = state.stock.get(`v${variation.id}`) ?? 0;
  const name = pick(variationName(variation), locale);
  return {
    id: variation.id,
    name,
    sku: variation.sku,
    price: money(variation.priceCents),
    discountPrice: variation.discountCents === undefined ? null : money(variation.discountCents),
    memberPrice: variation.memberCents === undefined ? null : money(variation.memberCents),
    regularPrice: money(variation.priceCents),
    salePrice: variation.discountCents === undefined ? null : money(variation.discountCents),
    onSale: variation.discountCents !== undefined,
    seoTitle: `${pick(product.name, locale)} – ${name}`,
    shippingWeight: variation.weight ?? null,
    selectedOptions: product.options!.map((option, index) => ({optionName: pick(option.name, locale), value: pick(variation.values[index]!, locale)})),
    stockQuantity: quantity,
    stockStatus: stockStatus(fixture, quantity, true),
    trackInventory: true,
    parentId: product.id,
  };
}

function productJson(fixture: ShopTenantFixture, state: ShopState, product: ProductFixture, locale: MockLocale, now: number) {
  const summary = summaryJson(fixture, state, product, locale);
  const prices = priceCents(product);
  const pictures = [product.colors, ...(product.gallery ?? [])];
  const created = createdAtOf(product, now);
  return {
    ...summary,
    shortName: product.shortName ? pick(product.shortName, locale) : null,
    sku: product.sku,
    regularPrice: money(prices.price),
    salePrice: prices.discount === null ? null : money(prices.discount),
    onSale: prices.discount !== null,
    seoDescription: pick(product.description, locale)!.replace(/<[^>]*>/g, ''),
    shippingWeight: product.weight ?? null,
    isVariation: false,
    parentProductId: null,
    images: pictures.map((colors, index) => imageOf(product, index, colors, locale)),
    options: (product.options ?? []).map((option, index) => ({
      id: product.id * 10 + index + 1,
      name: pick(option.name, locale),
      position: index + 1,
      required: true,
      values: option.values.map((value, valueIndex) => ({id: (product.id * 10 + index + 1) * 10 + valueIndex + 1, value: pick(value, locale), position: valueIndex + 1})),
    })),
    selectedOptions: [],
    variations: (product.variations ?? []).map((variation) => variationJson(fixture, state, product, variation, locale)),
    createdAt: created,
    updatedAt: created,
  };
}

const truthy = (value: string | undefined) => value === 'true' || value === '1';

function groupJson(fixture: ShopTenantFixture, group: ShopGroupFixture, kind: 'brand' | 'collection', locale: MockLocale) {
  const products = published(fixture).filter((p) => (kind === 'brand' ? p.brandId === group.id : p.collectionIds.includes(group.id)));
  return {
    id: group.id,
    name: pick(group.name, locale),
    slug: group.slug,
    description: pick(group.description, locale),
    imageUrl: shopSvg(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60"><rect width="120" height="60" rx="8" fill="${group.color}"/>` +
        `<text x="60" y="37" font-family="sans-serif" font-size="18" fill="#fff" text-anchor="middle">${group.name.en.split(' ').map((w) => w[0]).join('')}</text></svg>`,
    ),
    onlineEnabled: group.onlineEnabled,
    sortOrder: group.sortOrder,
    productCount: products.length,
  };
}

/** Categories and their descendants. */
function categoryFamily(fixture: ShopTenantFixture, id: number): Set<number> {
  const family = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const category of fixture.categories) {
      if (category.parentId !== null && family.has(category.parentId) && !family.has(category.id)) {
        family.add(category.id);
        grew = true;
      }
    }
  }
  return family;
}

// ---------------------------------------------------------------------------------------------
// Shipping and orders

function shippingCost(method: ShippingMethodFixture, subtotalCents: number | undefined): {cents: number; locked: boolean} {
  const threshold = method.thresholdCents;
  const reached = threshold !== null && threshold > 0 && subtotalCents !== undefined && subtotalCents >= threshold;
  if (reached) return {cents: 0, locked: false};
  const locked = method.costCents === 0 && threshold !== null && threshold > 0;
  return {cents: method.costCents, locked};
}

function shippingJson(method: ShippingMethodFixture, subtotalCents: number | undefined, locale: MockLocale) {
  return {
    id: method.id,
    name: pick(method.name, locale),
    description: pick(method.description, locale),
    cost: money(shippingCost(method, subtotalCents).cents),
    freeShippingThreshold: method.thresholdCents === null ? null : money(method.thresholdCents),
    estimatedDays: method.estimatedDays,
  };
}

function paymentJson(method: PaymentMethodFixture, locale: MockLocale) {
  return {
    id: method.id,
    name: pick(method.name, locale),
    type: method.type,
    instructions: pick(method.instructions, locale),
    hasGateway: method.hasGateway,
    position: method.position,
  };
}

function orderLine(product: ProductFixture, variation: VariationFixture | null, quantity: number, isMember: boolean): OrderLine {
  const source = variation ?? {priceCents: product.priceCents, discountCents: product.discountCents, memberCents: product.memberCents};
  const unitCents = (isMember ? source.memberCents : undefined) ?? source.discountCents ?? source.priceCents;
  return {
    productId: product.id,
    variationId: variation?.id ?? null,
    productName: product.name,
    variationName: variation ? variationName(variation) : null,
    quantity,
    unitCents,
  };
}

function totalsOf(lines: OrderLine[], shipping: ShippingMethodFixture | null, percentOff: number) {
  const subtotalCents = lines.reduce((sum, line) => sum + line.unitCents * line.quantity, 0);
  const discountCents = Math.round((subtotalCents * percentOff) / 100);
  const shippingCents = shipping ? shippingCost(shipping, subtotalCents).cents : 0;
  return {subtotalCents, discountCents, shippingCents, totalCents: Math.max(subtotalCents - discountCents + shippingCents, 0)};
}

function orderJson(order: OrderRecord, currency: string, locale: MockLocale, now: number) {
  return {
    id: order.id,
    orderId: order.orderId,
    orderNumber: order.orderNumber,
    status: order.orderStatus,
    paymentStatus: order.paymentStatus,
    subtotal: money(order.subtotalCents),
    discountAmount: money(order.discountCents),
    shippingCost: money(order.shippingCents),
    totalAmount: money(order.totalCents),
    currency,
    items: order.lines.map((line) => ({
      productId: line.productId,
      variationId: line.variationId,
      variationName: line.variationName ? pick(line.variationName, locale) : null,
      productName: pick(line.productName, locale),
      quantity: line.quantity,
      unitPrice: money(line.unitCents),
      lineTotal: money(line.unitCents * line.quantity),
      lineType: 'product',
      offerRuleId: null,
    })),
    shippingMethodId: order.shippingMethodId,
    paymentMethodId: order.paymentMethodId,
    promotionCode: order.promotionCode,
    createdAt: new Date(order.createdAt ?? now - order.ageMs).toISOString(),
    ...(order.paymentUrl ? {paymentUrl: order.paymentUrl} : {}),
    ...(order.paymentInstructions ? {paymentInstructions: pick(order.paymentInstructions, locale)} : {}),
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `successUrl` + the mock marker (before any fragment); relative `/` when no URL was given. */
function mockPaymentUrl(successUrl: string | undefined, orderId: string, declines: boolean): string {
  const marker = `fav_mock_payment=${declines ? 'failed' : 'success'}&order=${encodeURIComponent(orderId)}`;
  const base = successUrl ?? '/';
  const hashAt = base.indexOf('#');
  const head = hashAt >= 0 ? base.slice(0, hashAt) : base;
  const hash = hashAt >= 0 ? base.slice(hashAt) : '';
  const separator = head.includes('?') ? (head.endsWith('?') || head.endsWith('&') ? '' : '&') : '?';
  return `${head}${separator}${marker}${hash}`;
}

interface ResolvedLine {
  product: ProductFixture;
  variation: VariationFixture | null;
  quantity: number;
}

function resolveLines(fixture: ShopTenantFixture, rawItems: unknown[]): ResolvedLine[] {
  const problems: Record<string, string | undefined> = {};
  const lines: ResolvedLine[] = [];
  rawItems.forEach((raw, index) => {
    if (!isRecord(raw)) {
      problems[`items.${index}`] = 'Invalid item';
      return;
    }
    const productId = str(raw.productId);
    const variantId = str(raw.variantId ?? raw.variationId);
    const quantity = typeof raw.quantity === 'string' ? Number(raw.quantity) : raw.quantity;
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) problems[`items.${index}.quantity`] = 'Enter a whole number of at least 1';
    let product: ProductFixture | undefined;
    let variation: VariationFixture | null = null;
    if (variantId) {
      product = published(fixture).find((p) => p.variations?.some((v) => String(v.id) === variantId));
      variation = product?.variations?.find((v) => String(v.id) === variantId) ?? null;
      if (!product) problems[`items.${index}.variantId`] = 'Unknown variation';
      else if (productId && String(product.id) !== productId) problems[`items.${index}.variantId`] = 'This variation belongs to another product';
    } else if (productId) {
      product = published(fixture).find((p) => String(p.id) === productId);
      if (!product) problems[`items.${index}.productId`] = 'Unknown product';
      else if (isVariable(product)) problems[`items.${index}.variantId`] = 'Choose an option';
    } else {
      problems[`items.${index}.productId`] = 'Required';
    }
    if (product && typeof quantity === 'number') lines.push({product, variation, quantity});
  });
  assertValid(problems);
  return lines;
}

function checkStock(state: ShopState, lines: ResolvedLine[]): void {
  const wanted = new Map<string, {line: ResolvedLine; quantity: number}>();
  for (const line of lines) {
    if (!line.variation && !tracks(line.product)) continue;
    const key = line.variation ? `v${line.variation.id}` : `p${line.product.id}`;
    const entry = wanted.get(key) ?? {line, quantity: 0};
    entry.quantity += line.quantity;
    wanted.set(key, entry);
  }
  for (const [key, {line, quantity}] of wanted) {
    const available = state.stock.get(key) ?? 0;
    if (quantity > available) {
      throw new MockError(409, 'OUT_OF_STOCK', available > 0 ? `Only ${available} left` : 'This item is out of stock', {
        productId: line.product.id,
        ...(line.variation ? {variationId: line.variation.id} : {}),
        available,
        requested: quantity,
      });
    }
  }
  for (const [key, {quantity}] of wanted) state.stock.set(key, (state.stock.get(key) ?? 0) - quantity);
}

/** A cancelled order gives its items back. */
function restock(state: ShopState, order: OrderRecord): void {
  for (const line of order.lines) {
    const key = line.variationId !== null ? `v${line.variationId}` : `p${line.productId}`;
    if (state.stock.has(key)) state.stock.set(key, (state.stock.get(key) ?? 0) + line.quantity);
  }
}

function createOrder(ctx: RouteContext) {
  const {fixture, state, tenantIndex} = shopOf(ctx);
  const body = ctx.body;
  const member: MemberRecord | null = ctx.member;
  const rawItems = Array.isArray(body.items) ? body.items : Array.isArray(body.lineItems) ? body.lineItems : undefined;
  const customer = isRecord(body.customer) ? body.customer : isRecord(body.customerInfo) ? body.customerInfo : undefined;

  const problems: Record<string, string | undefined> = {};
  if (!rawItems || rawItems.length === 0) problems.items = 'Add at least one item';
  let guest: Record<string, unknown> | null = null;
  if (!member) {
    const firstName = str(customer?.firstName) ?? str(customer?.name);
    const email = str(customer?.email);
    const phone = str(customer?.phone);
    if (!firstName) problems['customer.firstName'] = 'Enter your name';
    if (!email && !phone) {
      problems['customer.email'] = 'Enter an email or a phone number';
      problems['customer.phone'] = 'Enter an email or a phone number';
    } else if (email && !EMAIL.test(email)) problems['customer.email'] = 'Enter a valid email address';
    guest = {firstName, lastName: str(customer?.lastName) ?? null, email: email ?? null, phone: phone ?? null, language: str(customer?.language) ?? null};
  }

  const shippingId = str(body.shippingMethodId);
  const shipping = shippingId ? fixture.shippingMethods.find((m) => String(m.id) === shippingId) : undefined;
  if (shippingId && !shipping) problems.shippingMethodId = 'Unknown shipping method';
  const paymentId = str(body.paymentMethodId);
  const payment = paymentId ? fixture.paymentMethods.find((m) => m.id === paymentId) : undefined;
  if (paymentId && !payment) problems.paymentMethodId = 'Unknown payment method';
  const promotion = str(body.promotionCode)?.toUpperCase();
  for (const name of ['successUrl', 'cancelUrl'] as const) {
    const url = str(body[name]);
    if (url && !/^https?:\/\//i.test(url) && !url.startsWith('/')) problems[name] = 'Enter an absolute https URL';
  }
  assertValid(problems);

  const resolved = resolveLines(fixture, rawItems!);
  if (promotion && PROMOTION_CODES[promotion] === undefined) throw invalidPromotionCode();
  const lines = resolved.map((line) => orderLine(line.product, line.variation, line.quantity, Boolean(member)));
  const totals = totalsOf(lines, shipping ?? null, promotion ? PROMOTION_CODES[promotion]! : 0);
  if (shipping && shippingCost(shipping, totals.subtotalCents).locked) {
    throw new MockError(400, 'VALIDATION_ERROR', 'This shipping method needs a larger order', {
      fields: {shippingMethodId: `Available for orders of ${money(shipping.thresholdCents!)} or more`},
      freeShippingThreshold: money(shipping.thresholdCents!),
      amountNeeded: money(shipping.thresholdCents! - totals.subtotalCents),
    });
  }
  checkStock(state, resolved);

  const id = state.nextOrderId++;
  const orderId = orderUuid(tenantIndex, id);
  const order: OrderRecord = {
    id,
    orderId,
    orderNumber: `${fixture.orderPrefix}${id}`,
    memberUuid: member?.uuid ?? null,
    customer: guest,
    createdAt: ctx.now,
    ageMs: 0,
    lines,
    ...totals,
    orderStatus: 'pending',
    paymentStatus: 'pending',
    paidAt: null,
    paymentMethodId: payment?.id ?? null,
    shippingMethodId: shipping?.id ?? null,
    shippingAddress: body.shippingAddress ?? null,
    promotionCode: promotion ?? null,
    paymentUrl: payment?.hasGateway && totals.totalCents > 0 ? mockPaymentUrl(str(body.successUrl), orderId, Boolean(payment.declines)) : null,
    paymentInstructions: payment && !payment.hasGateway ? payment.instructions : null,
  };
  state.orders.push(order);
  return ok(orderJson(order, ctx.tenant.info.currency, ctx.locale, ctx.now), 201);
}

// ---------------------------------------------------------------------------------------------
// Routes

export const shopRoutes: MockRoute[] = [
  route('listProducts', (ctx) => {
    const {fixture, state} = shopOf(ctx);
    const {query, locale} = ctx;
    let products = published(fixture);
    const search = query.search?.trim().toLowerCase();
    if (search) {
      products = products.filter((p) =>
        [p.name.en, p.name.zh, p.description.en, p.description.zh, p.sku].some((value) => value.toLowerCase().includes(search)),
      );
    }
    if (query.category_slug) {
      const category = fixture.categories.find((c) => c.slug === query.category_slug);
      const family = category ? categoryFamily(fixture, category.id) : new Set<number>();
      products = products.filter((p) => p.categoryIds.some((id) => family.has(id)));
    }
    if (query.category_id) {
      const family = categoryFamily(fixture, Number(query.category_id));
      products = products.filter((p) => p.categoryIds.some((id) => family.has(id)));
    }
    if (query.brand_slug) {
      const brand = fixture.brands.find((b) => b.slug === query.brand_slug);
      products = products.filter((p) => brand && p.brandId === brand.id);
    }
    if (query.collection_slug) {
      const collection = fixture.collections.find((c) => c.slug === query.collection_slug);
      products = products.filter((p) => collection && p.collectionIds.includes(collection.id));
    }
    if (truthy(query.featured)) products = products.filter((p) => p.featured);
    const sorted = [...products];
    switch (query.sort) {
      case 'name':
        sorted.sort((a, b) => pick(a.name, locale)!.localeCompare(pick(b.name, locale)!, locale === 'zh' ? 'zh-Hant' : 'en'));
        break;
      case 'price_asc':
        sorted.sort((a, b) => publicEffective(a) - publicEffective(b) || a.id - b.id);
        break;
      case 'price_desc':
        sorted.sort((a, b) => publicEffective(b) - publicEffective(a) || a.id - b.id);
        break;
      case 'newest':
        sorted.sort((a, b) => a.ageDays - b.ageDays || b.id - a.id);
        break;
      default:
        break;
    }
    const page = pageOf(sorted, query);
    return ok({...page, items: page.items.map((p) => summaryJson(fixture, state, p, locale))});
  }),

  route('getProduct', (ctx) => {
    const {fixture, state} = shopOf(ctx);
    const key = ctx.params.slug ?? '';
    const product = published(fixture).find((p) => p.slug === key) ?? published(fixture).find((p) => String(p.id) === key);
    if (!product) throw notFound('Product not found');
    return ok(productJson(fixture, state, product, ctx.locale, ctx.now));
  }),

  route('listShopCategories', (ctx) => {
    const {fixture} = shopOf(ctx);
    const products = published(fixture);
    const categories = fixture.categories.filter((c) => !truthy(ctx.query.featured) || c.isFeatured);
    return ok(
      onePage(
        categories.map((category) => {
          const family = categoryFamily(fixture, category.id);
          return {
            id: category.id,
            name: pick(category.name, ctx.locale),
            slug: category.slug,
            description: pick(category.description, ctx.locale),
            imageUrl: productPicture(category.colors[0], category.colors[1], category.name.en.charAt(0), 200),
            parentId: category.parentId,
            isFeatured: category.isFeatured,
            productCount: products.filter((p) => p.categoryIds.some((id) => family.has(id))).length,
          };
        }),
      ),
    );
  }),

  route('listBrands', (ctx) => {
    const {fixture} = shopOf(ctx);
    return ok(onePage([...fixture.brands].sort((a, b) => a.sortOrder - b.sortOrder).map((b) => groupJson(fixture, b, 'brand', ctx.locale))));
  }),

  route('listCollections', (ctx) => {
    const {fixture} = shopOf(ctx);
    return ok(onePage([...fixture.collections].sort((a, b) => a.sortOrder - b.sortOrder).map((c) => groupJson(fixture, c, 'collection', ctx.locale))));
  }),

  route('listShippingMethods', (ctx) => {
    const {fixture} = shopOf(ctx);
    const amount = ctx.query.order_amount;
    const subtotal = amount === undefined ? undefined : toCents(amount);
    assertValid({order_amount: amount !== undefined && subtotal === undefined ? 'Enter an amount such as 120.00' : undefined});
    return ok(onePage(fixture.shippingMethods.map((m) => shippingJson(m, subtotal, ctx.locale))));
  }),

  route('listPaymentMethods', (ctx) => {
    const {fixture} = shopOf(ctx);
    return ok(onePage([...fixture.paymentMethods].sort((a, b) => a.position - b.position).map((m) => paymentJson(m, ctx.locale))));
  }),

  route('createOrder', createOrder),

  route('listOrders', (ctx) => {
    const {state} = shopOf(ctx);
    const mine = state.orders
      .filter((o) => o.memberUuid === ctx.member!.uuid)
      .sort((a, b) => (b.createdAt ?? ctx.now - b.ageMs) - (a.createdAt ?? ctx.now - a.ageMs) || b.id - a.id);
    const page = pageOf(mine, ctx.query);
    return ok({...page, items: page.items.map((o) => orderJson(o, ctx.tenant.info.currency, ctx.locale, ctx.now))});
  }),

  route('getOrderPaymentStatus', (ctx) => {
    const {fixture, state} = shopOf(ctx);
    const order = state.orders.find((o) => o.orderId === ctx.params.orderId);
    if (!order) throw notFound('Order not found');
    // Mock hosted payment: the first status read after the paymentUrl was issued settles it.
    if (order.paymentUrl && order.paymentStatus === 'pending') {
      const declined = fixture.paymentMethods.find((m) => m.id === order.paymentMethodId)?.declines;
      if (declined) {
        order.paymentStatus = 'failed';
        order.orderStatus = 'cancelled';
        restock(state, order);
      } else {
        order.paymentStatus = 'completed';
        order.orderStatus = 'confirmed';
        order.paidAt = ctx.now;
      }
    }
    const paidAt = order.paidAt === null ? null : order.paidAt < 0 ? ctx.now + order.paidAt : order.paidAt;
    return ok({
      orderId: order.orderId,
      orderStatus: order.orderStatus,
      paymentStatus: order.paymentStatus,
      paidAt: paidAt === null ? null : new Date(paidAt).toISOString(),
    });
  }),
];
