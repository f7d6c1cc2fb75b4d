import {localized} from '@lit/localize';
import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Order} from '../../api/schemas/shop-orders.js';
import type {CreateOrderInput} from '../../api/shop-orders.js';
import {FavWidget} from '../../context/fav-widget.js';
import type {MemberSession, SessionChange} from '../../context/session-store.js';
import {reportTagProblem} from '../../context/tag-problems.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {StepFocusController} from '../../ui/step-header.js';
import {renderEnvironmentState} from '../shared/environment-state.js';
import {LaterSteps} from '../shared/later-steps.js';
import type {PrefillValues} from '../shared/prefill.js';
import {cartStoreFor, type CartLine, type CartStore} from './cart-store.js';
import {shopStyles} from './fav-shop-checkout.styles.js';
import {ShopFlow, type CheckoutDetails, type ShopTotals} from './shop-flow.js';
import type {ShopCheckout} from './shop-checkout.js';
import {renderCatalogue, renderShopBar, renderUnavailable, type ShopViewContext} from './shop-views.js';

type Steps = typeof import('./shop-steps.js');

declare global {
  interface FavEventMap {
    'fav-cart-changed': FavCartChangedDetail;
    'fav-before-order': FavBeforeOrderDetail;
    'fav-order-created': FavOrderCreatedDetail;
    'fav-order-payment-started': FavOrderPaymentStartedDetail;
    'fav-payment-status': FavPaymentStatusDetail;
  }
  interface HTMLElementTagNameMap {
    'fav-shop-checkout': FavShopCheckout;
  }
}

/** `detail` of `fav-cart-changed`. */
export interface FavCartChangedDetail {
  lines: CartLine[];
  /** Number of items (quantities added up). */
  count: number;
  subtotal: {amount: string; currency: string};
}

/** `detail` of the cancelable `fav-before-order`: change `input` to enrich the order, `preventDefault()` to stop it. */
export interface FavBeforeOrderDetail {
  lines: CartLine[];
  totals: ShopTotals;
  input: CreateOrderInput;
}

/** `detail` of `fav-order-created`. */
export interface FavOrderCreatedDetail {
  order: Order;
  lines: CartLine[];
  /** The server's totals (the order of record). */
  totals: ShopTotals;
}

/** `detail` of the cancelable `fav-order-payment-started`: `preventDefault()` keeps the page (the host navigates itself). */
export interface FavOrderPaymentStartedDetail {
  url: string;
  orderId: string;
  orderNumber: string | null;
}

/** `detail` of `fav-payment-status`. */
export interface FavPaymentStatusDetail {
  orderId: string;
  /** `completed`, `failed`, `voided`, `refunded`, or `pending` when still unknown after about a minute. */
  status: string;
  orderStatus: string | null;
}

const loadLogin = () => import('../../entries/login.js');

/**
 * The tenant's online shop: a catalogue (search, category, brand and collection filters, pages) → a
 * product (pictures, description, options and variations with their own price and stock, quantity)
 * → the cart (kept across reloads, shared by every shop of the tenant on the page and in other tabs)
 * → delivery and payment, the visitor's details (or the signed-in member) → review → the order →
 * the hosted payment page → back on the page, the payment status. Members see their orders.
 *
 * The checkout is prefilled (README "Prefill"), each source over the one before: the `prefill`
 * attribute, the signed-in member (name, email, phone; not with `no-prefill`), the URL parameters
 * allowed by `prefill-params`, the `prefill` property; fields `name`, `email`, `phone` (for guests; a
 * member orders as themselves), `addressLine1`, `addressLine2`, `city`, `zipCode`; what the visitor
 * typed is never replaced.
 *
 * The review offers a promotion code ("Have a promotion code?"), sent with the order: the order's
 * discount and new total show before the customer leaves to pay; a code the API refuses shows its
 * message beside the field, and the cart and the details stay. A campaign link's `?promo=` or the
 * `promotion-code` attribute fills it in.
 *
 * @summary Shop: browse products, fill a cart, check out and pay.
 * @tagname fav-shop-checkout
 * @attr {string} prefill - Values for the checkout as a JSON object, e.g. `{"city": "Kowloon", "zipCode": "000000"}`: the lowest prefill source (README "Prefill").
 * @attr {string} prefill-params - URL parameters the checkout may take values from, space or comma separated: `email name`, or `field:param` to rename (`email:e` reads `?e=`). No other parameter is read.
 * @attr {boolean} no-prefill - Do not fill the checkout from the signed-in member.
 * @attr {string} promotion-code - A promotion code the review starts with (the customer may remove it); the URL parameter `?promo=` wins over it (campaign links, README "Prefill").
 * @event fav-cart-changed - The visitor changed the cart. `detail`: `{lines, count, subtotal: {amount, currency}}`.
 * @event fav-before-order - Cancelable, before the order is sent. `detail`: `{lines, totals, input}`; change `detail.input` to enrich it, `preventDefault()` to stop it.
 * @event fav-order-created - The order exists. `detail`: `{order, lines, totals: {subtotal, discount, shipping, total, currency}}`.
 * @event fav-order-payment-started - Cancelable, before leaving for the hosted payment page. `detail`: `{url, orderId, orderNumber}`; `preventDefault()` to navigate yourself.
 * @event fav-payment-status - The payment status after the return. `detail`: `{orderId, status, orderStatus}`.
 * @event fav-error - A call failed or product data was skipped (for logging). `detail`: `{source, operation, status, code, kind, message, requestId}`.
 * @csspart base - The widget's outer box.
 * @csspart toolbar - The bar with the cart button and "My orders".
 * @csspart cart-button - The cart button; its count is `cart-badge`.
 * @csspart orders-button - "My orders" (members).
 * @csspart heading - The step heading.
 * @csspart search - The search and filter form.
 * @csspart product-list - The product grid.
 * @csspart product-card - One product; also `product-image`, `product-button`, `product-thumb`.
 * @csspart price - A price; the struck-through regular price is `price-regular`.
 * @csspart stock - A stock note; also `stock-out`, `stock-low`.
 * @csspart choice-group - Options, delivery or payment choices; one choice is `choice`.
 * @csspart form - A form.
 * @csspart field - A label, input, hint and error group; also `label`, `input`, `prefix`, `hint`, `error`.
 * @csspart cart-lines - The cart or order lines; one is `cart-line`, its note `line-flag`, its total `line-total`.
 * @csspart remove-button - Removes a cart line.
 * @csspart subtotal - The cart subtotal.
 * @csspart promotion - The promotion code on the review: "Have a promotion code?", its field with "Apply", or the code with "Remove"; the code is `promotion-code`.
 * @csspart summary - Summaries and totals (`totals`).
 * @csspart member - "Ordering as …" for a signed-in member.
 * @csspart instructions - Manual payment instructions.
 * @csspart payment-link - The link to the hosted payment page.
 * @csspart order-list - The member's orders; one is `order-card`, with `order-status` and `payment-status`.
 * @csspart login - The sign-in box; its own base is `login-base`.
 * @csspart button - Every button; also `button-primary`, `button-secondary`, `button-link`.
 * @csspart banner - Status and error messages; also `banner-info`, `banner-success`, `banner-warning`, `banner-danger`.
 * @csspart pager - Pages; also `pager-button`, `pager-status`.
 * @csspart skeleton - Placeholders while something loads.
 */
@localized()
export class FavShopCheckout extends FavWidget {
  static override styles = shopStyles;
  protected static override lookups = {getProduct: 'product'};

  /** How lists lay out: `grid` (default) puts cards side by side once the widget is 36rem wide; `list` shows compact rows with a small image. */
  @property({reflect: true}) layout?: 'grid' | 'list';
  /** Start filtered to this category (its slug). */
  @property() category?: string;
  /** Start filtered to this brand (its slug). */
  @property() brand?: string;
  /** Start filtered to this collection (its slug). */
  @property() collection?: string;
  /** Open this product (its slug or id) instead of the catalogue. */
  @property() product?: string;
  /** The first view: `catalogue` (default), `cart` or `orders`. */
  @property() view?: 'catalogue' | 'cart' | 'orders';
  /**
   * The page the hosted payment returns to: an https address or a page of this site; default this
   * page. Any other value (`javascript:…`, `http://` to another site) is refused with an error in the
   * console naming it, and the payment returns to this page.
   */
  @property({attribute: 'return-url'}) returnUrlAttribute?: string;
  /** How currencies show: `symbol` (default), `narrowSymbol`, `code` or `name`. */
  @property({attribute: 'currency-display'}) currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  /** Values for the checkout (`name`, `email`, `phone`, `addressLine1`, `addressLine2`, `city`, `zipCode`): the highest prefill source, over the `prefill` attribute, the member and `prefill-params`. */
  @property({attribute: false}) prefill?: PrefillValues;

  private readonly flow = new ShopFlow(this, {
    failed: (error) => this.reportError(error),
    member: () => this.member,
    cart: () => this.cartStore,
    currency: () => this.environment?.tenant?.currency || 'HKD',
    language: () => this.environment?.locale ?? 'en',
    returnUrl: () => this.returnUrlAttribute,
    returnUrlRefused: (value) => reportTagProblem(this, {kind: 'unsafe-return-url', value}),
    pendingKey: () => `fav-widgets:shop-order:${this.storeKey ?? ''}`,
    cartChanged: (detail) => this.emit('fav-cart-changed', detail),
    beforeOrder: (detail) => this.emit('fav-before-order', detail, {cancelable: true}),
    orderCreated: (detail) => this.emit('fav-order-created', detail),
    paymentStarted: (detail) => this.emit('fav-order-payment-started', detail, {cancelable: true}),
    paymentStatus: (detail) => this.emit('fav-payment-status', detail),
  });
  /** The checkout, the order, its payment and the member's orders: made when the later steps arrive. */
  private checkout?: ShopCheckout;
  /** The product, cart, checkout, payment and order steps. */
  private readonly laterSteps = new LaterSteps<Steps>(this, () => import('./shop-steps.js'), {
    arrived: (steps) => (this.checkout = new steps.ShopCheckout(this.flow)),
  });
  /** Moves focus to the heading when the step changes (protected, not private: nothing reads it, which `noUnusedLocals` refuses for a private field). */
  protected readonly stepFocus = new StepFocusController(this, () => this.flow.step);
  private cartStore?: CartStore;
  private cartUnsubscribe?: () => void;
  @state() private loginOpen = false;

  /** The later steps, once loaded. */
  private get steps(): Steps | undefined {
    return this.laterSteps.module;
  }

  /** Whose cart and pending order: the session store's, else the tenant's. */
  private get storeKey(): string | undefined {
    return this.environment?.session?.key ?? this.environment?.tenant?.companyId;
  }

  protected override environmentReady(): void {
    const key = this.storeKey ?? 'default';
    this.cartUnsubscribe?.();
    this.cartStore = cartStoreFor(this.environment?.mock ? `mock:${key}` : key);
    this.cartUnsubscribe = this.cartStore.subscribe(() => this.requestUpdate());
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cartUnsubscribe?.();
    this.cartUnsubscribe = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.client && this.cartStore && !this.cartUnsubscribe) {
      this.cartUnsubscribe = this.cartStore.subscribe(() => this.requestUpdate());
      if (this.flow.step === 'loading') void this.start();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A page builder changed what the attributes select: start again there.
    if (this.hasUpdated && this.client && ['category', 'brand', 'collection', 'product', 'view'].some((key) => changed.has(key as keyof FavShopCheckout))) void this.start();
  }

  private async start(): Promise<void> {
    const flow = this.flow;
    flow.useFilters({search: '', category: this.category ?? '', brand: this.brand ?? '', collection: this.collection ?? ''});
    void flow.loadFilters();
    if (new URLSearchParams(location.search).has('fav_shop_return') && (await this.loadCheckout()).paymentReturned()) return;
    if (this.view === 'cart') {
      await this.laterSteps.load();
      flow.openCart();
    } else if (this.view === 'orders') {
      void this.showOrders();
    } else if (this.product) {
      void flow.openProduct(this.product);
    } else {
      void flow.loadProducts(1);
    }
    void this.laterSteps.load().catch(() => undefined);
  }

  protected override localeChanged(): void {
    void this.withSteps(() => this.checkout!.reread());
  }

  protected override sessionChanged(session: MemberSession | null, _change: SessionChange): void {
    if (session) {
      this.loginOpen = false;
      this.flow.signedIn();
      if (this.flow.step === 'orders') void this.showOrders();
    }
    this.requestUpdate();
  }

  /** The later steps' state, once their code is here. */
  private async loadCheckout(): Promise<ShopCheckout> {
    await this.laterSteps.load();
    return this.checkout!;
  }

  private async showOrders(): Promise<void> {
    const checkout = await this.loadCheckout();
    if (!this.member) {
      this.flow.reached('orders');
      this.showLogin();
      return;
    }
    await checkout.loadOrders(1);
  }

  private async withSteps(run: (steps: Steps) => unknown): Promise<void> {
    try {
      run(await this.laterSteps.load());
    } catch (error) {
      this.reportError(error);
    }
  }

  private showLogin(): void {
    this.loginOpen = true;
    void loadLogin();
  }

  private viewContext(): ShopViewContext {
    return {
      locale: this.environment?.locale ?? 'en',
      currency: this.flow.hooks.currency(),
      currencyDisplay: this.currencyDisplay,
      memberName: this.member?.memberName,
      signedIn: Boolean(this.member) && !this.flow.asGuest,
      login: this.loginOpen ? html`<fav-login part="login" exportparts="base: login-base"></fav-login>` : nothing,
      showLogin: () => this.showLogin(),
    };
  }

  protected override render() {
    const environment = renderEnvironmentState(this.environment);
    if (environment) return html`<div part="base" class="base environment-loading">${environment}</div>`;
    const flow = this.flow;
    const context = this.viewContext();
    const bar = renderShopBar(flow, context, {
      onCart: () => void this.withSteps(() => flow.openCart()),
      onOrders: () => void this.showOrders(),
    });
    let body;
    switch (flow.step) {
      case 'loading':
        body = renderSkeleton(['heading', 'card', 'card']);
        break;
      case 'unavailable':
        body = renderUnavailable(flow, {
          onRetry: () => void this.start(),
          onCatalogue: () => void flow.loadProducts(1),
        });
        break;
      case 'catalogue':
        body = renderCatalogue(flow, context, {
          onFilter: (filters) => void flow.loadProducts(1, filters),
          onPage: (page) => void flow.loadProducts(page),
          onOpen: (product) => void flow.openProduct(product.slug ?? String(product.id)),
        });
        break;
      default:
        body = this.renderLaterStep(context);
    }
    return html`<div part="base" class="base">${bar}${body}</div>`;
  }

  private renderLaterStep(context: ShopViewContext) {
    const steps = this.steps;
    const checkout = this.checkout;
    if (!steps || !checkout) {
      void this.laterSteps.load();
      return renderSkeleton(['heading', 'card']);
    }
    const flow = this.flow;
    switch (flow.step) {
      case 'product':
        return steps.renderProduct(checkout, context, {
          onBack: () => flow.toCatalogue(),
          onAdd: () => {
            if (!checkout.addToCart()) {
              void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('.choices.invalid input')?.focus());
            }
          },
          onCart: () => void this.withSteps(() => flow.openCart()),
        });
      case 'cart':
        return steps.renderCart(checkout, context, {
          onCheckout: () => void checkout.toCheckout(),
          onContinue: () => flow.continueShopping(),
          onOpen: (line) => void flow.openProduct(line.link),
        });
      case 'checkout':
        return steps.renderCheckout(checkout, context, {
          onSubmit: (values) => void this.submitCheckout(checkout, values),
          onBack: () => flow.openCart(),
        });
      case 'review':
        return steps.renderReview(checkout, context, {
          onConfirm: () => void checkout.placeOrder(),
          onBack: () => flow.backToCheckout(),
        });
      case 'placed':
        return steps.renderPlaced(checkout, context, {onPay: () => checkout.startPayment(), onContinue: () => checkout.finishPayment()});
      case 'payment':
        return steps.renderPayment(checkout, context, {
          onCheck: () => void checkout.pollPayment(),
          onRetry: () => checkout.retryAfterFailure(),
          onContinue: () => checkout.finishPayment(),
        });
      case 'orders':
        return steps.renderOrders(checkout, context, {
          onPage: (page) => void checkout.loadOrders(page),
          onContinue: () => flow.toCatalogue(),
        });
      default:
        return nothing;
    }
  }

  /** The checkout form sent: with errors, focus goes to the first one. */
  private async submitCheckout(checkout: ShopCheckout, values: CheckoutDetails): Promise<void> {
    if (await checkout.submitDetails(values)) return;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"], .choices.invalid input:not(:disabled)')?.focus();
  }
}
