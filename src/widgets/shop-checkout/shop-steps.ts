/**
 * The views of the later steps of `<fav-shop-checkout>`: cart, checkout (shipping, payment, details),
 * review, the placed order and its payment status, and the member's orders, with no state of their
 * own. Their state and every write are in shop-checkout.ts (`ShopCheckout`), loaded with them after
 * the first view, so the catalogue stays small.
 */
import {msg, str} from '@lit/localize';
import {html, nothing} from 'lit';
import type {Order} from '../../api/schemas/shop-orders.js';
import {renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {renderField} from '../../ui/field.js';
import {formatDate} from '../../ui/format.js';
import {renderPager} from '../../ui/pager.js';
import {renderPromotionField} from '../../ui/promotion-field.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {renderStepHeader} from '../../ui/step-header.js';
import {fromCents} from '../../ui/money.js';
import {isAllowedPaymentUrl} from '../shared/payment-url.js';
import {keepTyped, prefilled} from '../shared/prefill.js';
import {lineTotalCents, unitPrice, type CartLine} from './cart-store.js';
import type {CheckoutDetails, PendingOrder, ShopFlow, ShopTotals} from './shop-flow.js';
import {isPickup, shippingState, type ShopCheckout} from './shop-checkout.js';
import {money, renderPriceTag, type ShopViewContext} from './shop-views.js';

export {ShopCheckout} from './shop-checkout.js';
export {renderProduct} from './shop-product.js';
export {stepStyles} from './shop-steps.styles.js';

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

function totalsList(totals: ShopTotals, context: ShopViewContext, promotionCode?: string) {
  const c = {...context, currency: totals.currency || context.currency};
  const discount = promotionCode
    ? msg(str`Discount (${promotionCode})`, {id: 'shop.discount-code', desc: 'Discount row of an order placed with a promotion code'})
    : msg('Discount', {id: 'shop.discount', desc: 'Discount row'});
  const rows: [string, string][] = [
    [msg('Subtotal', {id: 'shop.subtotal', desc: 'Sum of the items'}), money(totals.subtotal, c)],
    ...(Number(totals.discount) > 0 ? ([[discount, `−${money(totals.discount, c)}`]] as [string, string][]) : []),
    [msg('Shipping', {id: 'shop.shipping', desc: 'Shipping cost row'}), money(totals.shipping, c)],
    [msg('Total', {id: 'shop.total', desc: 'Order total row'}), money(totals.total, c)],
  ];
  return html`<dl part="summary totals" class="summary">${rows.map(([term, value]) => html`<div class="summary-row"><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}

export function renderCart(checkout: ShopCheckout, context: ShopViewContext, handlers: {onCheckout(): void; onContinue(): void; onOpen(line: CartLine): void}) {
  const flow = checkout.flow;
  const lines = flow.lines;
  const member = flow.asMember;
  const blocked = lines.some((l) => l.flag === 'gone' || l.flag === 'out-of-stock');
  const setQuantity = (line: CartLine, event: Event) => checkout.changeQuantity(line, Math.trunc(Number((event.currentTarget as HTMLInputElement).value)));
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
                    @click=${() => checkout.removeLine(line)}
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
          onClick: () => flow.continueAsGuest(),
        })}
        ${renderButton({label: msg('Sign in again', {id: 'shop.sign-in-again', desc: 'Open the sign-in box'}), variant: 'secondary', onClick: context.showLogin})}
      </div>
    </div>
    ${context.login}`;
}

export function renderCheckout(checkout: ShopCheckout, context: ShopViewContext, handlers: {onSubmit(values: CheckoutDetails): void; onBack(): void}) {
  const flow = checkout.flow;
  // Fields the visitor has not typed in show the prefill (README "Prefill"); submitting sends what shows.
  const values = prefilled(flow.element, flow.hooks.member(), checkout.details);
  const errors = checkout.detailErrors;
  const subtotal = flow.subtotal;
  const method = checkout.selectedShipping();
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
  const keep = keepTyped<keyof CheckoutDetails>(flow.element, (field, value) => checkout.typed(field, value));
  return html`
    ${renderButton({label: msg('Back to cart', {id: 'shop.back-to-cart', desc: 'Link back to the cart'}), variant: 'link', onClick: handlers.onBack})}
    ${renderStepHeader(msg('Checkout', {id: 'shop.checkout.heading', desc: 'Heading of the checkout'}))}
    ${sessionExpired(flow, context)}
    ${renderErrorBanner(flow.error, () => void checkout.toCheckout())}
    <form part="form" class="form" novalidate @submit=${submit}>
      <fieldset part="choice-group" class="choices ${errors.shipping ? 'invalid' : ''}" aria-describedby=${errors.shipping ? 'shipping-error' : nothing}>
        <legend part="label" class="label">${msg('Delivery', {id: 'shop.shipping.legend', desc: 'Legend of the shipping methods'})}</legend>
        ${checkout.shippingMethods.map((m) => {
          const state = shippingState(m, subtotal);
          return html`<label part="choice" class="choice ${state.locked ? 'unavailable' : ''}">
            <input type="radio" name="shipping" value=${String(m.id)} ?disabled=${state.locked} .checked=${String(m.id) === checkout.shippingId} @change=${() => checkout.chooseShipping(String(m.id))} />
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
        ${checkout.paymentMethods.map(
          (m) => html`<label part="choice" class="choice">
            <input type="radio" name="payment" value=${String(m.id)} .checked=${String(m.id) === checkout.paymentId} @change=${() => checkout.choosePayment(String(m.id))} />
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
            value: checkout.phonePrefix && values.phone.startsWith(checkout.phonePrefix) ? values.phone.slice(checkout.phonePrefix.length) : values.phone,
            prefix: checkout.phonePrefix || undefined,
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
      ${totalsList(checkout.previewTotals(), context)}
      <div class="actions">
        ${renderButton({label: msg('Review order', {id: 'shop.to-review', desc: 'Button from the checkout to the review'}), type: 'submit', variant: 'primary', busy: flow.busy})}
      </div>
    </form>
  `;
}

export function renderReview(checkout: ShopCheckout, context: ShopViewContext, handlers: {onConfirm(): void; onBack(): void}) {
  const flow = checkout.flow;
  const details = checkout.details;
  const member = flow.asMember;
  const method = checkout.selectedShipping();
  const payment = checkout.selectedPayment();
  const totals = checkout.previewTotals();
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
      <div class="summary-row"><dt>${msg('Name', {id: 'shop.name', desc: 'Label of the customer name'})}</dt><dd>${member ? context.memberName || details.name : details.name}</dd></div>
      ${!member ? html`<div class="summary-row"><dt>${msg('Email', {id: 'shop.email', desc: 'Label of the customer email'})}</dt><dd>${details.email}</dd></div>` : nothing}
      ${method && !isPickup(method)
        ? html`<div class="summary-row"><dt>${msg('Delivery address', {id: 'shop.address.legend', desc: 'Legend of the address fields'})}</dt><dd>${[details.addressLine1, details.addressLine2, details.city, details.zipCode].filter(Boolean).join(', ')}</dd></div>`
        : nothing}
    </dl>
    ${totalsList(totals, context)}
    ${renderPromotionField(
      checkout.promotion,
      msg('The discount is applied when you place the order, and shown before you pay.', {id: 'shop.promo.hint', desc: 'When the promotion code takes effect in the shop'}),
      {
        onOpen: () => checkout.promotion.open(),
        onInput: (value) => checkout.promotion.typed(value),
        onApply: () => checkout.promotion.apply(),
        onRemove: () => checkout.promotion.remove(),
      },
    )}
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

function orderSummary(order: Order, totals: ShopTotals, context: ShopViewContext, promotionCode?: string) {
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
    ${totalsList(totals, c, promotionCode)}`;
}

export function renderPlaced(checkout: ShopCheckout, context: ShopViewContext, handlers: {onPay(): void; onContinue(): void}) {
  const pending = checkout.pending!;
  const order = pending.order;
  const redirect = isAllowedPaymentUrl(order.paymentUrl) ? order.paymentUrl : undefined;
  const c = {...context, currency: pending.totals.currency || context.currency};
  return html`
    ${renderStepHeader(msg('Thank you for your order', {id: 'shop.placed.heading', desc: 'Heading after the order was created'}))}
    ${redirect && pending.promotionCode
      ? html`${renderBanner({
            tone: 'info',
            message: msg('Your promotion code is applied. Check the new total, then go to payment.', {id: 'shop.placed.promo', desc: 'Before the hosted payment, when the order has a promotion code'}),
          })}
          ${orderSummary(order, pending.totals, context, pending.promotionCode)}
          <div class="actions">
            ${renderButton({
              label: msg(str`Pay ${money(pending.totals.total, c)}`, {id: 'shop.placed.pay-amount', desc: 'Button to the hosted payment page, with the amount'}),
              variant: 'primary',
              onClick: handlers.onPay,
            })}
            ${renderButton({label: msg('Continue shopping', {id: 'shop.continue', desc: 'Back to the products'}), variant: 'secondary', onClick: handlers.onContinue})}
          </div>`
      : renderPlacedOrder(pending, redirect, context, handlers)}
  `;
}

function renderPlacedOrder(pending: PendingOrder, redirect: string | undefined, context: ShopViewContext, handlers: {onContinue(): void}) {
  const order = pending.order;
  return html`
    ${redirect
      ? html`${renderBanner({tone: 'info', message: msg('Taking you to the secure payment page…', {id: 'shop.placed.redirect', desc: 'Before the hosted payment page opens'})})}
          <a part="button button-primary payment-link" class="button primary" href=${redirect}>${msg('Go to payment', {id: 'shop.placed.pay', desc: 'Link to the hosted payment page'})}</a>`
      : order.paymentUrl
        ? renderBanner({tone: 'danger', message: msg('The payment page could not be opened. Your order is kept: please contact us to pay.', {id: 'shop.placed.bad-url', desc: 'The payment URL was not safe'})})
        : order.paymentInstructions
          ? html`${renderBanner({tone: 'info', message: msg('Your order is waiting for payment.', {id: 'shop.placed.manual', desc: 'A manual payment method was chosen'})})}
              <p part="instructions" class="instructions">${order.paymentInstructions}</p>`
          : renderBanner({tone: 'success', message: msg('Your order is confirmed.', {id: 'shop.placed.done', desc: 'Nothing more to pay'})})}
    ${orderSummary(order, pending.totals, context, pending.promotionCode)}
    <div class="actions">${renderButton({label: msg('Continue shopping', {id: 'shop.continue', desc: 'Back to the products'}), variant: 'secondary', onClick: handlers.onContinue})}</div>
  `;
}

export function renderPayment(checkout: ShopCheckout, context: ShopViewContext, handlers: {onCheck(): void; onRetry(): void; onContinue(): void}) {
  const pending = checkout.pending!;
  const view = checkout.paymentView;
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
    ${orderSummary(pending.order, pending.totals, context, pending.promotionCode)}
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

export function renderOrders(checkout: ShopCheckout, context: ShopViewContext, handlers: {onPage(page: number): void; onContinue(): void}) {
  const flow = checkout.flow;
  const orders = checkout.orders;
  const payments = checkout.orderPayments;
  return html`
    ${renderButton({label: msg('All products', {id: 'shop.back-to-catalogue', desc: 'Link back to the product list'}), variant: 'link', onClick: handlers.onContinue})}
    ${renderStepHeader(msg('My orders', {id: 'shop.orders.heading', desc: 'Heading of the order history'}))}
    ${!context.signedIn
      ? html`${renderBanner({tone: 'info', message: msg('Sign in to see your orders.', {id: 'shop.orders.sign-in', desc: 'The order history needs a member'})})} ${context.login}`
      : html`${renderErrorBanner(flow.error, () => handlers.onPage(checkout.ordersPage))}
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
                        <span part="payment-status" class="status">${paymentLabel(payments[order.orderId] ?? '')}</span>
                      </p>
                      <p class="muted">${order.items.map((item) => `${item.productName} × ${item.quantity}`).join(', ')}</p>
                    </div>
                  </li>`,
                )}
              </ul>`}
        ${orders?.pagination ? renderPager({...orders.pagination, busy: flow.busy, onPage: handlers.onPage}) : nothing}`}
  `;
}
