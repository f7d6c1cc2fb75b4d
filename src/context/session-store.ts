import type {SessionBridge} from '../api/client.js';
import type {TokenResult} from '../api/schemas/auth.js';

/** Where the customer token is kept: `local` (default) survives restarts, `session` the tab, `memory` the page. */
export type TokenStorage = 'local' | 'session' | 'memory';

/** The signed-in member as the widgets know them. */
export interface MemberSession {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds; unknown when the server gave no lifetime. */
  expiresAt?: number;
  memberUuid?: string;
  memberName?: string;
  phone?: string;
  email?: string;
}

/** Why the session changed, so a widget can tell "you signed out" from "your session expired". */
export type SessionChange = 'signed-in' | 'refreshed' | 'signed-out' | 'expired';

export type SessionListener = (session: MemberSession | null, change: SessionChange) => void;

/** The session calls the store makes itself: validate, refresh and log out. */
export interface SessionApi {
  validate(token: string): Promise<{valid: boolean; expiresAt?: number}>;
  refresh(token: string, refreshToken?: string): Promise<TokenResult>;
  logout(token: string, refreshToken?: string): Promise<void>;
}

interface Broadcast {
  key: string;
  session: MemberSession | null;
  change: SessionChange;
}

/**
 * What session-member.ts, the logic a signed-in member needs (validating a restored token,
 * refreshing one), may read and change of a store. That logic loads only once there is a member.
 */
export interface SessionAccess {
  readonly key: string;
  readonly api: SessionApi;
  current(): MemberSession | null;
  /** Replaces the session after a refresh or a validation. */
  set(session: MemberSession): void;
  refresh(): Promise<boolean>;
  expire(): void;
}

const member = () => import('./session-member.js');

const CHANNEL = 'fav-widgets.session';
/** Refresh this long before expiry, or at 80 % of a shorter lifetime. */
const REFRESH_LEAD_MS = 60_000;

/** Builds the session from a token result, keeping member fields the new result leaves out. */
export function sessionFromToken(result: TokenResult, previous?: MemberSession | null): MemberSession {
  return {
    accessToken: result.accessToken,
    refreshToken: result.refreshToken ?? previous?.refreshToken,
    expiresAt: result.expiresAt,
    memberUuid: result.memberUuid ?? previous?.memberUuid,
    memberName: result.memberName ?? previous?.memberName,
    phone: result.phone ?? previous?.phone,
    email: result.email ?? previous?.email,
  };
}

function readStorage(kind: TokenStorage): Storage | null {
  if (kind === 'memory') return null;
  try {
    return kind === 'session' ? sessionStorage : localStorage;
  } catch {
    return null; // storage blocked (privacy mode, sandboxed iframe): behave like memory
  }
}

function parseStored(raw: string | null): MemberSession | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<MemberSession>;
    if (typeof value.accessToken !== 'string' || !value.accessToken) return null;
    return value as MemberSession;
  } catch {
    return null;
  }
}

/**
 * The customer session for one tenant and API base: persistence per `token-storage`, one refresh at
 * a time, proactive refresh before expiry, and sync with every other store of the same key on the
 * page (two bundle copies included) and in other tabs through a BroadcastChannel.
 */
export class SessionStore implements SessionBridge {
  #current: MemberSession | null = null;
  readonly #listeners = new Set<SessionListener>();
  readonly #channel: BroadcastChannel | null;
  #refreshing: Promise<boolean> | null = null;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #validation: Promise<void> | null = null;
  #api: SessionApi | null = null;

  readonly #storage: TokenStorage;

  constructor(
    readonly key: string,
    storage: TokenStorage,
  ) {
    this.#storage = storage;
    this.#current = parseStored(readStorage(storage)?.getItem(this.#storageKey) ?? null);
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
    this.#channel?.addEventListener('message', (event: MessageEvent<Broadcast>) => this.#receive(event.data));
    this.#schedule();
  }

  get #storageKey(): string {
    return `fav-widgets:session:${this.key}`;
  }

  /** The calls the store needs; the first provider or widget that has a client supplies them. */
  attach(api: SessionApi): void {
    this.#api ??= api;
  }

  get session(): MemberSession | null {
    return this.#current;
  }

  get signedIn(): boolean {
    return this.#current !== null;
  }

  subscribe(listener: SessionListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  getAccessToken(): string | undefined {
    return this.#current?.accessToken;
  }

  /** Starts a session from a B3/B4/B6 token result. */
  signIn(result: TokenResult): MemberSession {
    const session = sessionFromToken(result);
    this.#set(session, 'signed-in');
    return session;
  }

  /** Ends the session on the visitor's request: tells the server (best effort), then clears it everywhere. */
  async signOut(): Promise<void> {
    const session = this.#current;
    this.#set(null, 'signed-out');
    if (session && this.#api) {
      try {
        await this.#api.logout(session.accessToken, session.refreshToken);
      } catch {
        // The session is cleared locally whatever the server says.
      }
    }
  }

  /** Ends the session because the server no longer accepts it. */
  expire(): void {
    if (this.#current) this.#set(null, 'expired');
  }

  /**
   * Checks a restored token once per page with B5 and refreshes it when the server no longer accepts
   * it; a session that cannot be refreshed expires. A network failure keeps the session.
   */
  validateOnLoad(): Promise<void> {
    const session = this.#current;
    const api = this.#api;
    this.#validation ??= session && api ? member().then((logic) => logic.validate(this.#access(api), session)) : Promise.resolve();
    return this.#validation;
  }

  /** SessionBridge: a call that carried `failedToken` got 401. One refresh, then sign-out. */
  async handleUnauthorized(failedToken: string): Promise<boolean> {
    const session = this.#current;
    if (!session) return false;
    if (session.accessToken !== failedToken) return true; // someone already refreshed
    const refreshed = await this.refresh();
    if (!refreshed) this.expire();
    return refreshed;
  }

  /**
   * Refreshes the token (B6). One refresh runs at a time per page; across tabs a Web Lock makes the
   * others wait and pick up the new token from the broadcast instead of refreshing again.
   */
  refresh(): Promise<boolean> {
    const before = this.#current;
    const api = this.#api;
    this.#refreshing ??= (before && api ? member().then((logic) => logic.refresh(this.#access(api), before)) : Promise.resolve(false)).finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  /** What the member logic (session-member.ts) reads and changes of this store. */
  #access(api: SessionApi): SessionAccess {
    return {
      key: this.key,
      api,
      current: () => this.#current,
      set: (session) => this.#set(session, 'refreshed'),
      refresh: () => this.refresh(),
      expire: () => this.expire(),
    };
  }

  #set(session: MemberSession | null, change: SessionChange, broadcast = true): void {
    this.#current = session;
    const store = readStorage(this.#storage);
    try {
      if (session) store?.setItem(this.#storageKey, JSON.stringify(session));
      else store?.removeItem(this.#storageKey);
    } catch {
      // Quota or privacy errors: the session still lives in memory.
    }
    if (broadcast) this.#channel?.postMessage({key: this.key, session, change} satisfies Broadcast);
    this.#schedule();
    for (const listener of [...this.#listeners]) listener(session, change);
  }

  #receive(message: Broadcast): void {
    if (!message || message.key !== this.key) return;
    if (message.session?.accessToken === this.#current?.accessToken) return;
    this.#set(message.session, message.change, false);
  }

  #schedule(): void {
    clearTimeout(this.#refreshTimer);
    const expiresAt = this.#current?.expiresAt;
    if (!expiresAt) return;
    const remaining = expiresAt - Date.now();
    const delay = Math.max(0, Math.min(remaining - REFRESH_LEAD_MS, remaining * 0.8));
    // setTimeout overflows past ~24.8 days; a session that long is re-armed when it gets closer.
    this.#refreshTimer = setTimeout(() => {
      void this.refresh().then((ok) => {
        if (!ok && this.#current?.expiresAt && this.#current.expiresAt <= Date.now()) this.expire();
      });
    }, Math.min(delay, 2 ** 31 - 1));
  }

  /** Stops timers and sync; for tests and for stores nobody uses any more. */
  dispose(): void {
    clearTimeout(this.#refreshTimer);
    this.#channel?.close();
    this.#listeners.clear();
  }
}

const stores = new Map<string, SessionStore>();

/** The one store for a tenant and API base on this page (per bundle copy; copies meet over the channel). */
export function sessionStoreFor(apiBase: string, companyId: string, storage: TokenStorage): SessionStore {
  const key = `${companyId}@${apiBase}`;
  let store = stores.get(key);
  if (!store) {
    store = new SessionStore(key, storage);
    stores.set(key, store);
  }
  return store;
}

/** Forgets every store: tests start from a clean page. */
export function resetSessionStores(): void {
  for (const store of stores.values()) store.dispose();
  stores.clear();
}
