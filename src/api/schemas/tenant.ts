/** F5 resolve-domain: the tenant behind a storefront host name. */
import * as z from 'zod/mini';
import {idString, nullableText} from './fields.js';

export const ResolvedDomainSchema = z.object({
  companyId: idString,
  name: nullableText,
  defaultLocale: nullableText,
  timezone: nullableText,
  currency: nullableText,
});
export type ResolvedDomain = z.output<typeof ResolvedDomainSchema>;
