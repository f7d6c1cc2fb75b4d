import {localized} from '@lit/localize';
import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {EventRegistrationInput} from '../../api/events.js';
import type {Event, EventAccess, EventRegistration, PaymentIntent} from '../../api/schemas/events.js';
import {reportTagProblem} from '../../context/tag-problems.js';
import {FavWidget} from '../../context/fav-widget.js';
import type {MemberSession, SessionChange} from '../../context/session-store.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {pageSizeOf} from '../../ui/pager.js';
import {StepFocusController} from '../../ui/step-header.js';
import {renderEnvironmentState} from '../shared/environment-state.js';
import {LaterSteps} from '../shared/later-steps.js';
import type {PrefillValues} from '../shared/prefill.js';
import {EventsFlow, PAGE_SIZE, RETURN_MARKER, type RegistrationOutcome} from './events-flow.js';
import {eventsStyles} from './fav-events.styles.js';
import type {EventsCheckout, PaymentMethodOption} from './events-checkout.js';
import type {AttendeeInput} from './events-steps.js';
import {renderList, renderUnavailable, type ViewContext} from './events-views.js';

type Steps = typeof import('./events-steps.js');

declare global {
  interface FavEventMap {
    'fav-before-registration': FavBeforeRegistrationDetail;
    'fav-registration-created': FavRegistrationCreatedDetail;
    'fav-payment-started': FavPaymentStartedDetail;
    'fav-access-checked': FavAccessCheckedDetail;
  }
  interface HTMLElementTagNameMap {
    'fav-events': FavEvents;
  }
}

/** The event an outcome is about. */
export interface FavEventSummary {
  id: string;
  slug: string;
  title: string;
}

/** `detail` of the cancelable `fav-before-registration`; change `input` to enrich it, `preventDefault()` to stop it. */
export interface FavBeforeRegistrationDetail {
  event: FavEventSummary;
  quantity: number;
  /** The request body about to be sent (C9). */
  input: EventRegistrationInput;
}

/** `detail` of `fav-registration-created`. */
export interface FavRegistrationCreatedDetail {
  /** The registration as the API returned it (id, status, totalAmount, currency, paymentRequired). */
  registration: EventRegistration;
  event: FavEventSummary;
  quantity: number;
}

/** `detail` of the cancelable `fav-payment-started`; `preventDefault()` keeps the visitor on the page. */
export interface FavPaymentStartedDetail {
  /** The hosted payment page, or null when the API gave none (see `intent`). */
  url: string | null;
  registrationId: string;
  amount: string;
  currency: string;
  /** The payment intent (C10): `paymentIntentId`, and `clientSecret`/`publishableKey` when the page must take over. */
  intent: PaymentIntent;
}

/** `detail` of `fav-access-checked`. */
export interface FavAccessCheckedDetail {
  registrationId: string;
  /** `confirmed`, `pending`, `failed` (payment) or `cancelled`. */
  status: RegistrationOutcome;
  canAccess: boolean;
  /** The access check (C11) as the API returned it. */
  access: EventAccess;
}

const loadLogin = () => import('../../entries/login.js');

/**
 * `payment-methods` JSON: `[{"id": "pm-card", "name": "Card"}]` (or `label`, or bare ids). Checked by
 * hand rather than with zod: the union and number schemas it would need cost 0.8 kB in every widget.
 */
function parseMethods(value: string | undefined): PaymentMethodOption[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return [];
    return parsed
      .map((item) => {
        if (typeof item === 'string') return {id: item, name: item};
        const record = (item ?? {}) as Record<string, unknown>;
        const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : '';
        const name = typeof record.name === 'string' ? record.name : typeof record.label === 'string' ? record.label : id;
        return {id, name};
      })
      .filter((method) => method.id);
  } catch {
    console.warn('fav-events: payment-methods is not valid JSON; it is ignored.');
    return [];
  }
}

function summaryOf(event: Event): FavEventSummary {
  return {id: String(event.id), slug: event.slug, title: event.title};
}

/**
 * The tenant's events: the list (search, pages; date, place, price or free, seats left or sold out;
 * upcoming first) → an event with its dates, venue and programme → registration (attendee name,
 * email, phone, tickets within the seats left) → for a paid event,
 * the hosted payment page → back on the page: confirmed, pending or failed, with the ticket
 * reference, the join link of an online event and an "add to calendar" file.
 *
 * In-person events show their times in the venue's time zone (named when the visitor's differs);
 * online events in the visitor's own zone.
 *
 * The registration form is prefilled (README "Prefill"), each source over the one before: the
 * `prefill` attribute, the signed-in member (name, email, phone; not with `no-prefill`), the URL
 * parameters allowed by `prefill-params`, the `prefill` property; fields `name`, `email`, `phone`;
 * what the visitor typed is never replaced.
 *
 * For a paid event, the registration form offers a promotion code ("Have a promotion code?"), sent
 * with the registration; the payment step shows its discount and the new total before the visitor
 * pays. A code the API refuses shows its message beside the field, with everything typed kept. A
 * campaign link's `?promo=` or the `promotion-code` attribute fills it in.
 *
 * @summary Event listing, registration, payment and access.
 * @tagname fav-events
 * @attr {string} prefill - Values for the registration form as a JSON object, e.g. `{"name": "Ann", "email": "ann@example.com"}`: the lowest prefill source (README "Prefill").
 * @attr {string} prefill-params - URL parameters the registration form may take values from, space or comma separated: `email name`, or `field:param` to rename (`email:e` reads `?e=`). No other parameter is read.
 * @attr {boolean} no-prefill - Do not fill the registration form from the signed-in member.
 * @attr {string} promotion-code - A promotion code the registration form of a paid event starts with (the visitor may remove it); the URL parameter `?promo=` wins over it (campaign links, README "Prefill").
 * @event fav-before-registration - Cancelable, before the registration is sent. `detail`: `{event: {id, slug, title}, quantity, input}`; change `detail.input` to enrich the request, `preventDefault()` to stop it.
 * @event fav-registration-created - The registration was made. `detail`: `{registration, event: {id, slug, title}, quantity}`.
 * @event fav-payment-started - Cancelable, before the visitor leaves for the hosted payment page. `detail`: `{url, registrationId, amount, currency, intent}`; `preventDefault()` to stay (the page then handles `url`). `url` is null when the API gave no hosted page.
 * @event fav-access-checked - The registration's status is known (after registering, or back from the payment page). `detail`: `{registrationId, status: 'confirmed' | 'pending' | 'failed' | 'cancelled', canAccess, access}`.
 * @event fav-error - A call failed (for logging). `detail`: `{source, operation, status, code, kind, message, requestId}`.
 * @csspart base - The widget's outer box.
 * @csspart heading - The step heading.
 * @csspart search - The event search form.
 * @csspart event-list - The list of events.
 * @csspart event-card - One event in the list.
 * @csspart event-image - An event's picture.
 * @csspart event-button - The event title, which opens it.
 * @csspart event-date - The next date of an event in the list.
 * @csspart venue - Where an event takes place.
 * @csspart price - A price; a struck-through regular price is `price-regular`.
 * @csspart availability - "Sold out", "3 seats left", "Ended" or "Cancelled".
 * @csspart session-list - The dates of an event; each is a `session`.
 * @csspart timezone - The note naming the time zone of the times.
 * @csspart description - The event's description.
 * @csspart agenda - The programme.
 * @csspart form - The registration form.
 * @csspart field - A label, input, hint and error group; also `label`, `input`, `prefix`, `hint`, `error`.
 * @csspart choice-group - The date or payment method choices; each is a `choice`.
 * @csspart member - "Registering as …" for a signed-in member.
 * @csspart login - The sign-in box (`<fav-login>`); its own base is `login-base`.
 * @csspart total - The total price on the form.
 * @csspart promotion - The promotion code on the form of a paid event: "Have a promotion code?", its field with "Apply", or the code with "Remove"; the code is `promotion-code`.
 * @csspart summary - The registration summary.
 * @csspart access - The ticket: reference, instructions and join link.
 * @csspart access-code - The registration reference on the ticket.
 * @csspart access-instructions - How to check in or join.
 * @csspart join-link - The "Join online" link.
 * @csspart calendar-link - The "Add to calendar" link.
 * @csspart button - Every button; also `button-primary`, `button-secondary`, `button-link`.
 * @csspart banner - Status and error messages; also `banner-info`, `banner-success`, `banner-warning`, `banner-danger`.
 * @csspart pager - The list pages; also `pager-button`, `pager-status`.
 * @csspart skeleton - Placeholders while something loads.
 */
@localized()
export class FavEvents extends FavWidget {
  static override styles = eventsStyles;
  protected static override lookups = {getEvent: 'event'};

  /** Open this event (its slug) instead of the list. */
  @property() event?: string;
  /** Where the hosted payment page sends the visitor back: an https address or a page of this site (anything else is refused with a console message); default this page. */
  @property({attribute: 'return-url'}) returnUrl?: string;
  /** How lists lay out: `grid` (default) puts cards side by side once the widget is 36rem wide; `list` shows compact rows with a small image. */
  @property({reflect: true}) layout?: 'grid' | 'list';
  /**
   * Leave events that have ended out of the list. Every page still shows `page-size` events: the
   * widget reads further pages of the API until the page is full or the list ends, and the pager
   * shows "Page 2" without a number of pages.
   */
  @property({type: Boolean, attribute: 'hide-past'}) hidePast = false;
  /** Events per page of the list (1–100). */
  @property({type: Number, attribute: 'page-size'}) pageSize = PAGE_SIZE;
  /**
   * Payment methods to offer, as JSON: `[{"id": "pm-card", "name": "Card"}]`. With one, it is sent
   * without asking; with several, the visitor chooses; with none, the server's default is used.
   */
  @property({attribute: 'payment-methods'}) paymentMethods?: string;
  /** Values for the registration form (`name`, `email`, `phone`): the highest prefill source, over the `prefill` attribute, the member and `prefill-params`. */
  @property({attribute: false}) prefill?: PrefillValues;

  private readonly flow = new EventsFlow(this, {failed: (error) => this.reportError(error), member: () => this.member});
  /** The registration, its payment and its access, once the later steps have arrived. */
  private checkout?: EventsCheckout;
  /** The event's registration, payment and status steps. */
  private readonly laterSteps = new LaterSteps<Steps>(this, () => import('./events-steps.js'), {
    arrived: (steps) => {
      // The checkout asks of the element: its events, the page it leaves for, its attributes and tenant.
      this.checkout = new steps.EventsCheckout(this.flow, {
        returnUrl: () => this.returnUrl,
        returnUrlRefused: (value) => reportTagProblem(this, {kind: 'unsafe-return-url', value}),
        methods: () => this.methods(),
        tenantKey: () => this.environment?.tenant?.companyId ?? 'default',
        beforeRegistration: (input) => {
          const event = this.flow.event!;
          return this.emit('fav-before-registration', {event: summaryOf(event), quantity: Number(input.quantity ?? 1), input}, {cancelable: true});
        },
        registrationCreated: (registration) => {
          this.emit('fav-registration-created', {registration, event: summaryOf(this.flow.event!), quantity: registration.quantity ?? this.flow.attendee.quantity});
        },
        paymentStarted: (registration, intent, url) =>
          this.emit(
            'fav-payment-started',
            {url, registrationId: String(registration.id), amount: intent.amount ?? registration.totalAmount, currency: intent.currency ?? registration.currency, intent},
            {cancelable: true},
          ),
        accessChecked: (registrationId, status, access) => {
          this.emit('fav-access-checked', {registrationId, status, canAccess: access.canAccess, access});
        },
        navigate: (url) => location.assign(url),
      });
      void this.checkout.loadPhonePrefix();
    },
    failed: (error) => this.reportError(error),
  });
  /** Moves focus to each new step's heading (protected, not private: nothing reads it, and TS flags unread private fields). */
  protected readonly stepFocus = new StepFocusController(this, () => this.flow.step);
  @state() private loginOpen = false;

  /** The later steps, once loaded. */
  private get steps(): Steps | undefined {
    return this.laterSteps.module;
  }

  private methods(): PaymentMethodOption[] {
    return parseMethods(this.paymentMethods);
  }

  private returnId(): string | undefined {
    try {
      return new URL(location.href).searchParams.get(RETURN_MARKER) || undefined;
    } catch {
      return undefined;
    }
  }

  protected override environmentReady(): void {
    const id = this.returnId();
    if (id) {
      this.flow.toStatus();
      void this.laterSteps.load().then(() => this.checkout!.checkAccess(id, {poll: true}));
      return;
    }
    void this.flow.start(this.preset()).then(() => this.laterSteps.load().catch(() => undefined));
  }

  protected override localeChanged(): void {
    this.flow.reread();
  }

  protected override sessionChanged(session: MemberSession | null, change: SessionChange): void {
    if (session && change === 'signed-in') {
      this.loginOpen = false;
      const flow = this.flow;
      const returning = this.checkout?.returning;
      flow.sessionResumed();
      // Member prices and limits; the form shows the member's details on the next render.
      if (flow.step === 'register' || flow.step === 'detail') void flow.refreshEvent();
      else if (flow.step === 'status' && returning && returning.state !== 'done') {
        void this.checkout!.checkAccess(returning.registrationId, {poll: true});
      } else if (flow.step === 'list') void flow.loadList();
    }
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The pages of upcoming events load while the provider gets ready.
    if (changed.has('hidePast') && this.hidePast) void import('./events-upcoming.js').catch(() => undefined);
    if (!this.hasUpdated || !this.client) return;
    if (changed.has('event') || ((changed.has('pageSize') || changed.has('hidePast')) && this.flow.step === 'list')) void this.flow.start(this.preset());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.client && this.flow.step === 'loading') void this.flow.start(this.preset());
  }

  private async submit(steps: Steps, checkout: EventsCheckout, values: AttendeeInput): Promise<void> {
    const flow = this.flow;
    if (flow.busy || !flow.event) return;
    await checkout.loadPhonePrefix();
    const {attendee, errors} = steps.validateAttendee(values, flow.event, checkout.phonePrefix, flow.asMember);
    checkout.attendeeChecked(attendee, errors);
    if (Object.keys(errors).length) {
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"], .choices.invalid input')?.focus();
      return;
    }
    await checkout.register();
  }

  private preset() {
    return {slug: this.event || undefined, hidePast: this.hidePast, pageSize: pageSizeOf(this.pageSize, PAGE_SIZE)};
  }

  private showLogin(): void {
    this.loginOpen = true;
    void loadLogin();
  }

  private viewContext(): ViewContext {
    return {
      locale: this.environment?.locale ?? 'en',
      hidePast: this.hidePast,
      tenantTimezone: this.environment?.tenant?.timezone ?? undefined,
      visitorTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      memberName: this.member?.memberName,
      login: this.loginOpen && !this.member ? html`<fav-login part="login" exportparts="base: login-base"></fav-login>` : nothing,
      showLogin: () => this.showLogin(),
    };
  }

  protected override render() {
    const environment = renderEnvironmentState(this.environment);
    if (environment) return html`<div part="base" class="base">${environment}</div>`;
    const flow = this.flow;
    const context = this.viewContext();
    let body;
    switch (flow.step) {
      case 'loading':
        body = renderSkeleton(['heading', 'card', 'card']);
        break;
      case 'unavailable':
        body = renderUnavailable(flow, {
          onRetry: () => void flow.start(flow.preset),
          onList: () => flow.toList(),
        });
        break;
      case 'list':
        body = renderList(flow, context, {
          onSearch: (text) => void flow.loadList(1, text),
          onPage: (page) => void flow.loadList(page),
          onOpen: (event) => void flow.openEvent(event),
        });
        break;
      default:
        body = this.renderLaterStep(context);
    }
    return html`<div part="base" class="base">${body}</div>`;
  }

  private renderLaterStep(context: ViewContext) {
    const steps = this.steps;
    const checkout = this.checkout;
    if (!steps || !checkout) {
      void this.laterSteps.load();
      return renderSkeleton(['heading', 'card']);
    }
    const flow = this.flow;
    switch (flow.step) {
      case 'detail':
        return steps.renderDetail(flow, context, {onRegister: () => flow.toRegister(), onBack: () => flow.toList()});
      case 'register':
        return steps.renderRegister(flow, checkout, context, {onSubmit: (values) => void this.submit(steps, checkout, values), onBack: () => checkout.back()});
      case 'payment':
        return steps.renderPayment(flow, checkout, context, this.methods(), {onPay: () => void checkout.pay()});
      case 'status':
        return steps.renderStatus(flow, checkout, context, {
          onCheck: () => void checkout.checkAgain(),
          onPay: () => flow.toPayment(),
          onAgain: () => void checkout.again(),
          onList: () => flow.toList(),
        });
      default:
        return nothing;
    }
  }
}
