import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {FavClient} from '../../api/client.js';
import {isFavApiError} from '../../api/errors.js';
import type {Order, OrderPaymentStatus, PaymentMethodOption, ShippingMethod} from '../../api/schemas/shop-orders.js';
import type {Brand, Collection, Product, ProductSummary, ShopCategory} from '../../api/schemas/shop.js';
import type {ListResult} from '../../api/schemas/parse.js';
import {getProduct, listBrands, listCollections, listProducts, listShopCategories} from '../../api/shop.js';
import type {MemberSession} from '../../context/session-store.js';
import type {CreateCall} from '../shared/create-call.js';
import type {Polling} from '../shared/poll.js';
import {itemCount, subtotalCents, type CartLine, type CartStore} from './cart-store.js';

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
}

export type PaymentView = 'checking' | 'retrying' | 'completed' | 'failed' | 'refunded' | 'pending';

export interface ShopFlowHost extends ReactiveControllerHost {
  readonly client: FavClient | undefined;
  readonly signal: AbortSignal;
  readonly signedInMember: MemberSession | null;
  readonly cart: CartStore | undefined;
  readonly currency: string;
  failed(error: unknown): void;
  cartChanged(): void;
}

export const PAGE_SIZE = 12;

/**
 * The shop of `<fav-shop-checkout>`, apart from its rendering: catalogue, product, checkout choices,
 * what the visitor typed, the order in flight and its payment. A failure never clears a choice or a
 * typed value. The checkout and payment calls live in the lazily loaded steps module.
 */
export class ShopFlow implements ReactiveController {
  step: ShopStep = 'loading';
  notice: ShopNotice;
  busy = false;
  error?: unknown;

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

  shippingMethods: ShippingMethod[] = [];
  paymentMethods: PaymentMethodOption[] = [];
  shippingId = '';
  paymentId = '';
  details: CheckoutDetails = {name: '', email: '', phone: '', addressLine1: '', addressLine2: '', city: '', zipCode: ''};
  detailErrors: DetailErrors = {};
  asGuest = false;
  phonePrefix = '';
  /** The subtotal the shipping methods were loaded for (cents). */
  shippingFor?: number;

  /** @internal Places the order, with its Idempotency-Key (created by the later steps, which order). */
  orderCall?: CreateCall;
  pending?: PendingOrder;
  payment?: OrderPaymentStatus;
  paymentView?: PaymentView;
  paymentError?: unknown;
  /** @internal This widget's reads of the payment status (created by the later steps, which poll). */
  paymentPolling?: Polling;

  orders?: ListResult<Order>;
  ordersPage = 1;
  /** Payment status by order id, for the order history. */
  orderPayments: Record<string, string> = {};

  /** Where the visitor came from into the cart, so "Continue shopping" returns there. */
  private returnStep: ShopStep = 'catalogue';

  constructor(readonly host: ShopFlowHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.busy = false;
  }

  update(patch: Partial<ShopFlow>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  get asMember(): boolean {
    return Boolean(this.host.signedInMember) && !this.asGuest;
  }

  get lines(): CartLine[] {
    return this.host.cart?.lines ?? [];
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
    const client = this.host.client;
    if (!client) return;
    const signal = this.host.signal;
    const [categories, brands, collections] = await Promise.all([
      listShopCategories(client, {}, {signal}).catch(() => undefined),
      listBrands(client, {signal}).catch(() => undefined),
      listCollections(client, {signal}).catch(() => undefined),
    ]);
    this.update({
      categories: categories?.items ?? [],
      brands: brands?.items.filter((b) => b.onlineEnabled !== false) ?? [],
      collections: collections?.items ?? [],
    });
  }

  async loadProducts(page = this.page, filters: ShopFilters = this.filters): Promise<void> {
    const client = this.host.client;
    if (!client) return;
    this.update({step: this.products ? 'catalogue' : 'loading', busy: true, error: undefined, page, filters, notice: undefined});
    try {
      const products = await listProducts(
        client,
        {
          search: filters.search || undefined,
          categorySlug: filters.category || undefined,
          brandSlug: filters.brand || undefined,
          collectionSlug: filters.collection || undefined,
          page,
          limit: PAGE_SIZE,
        },
        {signal: this.host.signal},
      );
      this.update({products, step: 'catalogue', busy: false});
    } catch (error) {
      this.fail(error, this.products ? 'catalogue' : 'unavailable');
    }
  }

  async openProduct(link: string): Promise<void> {
    const client = this.host.client;
    if (!client) return;
    this.update({step: 'loading', busy: true, error: undefined, notice: undefined});
    try {
      const product = await getProduct(client, link, {signal: this.host.signal});
      const keep = this.product && String(this.product.id) === String(product.id);
      const chosen = keep ? this.chosen : defaultChoices(product);
      this.update({product, chosen, quantity: keep ? this.quantity : 1, optionError: undefined, step: 'product', busy: false});
    } catch (error) {
      this.fail(error, 'unavailable');
    }
  }

  openCart(): void {
    if (this.step !== 'cart') this.returnStep = this.step === 'product' || this.step === 'orders' ? this.step : 'catalogue';
    this.update({step: 'cart', error: undefined, notice: this.notice === 'stock' || this.notice === 'price-changed' ? this.notice : undefined});
  }

  continueShopping(): void {
    if (this.returnStep === 'product' && this.product) this.update({step: 'product', notice: undefined, error: undefined});
    else if (this.products) this.update({step: 'catalogue', notice: undefined, error: undefined});
    else void this.loadProducts(1);
  }

  /** Back to the catalogue from a product. */
  toCatalogue(): void {
    if (this.products) this.update({step: 'catalogue', notice: undefined, error: undefined});
    else void this.loadProducts(1);
  }

  fail(error: unknown, step: ShopStep): void {
    if (isFavApiError(error) && error.kind === 'aborted') {
      this.busy = false;
      return;
    }
    this.host.failed(error);
    this.update({busy: false, step, error});
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
