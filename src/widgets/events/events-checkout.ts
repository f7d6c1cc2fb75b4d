/**
 * The checkout of `<fav-events>`: registering (C9), paying (C10 → hosted page) and the return check
 * (C11), with their failure paths, and what they return. Every write of the widget is made here.
 * Loaded with the later steps; no markup (events-steps.ts renders it).
 */
import {isFavApiError, type FavApiError} from '../../api/errors.js';
import {checkEventAccess, createEventPaymentIntent, getEvent, registerForEvent, type EventRegistrationInput} from '../../api/events.js';
import type {EventAccess, EventRegistration, PaymentIntent} from '../../api/schemas/events.js';
import {CreateCall} from '../shared/create-call.js';
import {isAllowedPaymentUrl, safeReturnUrl} from '../shared/payment-url.js';
import {loadTenantPhonePrefix} from '../shared/phone-prefix.js';
import {paymentPolling, Polling} from '../shared/poll.js';
import {PromotionCode, refusesPromotionCode} from '../shared/promotion-code.js';
import {toCents} from '../../ui/money.js';
import {RETURN_MARKER, STORAGE_PREFIX, type Attendee, type AttendeeField, type EventsFlow, type RegistrationOutcome, type ReturnState, type StoredRegistration} from './events-flow.js';

/** A payment method the element offers (its `payment-methods` attribute). */
export interface PaymentMethodOption {
  id: string;
  name: string;
}

/** What the checkout asks of the element: the events it fires, the page it leaves for, its attributes and tenant. */
export interface CheckoutHooks {
  /** Fires the cancelable `fav-before-registration`; false when the page stopped it. */
  beforeRegistration(input: EventRegistrationInput): boolean;
  registrationCreated(registration: EventRegistration): void;
  /** Fires the cancelable `fav-payment-started`; false when the page takes over. */
  paymentStarted(registration: EventRegistration, intent: PaymentIntent, url: string | null): boolean;
  accessChecked(registrationId: string, outcome: RegistrationOutcome, access: EventAccess): void;
  navigate(url: string): void;
  /** The `return-url` attribute: the page the hosted payment sends the visitor back to, when given. */
  returnUrl(): string | undefined;
  /** `return-url` is not a page the payment may return to: said once in the console (context/tag-problems.ts). */
  returnUrlRefused(value: string): void;
  /** The payment methods offered (the `payment-methods` attribute). */
  methods(): readonly PaymentMethodOption[];
  /** The tenant id, for the sessionStorage key. */
  tenantKey(): string;
}

// ---------------------------------------------------------------------------------------------
// sessionStorage: one record per registration, keyed by tenant and id

const storageKey = (tenant: string, id: string) => `${STORAGE_PREFIX}.${tenant}.${id}`;

function store(tenant: string, record: StoredRegistration): void {
  try {
    sessionStorage.setItem(storageKey(tenant, String(record.registration.id)), JSON.stringify(record));
  } catch {
    // Storage may be full or blocked: the return then needs a signed-in member.
  }
}

function stored(tenant: string, id: string): StoredRegistration | undefined {
  try {
    const raw = sessionStorage.getItem(storageKey(tenant, id));
    const value = raw ? (JSON.parse(raw) as StoredRegistration) : undefined;
    return value && typeof value === 'object' && value.registration ? value : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Pure helpers

/** The C9 body for what the form holds, with the promotion code when one is sent. */
function registrationInput(flow: EventsFlow, attendee: Attendee, promotionCode: string): EventRegistrationInput {
  const event = flow.event!;
  const session = event.dates.find((date) => String(date.id) === attendee.sessionId);
  return {
    eventId: event.id,
    name: attendee.name,
    ...(attendee.email ? {email: attendee.email} : {}),
    ...(attendee.phone ? {phone: attendee.phone} : {}),
    quantity: attendee.quantity,
    ...(session?.id !== null && session?.id !== undefined ? {sessionId: session.id} : {}),
    ...(promotionCode ? {promotionCode} : {}),
  };
}

function fieldOf(details: unknown): unknown {
  return details && typeof details === 'object' ? (details as Record<string, unknown>).field : undefined;
}

/** The return URL: the page (or `return-url`) with this widget's marker naming the registration. */
function returnUrlFor(base: string, registrationId: string): string {
  const url = new URL(base, location.href);
  url.searchParams.delete('fav_mock_payment');
  url.searchParams.set(RETURN_MARKER, registrationId);
  return url.href;
}

const lower = (value: string | null | undefined) => (value ?? '').toLowerCase();

function outcomeOf(access: EventAccess): RegistrationOutcome {
  const registration = lower(access.registrationStatus);
  const payment = lower(access.paymentStatus);
  if (payment === 'failed') return 'failed';
  if (registration === 'cancelled' || access.reason === 'cancelled') return 'cancelled';
  if (registration === 'paid' || registration === 'confirmed' || access.canAccess) return 'confirmed';
  if (access.reason === 'payment_pending' || registration === 'pending' || payment === 'pending') return 'pending';
  return 'confirmed';
}

// ---------------------------------------------------------------------------------------------
// The checkout

/**
 * The checks of the registration form, the registration, its payment and its access, owned here: the
 * fields change only through this class's methods (through {@link set}, which re-renders the
 * element). What the first view shares (the step, `busy`, the error, the notice, the open event and
 * what the visitor chose and typed) stays the flow's, changed through its named methods.
 */
export class EventsCheckout {
  /** What is wrong with a field of the form: a message, or `limit`/`server` for the server's refusal. */
  fieldErrors: Partial<Record<AttendeeField, string>> = {};
  /** A number the server allowed at most, from a 422 (quantity over a limit). */
  limit?: number;
  /** The tenant's dialling prefix for the phone field. */
  phonePrefix = '';
  registration?: EventRegistration;
  /** The promotion code of a paid event's form, sent with the registration (C9). */
  readonly promotion: PromotionCode;
  /** The promotion code the registration was made with ('' for none): its discount shows on the payment step. */
  promotionSent = '';
  intent?: PaymentIntent;
  access?: EventAccess;
  outcome?: RegistrationOutcome;
  returning?: ReturnState;
  /** The payment method the visitor chose, when several are offered. */
  private chosenMethod = '';
  /** Makes the registration, with its Idempotency-Key. */
  private readonly registrationCall: CreateCall;
  /** Makes the payment intent, with its Idempotency-Key. */
  private readonly paymentCall: CreateCall;
  /** This widget's reads of the registration's access. */
  private readonly accessPolling = new Polling();

  constructor(
    private readonly flow: EventsFlow,
    private readonly hooks: CheckoutHooks,
  ) {
    this.registrationCall = new CreateCall(flow, flow.showCall);
    this.paymentCall = new CreateCall(flow, flow.showCall);
    this.promotion = new PromotionCode(flow.element);
    // An unsafe return-url is reported when the page loads, not first when a visitor pays.
    void this.returnUrl;
  }

  /** The page the hosted payment returns to: `return-url` when it is https or this site, else this page. */
  get returnUrl(): string {
    return safeReturnUrl(this.hooks.returnUrl(), (value) => this.hooks.returnUrlRefused(value));
  }

  private set(patch: Partial<EventsCheckout>): void {
    Object.assign(this, patch);
    this.flow.element.requestUpdate();
  }

  /** The tenant's dialling prefix, loaded once (the form waits for it before checking the phone). */
  loadPhonePrefix(): Promise<void> {
    return loadTenantPhonePrefix(this.flow.element, (phonePrefix) => this.set({phonePrefix}));
  }

  chooseSession(sessionId: string): void {
    this.set({fieldErrors: {...this.fieldErrors, sessionId: undefined}});
    this.flow.attendeeEntered({sessionId});
  }

  chooseQuantity(quantity: number): void {
    this.set({fieldErrors: {...this.fieldErrors, quantity: undefined}});
    this.flow.attendeeEntered({quantity});
  }

  /** The form as checked before sending: the values in their sent form, and what is wrong with them. */
  attendeeChecked(attendee: Attendee, fieldErrors: Partial<Record<AttendeeField, string>>): void {
    this.set({fieldErrors, limit: undefined});
    this.flow.attendeeEntered(attendee);
  }

  /** "Back" from the form to the event: its messages go, what was typed stays. */
  back(): void {
    this.set({fieldErrors: {}});
    this.flow.back();
  }

  /** The method the payment is made with: the visitor's choice, else the first offered (none: the server's default). */
  get paymentMethodId(): string | undefined {
    return this.chosenMethod || this.hooks.methods()[0]?.id;
  }

  choosePaymentMethod(id: string): void {
    this.chosenMethod = id;
    this.flow.element.requestUpdate();
  }

  /** "Register again" after a failed payment: the event afresh, and its form with what was typed. */
  async again(): Promise<void> {
    this.set({registration: undefined, access: undefined, outcome: undefined, returning: undefined});
    const event = this.flow.event;
    if (!event) return;
    await this.flow.openEvent(event);
    this.flow.toRegister();
  }

  /** Creates the registration of what the form holds, once (a second press while it runs does nothing), then pays or checks access. */
  async register(): Promise<void> {
    const flow = this.flow;
    const client = flow.element.client;
    if (!client || !flow.event || flow.busy) return;
    // Only a paid event takes a promotion code.
    const promotionCode = toCents(flow.event.price) > 0 ? this.promotion.commit() : '';
    const input = registrationInput(flow, flow.attendee, promotionCode);
    if (!this.hooks.beforeRegistration(input)) {
      flow.notify('vetoed');
      return;
    }
    const event = flow.event;
    const asMember = flow.asMember;
    // The code sent: `fav-before-registration` may have changed it.
    const sent = input.promotionCode ?? '';
    flow.notify(undefined);
    const registration = await this.registrationCall.send({
      request: input,
      call: (options) => registerForEvent(client, input, options),
      asMember,
      sessionEnded: () => flow.notify('session-expired'),
      refused: async (error) => {
        if (!sent || !refusesPromotionCode(error)) return this.registrationRefused(error);
        // The code shows in its field with the message; the rest of the form stays as typed.
        await this.promotion.refused(sent);
        return true;
      },
    });
    if (!registration) return;
    const eventSlug = registration.eventSlug || event.slug;
    store(this.hooks.tenantKey(), {registration, eventSlug, ...(!asMember && registration.guestRegistrationToken ? {token: registration.guestRegistrationToken} : {})});
    this.set({registration, promotionSent: sent, intent: undefined, access: undefined, outcome: undefined, returning: undefined});
    this.hooks.registrationCreated(registration);
    const status = registration.status;
    if (registration.paymentRequired && status !== 'paid' && status !== 'confirmed') {
      flow.toPayment();
      return;
    }
    flow.toStatus();
    await this.checkAccess(String(registration.id), {poll: false});
  }

  /** Why the server refused the registration, said where it belongs: resolves true when it was. */
  private async registrationRefused(api: FavApiError): Promise<boolean> {
    const flow = this.flow;
    if (api.status === 409) {
      flow.notify(api.code === 'ALREADY_REGISTERED' ? 'already-registered' : api.code === 'EVENT_FULL' ? 'sold-out' : 'closed');
      // Fresh seats: the session or quantity choice shows what is left; the details stay.
      await flow.refreshEvent();
      return true;
    }
    if (api.status === 422 && (api.code === 'QUANTITY_LIMIT_EXCEEDED' || fieldOf(api.details) === 'quantity')) {
      const details = api.details ?? {};
      const limit = [details.maxTicketsPerMember, details.maxTicketsPerOrder].map(Number).find((n) => Number.isFinite(n) && n > 0);
      const held = Number(details.alreadyHeld);
      this.set({limit: limit !== undefined && held > 0 ? Math.max(0, limit - held) : limit, fieldErrors: {...this.fieldErrors, quantity: 'limit'}});
      return true;
    }
    if (api.status === 400 && api.details && typeof api.details === 'object' && 'fields' in api.details) {
      const fields = (api.details as {fields?: Record<string, unknown>}).fields ?? {};
      const known = ['name', 'email', 'phone', 'quantity', 'sessionId'].filter((name) => name in fields);
      if (known.length) {
        this.set({fieldErrors: Object.fromEntries(known.map((name) => [name, 'server']))});
        return true;
      }
    }
    return false;
  }

  /** Creates the payment intent (same key on every retry) and leaves for the hosted payment page. */
  async pay(): Promise<void> {
    const flow = this.flow;
    const client = flow.element.client;
    const registration = this.registration;
    if (!client || !registration || flow.busy) return;
    const id = String(registration.id);
    const token = flow.asMember ? undefined : stored(this.hooks.tenantKey(), id)?.token;
    const methodId = this.paymentMethodId;
    const input = {...(methodId ? {paymentMethodId: methodId} : {}), returnUrl: returnUrlFor(this.returnUrl, id)};
    flow.notify(undefined);
    const intent = await this.paymentCall.send({
      request: {registration: id, ...input},
      call: (options) => createEventPaymentIntent(client, registration.id, input, {...options, ...(token ? {token} : {})}),
      asMember: flow.asMember,
      sessionEnded: () => flow.notify('session-expired'),
      refused: async (error) => {
        if (error.status !== 409) return false;
        if (error.code !== 'ALREADY_PAID') {
          flow.notify('registration-cancelled');
          return true;
        }
        flow.toStatus();
        await this.checkAccess(id, {poll: false});
        return true;
      },
    });
    if (!intent) return;
    this.set({intent});
    if (intent.paymentUrl) {
      if (!isAllowedPaymentUrl(intent.paymentUrl)) {
        flow.notify('unsafe-url');
        return;
      }
      if (this.hooks.paymentStarted(registration, intent, intent.paymentUrl)) this.hooks.navigate(intent.paymentUrl);
      return;
    }
    if (intent.paymentInstructions) {
      // Manual payment: the instructions show, the registration stays pending.
      this.hooks.paymentStarted(registration, intent, null);
      this.set({outcome: 'pending'});
      flow.toStatus();
      return;
    }
    // Only the gateway's client secret: the page may take over; the widget cannot pay here.
    this.hooks.paymentStarted(registration, intent, null);
    flow.notify('payment-unavailable');
  }

  /** "Check again" on the status: the registration shown, polling while its payment is pending. */
  checkAgain(): Promise<void> {
    return this.checkAccess(String(this.returning?.registrationId ?? this.registration?.id ?? ''), {poll: true});
  }

  /**
   * Checks a registration's access (C11), polling with backoff ({@link paymentPolling}) while the
   * payment is pending when `poll` is set. A guest's registration is read only with the token this
   * browser kept for it; an unknown or someone else's id shows a clear message and nothing of it.
   */
  async checkAccess(id: string, {poll}: {poll: boolean}): Promise<void> {
    const flow = this.flow;
    const client = flow.element.client;
    if (!client) return;
    const record = stored(this.hooks.tenantKey(), id);
    const member = flow.asMember;
    const token = member ? undefined : record?.token;
    const returning = (state: ReturnState['state'], gaveUp = false): ReturnState => ({registrationId: id, state, gaveUp});
    this.set({returning: returning('checking')});
    flow.notify(undefined);
    if (!member && !token) {
      this.set({returning: returning('missing')});
      flow.toStatus();
      return;
    }
    if (record && !this.registration) this.registration = record.registration;
    flow.showCall({busy: true, error: undefined});
    const read = async (signal: AbortSignal, last: boolean): Promise<boolean> => {
      try {
        const access = await checkEventAccess(client, id, {signal, fresh: true, ...(token ? {token} : {})});
        const outcome = outcomeOf(access);
        if (outcome === 'pending' && !last) {
          this.set({access, outcome});
          return false;
        }
        this.set({access, outcome, returning: returning('done', poll && outcome === 'pending')});
        flow.toStatus();
        this.hooks.accessChecked(id, outcome, access);
        if (!flow.event && record?.eventSlug) void this.loadEventOf(record);
        return true;
      } catch (error) {
        // Aborted: the element left the page, or a newer check took over.
        if (isFavApiError(error) && error.kind === 'aborted') return true;
        flow.failed(error);
        const api = isFavApiError(error) ? error : undefined;
        if (api?.status === 404 || (api?.status === 401 && token) || api?.status === 403) {
          this.set({access: undefined, outcome: undefined, returning: returning('missing')});
          flow.toStatus();
        } else if (api?.status === 401) {
          this.set({returning: returning('session-expired')});
          flow.toStatus();
        } else {
          this.set({returning: returning('done')});
          flow.toStatus(error);
        }
        return true;
      }
    };
    await this.accessPolling.start(flow.signal, read, poll ? paymentPolling.delays : [0]);
  }

  /** Back from the payment page: the event of a stored registration, for its dates and the calendar file. */
  private async loadEventOf(record: StoredRegistration): Promise<void> {
    const client = this.flow.element.client;
    if (!client) return;
    try {
      const event = await getEvent(client, record.eventSlug, {signal: this.flow.signal});
      this.flow.registeredEvent(event, record.registration);
    } catch {
      // The status stands without the event's dates; only "add to calendar" is left out.
    }
  }
}
