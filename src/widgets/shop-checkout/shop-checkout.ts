/**
 * The logic of the shop's later steps, with no markup: adding to the cart and changing it, the
 * checkout (shipping and payment methods D6, D7, the visitor's details), the check of the cart (D2),
 * the order (D8), its payment status (D10) and the member's orders (D9). Every write of
 * `<fav-shop-checkout>` is here. Loaded with the later steps (shop-steps.ts), so the catalogue stays
 * small.
 */
import {msg} from '@lit/localize';
import {isFavApiError, type FavApiError} from '../../api/errors.js';
import type {Order, OrderPaymentStatus, PaymentMethodOption, ShippingMethod} from '../../api/schemas/shop-orders.js';
import type {ListResult} from '../../api/schemas/parse.js';
import type {Product, Variation} from '../../api/schemas/shop.js';
import {createOrder, getOrderPaymentStatus, listOrders, listPaymentMethods, listShippingMethods, type CreateOrderInput} from '../../api/shop-orders.js';
import {getProduct} from '../../api/shop.js';
import {validateEmail, validatePhone, validateRequired, withCountryPrefix} from '../../ui/form.js';
import {fromCents, toCents} from '../../ui/money.js';
import {CreateCall} from '../shared/create-call.js';
import {isAllowedPaymentUrl, safeReturnUrl} from '../shared/payment-url.js';
import {loadTenantPhonePrefix} from '../shared/phone-prefix.js';
import {Polling} from '../shared/poll.js';
import {PromotionCode, refusesPromotionCode} from '../shared/promotion-code.js';
import {unitPrice, type CartLine, type CartStore} from './cart-store.js';
import {purchasableOf, type CheckoutDetails, type DetailErrors, type PaymentView, type PendingOrder, type ShopFlow, type ShopTotals} from './shop-flow.js';

/** The return marker on successUrl / cancelUrl. */
export const RETURN_PARAM = 'fav_shop_return';

// ---------------------------------------------------------------------------------------------
// Shipping, totals and the product's variation: what the views show and the order sends

export function isPickup(method: ShippingMethod): boolean {
  return /pick.?up|collect|自取|取貨/i.test(`${method.name} ${method.description ?? ''}`);
}

export function shippingState(method: ShippingMethod, subtotal: number): {cost: number; locked: boolean; needed: number} {
  const threshold = toCents(method.freeShippingThreshold);
  if (threshold > 0 && subtotal >= threshold) return {cost: 0, locked: false, needed: 0};
  const cost = toCents(method.cost);
  return {cost, locked: cost === 0 && threshold > 0, needed: cost === 0 && threshold > 0 ? threshold - subtotal : 0};
}

function orderTotals(order: Order, currency: string): ShopTotals {
  return {subtotal: order.subtotal, discount: order.discountAmount, shipping: order.shippingCost, total: order.totalAmount, currency: order.currency || currency};
}

/** The variation matching every chosen value (D2), when the product has variations. */
export function chosenVariation(flow: ShopFlow): Variation | undefined {
  const product = flow.product;
  if (!product?.variations.length) return undefined;
  return product.variations.find((v) => v.selectedOptions.length > 0 && v.selectedOptions.every((o) => flow.chosen[o.optionName] === o.value));
}

/** The options chosen on `before`, named as `after` (the product in another language) names them: matched by the ids of the options and their values. */
function choicesIn(after: Product, before: Product, chosen: Record<string, string>): Record<string, string> {
  const choices: Record<string, string> = {};
  for (const option of before.options) {
    const value = option.values.find((v) => v.value === chosen[option.name]);
    const same = after.options.find((o) => o.id === option.id);
    const named = same?.values.find((v) => v.id === value?.id);
    if (same && named) choices[same.name] = named.value;
  }
  return choices;
}

/** How many can be bought of the product or chosen variation: undefined is unlimited. */
export function purchasable(flow: ShopFlow): number | undefined {
  const product = flow.product;
  if (!product) return 0;
  const source = product.variations.length ? chosenVariation(flow) : product;
  if (!source) return 0;
  return purchasableOf(source);
}

function withParam(url: string, value: string): string {
  const parsed = new URL(url, location.href);
  parsed.searchParams.set(RETURN_PARAM, value);
  return parsed.href;
}

function savePending(key: string, pending: PendingOrder | undefined): void {
  try {
    if (pending) sessionStorage.setItem(key, JSON.stringify(pending));
    else sessionStorage.removeItem(key);
  } catch {
    // Storage blocked: the return page will not find the order; the visitor keeps the confirmation email.
  }
}

function readPending(key: string): PendingOrder | undefined {
  try {
    const value = JSON.parse(sessionStorage.getItem(key) ?? 'null') as PendingOrder | null;
    return value && typeof value.order?.orderId === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The later steps' state of `<fav-shop-checkout>`, owned here and changed only by the methods below:
 * the checkout's methods and choices, what the visitor typed, the order placed and its payment, the
 * member's orders. The step, what is in flight, the error and the banner stay the flow's; these
 * methods move them through the flow's own methods. One per element, made when the later steps
 * arrive.
 */
export class ShopCheckout {
  shippingMethods: ShippingMethod[] = [];
  paymentMethods: PaymentMethodOption[] = [];
  shippingId = '';
  paymentId = '';
  details: CheckoutDetails = {name: '', email: '', phone: '', addressLine1: '', addressLine2: '', city: '', zipCode: ''};
  detailErrors: DetailErrors = {};
  phonePrefix = '';
  /** The subtotal the shipping methods were loaded for (cents). */
  shippingFor?: number;

  /** The promotion code on the review, sent with the order (D8). */
  readonly promotion: PromotionCode;

  pending?: PendingOrder;
  payment?: OrderPaymentStatus;
  paymentView?: PaymentView;
  paymentError?: unknown;

  orders?: ListResult<Order>;
  ordersPage = 1;
  /** Payment status by order id, for the order history. */
  orderPayments: Record<string, string> = {};

  /** Places the order (D8), with its Idempotency-Key. */
  private readonly orderCall: CreateCall;
  /** This widget's reads of the payment status (D10). */
  private readonly paymentPolling = new Polling();

  constructor(readonly flow: ShopFlow) {
    this.orderCall = new CreateCall(flow, flow.showCall);
    this.promotion = new PromotionCode(flow.element);
    // An unsafe return-url is reported when the page loads, not first when a customer pays.
    void this.returnUrl;
  }

  /** Applies a change and re-renders. Only this class's own methods call it. */
  private set(patch: Partial<ShopCheckout>): void {
    Object.assign(this, patch);
    this.flow.element.requestUpdate();
  }

  private get pendingKey(): string {
    return this.flow.hooks.pendingKey();
  }

  /** The page the hosted payment returns to: `return-url` when it is https or this site, else this page. */
  get returnUrl(): string {
    return safeReturnUrl(this.flow.hooks.returnUrl(), (value) => this.flow.hooks.returnUrlRefused(value));
  }

  /**
   * The locale changed: the filters, the products, the open product (with the same options chosen)
   * and the checkout's methods come again in its language, and the member's orders when they show.
   * The step, the cart, the choices, what was typed and an order in flight stay; a failure keeps what
   * is shown. (Cart lines keep the names they were added with.)
   */
  async reread(): Promise<void> {
    const flow = this.flow;
    const client = flow.element.client;
    if (!client) return;
    const signal = flow.element.signal;
    const {products, product} = flow;
    void flow.loadFilters();
    if (flow.step === 'orders') void this.loadOrders();
    try {
      const [list, read, shipping, payment] = await Promise.all([
        products && flow.readProducts(),
        product && getProduct(client, product.slug || String(product.id), {signal}),
        this.shippingFor !== undefined && listShippingMethods(client, {orderAmount: fromCents(this.shippingFor)}, {signal}),
        this.shippingFor !== undefined && listPaymentMethods(client, {signal}),
      ]);
      if (list && flow.products === products) flow.translated({products: list});
      if (read && product && flow.product === product) flow.translated({product: read, chosen: choicesIn(read, product, flow.chosen)});
      if (shipping && payment) this.set({shippingMethods: shipping.items, paymentMethods: payment.items});
    } catch (error) {
      if (!(isFavApiError(error) && error.kind === 'aborted')) flow.failed(error);
    }
  }

  // -------------------------------------------------------------------------------------------
  // The cart

  /** Tells the page the visitor changed the cart here (`fav-cart-changed`). */
  private cartChanged(): void {
    const flow = this.flow;
    flow.hooks.cartChanged({lines: flow.lines, count: flow.count, subtotal: {amount: fromCents(flow.subtotal), currency: flow.hooks.currency()}});
  }

  /** Adds the product (with its variation) to the cart. Returns false when an option is missing. */
  addToCart(): boolean {
    const flow = this.flow;
    const product = flow.product;
    const cart = flow.cart;
    if (!product || !cart) return false;
    const variation = chosenVariation(flow);
    if (product.variations.length && !variation) {
      flow.optionMissing(msg('Please choose an option.', {id: 'shop.option.required', desc: 'Error when a product option is not chosen'}));
      return false;
    }
    const max = purchasable(flow);
    if (max === 0) return false;
    const source = variation ?? product;
    cart.add(
      {
        key: variation ? `${product.id}:${variation.id}` : String(product.id),
        productId: product.id,
        ...(variation ? {variantId: variation.id, variantName: variation.name} : {}),
        link: product.slug ?? String(product.id),
        name: product.name,
        ...(product.images[0]?.thumbUrl || product.image ? {image: product.images[0]?.thumbUrl ?? product.image ?? undefined} : {}),
        price: source.price ?? '0',
        discountPrice: source.discountPrice,
        memberPrice: source.memberPrice,
        ...(max !== undefined ? {max} : {}),
      },
      flow.quantity,
    );
    this.cartChanged();
    flow.notify('added');
    return true;
  }

  /** The quantity typed on the product: at least 1, at most what can be bought (999 when unlimited). */
  chooseQuantity(value: number): void {
    const max = purchasable(this.flow);
    this.flow.chooseQuantity(Math.max(1, max === undefined ? Math.min(value || 1, 999) : Math.min(value || 1, Math.max(1, max))));
  }

  /** A cart line's quantity typed in the cart (a number; at least 1). */
  changeQuantity(line: CartLine, value: number): void {
    if (Number.isFinite(value)) this.flow.cart?.setQuantity(line.key, Math.max(1, value));
    this.cartChanged();
    this.flow.notify(undefined);
  }

  removeLine(line: CartLine): void {
    this.flow.cart?.remove(line.key);
    this.cartChanged();
    this.flow.notify(undefined);
  }

  // -------------------------------------------------------------------------------------------
  // The checkout

  selectedShipping(): ShippingMethod | undefined {
    return this.shippingMethods.find((m) => String(m.id) === this.shippingId);
  }

  selectedPayment(): PaymentMethodOption | undefined {
    return this.paymentMethods.find((m) => String(m.id) === this.paymentId);
  }

  previewTotals(): ShopTotals {
    const subtotal = this.flow.subtotal;
    const method = this.selectedShipping();
    const shipping = method ? shippingState(method, subtotal).cost : 0;
    return {subtotal: fromCents(subtotal), discount: '0.00', shipping: fromCents(shipping), total: fromCents(subtotal + shipping), currency: this.flow.hooks.currency()};
  }

  /** From the cart to the checkout: shipping and payment methods for this subtotal (D6, D7). */
  async toCheckout(): Promise<void> {
    const flow = this.flow;
    const client = flow.element.client;
    if (!client || !flow.lines.length) return;
    if (flow.lines.some((l) => l.flag === 'gone' || l.flag === 'out-of-stock')) {
      flow.notify('stock');
      return;
    }
    flow.requestStarted();
    const signal = flow.element.signal;
    const subtotal = flow.subtotal;
    try {
      const [shipping, payment] = await Promise.all([
        listShippingMethods(client, {orderAmount: fromCents(subtotal)}, {signal}),
        listPaymentMethods(client, {signal}),
        loadTenantPhonePrefix(flow.element, (phonePrefix) => this.set({phonePrefix})),
      ]);
      const open = shipping.items.filter((m) => !shippingState(m, subtotal).locked);
      const keepShipping = open.some((m) => String(m.id) === this.shippingId);
      const keepPayment = payment.items.some((m) => String(m.id) === this.paymentId);
      this.set({
        shippingMethods: shipping.items,
        paymentMethods: payment.items,
        shippingFor: subtotal,
        shippingId: keepShipping ? this.shippingId : open[0] ? String(open[0].id) : '',
        paymentId: keepPayment ? this.paymentId : payment.items[0] ? String(payment.items[0].id) : '',
      });
      flow.reached('checkout');
    } catch (error) {
      flow.fail(error, 'cart');
    }
  }

  chooseShipping(id: string): void {
    this.set({shippingId: id, detailErrors: {...this.detailErrors, shipping: undefined}});
  }

  choosePayment(id: string): void {
    this.set({paymentId: id, detailErrors: {...this.detailErrors, payment: undefined}});
  }

  /** What the visitor types is kept, so a later prefill (a member signing in) leaves it. */
  typed(field: keyof CheckoutDetails, value: string): void {
    this.details = {...this.details, [field]: value};
  }

  private validate(values: CheckoutDetails): {details: CheckoutDetails; errors: DetailErrors} {
    const errors: DetailErrors = {};
    const details = {...values};
    const method = this.selectedShipping();
    if (this.shippingMethods.length && !method) errors.shipping = msg('Please choose how to receive your order.', {id: 'shop.shipping.required', desc: 'No shipping method chosen'});
    if (this.paymentMethods.length && !this.paymentId) errors.payment = msg('Please choose how to pay.', {id: 'shop.payment.required', desc: 'No payment method chosen'});
    if (!this.flow.asMember) {
      errors.name = validateRequired(values.name);
      errors.email = validateRequired(values.email) ?? validateEmail(values.email);
      details.phone = withCountryPrefix(values.phone, this.phonePrefix);
      errors.phone = validateRequired(values.phone) ?? validatePhone(details.phone);
    }
    if (method && !isPickup(method)) {
      errors.addressLine1 = validateRequired(values.addressLine1);
      errors.city = validateRequired(values.city);
    }
    for (const key of Object.keys(errors) as (keyof DetailErrors)[]) if (!errors[key]) delete errors[key];
    return {details, errors};
  }

  /** The checkout form sent: with errors they show and it resolves false; else the cart is checked and the review follows. */
  async submitDetails(values: CheckoutDetails): Promise<boolean> {
    const {details, errors} = this.validate(values);
    if (Object.keys(errors).length) {
      this.set({details: values, detailErrors: errors});
      return false;
    }
    this.set({details, detailErrors: {}});
    await this.checkCart();
    return true;
  }

  /**
   * Before the review: reads every cart product again (D2). Gone or short items are flagged in the
   * cart; new prices update the lines and are shown as the new total before the visitor confirms.
   */
  async checkCart(): Promise<void> {
    const flow = this.flow;
    const client = flow.element.client;
    const cart = flow.cart;
    if (!client || !cart) return;
    flow.requestStarted(true);
    const member = flow.asMember;
    const changes = new Map<string, Partial<CartLine>>();
    let stock = false;
    let priced = false;
    try {
      const links = [...new Set(flow.lines.map((l) => l.link))];
      const products = new Map(
        await Promise.all(
          links.map(async (link) => {
            try {
              return [link, await getProduct(client, link, {signal: flow.element.signal})] as const;
            } catch (error) {
              if (isFavApiError(error) && error.status === 404) return [link, null] as const;
              throw error;
            }
          }),
        ),
      );
      for (const line of flow.lines) {
        const product = products.get(line.link);
        const source = product ? (line.variantId !== undefined ? product.variations.find((v) => String(v.id) === String(line.variantId)) : product) : undefined;
        if (!source) {
          changes.set(line.key, {flag: 'gone'});
          stock = true;
          continue;
        }
        const max = purchasableOf(source);
        const fresh = {price: source.price ?? '0', discountPrice: source.discountPrice, memberPrice: source.memberPrice, max};
        if (max !== undefined && line.quantity > max) {
          changes.set(line.key, {...fresh, flag: 'out-of-stock', available: max});
          stock = true;
        } else if (toCents(unitPrice(fresh, member)) !== toCents(unitPrice(line, member))) {
          changes.set(line.key, {...fresh, flag: 'price-changed'});
          priced = true;
        } else {
          changes.set(line.key, {...fresh, flag: line.flag === 'price-changed' ? 'price-changed' : undefined});
        }
      }
    } catch (error) {
      flow.fail(error, 'checkout');
      return;
    }
    cart.patch(changes);
    if (stock) {
      this.cartChanged();
      flow.reached('cart', 'stock');
      return;
    }
    if (priced) this.cartChanged();
    const method = this.selectedShipping();
    if (method && shippingState(method, flow.subtotal).locked) {
      // The new subtotal no longer reaches this method's threshold: choose again.
      flow.requestEnded();
      await this.toCheckout();
      return;
    }
    flow.reached('review', priced || flow.lines.some((l) => l.flag === 'price-changed') ? 'price-changed' : undefined);
  }

  // -------------------------------------------------------------------------------------------
  // The order (D8)

  private orderInput(promotionCode: string): CreateOrderInput {
    const flow = this.flow;
    const method = this.selectedShipping();
    const payment = this.selectedPayment();
    const member = flow.asMember ? flow.hooks.member() : null;
    const details = this.details;
    const customer = member
      ? {firstName: member.memberName || details.name, ...(member.email ? {email: member.email} : {}), ...(member.phone ? {phone: member.phone} : {})}
      : {firstName: details.name, email: details.email, phone: details.phone};
    const back = this.returnUrl;
    return {
      items: flow.lines.map((l) => ({productId: l.productId, ...(l.variantId !== undefined ? {variantId: l.variantId} : {}), quantity: l.quantity})),
      customer: {...customer, language: flow.hooks.language()},
      ...(method ? {shippingMethodId: method.id} : {}),
      ...(payment ? {paymentMethodId: payment.id} : {}),
      ...(method && !isPickup(method)
        ? {
            shippingAddress: {
              addressLine1: details.addressLine1,
              ...(details.addressLine2 ? {addressLine2: details.addressLine2} : {}),
              city: details.city,
              ...(details.zipCode ? {zipCode: details.zipCode} : {}),
            },
          }
        : {}),
      ...(promotionCode ? {promotionCode} : {}),
      successUrl: withParam(back, 'done'),
      cancelUrl: withParam(back, 'cancel'),
    };
  }

  /** Places the order (D8) exactly once: one request per press, the same Idempotency-Key on retries. */
  async placeOrder(): Promise<void> {
    const flow = this.flow;
    const client = flow.element.client;
    const cart = flow.cart;
    if (!client || !cart || flow.busy || !flow.lines.length) return;
    const lines = flow.lines.map((l) => ({...l}));
    const input = this.orderInput(this.promotion.commit());
    if (!flow.hooks.beforeOrder({lines, totals: this.previewTotals(), input})) {
      flow.orderVetoed();
      return;
    }
    flow.notify(undefined);
    // The code sent: `fav-before-order` may have changed it.
    const sent = input.promotionCode ?? '';
    let idempotencyKey = '';
    const order = await this.orderCall.send({
      request: input,
      call: (options) => {
        idempotencyKey = options.idempotencyKey;
        return createOrder(client, input, options);
      },
      asMember: flow.asMember,
      sessionEnded: () => flow.notify('session-expired'),
      refused: async (error) => {
        if (!sent || !refusesPromotionCode(error)) return this.orderRefused(cart, lines, error);
        // The code is refused: it shows in its field with the message; the cart and the details stay.
        await this.promotion.refused(sent);
        return true;
      },
    });
    if (!order) return;
    const totals = orderTotals(order, flow.hooks.currency());
    const pending: PendingOrder = {order, idempotencyKey, lines, totals, ...(sent ? {promotionCode: sent} : {})};
    const redirect = isAllowedPaymentUrl(order.paymentUrl) ? order.paymentUrl : undefined;
    savePending(this.pendingKey, redirect ? pending : undefined);
    cart.removeOrdered(lines.map((l) => l.key));
    this.cartChanged();
    this.set({pending, paymentView: undefined, payment: undefined});
    flow.reached('placed');
    flow.hooks.orderCreated({order, lines, totals});
    // With a promotion code the customer sees the discount and the new total first, and goes to pay from there.
    if (redirect && !sent) this.startPayment();
  }

  /** To the hosted payment page of the order placed, unless the page navigates itself (`fav-order-payment-started`). */
  startPayment(): void {
    const order = this.pending?.order;
    const redirect = order && isAllowedPaymentUrl(order.paymentUrl) ? order.paymentUrl : undefined;
    if (order && redirect && this.flow.hooks.paymentStarted({url: redirect, orderId: order.orderId, orderNumber: order.orderNumber})) location.assign(redirect);
  }

  /** Items sold out (409) or gone (400, 404) meanwhile: flagged in the cart, which shows again. Resolves true when it was so. */
  private orderRefused(cart: CartStore, lines: CartLine[], api: FavApiError): boolean {
    if (api.status === 409) {
      const details = api.details ?? {};
      const line = lines.find((l) =>
        details.variationId !== undefined ? String(l.variantId) === String(details.variationId) : String(l.productId) === String(details.productId),
      );
      const available = Number(details.available);
      if (line) cart.patch(new Map([[line.key, {flag: 'out-of-stock' as const, available: Number.isFinite(available) ? available : 0, max: Number.isFinite(available) ? available : 0}]]));
    } else {
      const fields = ((api.details as {fields?: Record<string, string>} | undefined)?.fields ?? {}) as Record<string, string>;
      const gone = Object.keys(fields)
        .map((field) => /^items\.(\d+)\.(productId|variantId)$/.exec(field)?.[1])
        .filter((index): index is string => index !== undefined)
        .map((index) => lines[Number(index)]?.key)
        .filter((key): key is string => Boolean(key));
      if ((api.status !== 400 && api.status !== 404) || !gone.length) return false;
      cart.patch(new Map(gone.map((key) => [key, {flag: 'gone' as const}])));
    }
    this.cartChanged();
    this.flow.reached('cart', 'stock');
    return true;
  }

  // -------------------------------------------------------------------------------------------
  // The payment (D10)

  /**
   * Back on the page from the hosted payment (`?fav_shop_return=…`): when this tab placed the
   * order, the return markers leave the address and the payment status is read. False otherwise.
   */
  paymentReturned(): boolean {
    const pending = readPending(this.pendingKey);
    if (!pending) return false;
    const params = new URLSearchParams(location.search);
    for (const name of [RETURN_PARAM, 'fav_mock_payment']) params.delete(name);
    if (params.get('order') === pending.order.orderId) params.delete('order');
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    this.set({pending});
    void this.pollPayment();
    return true;
  }

  /** Reads D10 with backoff until the payment is final, or about a minute passed. */
  async pollPayment(): Promise<void> {
    const flow = this.flow;
    const client = flow.element.client;
    const pending = this.pending;
    if (!client || !pending) return;
    this.set({paymentView: 'checking', paymentError: undefined});
    flow.reached('payment');
    let reported = false;
    const end = await this.paymentPolling.start(flow.element.signal, async (signal) => {
      try {
        const status = await getOrderPaymentStatus(client, pending.order.orderId, {signal});
        const value = String(status.paymentStatus).toLowerCase();
        const view = value === 'completed' ? 'completed' : value === 'failed' || value === 'voided' ? 'failed' : value === 'refunded' ? 'refunded' : value === 'pending' ? undefined : 'pending';
        this.set({payment: status, paymentError: undefined, paymentView: view ?? 'checking'});
        if (!view) return false;
        if (view !== 'failed') savePending(this.pendingKey, undefined);
        flow.hooks.paymentStatus({orderId: pending.order.orderId, status: value, orderStatus: status.orderStatus});
        return true;
      } catch (error) {
        if (isFavApiError(error) && error.kind === 'aborted') return true;
        if (!reported) flow.failed(error);
        reported = true;
        this.set({paymentView: 'retrying', paymentError: error});
        return false;
      }
    });
    if (end !== 'gave-up') return;
    this.set({paymentView: 'pending'});
    flow.hooks.paymentStatus({orderId: pending.order.orderId, status: this.payment?.paymentStatus ?? 'pending', orderStatus: this.payment?.orderStatus ?? null});
  }

  /** A failed payment: the lines go back into the cart for a new order. */
  retryAfterFailure(): void {
    const pending = this.pending;
    const cart = this.flow.cart;
    if (!pending || !cart) return;
    const keys = new Set(cart.lines.map((l) => l.key));
    cart.replace([...cart.lines, ...pending.lines.filter((l) => !keys.has(l.key)).map((l) => ({...l, flag: undefined}))]);
    savePending(this.pendingKey, undefined);
    this.cartChanged();
    this.set({pending: undefined, payment: undefined, paymentView: undefined});
    this.flow.reached('cart');
    void this.toCheckout();
  }

  /** "Continue shopping" after an order: to the catalogue (not back into the product the cart was opened from). */
  finishPayment(): void {
    savePending(this.pendingKey, undefined);
    this.set({pending: undefined, payment: undefined, paymentView: undefined});
    this.flow.toCatalogue();
  }

  // -------------------------------------------------------------------------------------------
  // The member's orders (D9)

  /** The member's orders (D9), with each order's payment status (D10). */
  async loadOrders(page = this.ordersPage): Promise<void> {
    const flow = this.flow;
    const client = flow.element.client;
    if (!client) return;
    this.set({ordersPage: page});
    flow.ordersRequested();
    if (!flow.hooks.member()) {
      flow.requestEnded();
      return;
    }
    try {
      const signal = flow.element.signal;
      const orders = await listOrders(client, {page, limit: 10}, {signal});
      const statuses = await Promise.all(
        orders.items.map((order) =>
          getOrderPaymentStatus(client, order.orderId, {signal}).then(
            (s) => [order.orderId, String(s.paymentStatus)] as const,
            () => [order.orderId, ''] as const,
          ),
        ),
      );
      this.set({orders, orderPayments: Object.fromEntries(statuses)});
      flow.requestEnded();
    } catch (error) {
      flow.fail(error, 'orders');
    }
  }
}
