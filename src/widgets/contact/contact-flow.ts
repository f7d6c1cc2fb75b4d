import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {FavClient} from '../../api/client.js';
import {submitContact, type ContactInput} from '../../api/contact.js';
import {isFavApiError} from '../../api/errors.js';
import type {ContactResult} from '../../api/schemas/contact.js';
import type {CreateCall} from '../shared/create-call.js';
import {LazyModule} from '../shared/lazy-module.js';

/** The views of `<fav-contact>`. */
export type ContactStep = 'form' | 'done';

/** The fields of the form (the honeypot apart). */
export type ContactField = 'name' | 'email' | 'phone' | 'subject' | 'message';

/** What the visitor typed, as typed. */
export type ContactValues = Record<ContactField, string>;

export type ContactErrors = Partial<Record<ContactField, string>>;

export interface ContactFlowHost extends ReactiveControllerHost {
  readonly client: FavClient | undefined;
  readonly signal: AbortSignal;
  /** Fires the cancelable `fav-before-contact`; false when the page stopped the message. */
  beforeContact(input: ContactInput): boolean;
  contactSubmitted(result: ContactResult, input: ContactInput): void;
  failed(error: unknown): void;
}

const EMPTY: ContactValues = {name: '', email: '', phone: '', subject: '', message: ''};
const FIELDS = Object.keys(EMPTY) as ContactField[];


/**
 * The contact form of `<fav-contact>`, apart from its rendering: what the visitor typed, the field
 * errors, the request in flight and its Idempotency-Key, the last failure. A failure never clears a
 * typed value.
 */
export class ContactFlow implements ReactiveController {
  step: ContactStep = 'form';
  busy = false;
  error?: unknown;
  /** The page stopped the message in `fav-before-contact`. */
  vetoed = false;
  values: ContactValues = {...EMPTY};
  errors: ContactErrors = {};
  /** The tenant's dialling prefix, e.g. `+852`; '' until known. */
  phonePrefix = '';
  result?: ContactResult;
  /** The message whose sending failed, for "Try again". */
  private lastInput?: ContactInput;
  /** Loads the tenant's phone prefix; its code arrives after the first view. */
  private readonly prefixLoader = new LazyModule(() => import('../shared/phone-prefix.js'));
  /** Sends the message, with one Idempotency-Key for the same message; its code arrives after the first view. */
  private readonly sendCall = new LazyModule<CreateCall>(() =>
    import('../shared/create-call.js').then(({CreateCall}) => new CreateCall(this.host, (state) => this.update(state))),
  );

  constructor(readonly host: ContactFlowHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.busy = false;
  }

  /** @internal Applies state and re-renders. */
  update(patch: Partial<ContactFlow>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Keeps what was typed (no re-render: the input already shows it). */
  input(field: ContactField, value: string): void {
    this.values = {...this.values, [field]: value};
  }

  /**
   * The tenant's dialling prefix (from its registration form), loaded once; resolves when known.
   * Its loader arrives after the first view; without it the visitor types an international number.
   */
  async loadPhonePrefix(): Promise<void> {
    const loader = this.prefixLoader.module ?? (await this.prefixLoader.load().catch(() => undefined));
    await loader?.loadTenantPhonePrefix(this.host, (phonePrefix) => this.update({phonePrefix}));
  }

  /** Fetches the code that sends while the visitor fills in the form. */
  prepareSending(): void {
    void this.sendCall.load().catch(() => undefined);
  }

  /** Shows field errors found before sending; resolves once they are on screen. */
  async invalid(values: ContactValues, errors: ContactErrors): Promise<void> {
    this.update({values, errors, error: undefined, vetoed: false});
    await this.host.updateComplete;
  }

  /**
   * Sends the message (F6) once: a second press while it runs does nothing. The Idempotency-Key is
   * kept for every retry of the same message and renewed when the message changes.
   */
  async send(input: ContactInput): Promise<boolean> {
    const client = this.host.client;
    if (!client || this.busy) return false;
    if (!this.host.beforeContact(input)) {
      this.update({vetoed: true, error: undefined});
      return false;
    }
    this.lastInput = input;
    // Busy already while the code that sends arrives (it usually has): one press, one message.
    this.update({busy: true, errors: {}, vetoed: false});
    const call = this.sendCall.module ?? (await this.sendCall.load().catch((error: unknown) => void this.couldNotSend(error)));
    if (!call) return false;
    const result = await call.send({
      request: input,
      call: (options) => submitContact(client, input, options),
      refused: (error) => {
        // Fields the server rejected show beside them, under the banner.
        this.update({errors: serverFieldErrors(error)});
        return false;
      },
    });
    if (!result) return false;
    this.lastInput = undefined;
    this.update({result, step: 'done'});
    this.host.contactSubmitted(result, input);
    return true;
  }

  /** The code that sends did not arrive: said as any failure; the visitor can press Send again. */
  private couldNotSend(error: unknown): void {
    this.host.failed(error);
    this.update({busy: false, error});
  }

  /** Repeats the last send (the same message, so the same Idempotency-Key while its outcome is unknown). */
  retry(): Promise<boolean> {
    return this.lastInput ? this.send(this.lastInput) : Promise.resolve(false);
  }

  /** A bot filled the honeypot: nothing is sent, and the bot sees the thank-you. */
  pretendSent(): void {
    this.update({step: 'done', result: undefined, errors: {}, error: undefined});
  }

  /** From the thank-you back to an empty message; the name and ways to reply stay. */
  again(): void {
    this.update({step: 'form', result: undefined, error: undefined, vetoed: false, values: {...this.values, subject: '', message: ''}});
  }
}

/** The field errors the server sent with a 400 (`details.fields`), for the fields this form has. */
export function serverFieldErrors(error: unknown): ContactErrors {
  if (!isFavApiError(error) || (error.status !== 400 && error.status !== 422)) return {};
  const fields = error.details?.fields;
  if (!fields || typeof fields !== 'object') return {};
  return Object.fromEntries(Object.keys(fields).filter((key): key is ContactField => (FIELDS as string[]).includes(key)).map((key) => [key, 'server'])) as ContactErrors;
}
