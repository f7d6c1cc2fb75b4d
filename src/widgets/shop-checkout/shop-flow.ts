import {isFavApiError} from '../../api/errors.js';
import type {Order} from '../../api/schemas/shop-orders.js';
import type {Brand, Collection, Product, ProductSummary, ShopCategory} from '../../api/schemas/shop.js';
import type {ListResult} from '../../api/schemas/parse.js';
import {getProduct, listBrands, listCollections, listProducts, listShopCategories} from '../../api/shop.js';
import type {MemberSession} from '../../context/session-store.js';
import {FlowState, type FlowElement, type FlowHooks} from '../shared/flow-state.js';
import type {PrefillHost} from '../shared/prefill.js';
import type {PromotionHost} from '../shared/promotion-code.js';
import {itemCount, subtotalCents, type CartLine, type CartStore} from './cart-store.js';
import type {
  FavBeforeOrderDetail,
  FavCartChangedDetail,
  FavOrderCreatedDetail,
  FavOrderPaymentStartedDetail,
  FavPaymentStatusDetail,
} from './fav-shop-checkout.js';

/** The steps of `<fav-shop-checkout>`. */
export type ShopStep = 'loading' | 'catalogue' | 'product' | 'cart' | 'checkout' | 'review' | 'placed' | 'payment' | 'orders' | 'unavailable';

/** Why a step shows a banner. */
export type ShopNotice = 'added' | 'stock' | 'price-changed' | 'session-expired' | 'vetoed' | 'cancelled' | undefined;

export interface ShopFilters {
  search: string;
  category: string;
  brand: string;
  collection: string;
}

export interface CheckoutDetails {
  name: string;
  email: string;
  /** E.164 once validated. */
  phone: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  zipCode: string;
}

export type DetailErrors = Partial<Record<keyof CheckoutDetails | 'shipping' | 'payment', string>>;

export interface ShopTotals {
  subtotal: string;
  discount: string;
  shipping: string;
  total: string;
  currency: string;
}

/** The order kept in sessionStorage across the hosted payment (CONTRACT §7.7). */
export interface PendingOrder {
  order: Order;
  idempotencyKey: string;
  lines: CartLine[];
  totals: ShopTotals;
  /** The promotion code the order was placed with, when any: its discount is in `totals`. */
  promotionCode?: string;
}

export type PaymentView = 'checking' | 'retrying' | 'completed' | 'failed' | 'refunded' | 'pending';

/** The element, as its flow sees it: it re-renders, gives the client, and takes a prefill and a promotion code (README "Prefill"). */
export interface ShopElement extends FlowElement, PrefillHost, PromotionHost {}

/** What the flow and its later steps (shop-checkout.ts) ask of the element: the member, the cart, the tenant, the page's events. */
export interface ShopHooks extends FlowHooks {
  member(): MemberSession | null;
  cart(): CartStore | undefined;
  /** Tenant currency (§7.5): resolve-domain, else HKD. */
  currency(): string;
  /** The widget's language (`en`, `zh-Hant`): the order's emails and messages come in it. */
  language(): string;
  /** The `return-url` attribute: the page the hosted payment returns to, when given. */
  returnUrl(): string | undefined;
  /** `return-url` is not a page the payment may return to: said once in the console (context/tag-problems.ts). */
  returnUrlRefused(value: string): void;
  /** sessionStorage key of the pending order. */
  pendingKey(): string;
  /** Fires `fav-cart-changed`. */
  cartChanged(detail: FavCartChangedDetail): void;
  /** Fires the cancelable `fav-before-order`; false when the page stopped the order. */
  beforeOrder(detail: FavBeforeOrderDetail): boolean;
  /** Fires `fav-order-created`. */
  orderCreated(detail: FavOrderCreatedDetail): void;
  /** Fires the cancelable `fav-order-payment-started`; false when the page navigates itself. */
  paymentStarted(detail: FavOrderPaymentStartedDetail): boolean;
  /** Fires `fav-payment-status`. */
  paymentStatus(detail: FavPaymentStatusDetail): void;
}

export const PAGE_SIZE = 12;

/**
 * The shop of `<fav-shop-checkout>`, apart from its rendering: the step, the catalogue, the product
 * and what the visitor chose of it, what is in flight and the last error. A failure never clears a
 * choice or a typed value. The checkout, the order and its payment are the later steps' own state
 * (`ShopCheckout` in shop-checkout.ts), which moves the visitor through the steps by the methods below.
 */
export class ShopFlow extends FlowState<ShopElement, ShopHooks, ShopFlow> {
  step: ShopStep = 'loading';
  notice: ShopNotice;

  filters: ShopFilters = {search: '', category: '', brand: '', collection: ''};
  page = 1;
  products?: ListResult<ProductSummary>;
  categories: ShopCategory[] = [];
  brands: Brand[] = [];
  collections: Collection[] = [];

  product?: Product;
  /** Option name → chosen value. */
  chosen: Record<string, string> = {};
  quantity = 1;
  optionError?: string;

  /** The session ended during the checkout and the visitor goes on as a guest. */
  asGuest = false;

  /** Where the visitor came from into the cart, so "Continue shopping" returns there. */
  private returnStep: ShopStep = 'catalogue';

  get cart(): CartStore | undefined {
    return this.hooks.cart();
  }

  get asMember(): boolean {
    return Boolean(this.hooks.member()) && !this.asGuest;
  }

  get lines(): CartLine[] {
    return this.cart?.lines ?? [];
  }

  get count(): number {
    return itemCount(this.lines);
  }

  get subtotal(): number {
    return subtotalCents(this.lines, this.asMember);
  }

  // -------------------------------------------------------------------------------------------
  // Catalogue

  /** The filter lists (D3–D5); a failing one just leaves its filter out. */
  async loadFilters(): Promise<void> {
    const client = this.element.client;
    if (!client) return;
    const signal = this.element.signal;
    const [categories, brands, collections] = await Promise.all([
      listShopCategories(client, {}, {signal}).catch(() => undefined),
      listBrands(client, {signal}).catch(() => undefined),
      listCollections(client, {signal}).catch(() => undefined),
    ]);
    this.set({
      categories: categories?.items ?? [],
      brands: brands?.items.filter((b) => b.onlineEnabled !== false) ?? [],
      collections: collections?.items ?? [],
    });
  }

  async loadProducts(page = this.page, filters: ShopFilters = this.filters): Promise<void> {
    if (!this.element.client) return;
    this.set({step: this.products ? 'catalogue' : 'loading', busy: true, error: undefined, page, filters, notice: undefined});
    try {
      this.set({products: await this.readProducts(), step: 'catalogue', busy: false});
    } catch (error) {
      this.fail(error, this.products ? 'catalogue' : 'unavailable');
    }
  }

  /** The page of products the filters select (D1). */
  readProducts(): Promise<ListResult<ProductSummary>> {
    const filters = this.filters;
    return listProducts(
      this.element.client!,
      {
        search: filters.search || undefined,
        categorySlug: filters.category || undefined,
        brandSlug: filters.brand || undefined,
        collectionSlug: filters.collection || undefined,
        page: this.page,
        limit: PAGE_SIZE,
      },
      {signal: this.element.signal},
    );
  }

  /** The catalogue or the product came again in a new locale (shop-checkout.ts), with the options chosen named as it names them. */
  translated(patch: Pick<ShopFlow, 'products'> | Pick<ShopFlow, 'product' | 'chosen'>): void {
    this.set(patch);
  }

  async openProduct(link: string): Promise<void> {
    const client = this.element.client;
    if (!client) return;
    this.set({step: 'loading', busy: true, error: undefined, notice: undefined});
    try {
      const product = await getProduct(client, link, {signal: this.element.signal});
      const keep = this.product && String(this.product.id) === String(product.id);
      const chosen = keep ? this.chosen : defaultChoices(product);
      this.set({product, chosen, quantity: keep ? this.quantity : 1, optionError: undefined, step: 'product', busy: false});
    } catch (error) {
      this.fail(error, 'unavailable');
    }
  }

  openCart(): void {
    if (this.step !== 'cart') this.returnStep = this.step === 'product' || this.step === 'orders' ? this.step : 'catalogue';
    this.set({step: 'cart', error: undefined, notice: this.notice === 'stock' || this.notice === 'price-changed' ? this.notice : undefined});
  }

  continueShopping(): void {
    if (this.returnStep === 'product' && this.product) this.set({step: 'product', notice: undefined, error: undefined});
    else if (this.products) this.set({step: 'catalogue', notice: undefined, error: undefined});
    else void this.loadProducts(1);
  }

  /** Back to the catalogue from a product. */
  toCatalogue(): void {
    if (this.products) this.set({step: 'catalogue', notice: undefined, error: undefined});
    else void this.loadProducts(1);
  }

  fail(error: unknown, step: ShopStep): void {
    if (isFavApiError(error) && error.kind === 'aborted') {
      this.busy = false;
      return;
    }
    this.failed(error);
    this.set({busy: false, step, error});
  }

  /** The attributes chose where the catalogue starts. */
  useFilters(filters: ShopFilters): void {
    this.filters = filters;
  }

  // -------------------------------------------------------------------------------------------
  // What the visitor did on the product and in the later steps

  chooseOption(option: string, value: string): void {
    this.set({chosen: {...this.chosen, [option]: value}, optionError: undefined, notice: undefined});
  }

  chooseQuantity(quantity: number): void {
    this.set({quantity});
  }

  /** Adding to the cart needs an option not chosen yet. */
  optionMissing(message: string): void {
    this.set({optionError: message});
  }

  /** The banner of the step: `added`, `stock`, `session-expired`, or none. */
  notify(notice: ShopNotice): void {
    this.set({notice});
  }

  /** The page stopped the order (`fav-before-order`). */
  orderVetoed(): void {
    this.set({notice: 'vetoed', error: undefined});
  }

  /** The session ended during the checkout: the visitor orders as a guest. */
  continueAsGuest(): void {
    this.set({asGuest: true, notice: undefined, step: 'checkout'});
  }

  /** Signed in (again): the session-ended banner and the guest choice go. */
  signedIn(): void {
    if (this.notice === 'session-expired') this.set({notice: undefined, asGuest: false});
  }

  /** From the review back to the checkout form. */
  backToCheckout(): void {
    this.set({step: 'checkout', notice: this.notice === 'session-expired' ? this.notice : undefined, error: undefined});
  }

  /** A later step's request starts: busy, no error banner, and no notice unless `keepNotice`. */
  requestStarted(keepNotice = false): void {
    this.set(keepNotice ? {busy: true, error: undefined} : {busy: true, error: undefined, notice: undefined});
  }

  /** The member's orders are loading (D9). */
  ordersRequested(): void {
    this.set({step: 'orders', busy: true, error: undefined});
  }

  requestEnded(): void {
    this.set({busy: false});
  }

  /** A later step moved the visitor to `step`, with `notice` (by default the one showing); nothing is in flight. */
  reached(step: ShopStep, notice = this.notice): void {
    this.set({step, busy: false, notice});
  }
}

/** Purchasable quantity (§6 D1): unlimited when stock is not tracked, 0 when out of stock. */
export function purchasableOf(source: {trackInventory: boolean; stockStatus: string | null; stockQuantity: number | null}): number | undefined {
  const status = (source.stockStatus ?? '').replace(/_/g, '').toLowerCase();
  if (!source.trackInventory) return status === 'outofstock' ? 0 : undefined;
  if (status === 'outofstock') return 0;
  return source.stockQuantity ?? undefined;
}

/** The first in-stock variation's values, so a product opens ready to add. */
function defaultChoices(product: Product): Record<string, string> {
  const first = product.variations.find((v) => purchasableOf(v) !== 0) ?? product.variations[0];
  return Object.fromEntries((first?.selectedOptions ?? []).map((o) => [o.optionName, o.value]));
}
