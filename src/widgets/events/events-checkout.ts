/**
 * Registering (C9), paying (C10 → hosted page) and the return check (C11), with their failure
 * paths. Loaded with the later steps of `<fav-events>`.
 */
import {isFavApiError, type FavApiError} from '../../api/errors.js';
import {checkEventAccess, createEventPaymentIntent, getEvent, registerForEvent, type EventRegistrationInput} from '../../api/events.js';
import type {EventAccess, EventRegistration, PaymentIntent} from '../../api/schemas/events.js';
import {CreateCall} from '../shared/create-call.js';
import {isAllowedPaymentUrl} from '../shared/payment-url.js';
import {paymentPolling, Polling} from '../shared/poll.js';
import {
  RETURN_MARKER,
  STORAGE_PREFIX,
  type Attendee,
  type EventsFlow,
  type RegistrationOutcome,
  type StoredRegistration,
} from './events-flow.js';

/** What the element does for the checkout: the events it fires and the page it leaves for. */
export interface CheckoutHost {
  /** Fires the cancelable `fav-before-registration`; false when the page stopped it. */
  beforeRegistration(input: EventRegistrationInput): boolean;
  registrationCreated(registration: EventRegistration): void;
  /** Fires the cancelable `fav-payment-started`; false when the page takes over. */
  paymentStarted(registration: EventRegistration, intent: PaymentIntent, url: string | null): boolean;
  accessChecked(registrationId: string, outcome: RegistrationOutcome, access: EventAccess): void;
  navigate(url: string): void;
  /** Where the hosted payment sends the visitor back (the `return-url` attribute or this page). */
  readonly returnUrl: string;
  readonly paymentMethodId: string | undefined;
}

// ---------------------------------------------------------------------------------------------
// sessionStorage: one record per registration, keyed by tenant and id

const storageKey = (flow: EventsFlow, id: string) => `${STORAGE_PREFIX}.${flow.host.tenantKey}.${id}`;

function store(flow: EventsFlow, record: StoredRegistration): void {
  try {
    sessionStorage.setItem(storageKey(flow, String(record.registration.id)), JSON.stringify(record));
  } catch {
    // Storage may be full or blocked: the return then needs a signed-in member.
  }
}

export function stored(flow: EventsFlow, id: string): StoredRegistration | undefined {
  try {
    const raw = sessionStorage.getItem(storageKey(flow, id));
    const value = raw ? (JSON.parse(raw) as StoredRegistration) : undefined;
    return value && typeof value === 'object' && value.registration ? value : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Register

/** The C9 body for what the form holds. */
export function registrationInput(flow: EventsFlow, attendee: Attendee): EventRegistrationInput {
  const event = flow.event!;
  const session = event.dates.find((date) => String(date.id) === attendee.sessionId);
  return {
    eventId: event.id,
    name: attendee.name,
    ...(attendee.email ? {email: attendee.email} : {}),
    ...(attendee.phone ? {phone: attendee.phone} : {}),
    quantity: attendee.quantity,
    ...(session?.id !== null && session?.id !== undefined ? {sessionId: session.id} : {}),
  };
}

/** Creates the registration once (a second press while it runs does nothing), then pays or checks access. */
export async function register(flow: EventsFlow, host: CheckoutHost): Promise<void> {
  const client = flow.host.client;
  if (!client || !flow.event || flow.busy) return;
  const input = registrationInput(flow, flow.attendee);
  if (!host.beforeRegistration(input)) {
    flow.update({notice: 'vetoed', error: undefined});
    return;
  }
  const event = flow.event;
  const asMember = flow.asMember;
  flow.update({notice: undefined, limit: undefined});
  flow.registrationCall ??= new CreateCall(flow.host, (state) => flow.update(state));
  const registration = await flow.registrationCall.send({
    request: input,
    call: (options) => registerForEvent(client, input, options),
    asMember,
    sessionEnded: () => flow.update({notice: 'session-expired'}),
    refused: (error) => registrationRefused(flow, error),
  });
  if (!registration) return;
  const eventSlug = registration.eventSlug || event.slug;
  store(flow, {registration, eventSlug, ...(!asMember && registration.guestRegistrationToken ? {token: registration.guestRegistrationToken} : {})});
  flow.update({registration, intent: undefined, access: undefined, outcome: undefined, returning: undefined});
  host.registrationCreated(registration);
  const status = registration.status;
  if (registration.paymentRequired && status !== 'paid' && status !== 'confirmed') {
    flow.update({step: 'payment'});
    return;
  }
  flow.update({step: 'status'});
  await checkAccess(flow, host, String(registration.id), {poll: false});
}

/** Why the server refused the registration, said where it belongs: resolves true when it was. */
async function registrationRefused(flow: EventsFlow, api: FavApiError): Promise<boolean> {
  if (api.status === 409) {
    const notice = api.code === 'ALREADY_REGISTERED' ? 'already-registered' : api.code === 'EVENT_FULL' ? 'sold-out' : 'closed';
    flow.update({notice});
    // Fresh seats: the session or quantity choice shows what is left; the details stay.
    await flow.refreshEvent();
    return true;
  }
  if (api.status === 422 && (api.code === 'QUANTITY_LIMIT_EXCEEDED' || fieldOf(api.details) === 'quantity')) {
    const details = api.details ?? {};
    const limit = [details.maxTicketsPerMember, details.maxTicketsPerOrder].map(Number).find((n) => Number.isFinite(n) && n > 0);
    const held = Number(details.alreadyHeld);
    flow.update({limit: limit !== undefined && held > 0 ? Math.max(0, limit - held) : limit, fieldErrors: {...flow.fieldErrors, quantity: 'limit'}});
    return true;
  }
  if (api.status === 400 && api.details && typeof api.details === 'object' && 'fields' in api.details) {
    const fields = (api.details as {fields?: Record<string, unknown>}).fields ?? {};
    const known = ['name', 'email', 'phone', 'quantity', 'sessionId'].filter((name) => name in fields);
    if (known.length) {
      flow.update({fieldErrors: Object.fromEntries(known.map((name) => [name, 'server']))});
      return true;
    }
  }
  return false;
}

function fieldOf(details: unknown): unknown {
  return details && typeof details === 'object' ? (details as Record<string, unknown>).field : undefined;
}

// ---------------------------------------------------------------------------------------------
// Pay

/** The return URL: the page (or `return-url`) with this widget's marker naming the registration. */
export function returnUrlFor(base: string, registrationId: string): string {
  const url = new URL(base, location.href);
  url.searchParams.delete('fav_mock_payment');
  url.searchParams.set(RETURN_MARKER, registrationId);
  return url.href;
}

/** Creates the payment intent (same key on every retry) and leaves for the hosted payment page. */
export async function pay(flow: EventsFlow, host: CheckoutHost): Promise<void> {
  const client = flow.host.client;
  const registration = flow.registration;
  if (!client || !registration || flow.busy) return;
  const id = String(registration.id);
  const token = flow.asMember ? undefined : stored(flow, id)?.token;
  const methodId = flow.paymentMethodId || host.paymentMethodId;
  const input = {...(methodId ? {paymentMethodId: methodId} : {}), returnUrl: returnUrlFor(host.returnUrl, id)};
  flow.update({notice: undefined});
  flow.paymentCall ??= new CreateCall(flow.host, (state) => flow.update(state));
  const intent = await flow.paymentCall.send({
    request: {registration: id, ...input},
    call: (options) => createEventPaymentIntent(client, registration.id, input, {...options, ...(token ? {token} : {})}),
    asMember: flow.asMember,
    sessionEnded: () => flow.update({notice: 'session-expired'}),
    refused: async (error) => {
      if (error.status !== 409) return false;
      if (error.code !== 'ALREADY_PAID') {
        flow.update({notice: 'registration-cancelled'});
        return true;
      }
      flow.update({step: 'status'});
      await checkAccess(flow, host, id, {poll: false});
      return true;
    },
  });
  if (!intent) return;
  flow.update({intent});
  if (intent.paymentUrl) {
    if (!isAllowedPaymentUrl(intent.paymentUrl)) {
      flow.update({notice: 'unsafe-url'});
      return;
    }
    if (host.paymentStarted(registration, intent, intent.paymentUrl)) host.navigate(intent.paymentUrl);
    return;
  }
  if (intent.paymentInstructions) {
    // Manual payment: the instructions show, the registration stays pending.
    host.paymentStarted(registration, intent, null);
    flow.update({step: 'status', outcome: 'pending'});
    return;
  }
  // Only the gateway's client secret: the page may take over; the widget cannot pay here.
  host.paymentStarted(registration, intent, null);
  flow.update({notice: 'payment-unavailable'});
}

// ---------------------------------------------------------------------------------------------
// Access and the return from the payment page

const lower = (value: string | null | undefined) => (value ?? '').toLowerCase();

export function outcomeOf(access: EventAccess): RegistrationOutcome {
  const registration = lower(access.registrationStatus);
  const payment = lower(access.paymentStatus);
  if (payment === 'failed') return 'failed';
  if (registration === 'cancelled' || access.reason === 'cancelled') return 'cancelled';
  if (registration === 'paid' || registration === 'confirmed' || access.canAccess) return 'confirmed';
  if (access.reason === 'payment_pending' || registration === 'pending' || payment === 'pending') return 'pending';
  return 'confirmed';
}

/**
 * Checks a registration's access (C11), polling with backoff ({@link paymentPolling}) while the
 * payment is pending when `poll` is set. A guest's registration is read only with the token this
 * browser kept for it; an unknown or someone else's id shows a clear message and nothing of it.
 */
export async function checkAccess(flow: EventsFlow, host: CheckoutHost, id: string, {poll}: {poll: boolean}): Promise<void> {
  const client = flow.host.client;
  if (!client) return;
  const record = stored(flow, id);
  const member = flow.asMember;
  const token = member ? undefined : record?.token;
  flow.update({returning: {registrationId: id, state: 'checking', gaveUp: false}, error: undefined, notice: undefined});
  if (!member && !token) {
    flow.update({returning: {registrationId: id, state: 'missing', gaveUp: false}, step: 'status'});
    return;
  }
  if (record && !flow.registration) flow.registration = record.registration;
  flow.update({busy: true});
  const read = async (signal: AbortSignal, last: boolean): Promise<boolean> => {
    try {
      const access = await checkEventAccess(client, id, {signal, fresh: true, ...(token ? {token} : {})});
      const outcome = outcomeOf(access);
      if (outcome === 'pending' && !last) {
        flow.update({access, outcome});
        return false;
      }
      flow.update({access, outcome, busy: false, step: 'status', returning: {registrationId: id, state: 'done', gaveUp: poll && outcome === 'pending'}});
      host.accessChecked(id, outcome, access);
      if (!flow.event && record?.eventSlug) void loadEventOf(flow, record);
      return true;
    } catch (error) {
      // Aborted: the element left the page, or a newer check took over.
      if (isFavApiError(error) && error.kind === 'aborted') return true;
      flow.host.failed(error);
      const api = isFavApiError(error) ? error : undefined;
      if (api?.status === 404 || (api?.status === 401 && token) || api?.status === 403) {
        flow.update({busy: false, step: 'status', access: undefined, outcome: undefined, returning: {registrationId: id, state: 'missing', gaveUp: false}});
      } else if (api?.status === 401) {
        flow.update({busy: false, step: 'status', returning: {registrationId: id, state: 'session-expired', gaveUp: false}});
      } else {
        flow.update({busy: false, step: 'status', error, returning: {registrationId: id, state: 'done', gaveUp: false}});
      }
      return true;
    }
  };
  await (flow.accessPolling ??= new Polling()).start(flow.host.signal, read, poll ? paymentPolling.delays : [0]);
}

/** Back from the payment page: the event of a stored registration, for its dates and the calendar file. */
async function loadEventOf(flow: EventsFlow, record: StoredRegistration): Promise<void> {
  const client = flow.host.client;
  if (!client) return;
  try {
    const event = await getEvent(client, record.eventSlug, {signal: flow.host.signal});
    const sessionId = record.registration.sessionId;
    flow.update({event, attendee: {...flow.attendee, sessionId: sessionId === null ? flow.attendee.sessionId : String(sessionId)}});
  } catch {
    // The status stands without the event's dates; only "add to calendar" is left out.
  }
}
