import {ContextProvider} from '@lit/context';
import {html, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {FavElement} from '../ui/fav-element.js';
import {favEnvironmentContext, type FavEnvironment, type FavTheme} from './fav-context.js';
import {providerStyles} from './fav-provider.styles.js';
import {configOf, EnvironmentBuilder, localeOf} from './environment.js';
import {droppedItemsError} from './fav-widget.js';
import {checkAttributeValues} from './tag-problems.js';
import type {MemberSession, SessionChange, TokenStorage} from './session-store.js';

declare global {
  interface FavEventMap {
    'fav-session-expired': FavSessionExpiredDetail;
  }
  interface HTMLElementTagNameMap {
    'fav-provider': FavProvider;
  }
}

/** `detail` of `fav-session-expired`. */
export interface FavSessionExpiredDetail {
  /** The tenant whose session ended. */
  companyId: string;
  /** The member who was signed in, when known. */
  memberUuid?: string;
}

/**
 * Shares one tenant, API client, customer session, locale and theme with every fav-widgets element
 * inside it. It renders nothing of its own: its children lay out as if it were not there.
 *
 * One sign-in is seen by every widget under it, by other providers of the same tenant and API base
 * on the page, and by other tabs. The token is refreshed before it expires; on a 401 the provider
 * tries one refresh, then signs out and fires `fav-session-expired`.
 *
 * With `analytics="datalayer"`, every `fav-*` outcome event of the widgets inside is pushed to
 * `window.dataLayer` as `{event, fav: {element, companyId, locale, detail}}`, with only ids, amounts,
 * currencies, counts and statuses in `detail`, never personal data (README "Analytics").
 *
 * @summary Tenant, session, locale and theme for the widgets inside it.
 * @tagname fav-provider
 * @attr {'datalayer'} analytics - `datalayer`: push every `fav-*` outcome event of the widgets inside to `window.dataLayer`, without personal data (README "Analytics"). Read when the provider is added to the page; removing it, or the provider, stops the pushes.
 * @slot - The widgets (and any other content).
 * @event fav-error - A list from the API had items that failed their schema: they were skipped and the rest rendered. `detail`: `{source, operation, status, code, kind: 'malformed', message}`.
 * @event fav-session-expired - The member's session ended without them signing out (the server refused the token and one refresh failed). `detail`: `{companyId, memberUuid?}`.
 */
export class FavProvider extends FavElement {
  static override styles = providerStyles;

  /** Tenant id sent as `X-Company-Id`. Without it the tenant is resolved from `domain` or the page's host. */
  @property({attribute: 'company-id', reflect: true}) companyId?: string;

  /** Origin in front of `/v6/customer-portal`; `https://api.favcrm.io` when not set. */
  @property({attribute: 'api-base'}) apiBase?: string;

  /** Storefront host name to resolve the tenant from when no `company-id` is given. */
  @property() domain?: string;

  /** `en` or `zh-Hant`. Default: the nearest `lang` attribute, then the browser's languages. */
  @property() locale?: string;

  /** Answer every call from the in-browser mock tenant: no network, no service worker. */
  @property({type: Boolean}) mock = false;

  /** Where the customer token is kept: `local`, `session` or `memory`. */
  @property({attribute: 'token-storage'}) tokenStorage: TokenStorage = 'local';

  /** `inherit` (the page's font and text colour, on a transparent background), `light`, `dark`, or `auto` to follow the visitor's OS setting. */
  @property() theme: FavTheme = 'inherit';

  /**
   * The business's IANA time zone, e.g. `Asia/Hong_Kong`, for when the API does not name it (with
   * `company-id` alone it often does not): times are then labelled "Hong Kong Standard Time" rather than
   * "GMT+08:00". A zone the API names (resolve-domain, the service, the slots, the event) wins.
   */
  @property({attribute: 'time-zone'}) timeZone?: string;

  readonly #provider = new ContextProvider(this, {context: favEnvironmentContext});
  readonly #builder = new EnvironmentBuilder(
    this,
    (environment) => this.#publish(environment),
    (info) => this.emit('fav-error', droppedItemsError(this.localName, info)),
  );
  #unsubscribe?: () => void;
  #watchedSession?: FavEnvironment['session'];

  /** The environment currently shared with the widgets (read-only; for host pages and tests). */
  get environment(): FavEnvironment {
    return this.#builder.environment;
  }

  override connectedCallback(): void {
    // Have a value before the ContextProvider announces itself: widgets that upgraded first are
    // answered at once.
    this.#builder.update(configOf(this), localeOf(this));
    super.connectedCallback();
    this.#loadAnalytics();
  }

  // The analytics bridge loads (and starts) only when asked for, whenever `analytics` is set; an
  // observed attribute rather than a reactive property keeps this in every page as small as it can be.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'analytics'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'analytics' && this.isConnected) this.#loadAnalytics();
  }

  #loadAnalytics(): void {
    if (this.hasAttribute('analytics')) void import('./analytics-bridge.js');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#watchedSession = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['theme', 'tokenStorage', 'locale', 'timeZone'].some((key) => changed.has(key as keyof FavProvider))) checkAttributeValues(this as unknown as Element & Record<string, unknown>);
    if (this.hasUpdated && changed.size > 0) this.#builder.update(configOf(this), localeOf(this));
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  #publish(environment: FavEnvironment): void {
    this.#provider.setValue(environment, true);
    if (environment.session !== this.#watchedSession && this.isConnected) {
      this.#unsubscribe?.();
      this.#watchedSession = environment.session;
      this.#lastMember = environment.session?.session?.memberUuid;
      this.#unsubscribe = environment.session?.subscribe((session, change) => this.#onSession(session, change));
    }
  }

  #lastMember?: string;

  #onSession(session: MemberSession | null, change: SessionChange): void {
    if (session) {
      this.#lastMember = session.memberUuid;
      return;
    }
    if (change === 'expired') {
      const companyId = this.environment.tenant?.companyId ?? this.companyId ?? '';
      this.emit('fav-session-expired', {companyId, memberUuid: this.#lastMember});
    }
  }
}
