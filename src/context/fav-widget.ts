import {ContextConsumer, ContextProvider} from '@lit/context';
import {property, state} from 'lit/decorators.js';
import type {DroppedItemsInfo} from '../api/client.js';
import {isFavApiError} from '../api/errors.js';
import type {OperationId} from '../api/operations.js';
import {FavElement} from '../ui/fav-element.js';
import {favEnvironmentContext, type FavEnvironment, type FavTheme} from './fav-context.js';
import {configOf, EnvironmentBuilder, localeOf} from './environment.js';
import type {MemberSession, SessionChange, TokenStorage} from './session-store.js';
import {checkAttributeValues, reportTagProblem} from './tag-problems.js';

declare global {
  interface FavEventMap {
    'fav-error': FavErrorDetail;
  }
}

/** `detail` of `fav-error`: a failure the host page may want to log. Nothing here is personal data. */
export interface FavErrorDetail {
  /** The element that met the failure, e.g. `fav-login`. */
  source: string;
  /** The API operation, when the failure came from a call. */
  operation?: string;
  /** HTTP status; 0 for network, timeout and abort. */
  status: number;
  code?: string;
  kind: string;
  message: string;
  requestId?: string;
}

/** `fav-error` detail for list items the API sent that failed their schema. */
export function droppedItemsError(source: string, info: DroppedItemsInfo): FavErrorDetail {
  return {
    source,
    operation: info.operation,
    status: 200,
    kind: 'malformed',
    message: `${info.dropped} item(s) skipped: ${info.issues.slice(0, 3).join('; ')}`,
  };
}

function crossesToProvider(element: Element): boolean {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === 'fav-provider') return true;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
}

/** Read when a form shows, not properties: the prefill (widgets/shared/prefill.ts) and the promotion code (widgets/shared/promotion-code.ts). */
const PREFILL_ATTRIBUTES = ['prefill', 'prefill-params', 'promotion-code'];

/**
 * Base of every widget: finds its `<fav-provider>` through context, or, with no provider around it,
 * takes the provider's attributes itself. Exposes the environment, the signed-in member and an
 * abort signal that fires when the element leaves the page.
 */
export class FavWidget extends FavElement {
  /** Tenant id. Only needed when the widget is not inside a `<fav-provider>`. */
  @property({attribute: 'company-id'}) companyId?: string;
  /** API origin. Only needed when the widget is not inside a `<fav-provider>`. */
  @property({attribute: 'api-base'}) apiBase?: string;
  /** Storefront host name to resolve the tenant from, when not inside a `<fav-provider>`. */
  @property() domain?: string;
  /** `en` or `zh-Hant`, when not inside a `<fav-provider>`. */
  @property() locale?: string;
  /** Use the in-browser mock tenant, when not inside a `<fav-provider>`. */
  @property({type: Boolean}) mock = false;
  /** `local`, `session` or `memory`, when not inside a `<fav-provider>`. */
  @property({attribute: 'token-storage'}) tokenStorage?: TokenStorage;
  /** `inherit` (the page's font and text colour), `light`, `dark` or `auto`. Inherited from the provider unless set here. */
  @property({reflect: true}) theme?: FavTheme;
  /** The business's IANA time zone (`Asia/Hong_Kong`) when the API does not name it, when not inside a `<fav-provider>`. */
  @property({attribute: 'time-zone'}) timeZone?: string;

  /** The tenant, client and session this widget works with. */
  @state() protected environment?: FavEnvironment;
  /** The signed-in member, or null. */
  @state() protected member: MemberSession | null = null;

  #ownBuilder?: EnvironmentBuilder;
  /** With its own configuration, the widget provides it to widgets it renders (e.g. a sign-in box). */
  #ownProvider?: ContextProvider<typeof favEnvironmentContext>;
  #themeInherited = false;
  #sessionUnsubscribe?: () => void;
  #watchedSession?: FavEnvironment['session'];
  #connection?: AbortController;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: favEnvironmentContext,
      subscribe: true,
      callback: (environment) => {
        if (environment && !this.#ownBuilder) this.#useEnvironment(environment);
      },
    });
  }

  /** @internal The API client, once the environment is ready. */
  get client() {
    return this.environment?.status === 'ready' ? this.environment.client : undefined;
  }

  /**
   * @internal Aborted when the element is removed from the page: passed to every API call. Off the
   * page it is aborted already, so a call a continuation starts after the removal never goes out.
   */
  get signal(): AbortSignal {
    if (!this.isConnected) return AbortSignal.abort();
    this.#connection ??= new AbortController();
    return this.#connection.signal;
  }

  #hasOwnConfig(): boolean {
    return ['company-id', 'api-base', 'domain', 'mock'].some((name) => this.hasAttribute(name));
  }

  override connectedCallback(): void {
    super.connectedCallback(); // the context request goes out here
    if (this.#hasOwnConfig() || (!this.environment && !crossesToProvider(this))) this.#useOwnConfig();
  }

  /** Configures itself from its own attributes instead of (or without) a provider. */
  #useOwnConfig(): void {
    this.#ownBuilder ??= new EnvironmentBuilder(
      this,
      (environment) => this.#useEnvironment(environment),
      (info) => this.emit('fav-error', droppedItemsError(this.localName, info)),
    );
    this.#ownBuilder.update(configOf(this), localeOf(this));
  }

  // The prefill attributes and `promotion-code` are read when a form shows, not properties:
  // observed here, a form on screen follows them.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...PREFILL_ATTRIBUTES];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (PREFILL_ATTRIBUTES.includes(name)) this.prefillChanged();
  }

  /** `prefill`, `prefill-params` or `promotion-code` changed: a form on screen shows the new values where the visitor has not typed or chosen. */
  protected prefillChanged(): void {
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection?.abort();
    this.#connection = undefined;
    this.#sessionUnsubscribe?.();
    this.#sessionUnsubscribe = undefined;
    this.#watchedSession = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (['theme', 'tokenStorage', 'layout', 'locale', 'timeZone'].some((key) => changed.has(key))) {
      checkAttributeValues(this as unknown as Element & Record<string, unknown>, this.#themeInherited ? 'theme' : undefined);
    }
    // With theme="inherit" the widget wears the page's text colour; when it is light, the accents take
    // the dark palette. tokens.ts puts the text's lightness in `column-rule-color` as `lch(L 0 0)`.
    // Read before each render (so a page that switches follows), under the theme about to render:
    // before its first paint nothing has a colour to move from.
    if (this.theme) this.setAttribute('theme', this.theme);
    // Only the inherit theme reads it: other themes skip the style recalculation.
    if ((this.theme ?? 'inherit') === 'inherit') this.toggleAttribute('light-ink', parseFloat(getComputedStyle(this).columnRuleColor.slice(4)) > 55);
    const configChanged = ['companyId', 'apiBase', 'domain', 'mock', 'tokenStorage', 'locale', 'timeZone'].some((key) =>
      changed.has(key),
    );
    // Set later, a company-id (or api-base, domain, mock) of its own wins over the provider's.
    if (this.hasUpdated && configChanged && (this.#ownBuilder || this.#hasOwnConfig())) this.#useOwnConfig();
  }

  #useEnvironment(environment: FavEnvironment): void {
    const previous = this.environment;
    this.environment = environment;
    if (this.#ownBuilder) {
      this.#ownProvider ??= new ContextProvider(this, {context: favEnvironmentContext});
      this.#ownProvider.setValue(environment);
    }
    if (this.theme === undefined || this.#themeInherited) {
      this.#themeInherited = true;
      this.theme = environment.theme;
    }
    if (environment.session !== this.#watchedSession) {
      this.#sessionUnsubscribe?.();
      this.#watchedSession = environment.session;
      this.member = environment.session?.session ?? null;
      this.#sessionUnsubscribe = environment.session?.subscribe((session, change) => {
        this.member = session;
        this.sessionChanged(session, change);
      });
    }
    // A new client (a tenant or an API) starts the widget again; a new locale with the same client keeps
    // where the visitor is and what they typed, and reads the tenant's content again in that language.
    if (environment.status === 'ready') {
      if (previous?.client !== environment.client) this.environmentReady();
      else if (previous?.locale !== environment.locale) this.localeChanged();
    }
  }

  /** Called when the environment becomes usable: the first time, or with a new client (another tenant, API or mock). */
  protected environmentReady(): void {}

  /**
   * Called when only the locale changed (the client is the same): the widget has re-rendered in it
   * already; a widget reads the tenant's content on screen again (its names come in that language)
   * without leaving its step, clearing a choice or a typed value, or sending a create again.
   */
  protected localeChanged(): void {}

  /** Called when the member signs in, refreshes, signs out or their session expires. */
  protected sessionChanged(_session: MemberSession | null, _change: SessionChange): void {}

  /**
   * Attributes whose value an operation looks up (`getService` for `service-id`): the API not
   * finding it (404) is a mistake in the tag, which the console names.
   */
  protected static lookups: Partial<Record<OperationId, string>> = {};

  /**
   * Reports a failure to the host page as `fav-error` (aborts are not failures). Anything thrown
   * that is not an API failure is a bug: the console shows it as thrown, for whoever fixes it.
   */
  protected reportError(error: unknown): void {
    if (isFavApiError(error) && error.kind === 'aborted') return;
    const api = isFavApiError(error) ? error : undefined;
    if (!api) console.error('fav-widgets:', error);
    // An unknown company answers 404 to everything: the provider reports that once (environment.ts).
    const attribute = api?.status === 404 && api.code !== 'COMPANY_NOT_FOUND' && api.operation && (this.constructor as typeof FavWidget).lookups[api.operation];
    if (attribute && this.hasAttribute(attribute)) reportTagProblem(this, {kind: 'lookup', attribute, operation: api.operation!});
    this.emit('fav-error', {
      source: this.localName,
      operation: api?.operation,
      status: api?.status ?? 0,
      code: api?.code,
      kind: api?.kind ?? 'client',
      message: error instanceof Error ? error.message : String(error),
      requestId: api?.requestId,
    });
  }
}
