import {DEFAULT_API_BASE, FavClient, type DroppedItemsInfo} from '../api/client.js';
import type {FavApiError} from '../api/errors.js';
import {activeLocale, applyLocale, detectLocale, knownTimeZone, normalizeLocale, type FavLocale} from '../i18n/locale.js';
import type {FavConfig, FavEnvironment, FavTenant} from './fav-context.js';
import {sessionStoreFor, type SessionApi, type SessionStore} from './session-store.js';
import {reportTagProblem, type TagProblem} from './tag-problems.js';

/** The tenant `<fav-provider mock>` uses when no company-id is given. */
export const MOCK_DEFAULT_COMPANY = 'demo';

const HOSTS_NEVER_RESOLVED = new Set(['', 'localhost', '127.0.0.1', '0.0.0.0', '::1', '[::1]']);

let mockFetch: Promise<typeof fetch> | undefined;

/** Loads the in-browser mock API on first use; it never reaches pages that don't ask for it. */
function loadMockFetch(): Promise<typeof fetch> {
  return (mockFetch ??= import('../mock/mock-fetch.js').then((mock) => mock.createMockFetch()));
}

/**
 * Session calls for the store, through this tenant's client with the token given explicitly. The
 * session operations load on first use: most first views have no member to validate.
 */
function sessionApiFor(client: FavClient): SessionApi {
  const auth = () => import('../api/session.js');
  return {
    validate: async (token) => (await auth()).validateToken(client, {token}),
    refresh: async (token, refreshToken) => (await auth()).refreshToken(client, {refreshToken}, {token}),
    logout: async (token, refreshToken) => void (await (await auth()).logout(client, {refreshToken}, {token})),
  };
}

/** An element carrying the configuration attributes: `<fav-provider>`, or a widget without one. */
export interface ConfiguredElement extends Element {
  companyId?: string;
  apiBase?: string;
  domain?: string;
  locale?: string;
  mock: boolean;
  tokenStorage?: FavConfig['tokenStorage'];
  theme?: FavConfig['theme'];
  timeZone?: string;
}

/** The configuration an element's attributes describe (empty strings count as absent). */
export function configOf(element: ConfiguredElement): FavConfig {
  return {
    companyId: element.companyId || undefined,
    apiBase: element.apiBase || undefined,
    domain: element.domain || undefined,
    mock: element.mock,
    tokenStorage: element.tokenStorage,
    theme: element.theme,
    timeZone: knownTimeZone(element.timeZone),
  };
}

/** The element's `locale` attribute, else the nearest `lang`, else the browser's languages. */
export function localeOf(element: ConfiguredElement): FavLocale {
  return normalizeLocale(element.locale) ?? detectLocale(element);
}

function sameConfig(a: FavConfig, b: FavConfig): boolean {
  return (['companyId', 'apiBase', 'domain', 'mock', 'tokenStorage', 'timeZone'] as const).every((key) => a[key] === b[key]);
}

/**
 * Turns configuration attributes into a {@link FavEnvironment}: resolves the tenant, loads the mock
 * when asked, builds the tenant's client and joins its session store. Used by `<fav-provider>` and
 * by any widget that has no provider.
 */
export class EnvironmentBuilder {
  #config: FavConfig = {};
  #generation = 0;
  #value: FavEnvironment;

  /** The element whose attributes configure it, named in the console when they are wrong. */
  readonly #owner: Element;
  readonly #publish: (environment: FavEnvironment) => void;
  /** List items the API sent that failed their schema (skipped, the rest still render). */
  readonly #dropped: (info: DroppedItemsInfo) => void;

  constructor(owner: Element, publish: (environment: FavEnvironment) => void, dropped: (info: DroppedItemsInfo) => void = () => {}) {
    this.#owner = owner;
    this.#publish = publish;
    this.#dropped = dropped;
    this.#value = {status: 'resolving', locale: activeLocale(), theme: 'inherit', mock: false};
  }

  get environment(): FavEnvironment {
    return this.#value;
  }

  /** Applies new attribute values; rebuilds the client only when a tenant-defining value changed. */
  update(config: FavConfig, locale: FavLocale): void {
    const theme = config.theme ?? 'inherit';
    const rebuild = this.#generation === 0 || !sameConfig(config, this.#config);
    this.#config = {...config};
    if (locale !== this.#value.locale) {
      void applyLocale(locale);
      this.#value.client?.configure({locale});
    }
    this.#emit({...this.#value, locale, theme, mock: Boolean(config.mock)});
    if (rebuild) void this.#build(++this.#generation);
  }

  #emit(value: FavEnvironment): void {
    this.#value = value;
    this.#publish(value);
  }

  async #build(generation: number): Promise<void> {
    const config = this.#config;
    const apiBase = config.apiBase || DEFAULT_API_BASE;
    const base = {locale: this.#value.locale, theme: this.#value.theme, mock: Boolean(config.mock)};
    this.#emit({...base, status: 'resolving'});
    try {
      const options = {apiBase, locale: base.locale, fetch: config.mock ? await loadMockFetch() : undefined};
      const client = new FavClient({
        ...options,
        onDroppedItems: (info) => this.#dropped(info),
        onFailure: (error, answered) => this.#failed(generation, error, answered),
      });
      let tenant: FavTenant | null = config.companyId ? {companyId: config.companyId} : null;
      if (!tenant) {
        // A storefront host is resolved by tenant-resolve.ts, loaded only then; a local host never is.
        const host = (config.domain || location.hostname).toLowerCase().replace(/:\d+$/, '');
        const local = HOSTS_NEVER_RESOLVED.has(host);
        tenant = local ? (config.mock ? {companyId: MOCK_DEFAULT_COMPANY} : null) : await (await import('./tenant-resolve.js')).resolveTenant(client, host);
        if (!tenant) {
          if (generation === this.#generation) this.#unusable({kind: local ? 'missing-tenant' : 'unknown-domain', host});
          return;
        }
      }
      if (generation !== this.#generation) return;
      const session: SessionStore = sessionStoreFor(
        config.mock ? `mock:${apiBase}` : apiBase,
        tenant.companyId,
        config.tokenStorage ?? 'local',
      );
      client.configure({companyId: tenant.companyId, session, locale: this.#value.locale});
      // The store outlives every element: its calls go through a client that refers to none of them.
      session.attach(sessionApiFor(new FavClient({...options, companyId: tenant.companyId})));
      // A time zone the API named wins; `time-zone` is for when it names none.
      tenant = {...tenant, timezone: tenant.timezone ?? config.timeZone};
      this.#emit({...this.#value, status: 'ready', client, session, tenant, error: undefined});
      void session.validateOnLoad();
    } catch (cause) {
      if (generation !== this.#generation) return;
      this.#emit({...this.#value, status: 'error', client: undefined, session: undefined, error: {reason: 'failed', cause}});
    }
  }

  /** The tenant cannot be used: the widgets say so calmly, the console says what to fix. */
  #unusable(problem: TagProblem & {kind: 'missing-tenant' | 'unknown-domain' | 'unknown-company'}): void {
    reportTagProblem(this.#owner, problem);
    this.#emit({...this.#value, status: 'error', client: undefined, session: undefined, error: {reason: problem.kind}});
  }

  /** A call of this configuration's client failed: a few failures are mistakes in the tag. */
  #failed(generation: number, error: FavApiError, answered: boolean): void {
    if (generation !== this.#generation) return;
    if (error.status === 404 && error.code === 'COMPANY_NOT_FOUND') {
      this.#unusable({kind: 'unknown-company', companyId: this.#config.companyId ?? ''});
    } else if (error.kind === 'network' && !answered && navigator.onLine !== false) {
      reportTagProblem(this.#owner, {kind: 'unreachable', apiBase: this.#config.apiBase || DEFAULT_API_BASE});
    }
  }
}
