import {createContext} from '@lit/context';
import type {FavClient} from '../api/client.js';
import type {FavLocale} from '../i18n/locale.js';
import type {SessionStore, TokenStorage} from './session-store.js';

/** `inherit` (the page's font and text colour), `light`, `dark`, or `auto` to follow the visitor's OS setting. */
export type FavTheme = 'inherit' | 'light' | 'dark' | 'auto';

/** The configuration attributes shared by `<fav-provider>` and any widget used without one (the locale apart: `localeOf`). */
export interface FavConfig {
  companyId?: string;
  apiBase?: string;
  domain?: string;
  mock?: boolean;
  tokenStorage?: TokenStorage;
  theme?: FavTheme;
  /** The tenant's IANA time zone, used when the API does not name it (`time-zone`). */
  timeZone?: string;
}

/** What the tenant told us about itself (resolve-domain), or what the configuration implies. */
export interface FavTenant {
  companyId: string;
  name?: string;
  /** IANA zone: resolve-domain's, else the configuration's `time-zone`. */
  timezone?: string;
  currency?: string;
  defaultLocale?: string;
}

/** The shared context every widget reads: the tenant's client and session, locale and theme. */
export interface FavEnvironment {
  /** `resolving` while the tenant or the mock loads; `error` when it cannot be configured. */
  status: 'resolving' | 'ready' | 'error';
  client?: FavClient;
  session?: SessionStore;
  tenant?: FavTenant;
  locale: FavLocale;
  theme: FavTheme;
  mock: boolean;
  /** Why the environment is unusable: no tenant configured, an unknown domain or company, or the error thrown. */
  error?: {reason: 'missing-tenant' | 'unknown-domain' | 'unknown-company' | 'failed'; cause?: unknown};
}

// A string key, so two copies of the bundle on one page still meet.
export const favEnvironmentContext = createContext<FavEnvironment>('fav-environment');
