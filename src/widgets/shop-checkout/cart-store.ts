/**
 * The shop cart of one tenant and API base: kept in localStorage, shared live with every
 * `<fav-shop-checkout>` of that tenant on the page (one store per key, and other bundle copies) and in
 * other tabs through the BroadcastChannel `fav-widgets.cart`, as the session store does for sessions.
 */
import type {Id} from '../../api/schemas/fields.js';
import {toCents} from '../../ui/money.js';

/** Why a cart line needs the visitor's attention before ordering. */
export type CartLineFlag = 'out-of-stock' | 'gone' | 'price-changed';

export interface CartLine {
  /** `productId` or `productId:variantId`. */
  key: string;
  productId: Id;
  variantId?: Id;
  /** For reopening the product (D2): its slug, else its id. */
  link: string;
  name: string;
  variantName?: string;
  image?: string;
  /** Major units as decimal strings (§7.5); the effective unit price depends on membership. */
  price: string;
  discountPrice?: string | null;
  memberPrice?: string | null;
  quantity: number;
  /** The most that can be bought; absent when unlimited (untracked stock). */
  max?: number;
  flag?: CartLineFlag;
  /** For `out-of-stock`: how many are left. */
  available?: number;
}

interface Broadcast {
  key: string;
  lines: CartLine[];
}

const CHANNEL = 'fav-widgets.cart';

/** The unit price this visitor pays: members get the member price (§6 D1 rule), everyone the sale price. */
export function unitPrice(line: Pick<CartLine, 'price' | 'discountPrice' | 'memberPrice'>, member: boolean): string {
  return (member ? line.memberPrice : undefined) ?? line.discountPrice ?? line.price;
}

export function lineTotalCents(line: CartLine, member: boolean): number {
  return toCents(unitPrice(line, member)) * line.quantity;
}

export function subtotalCents(lines: readonly CartLine[], member: boolean): number {
  return lines.reduce((sum, line) => sum + lineTotalCents(line, member), 0);
}

export const itemCount = (lines: readonly CartLine[]) => lines.reduce((sum, line) => sum + line.quantity, 0);

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

function parse(raw: string | null): CartLine[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (line): line is CartLine =>
        typeof line === 'object' && line !== null && typeof line.key === 'string' && typeof line.price === 'string' && Number.isInteger(line.quantity) && line.quantity > 0,
    );
  } catch {
    return [];
  }
}

export class CartStore {
  private current: CartLine[];
  private readonly listeners = new Set<(lines: CartLine[]) => void>();
  private readonly channel: BroadcastChannel | null;

  constructor(readonly key: string) {
    this.current = parse(storage()?.getItem(this.storageKey) ?? null);
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
    this.channel?.addEventListener('message', (event: MessageEvent<Broadcast>) => {
      if (event.data?.key === this.key) this.set(parse(JSON.stringify(event.data.lines)), false);
    });
  }

  private get storageKey(): string {
    return `fav-widgets:cart:${this.key}`;
  }

  get lines(): CartLine[] {
    return this.current;
  }

  subscribe(listener: (lines: CartLine[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds a quantity of a product (or variation), capped at what can be bought. */
  add(line: Omit<CartLine, 'quantity' | 'flag' | 'available'>, quantity: number): void {
    const existing = this.current.find((l) => l.key === line.key);
    const wanted = (existing?.quantity ?? 0) + quantity;
    const next = {...existing, ...line, quantity: cap(wanted, line.max), flag: undefined, available: undefined};
    this.set(existing ? this.current.map((l) => (l.key === line.key ? next : l)) : [...this.current, next]);
  }

  setQuantity(key: string, quantity: number): void {
    if (quantity <= 0) return this.remove(key);
    this.set(this.current.map((l) => (l.key === key ? {...l, quantity: cap(quantity, l.max), flag: l.flag === 'out-of-stock' ? undefined : l.flag} : l)));
  }

  remove(key: string): void {
    this.set(this.current.filter((l) => l.key !== key));
  }

  /** Replaces lines by key (flags, new prices, new limits). */
  patch(changes: Map<string, Partial<CartLine>>): void {
    if (!changes.size) return;
    this.set(this.current.map((l) => (changes.has(l.key) ? {...l, ...changes.get(l.key)} : l)));
  }

  /** Takes ordered lines out: the cart is emptied only once the order exists. */
  removeOrdered(keys: readonly string[]): void {
    this.set(this.current.filter((l) => !keys.includes(l.key)));
  }

  replace(lines: CartLine[]): void {
    this.set(lines);
  }

  dispose(): void {
    this.channel?.close();
    this.listeners.clear();
  }

  private set(lines: CartLine[], broadcast = true): void {
    this.current = lines;
    try {
      const store = storage();
      if (lines.length) store?.setItem(this.storageKey, JSON.stringify(lines));
      else store?.removeItem(this.storageKey);
    } catch {
      // Quota or privacy errors: the cart still lives in memory.
    }
    if (broadcast) this.channel?.postMessage({key: this.key, lines} satisfies Broadcast);
    for (const listener of [...this.listeners]) listener(lines);
  }
}

function cap(quantity: number, max: number | undefined): number {
  const whole = Math.max(1, Math.trunc(quantity));
  return max === undefined ? Math.min(whole, 999) : Math.max(1, Math.min(whole, max));
}

const stores = new Map<string, CartStore>();

/** The one cart of a tenant and API base on this page. */
export function cartStoreFor(key: string): CartStore {
  let store = stores.get(key);
  if (!store) {
    store = new CartStore(key);
    stores.set(key, store);
  }
  return store;
}

/** Forgets every store: tests start from a clean page. */
export function resetCartStores(): void {
  for (const store of stores.values()) store.dispose();
  stores.clear();
}
