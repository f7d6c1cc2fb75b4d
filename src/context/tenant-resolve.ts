/**
 * The tenant of a storefront host (F5), for a provider without `company-id`. Loaded only then: a
 * page that names its tenant never needs it.
 */
import {DEFAULT_API_BASE, type FavClient} from '../api/client.js';
import {isFavApiError} from '../api/errors.js';
import {resolveDomain} from '../api/tenant.js';
import type {FavTenant} from './fav-context.js';

const RESOLVE_CACHE_MS = 5 * 60_000;
const resolveCache = new Map<string, {at: number; tenant: Promise<FavTenant | null>}>();

/** Resolves a storefront host name to its tenant (F5), caching hits and misses for five minutes. */
export function resolveTenant(client: FavClient, host: string): Promise<FavTenant | null> {
  const key = `${client.options.apiBase ?? DEFAULT_API_BASE}|${host}`;
  const cached = resolveCache.get(key);
  if (cached && Date.now() - cached.at < RESOLVE_CACHE_MS) return cached.tenant;
  const tenant = resolveDomain(client, {domain: host}, {timeout: 3000})
    .then(
      (data): FavTenant => ({
        companyId: data.companyId,
        name: data.name ?? undefined,
        timezone: data.timezone ?? undefined,
        currency: data.currency ?? undefined,
        defaultLocale: data.defaultLocale ?? undefined,
      }),
    )
    .catch((error: unknown) => {
      if (isFavApiError(error) && error.status === 404) return null;
      resolveCache.delete(key); // a failure is not a miss: try again next time
      throw error;
    });
  resolveCache.set(key, {at: Date.now(), tenant});
  return tenant;
}

