/**
 * The later steps of `<fav-shop-checkout>`: cart, checkout (shipping, payment, details), review,
 * the order (D8) and its payment status (D10), and the member's orders (D9). Loaded after the first
 * view, so the catalogue stays small.
 */
import {msg, str} from '@lit/localize';
import {html, nothing} from 'lit';
import {isFavApiError, type FavApiError} from '../../api/errors.js';
import type {Order, ShippingMethod} from '../../api/schemas/shop-orders.js';
import {createOrder, getOrderPaymentStatus, listOrders, listPaymentMethods, listShippingMethods, type CreateOrderInput} from '../../api/shop-orders.js';
import {getProduct} from '../../api/shop.js';
import {renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {renderField} from '../../ui/field.js';
import {validateEmail, validatePhone, validateRequired, withCountryPrefix} from '../../ui/form.js';
import {formatDate} from '../../ui/format.js';
import {renderPager} from '../../ui/pager.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {renderStepHeader} from '../../ui/step-header.js';
import {fromCents, toCents} from '../../ui/money.js';
import {CreateCall} from '../shared/create-call.js';
import {isAllowedPaymentUrl} from '../shared/payment-url.js';
import {loadTenantPhonePrefix} from '../shared/phone-prefix.js';
import {Polling} from '../shared/poll.js';
import {keepTyped, prefilled, type PrefillHost} from '../shared/prefill.js';
import {lineTotalCents, unitPrice, type CartLine, type CartStore} from './cart-store.js';
import {purchasableOf, type CheckoutDetails, type DetailErrors, type PendingOrder, type ShopFlow, type ShopFlowHost, type ShopTotals} from './shop-flow.js';
import {money, renderPriceTag, type ShopViewContext} from './shop-views.js';

export {addToCart, renderProduct} from './shop-product.js';
export {stepStyles} from './shop-steps.styles.js';

export interface ShopCheckoutHost extends ShopFlowHost, PrefillHost {
  /** The page the hosted payment returns to. */
  readonly returnUrl: string;
  /** sessionStorage key of the pending order. */
  readonly pendingKey: string;
  /** The widget's language (`en`, `zh-Hant`): the order's emails and messages come in it. */
  readonly language: string;
  beforeOrder(lines: CartLine[], totals: ShopTotals, input: CreateOrderInput): boolean;
  orderCreated(order: Order, lines: CartLine[], totals: ShopTotals): void;
  paymentStatus(orderId: string, status: string, orderStatus: string | null): void;
  /** Fires `fav-order-payment-started` and navigates unless the page prevents it. */
  leaveForPayment(url: string, order: Order): void;
}

/** The return marker on successUrl / cancelUrl. */
export const RETURN_PARAM = 'fav_shop_return';

const host = (flow: ShopFlow) => flow.host as ShopCheckoutHost;

// ---------------------------------------------------------------------------------------------
// Logic

export function isPickup(method: ShippingMethod): boolean {
  return /pick.?up|collect|自取|取貨/i.test(`${method.name} ${method.description ?? ''}`);
}

export function shippingState(method: ShippingMethod, subtotal: number): {cost: number; locked: boolean; needed: number} {
  const threshold = toCents(method.freeShippingThreshold);
  if (threshold > 0 && subtotal >= threshold) return {cost: 0, locked: false, needed: 0};
  const cost = toCents(method.cost);
  return {cost, locked: cost === 0 && threshold > 0, needed: cost === 0 && threshold > 0 ? threshold - subtotal : 0};
}

export function selectedShipping(flow: ShopFlow): ShippingMethod | undefined {
  return flow.shippingMethods.find((m) => String(m.id) === flow.shippingId);
}

export function previewTotals(flow: ShopFlow): ShopTotals {
  const subtotal = flow.subtotal;
  const method = selectedShipping(flow);
  const shipping = method ? shippingState(method, subtotal).cost : 0;
  return {subtotal: fromCents(subtotal), discount: '0.00', shipping: fromCents(shipping), total: fromCents(subtotal + shipping), currency: flow.host.currency};
}

function orderTotals(order: Order, currency: string): ShopTotals {
  return {subtotal: order.subtotal, discount: order.discountAmount, shipping: order.shippingCost, total: order.totalAmount, currency: order.currency || currency};
}

function loadPrefix(flow: ShopFlow): Promise<void> {
  return loadTenantPhonePrefix(flow.host, (phonePrefix) => flow.update({phonePrefix}));
}

/** From the cart to the checkout: shipping and payment methods for this subtotal (D6, D7). */
export async function toCheckout(flow: ShopFlow): Promise<void> {
  const client = flow.host.client;
  if (!client || !flow.lines.length) return;
  if (flow.lines.some((l) => l.flag === 'gone' || l.flag === 'out-of-stock')) {
    flow.update({notice: 'stock'});
    return;
  }
  flow.update({busy: true, error: undefined, notice: undefined});
  const signal = flow.host.signal;
  const subtotal = flow.subtotal;
  try {
    const [shipping, payment] = await Promise.all([
      listShippingMethods(client, {orderAmount: fromCents(subtotal)}, {signal}),
      listPaymentMethods(client, {signal}),
      loadPrefix(flow),
    ]);
    const open = shipping.items.filter((m) => !shippingState(m, subtotal).locked);
    const keepShipping = open.some((m) => String(m.id) === flow.shippingId);
    const keepPayment = payment.items.some((m) => String(m.id) === flow.paymentId);
    flow.update({
      shippingMethods: shipping.items,
      paymentMethods: payment.items,
      shippingFor: subtotal,
      shippingId: keepShipping ? flow.shippingId : open[0] ? String(open[0].id) : '',
      paymentId: keepPayment ? flow.paymentId : payment.items[0] ? String(payment.items[0].id) : '',
      step: 'checkout',
      busy: false,
    });
  } catch (error) {
    flow.fail(error, 'cart');
  }
}

export function validateCheckout(flow: ShopFlow, values: CheckoutDetails): {details: CheckoutDetails; errors: DetailErrors} {
  const errors: DetailErrors = {};
  const details = {...values};
  const method = selectedShipping(flow);
  if (flow.shippingMethods.length && !method) errors.shipping = msg('Please choose how to receive your order.', {id: 'shop.shipping.required', desc: 'No shipping method chosen'});
  if (flow.paymentMethods.length && !flow.paymentId) errors.payment = msg('Please choose how to pay.', {id: 'shop.payment.required', desc: 'No payment method chosen'});
  if (!flow.asMember) {
    errors.name = validateRequired(values.name);
    errors.email = validateRequired(values.email) ?? validateEmail(values.email);
    details.phone = withCountryPrefix(values.phone, flow.phonePrefix);
    errors.phone = validateRequired(values.phone) ?? validatePhone(details.phone);
  }
  if (method && !isPickup(method)) {
    errors.addressLine1 = validateRequired(values.addressLine1);
    errors.city = validateRequired(values.city);
  }
  for (const key of Object.keys(errors) as (keyof DetailErrors)[]) if (!errors[key]) delete errors[key];
  return {details, errors};
}

/**
 * Before the review: reads every cart product again (D2). Gone or short items are flagged in the
 * cart; new prices update the lines and are shown as the new total before the visitor confirms.
 */
export async function checkCart(flow: ShopFlow): Promise<void> {
  const client = flow.host.client;
  const cart = flow.host.cart;
  if (!client || !cart) return;
  flow.update({busy: true, error: undefined});
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
            return [link, await getProduct(client, link, {signal: flow.host.signal})] as const;
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
    flow.host.cartChanged();
    flow.update({busy: false, step: 'cart', notice: 'stock'});
    return;
  }
  if (priced) flow.host.cartChanged();
  const method = selectedShipping(flow);
  if (method && shippingState(method, flow.subtotal).locked) {
    // The new subtotal no longer reaches this method's threshold: choose again.
    flow.update({busy: false});
    await toCheckout(flow);
    return;
  }
  flow.update({busy: false, step: 'review', notice: priced || flow.lines.some((l) => l.flag === 'price-changed') ? 'price-changed' : undefined});
}

function withParam(url: string, value: string): string {
  const parsed = new URL(url, location.href);
  parsed.searchParams.set(RETURN_PARAM, value);
  return parsed.href;
}

function orderInput(flow: ShopFlow): CreateOrderInput {
  const method = selectedShipping(flow);
  const payment = flow.paymentMethods.find((m) => String(m.id) === flow.paymentId);
  const member = flow.asMember ? flow.host.signedInMember : null;
  const details = flow.details;
  const customer = member
    ? {firstName: member.memberName || details.name, ...(member.email ? {email: member.email} : {}), ...(member.phone ? {phone: member.phone} : {})}
    : {firstName: details.name, email: details.email, phone: details.phone};
  return {
    items: flow.lines.map((l) => ({productId: l.productId, ...(l.variantId !== undefined ? {variantId: l.variantId} : {}), quantity: l.quantity})),
    customer: {...customer, language: host(flow).language},
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
    successUrl: withParam(host(flow).returnUrl, 'done'),
    cancelUrl: withParam(host(flow).returnUrl, 'cancel'),
  };
}

function savePending(key: string, pending: PendingOrder | undefined): void {
  try {
    if (pending) sessionStorage.setItem(key, JSON.stringify(pending));
    else sessionStorage.removeItem(key);
  } catch {
    // Storage blocked: the return page will not find the order; the visitor keeps the confirmation email.
  }
}

export function readPending(key: string): PendingOrder | undefined {
  try {
    const value = JSON.parse(sessionStorage.getItem(key) ?? 'null') as PendingOrder | null;
    return value && typeof value.order?.orderId === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Places the order (D8) exactly once: one request per press, the same Idempotency-Key on retries. */
export async function placeOrder(flow: ShopFlow): Promise<void> {
  const client = flow.host.client;
  const cart = flow.host.cart;
  if (!client || !cart || flow.busy || !flow.lines.length) return;
  const lines = flow.lines.map((l) => ({...l}));
  const input = orderInput(flow);
  if (!host(flow).beforeOrder(lines, previewTotals(flow), input)) {
    flow.update({notice: 'vetoed', error: undefined});
    return;
  }
  flow.update({notice: undefined});
  flow.orderCall ??= new CreateCall(flow.host, (state) => flow.update(state));
  let idempotencyKey = '';
  const order = await flow.orderCall.send({
    request: input,
    call: (options) => {
      idempotencyKey = options.idempotencyKey;
      return createOrder(client, input, options);
    },
    asMember: flow.asMember,
    sessionEnded: () => flow.update({notice: 'session-expired'}),
    refused: (error) => orderRefused(flow, cart, lines, error),
  });
  if (!order) return;
  const totals = orderTotals(order, flow.host.currency);
  const pending: PendingOrder = {order, idempotencyKey, lines, totals};
  const redirect = isAllowedPaymentUrl(order.paymentUrl) ? order.paymentUrl : undefined;
  savePending(host(flow).pendingKey, redirect ? pending : undefined);
  cart.removeOrdered(lines.map((l) => l.key));
  flow.host.cartChanged();
  flow.update({pending, step: 'placed', paymentView: undefined, payment: undefined});
  host(flow).orderCreated(order, lines, totals);
  if (redirect) host(flow).leaveForPayment(redirect, order);
}

/** Items sold out (409) or gone (400, 404) meanwhile: flagged in the cart, which shows again. Resolves true when it was so. */
function orderRefused(flow: ShopFlow, cart: CartStore, lines: CartLine[], api: FavApiError): boolean {
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
  flow.host.cartChanged();
  flow.update({step: 'cart', notice: 'stock'});
  return true;
}

/** Back from the hosted payment: reads D10 with backoff until the payment is final, or about a minute passed. */
export async function pollPayment(flow: ShopFlow): Promise<void> {
  const client = flow.host.client;
  const pending = flow.pending;
  if (!client || !pending) return;
  flow.update({step: 'payment', paymentView: 'checking', paymentError: undefined});
  let reported = false;
  const end = await (flow.paymentPolling ??= new Polling()).start(flow.host.signal, async (signal) => {
    try {
      const status = await getOrderPaymentStatus(client, pending.order.orderId, {signal});
      const value = String(status.paymentStatus).toLowerCase();
      const view = value === 'completed' ? 'completed' : value === 'failed' || value === 'voided' ? 'failed' : value === 'refunded' ? 'refunded' : value === 'pending' ? undefined : 'pending';
      flow.update({payment: status, paymentError: undefined, paymentView: view ?? 'checking'});
      if (!view) return false;
      if (view !== 'failed') savePending(host(flow).pendingKey, undefined);
      host(flow).paymentStatus(pending.order.orderId, value, status.orderStatus);
      return true;
    } catch (error) {
      if (isFavApiError(error) && error.kind === 'aborted') return true;
      if (!reported) flow.host.failed(error);
      reported = true;
      flow.update({paymentView: 'retrying', paymentError: error});
      return false;
    }
  });
  if (end !== 'gave-up') return;
  flow.update({paymentView: 'pending'});
  host(flow).paymentStatus(pending.order.orderId, flow.payment?.paymentStatus ?? 'pending', flow.payment?.orderStatus ?? null);
}

/** A failed payment: the lines go back into the cart for a new order. */
export function retryAfterFailure(flow: ShopFlow): void {
  const pending = flow.pending;
  const cart = flow.host.cart;
  if (!pending || !cart) return;
  const keys = new Set(cart.lines.map((l) => l.key));
  cart.replace([...cart.lines, ...pending.lines.filter((l) => !keys.has(l.key)).map((l) => ({...l, flag: undefined}))]);
  savePending(host(flow).pendingKey, undefined);
  flow.host.cartChanged();
  flow.update({pending: undefined, payment: undefined, paymentView: undefined, step: 'cart'});
  void toCheckout(flow);
}

export function finishPayment(flow: ShopFlow): void {
  savePending(host(flow).pendingKey, undefined);
  flow.update({pending: undefined, payment: undefined, paymentView: undefined});
  flow.continueShopping();
}

/** The member's orders (D9), with each order's payment status (D10). */
export async function loadOrders(flow: ShopFlow, page = flow.ordersPage): Promise<void> {
  const client = flow.host.client;
  if (!client) return;
  flow.update({step: 'orders', busy: true, error: undefined, ordersPage: page});
  if (!flow.host.signedInMember) {
    flow.update({busy: false});
    return;
  }
  try {
    const orders = await listOrders(client, {page, limit: 10}, {signal: flow.host.signal});
    const statuses = await Promise.all(
      orders.items.map((order) =>
        getOrderPaymentStatus(client, order.orderId, {signal: flow.host.signal}).then(
          (s) => [order.orderId, String(s.paymentStatus)] as const,
          () => [order.orderId, ''] as const,
        ),
      ),
    );
    flow.update({orders, orderPayments: Object.fromEntries(statuses), busy: false});
  } catch (error) {
    flow.fail(error, 'orders');
  }
}

// ---------------------------------------------------------------------------------------------
// Views

/** The line's product and variation; in a link (`muted` false) the variation takes the link's colour. */
function lineName(line: CartLine, muted = true) {
  return html`${line.name}${line.variantName ? html` <span class=${muted ? 'muted' : ''}>(${line.variantName})</span>` : nothing}`;
}

function flagText(line: CartLine): string | undefined {
  if (line.flag === 'gone') return msg('No longer available: please remove it.', {id: 'shop.line.gone', desc: 'A cart item that no longer exists'});
  if (line.flag === 'out-of-stock') {
    return line.available
      ? msg(str`Only ${line.available} left: lower the quantity.`, {id: 'shop.line.short', desc: 'Fewer items in stock than in the cart'})
      : msg('Out of stock now: please remove it.', {id: 'shop.line.out', desc: 'A cart item sold out'});
  }
  if (line.flag === 'price-changed') return msg('The price has changed.', {id: 'shop.line.price-changed', desc: 'A cart item now costs something else'});
  return undefined;
}

function totalsList(totals: ShopTotals, context: ShopViewContext, shippingLabel?: string) {
  const c = {...context, currency: totals.currency || context.currency};
  const rows: [string, string][] = [
    [msg('Subtotal', {id: 'shop.subtotal', desc: 'Sum of the items'}), money(totals.subtotal, c)],
    ...(Number(totals.discount) > 0 ? ([[msg('Discount', {id: 'shop.discount', desc: 'Discount row'}), `−${money(totals.discount, c)}`]] as [string, string][]) : []),
    [shippingLabel ?? msg('Shipping', {id: 'shop.shipping', desc: 'Shipping cost row'}), money(totals.shipping, c)],
    [msg('Total', {id: 'shop.total', desc: 'Order total row'}), money(totals.total, c)],
  ];
  return html`<dl part="summary totals" class="summary">${rows.map(([term, value]) => html`<div class="summary-row"><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}

export function renderCart(flow: ShopFlow, context: ShopViewContext, handlers: {onCheckout(): void; onContinue(): void; onOpen(line: CartLine): void}) {
  const cart = flow.host.cart!;
  const lines = flow.lines;
  const member = flow.asMember;
  const blocked = lines.some((l) => l.flag === 'gone' || l.flag === 'out-of-stock');
  const setQuantity = (line: CartLine, event: Event) => {
    const value = Math.trunc(Number((event.currentTarget as HTMLInputElement).value));
    if (Number.isFinite(value)) cart.setQuantity(line.key, Math.max(1, value));
    flow.host.cartChanged();
    flow.update({notice: undefined});
  };
  return html`
    ${renderStepHeader(msg('Your cart', {id: 'shop.cart.heading', desc: 'Heading of the cart'}))}
    ${flow.notice === 'stock' || blocked
      ? renderBanner({tone: 'warning', message: msg('Some items have changed or are no longer available. Please check the marked items.', {id: 'shop.cart.stock', desc: 'Cart lines need attention'})})
      : nothing}
    ${renderErrorBanner(flow.error, handlers.onCheckout)}
    ${lines.length === 0
      ? html`<p class="empty" role="status">${msg('Your cart is empty.', {id: 'shop.cart.empty', desc: 'No items in the cart'})}</p>`
      : html`<ul part="cart-lines" class="cart-lines">
            ${lines.map((line) => {
              const flag = flagText(line);
              return html`<li part="cart-line" class="cart-line ${line.flag ? 'flagged' : ''}">
                <div class="line-main">
                  <button part="button button-link" class="button link" type="button" @click=${() => handlers.onOpen(line)}>${lineName(line, false)}</button>
                  ${renderPriceTag(unitPrice(line, member), line.price, context)}
                  ${flag ? html`<p part="line-flag" class="line-flag" id=${`flag-${line.key}`}><span aria-hidden="true">⚠ </span>${flag}</p>` : nothing}
                </div>
                <div class="line-actions">
                  <label class="qty"
                    ><span class="label">${msg('Quantity', {id: 'shop.quantity', desc: 'Label of the quantity'})}</span>
                    <input
                      part="input"
                      class="input"
                      type="number"
                      name=${`qty-${line.key}`}
                      min="1"
                      max=${line.max ?? 999}
                      .value=${String(line.quantity)}
                      aria-describedby=${flag ? `flag-${line.key}` : nothing}
                      aria-invalid=${line.flag === 'out-of-stock' || line.flag === 'gone' ? 'true' : 'false'}
                      @change=${(event: Event) => setQuantity(line, event)}
                  /></label>
                  <span part="line-total" class="price">${money(fromCents(lineTotalCents(line, member)), context)}</span>
                  <button
                    part="button button-link remove-button"
                    class="button link"
                    type="button"
                    aria-label=${msg(str`Remove ${line.name}`, {id: 'shop.remove-named', desc: 'Accessible name of the remove button'})}
                    @click=${() => {
                      cart.remove(line.key);
                      flow.host.cartChanged();
                      flow.update({notice: undefined});
                    }}
                  >
                    ${msg('Remove', {id: 'shop.remove', desc: 'Removes a cart line'})}
                  </button>
                </div>
              </li>`;
            })}
          </ul>
          <p class="subtotal"><span>${msg('Subtotal', {id: 'shop.subtotal', desc: 'Sum of the items'})}</span> <strong part="subtotal">${money(fromCents(flow.subtotal), context)}</strong></p>`}
    <div class="actions">
      ${lines.length
        ? renderButton({label: msg('Check out', {id: 'shop.checkout', desc: 'Button from the cart to the checkout'}), variant: 'primary', busy: flow.busy, disabled: blocked, onClick: handlers.onCheckout})
        : nothing}
      ${renderButton({label: msg('Continue shopping', {id: 'shop.continue', desc: 'Back to the products'}), variant: 'secondary', onClick: handlers.onContinue})}
    </div>
  `;
}

function sessionExpired(flow: ShopFlow, context: ShopViewContext) {
  if (flow.notice !== 'session-expired') return nothing;
  return html`<div part="banner banner-warning" class="banner warning" role="alert">
      <p class="banner-message">
        ${msg('Your session has expired. Your cart is kept: continue as a guest, or sign in again.', {id: 'shop.session-expired', desc: 'The member session ended during checkout'})}
      </p>
      <div class="actions">
        ${renderButton({
          label: msg('Continue as guest', {id: 'shop.continue-as-guest', desc: 'Order without signing in'}),
          variant: 'secondary',
          onClick: () => flow.update({asGuest: true, notice: undefined, step: 'checkout'}),
        })}
        ${renderButton({label: msg('Sign in again', {id: 'shop.sign-in-again', desc: 'Open the sign-in box'}), variant: 'secondary', onClick: context.showLogin})}
      </div>
    </div>
    ${context.login}`;
}

export function renderCheckout(flow: ShopFlow, context: ShopViewContext, handlers: {onSubmit(values: CheckoutDetails): void; onBack(): void}) {
  // Fields the visitor has not typed in show the prefill (README "Prefill"); submitting sends what shows.
  const values = prefilled(host(flow), flow.host.signedInMember, flow.details);
  const errors = flow.detailErrors;
  const subtotal = flow.subtotal;
  const method = selectedShipping(flow);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const field = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
    handlers.onSubmit({
      name: flow.asMember ? values.name : field('name'),
      email: flow.asMember ? values.email : field('email'),
      phone: flow.asMember ? values.phone : field('phone'),
      addressLine1: field('addressLine1'),
      addressLine2: field('addressLine2'),
      city: field('city'),
      zipCode: field('zipCode'),
    });
  };
  const memberName = flow.asMember ? context.memberName || values.name : undefined;
  // What the visitor types is kept, so a later prefill (a member signing in) leaves it.
  const keep = keepTyped<keyof CheckoutDetails>(host(flow), (field, value) => (flow.details = {...flow.details, [field]: value}));
  return html`
    ${renderButton({label: msg('Back to cart', {id: 'shop.back-to-cart', desc: 'Link back to the cart'}), variant: 'link', onClick: handlers.onBack})}
    ${renderStepHeader(msg('Checkout', {id: 'shop.checkout.heading', desc: 'Heading of the checkout'}))}
    ${sessionExpired(flow, context)}
    ${renderErrorBanner(flow.error, () => void toCheckout(flow))}
    <form part="form" class="form" novalidate @submit=${submit}>
      <fieldset part="choice-group" class="choices ${errors.shipping ? 'invalid' : ''}" aria-describedby=${errors.shipping ? 'shipping-error' : nothing}>
        <legend part="label" class="label">${msg('Delivery', {id: 'shop.shipping.legend', desc: 'Legend of the shipping methods'})}</legend>
        ${flow.shippingMethods.map((m) => {
          const state = shippingState(m, subtotal);
          return html`<label part="choice" class="choice ${state.locked ? 'unavailable' : ''}">
            <input type="radio" name="shipping" value=${String(m.id)} ?disabled=${state.locked} .checked=${String(m.id) === flow.shippingId} @change=${() => flow.update({shippingId: String(m.id), detailErrors: {...errors, shipping: undefined}})} />
            <span class="choice-text"
              ><span>${m.name} · <span part="price" class="price">${money(fromCents(state.cost), context)}</span></span>
              ${state.locked
                ? html`<span class="muted">${msg(str`Add ${money(fromCents(state.needed), context)} more to use this.`, {id: 'shop.shipping.locked', desc: 'A free-shipping-only method below its threshold'})}</span>`
                : m.description
                  ? html`<span class="muted">${m.description}</span>`
                  : nothing}</span
            >
          </label>`;
        })}
        ${errors.shipping ? html`<p part="error" class="error" id="shipping-error">${errors.shipping}</p>` : nothing}
      </fieldset>
      <fieldset part="choice-group" class="choices ${errors.payment ? 'invalid' : ''}" aria-describedby=${errors.payment ? 'payment-error' : nothing}>
        <legend part="label" class="label">${msg('Payment', {id: 'shop.payment.legend', desc: 'Legend of the payment methods'})}</legend>
        ${flow.paymentMethods.map(
          (m) => html`<label part="choice" class="choice">
            <input type="radio" name="payment" value=${String(m.id)} .checked=${String(m.id) === flow.paymentId} @change=${() => flow.update({paymentId: String(m.id), detailErrors: {...errors, payment: undefined}})} />
            <span class="choice-text"
              ><span>${m.name}</span
              ><span class="muted"
                >${m.hasGateway ? msg('Pay online on a secure payment page.', {id: 'shop.payment.hosted', desc: 'A hosted online payment method'}) : (m.instructions ?? '')}</span
              ></span
            >
          </label>`,
        )}
        ${errors.payment ? html`<p part="error" class="error" id="payment-error">${errors.payment}</p>` : nothing}
      </fieldset>
      ${memberName !== undefined
        ? html`<p part="member" class="muted">${msg(str`Ordering as ${memberName}, signed in.`, {id: 'shop.as-member', desc: 'The order is made for the signed-in member'})}</p>`
        : html`${renderField({id: 'name', name: 'name', label: msg('Name', {id: 'shop.name', desc: 'Label of the customer name'}), autocomplete: 'name', value: values.name, required: true, error: errors.name, onInput: keep('name')})}
          ${renderField({id: 'email', name: 'email', type: 'email', inputmode: 'email', label: msg('Email', {id: 'shop.email', desc: 'Label of the customer email'}), autocomplete: 'email', value: values.email, required: true, error: errors.email, onInput: keep('email')})}
          ${renderField({
            id: 'phone',
            name: 'phone',
            type: 'tel',
            inputmode: 'tel',
            label: msg('Mobile number', {id: 'shop.phone', desc: 'Label of the customer phone'}),
            autocomplete: 'tel',
            value: flow.phonePrefix && values.phone.startsWith(flow.phonePrefix) ? values.phone.slice(flow.phonePrefix.length) : values.phone,
            prefix: flow.phonePrefix || undefined,
            required: true,
            error: errors.phone,
            onInput: keep('phone'),
          })}`}
      ${method && !isPickup(method)
        ? html`<fieldset class="choices">
            <legend part="label" class="label">${msg('Delivery address', {id: 'shop.address.legend', desc: 'Legend of the address fields'})}</legend>
            ${renderField({id: 'addressLine1', name: 'addressLine1', label: msg('Address', {id: 'shop.address.line1', desc: 'First address line'}), autocomplete: 'address-line1', value: values.addressLine1, required: true, error: errors.addressLine1, onInput: keep('addressLine1')})}
            ${renderField({id: 'addressLine2', name: 'addressLine2', label: msg('Flat, floor (optional)', {id: 'shop.address.line2', desc: 'Second address line'}), autocomplete: 'address-line2', value: values.addressLine2, onInput: keep('addressLine2')})}
            ${renderField({id: 'city', name: 'city', label: msg('City or district', {id: 'shop.address.city', desc: 'City of the address'}), autocomplete: 'address-level2', value: values.city, required: true, error: errors.city, onInput: keep('city')})}
            ${renderField({id: 'zipCode', name: 'zipCode', label: msg('Postal code (optional)', {id: 'shop.address.zip', desc: 'Postal code'}), autocomplete: 'postal-code', value: values.zipCode, onInput: keep('zipCode')})}
          </fieldset>`
        : nothing}
      ${totalsList(previewTotals(flow), context)}
      <div class="actions">
        ${renderButton({label: msg('Review order', {id: 'shop.to-review', desc: 'Button from the checkout to the review'}), type: 'submit', variant: 'primary', busy: flow.busy})}
      </div>
    </form>
  `;
}

export function renderReview(flow: ShopFlow, context: ShopViewContext, handlers: {onConfirm(): void; onBack(): void}) {
  const member = flow.asMember;
  const method = selectedShipping(flow);
  const payment = flow.paymentMethods.find((m) => String(m.id) === flow.paymentId);
  const totals = previewTotals(flow);
  return html`
    ${renderButton({label: msg('Back', {id: 'shop.back', desc: 'Button to the previous step'}), variant: 'link', onClick: handlers.onBack})}
    ${renderStepHeader(msg('Check and place your order', {id: 'shop.review.heading', desc: 'Heading of the review'}))}
    ${sessionExpired(flow, context)}
    ${flow.notice === 'price-changed'
      ? renderBanner({
          tone: 'warning',
          message: msg(str`Prices have changed since you added these items. The new total is ${money(totals.total, context)}.`, {id: 'shop.review.price-changed', desc: 'Prices changed before ordering'}),
        })
      : nothing}
    ${flow.notice === 'vetoed' ? renderBanner({tone: 'warning', message: msg('This order cannot be placed here. Please contact us.', {id: 'shop.vetoed', desc: 'The host page stopped the order'})}) : nothing}
    <ul part="cart-lines" class="cart-lines">
      ${flow.lines.map(
        (line) => html`<li part="cart-line" class="cart-line ${line.flag ? 'flagged' : ''}">
          <span>${lineName(line)} × ${line.quantity}</span>
          <span class="price">${money(fromCents(lineTotalCents(line, member)), context)}</span>
          ${line.flag === 'price-changed' ? html`<p part="line-flag" class="line-flag">${flagText(line)}</p>` : nothing}
        </li>`,
      )}
    </ul>
    <dl part="summary" class="summary">
      ${method ? html`<div class="summary-row"><dt>${msg('Delivery', {id: 'shop.shipping.legend', desc: 'Legend of the shipping methods'})}</dt><dd>${method.name}</dd></div>` : nothing}
      ${payment ? html`<div class="summary-row"><dt>${msg('Payment', {id: 'shop.payment.legend', desc: 'Legend of the payment methods'})}</dt><dd>${payment.name}</dd></div>` : nothing}
      <div class="summary-row"><dt>${msg('Name', {id: 'shop.name', desc: 'Label of the customer name'})}</dt><dd>${member ? context.memberName || flow.details.name : flow.details.name}</dd></div>
      ${!member ? html`<div class="summary-row"><dt>${msg('Email', {id: 'shop.email', desc: 'Label of the customer email'})}</dt><dd>${flow.details.email}</dd></div>` : nothing}
      ${method && !isPickup(method)
        ? html`<div class="summary-row"><dt>${msg('Delivery address', {id: 'shop.address.legend', desc: 'Legend of the address fields'})}</dt><dd>${[flow.details.addressLine1, flow.details.addressLine2, flow.details.city, flow.details.zipCode].filter(Boolean).join(', ')}</dd></div>`
        : nothing}
    </dl>
    ${totalsList(totals, context)}
    ${renderErrorBanner(flow.error, handlers.onConfirm)}
    <div class="actions">
      ${renderButton({
        label: msg('Place order', {id: 'shop.place-order', desc: 'Button that creates the order'}),
        variant: 'primary',
        busy: flow.busy,
        disabled: flow.notice === 'session-expired',
        onClick: handlers.onConfirm,
      })}
    </div>
  `;
}

function orderSummary(order: Order, totals: ShopTotals, context: ShopViewContext) {
  const c = {...context, currency: totals.currency || context.currency};
  return html`<dl part="summary" class="summary">
      <div class="summary-row"><dt>${msg('Order number', {id: 'shop.order-number', desc: 'The human-readable order number'})}</dt><dd>${order.orderNumber ?? order.orderId}</dd></div>
    </dl>
    <ul part="cart-lines" class="cart-lines">
      ${order.items.map(
        (item) => html`<li part="cart-line" class="cart-line">
          <span>${item.productName}${item.variationName ? html` <span class="muted">(${item.variationName})</span>` : nothing} × ${item.quantity}</span>
          <span class="price">${money(item.lineTotal, c)}</span>
        </li>`,
      )}
    </ul>
    ${totalsList(totals, c)}`;
}

export function renderPlaced(flow: ShopFlow, context: ShopViewContext, handlers: {onContinue(): void}) {
  const pending = flow.pending!;
  const order = pending.order;
  const redirect = isAllowedPaymentUrl(order.paymentUrl) ? order.paymentUrl : undefined;
  return html`
    ${renderStepHeader(msg('Thank you for your order', {id: 'shop.placed.heading', desc: 'Heading after the order was created'}))}
    ${redirect
      ? html`${renderBanner({tone: 'info', message: msg('Taking you to the secure payment page…', {id: 'shop.placed.redirect', desc: 'Before the hosted payment page opens'})})}
          <a part="button button-primary payment-link" class="button primary" href=${redirect}>${msg('Go to payment', {id: 'shop.placed.pay', desc: 'Link to the hosted payment page'})}</a>`
      : order.paymentUrl
        ? renderBanner({tone: 'danger', message: msg('The payment page could not be opened. Your order is kept: please contact us to pay.', {id: 'shop.placed.bad-url', desc: 'The payment URL was not safe'})})
        : order.paymentInstructions
          ? html`${renderBanner({tone: 'info', message: msg('Your order is waiting for payment.', {id: 'shop.placed.manual', desc: 'A manual payment method was chosen'})})}
              <p part="instructions" class="instructions">${order.paymentInstructions}</p>`
          : renderBanner({tone: 'success', message: msg('Your order is confirmed.', {id: 'shop.placed.done', desc: 'Nothing more to pay'})})}
    ${orderSummary(order, pending.totals, context)}
    <div class="actions">${renderButton({label: msg('Continue shopping', {id: 'shop.continue', desc: 'Back to the products'}), variant: 'secondary', onClick: handlers.onContinue})}</div>
  `;
}

export function renderPayment(flow: ShopFlow, context: ShopViewContext, handlers: {onCheck(): void; onRetry(): void; onContinue(): void}) {
  const pending = flow.pending!;
  const view = flow.paymentView;
  const heading =
    view === 'completed'
      ? msg('Payment received', {id: 'shop.payment.paid.heading', desc: 'Heading when the payment completed'})
      : view === 'failed'
        ? msg('Payment not completed', {id: 'shop.payment.failed.heading', desc: 'Heading when the payment failed'})
        : view === 'refunded'
          ? msg('Payment refunded', {id: 'shop.payment.refunded.heading', desc: 'Heading when the payment was refunded'})
          : view === 'pending'
            ? msg('Payment not confirmed yet', {id: 'shop.payment.pending.heading', desc: 'Heading when the payment is still pending after checking'})
            : msg('Checking your payment', {id: 'shop.payment.checking.heading', desc: 'Heading while the payment status is read'});
  const banner =
    view === 'completed'
      ? renderBanner({tone: 'success', message: msg('Thank you! Your order is paid. We will email you when it ships.', {id: 'shop.payment.paid', desc: 'The payment completed'})})
      : view === 'failed'
        ? renderBanner({tone: 'danger', message: msg('The payment did not go through and your order was not paid. You can try again.', {id: 'shop.payment.failed', desc: 'The payment failed'})})
        : view === 'refunded'
          ? renderBanner({tone: 'info', message: msg('This payment has been refunded.', {id: 'shop.payment.refunded', desc: 'The payment was refunded'})})
          : view === 'pending'
            ? renderBanner({tone: 'warning', message: msg('Your payment is still being processed. We will email you once it is confirmed; you can also check again.', {id: 'shop.payment.pending', desc: 'Still pending after polling'})})
            : view === 'retrying'
              ? renderBanner({tone: 'warning', message: msg('We could not check your payment yet. Trying again…', {id: 'shop.payment.retrying', desc: 'The status check failed and is retried'})})
              : html`<p class="muted" role="status">${msg('Checking the payment status…', {id: 'shop.payment.checking', desc: 'While the payment status is read'})}</p>`;
  return html`
    ${renderStepHeader(heading)}
    ${banner}
    ${orderSummary(pending.order, pending.totals, context)}
    <div class="actions">
      ${view === 'pending' || view === 'retrying'
        ? renderButton({label: msg('Check again', {id: 'shop.payment.check', desc: 'Reads the payment status again'}), variant: 'primary', onClick: handlers.onCheck})
        : nothing}
      ${view === 'failed' ? renderButton({label: msg('Try again', {id: 'shop.payment.retry', desc: 'Starts a new order with the same items'}), variant: 'primary', onClick: handlers.onRetry}) : nothing}
      ${renderButton({label: msg('Continue shopping', {id: 'shop.continue', desc: 'Back to the products'}), variant: 'secondary', onClick: handlers.onContinue})}
    </div>
  `;
}

function paymentLabel(status: string): string {
  switch (status) {
    case 'completed':
      return msg('Paid', {id: 'shop.pay-status.paid', desc: 'Payment status: paid'});
    case 'pending':
      return msg('Awaiting payment', {id: 'shop.pay-status.pending', desc: 'Payment status: pending'});
    case 'failed':
      return msg('Payment failed', {id: 'shop.pay-status.failed', desc: 'Payment status: failed'});
    case 'refunded':
      return msg('Refunded', {id: 'shop.pay-status.refunded', desc: 'Payment status: refunded'});
    case 'voided':
      return msg('Cancelled', {id: 'shop.pay-status.voided', desc: 'Payment status: voided'});
    default:
      return status || '–';
  }
}

function orderStatusLabel(status: string): string {
  const labels: Record<string, string> = {
    pending: msg('Pending', {id: 'shop.order-status.pending', desc: 'Order status'}),
    confirmed: msg('Confirmed', {id: 'shop.order-status.confirmed', desc: 'Order status'}),
    processing: msg('Processing', {id: 'shop.order-status.processing', desc: 'Order status'}),
    shipped: msg('Shipped', {id: 'shop.order-status.shipped', desc: 'Order status'}),
    delivered: msg('Delivered', {id: 'shop.order-status.delivered', desc: 'Order status'}),
    completed: msg('Completed', {id: 'shop.order-status.completed', desc: 'Order status'}),
    cancelled: msg('Cancelled', {id: 'shop.order-status.cancelled', desc: 'Order status'}),
    refunded: msg('Refunded', {id: 'shop.order-status.refunded', desc: 'Order status'}),
  };
  return labels[status.toLowerCase()] ?? status;
}

export function renderOrders(flow: ShopFlow, context: ShopViewContext, handlers: {onPage(page: number): void; onContinue(): void}) {
  const orders = flow.orders;
  return html`
    ${renderButton({label: msg('All products', {id: 'shop.back-to-catalogue', desc: 'Link back to the product list'}), variant: 'link', onClick: handlers.onContinue})}
    ${renderStepHeader(msg('My orders', {id: 'shop.orders.heading', desc: 'Heading of the order history'}))}
    ${!context.signedIn
      ? html`${renderBanner({tone: 'info', message: msg('Sign in to see your orders.', {id: 'shop.orders.sign-in', desc: 'The order history needs a member'})})} ${context.login}`
      : html`${renderErrorBanner(flow.error, () => handlers.onPage(flow.ordersPage))}
        ${!orders
          ? renderSkeleton(['card', 'card'])
          : orders.items.length === 0
            ? html`<p class="empty" role="status">${msg('You have no orders yet.', {id: 'shop.orders.empty', desc: 'No orders'})}</p>`
            : html`<ul part="order-list" class="card-list" aria-busy=${flow.busy ? 'true' : 'false'}>
                ${orders.items.map(
                  (order) => html`<li part="order-card" class="card">
                    <div class="card-body">
                      <h3 class="card-title">${order.orderNumber ?? order.orderId}</h3>
                      <p class="meta">
                        <span>${formatDate(order.createdAt, context.locale)}</span>
                        <span part="price" class="price">${money(order.totalAmount, {...context, currency: order.currency || context.currency})}</span>
                      </p>
                      <p class="meta">
                        <span part="order-status" class="status">${orderStatusLabel(order.status)}</span>
                        <span part="payment-status" class="status">${paymentLabel(flow.orderPayments[order.orderId] ?? '')}</span>
                      </p>
                      <p class="muted">${order.items.map((item) => `${item.productName} × ${item.quantity}`).join(', ')}</p>
                    </div>
                  </li>`,
                )}
              </ul>`}
        ${orders?.pagination ? renderPager({...orders.pagination, busy: flow.busy, onPage: handlers.onPage}) : nothing}`}
  `;
}
