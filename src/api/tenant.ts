/** F5 resolve-domain, which the provider needs before any widget runs when no company-id is given. */
import {formsAndSurveys} from './operations/forms-and-surveys.js';
import type {CallOptions, FavClient} from './client.js';
import {ResolvedDomainSchema, type ResolvedDomain} from './schemas/tenant.js';
import {one} from './schemas/parse.js';

/** F5. The tenant of a storefront host name; sent as `domain` and `hostname` (§8). 404 = unknown host. */
export function resolveDomain(client: FavClient, input: {domain: string}, options?: CallOptions): Promise<ResolvedDomain> {
  return client.call(formsAndSurveys.resolveDomain,
    {query: {domain: input.domain, hostname: input.domain}, parse: one(ResolvedDomainSchema)},
    options,
  );
}
