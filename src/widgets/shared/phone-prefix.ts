import {getRegistrationForm} from '../../api/registration.js';
import type {FavClient} from '../../api/client.js';
import {phonePrefixOf} from '../../ui/form.js';

/** The element a form belongs to: its tenant's client and its abort signal. */
export interface PhonePrefixHost {
  readonly client: FavClient | undefined;
  readonly signal: AbortSignal;
}

const loads = new WeakMap<PhonePrefixHost, {client: FavClient; loading: Promise<void>}>();


/**
 * The tenant's dialling prefix for a form's phone field, from its registration form (B5), handed to
 * `apply`: loaded once per element and tenant (another company-id has its own), and again after a
 * failure, since without it the visitor must type an international number. Resolves when known.
 */
export function loadTenantPhonePrefix(host: PhonePrefixHost, apply: (prefix: string) => void): Promise<void> {
  const client = host.client;
  if (!client) return Promise.resolve();
  const known = loads.get(host);
  if (known?.client === client) return known.loading;
  const loading = getRegistrationForm(client, {signal: host.signal}).then(
    (form) => apply(phonePrefixOf(form.countryPhonePrefix)),
    () => {
      if (loads.get(host)?.loading === loading) loads.delete(host);
    },
  );
  loads.set(host, {client, loading});
  return loading;
}
