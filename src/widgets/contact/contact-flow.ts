import {msg} from '@lit/localize';
import type {ContactInput} from '../../api/contact.js';
import type {ContactResult} from '../../api/schemas/contact.js';
import {validateEmail, validateLength, validatePhone, validateRequired, withCountryPrefix} from '../../ui/form.js';
import {FlowState, type FlowElement, type FlowHooks} from '../shared/flow-state.js';
import {LazyModule} from '../shared/lazy-module.js';
import type {PrefillHost} from '../shared/prefill.js';
import type {ContactSend} from './contact-send.js';

/** The views of `<fav-contact>`. */
export type ContactStep = 'form' | 'done';

/** The fields of the form (the honeypot apart). */
export type ContactField = 'name' | 'email' | 'phone' | 'subject' | 'message';

/** What the visitor typed, as typed. */
export type ContactValues = Record<ContactField, string>;

/**
 * The error text beside each field; `server` for a field the server refused, and `reply` on the phone
 * when neither way to reply was given (the error beside the email covers both fields).
 */
export type ContactErrors = Partial<Record<ContactField, string>>;

/** The element as the flow sees it: re-rendering, the client, and the form's prefill attributes. */
export type ContactElement = FlowElement & PrefillHost;

/** What the flow asks of `<fav-contact>` (closures the element gives, none of them its members). */
export interface ContactHooks extends FlowHooks {
  /** Fires the cancelable `fav-before-contact`; false when the page stopped the message. */
  beforeContact(input: ContactInput): boolean;
  /** Fires `fav-contact-submitted`. */
  contactSubmitted(result: ContactResult, input: ContactInput): void;
}

const EMPTY: ContactValues = {name: '', email: '', phone: '', subject: '', message: ''};
export const MESSAGE_MAX = 2000;

/** Checks the form before sending; the input is what F6 receives (phone in E.164). */
export function validateContact(values: ContactValues, prefix: string, fixedSubject?: string): {input: ContactInput; errors: ContactErrors} {
  const name = values.name.trim();
  const email = values.email.trim();
  const phone = values.phone.trim() ? withCountryPrefix(values.phone, prefix) : '';
  const message = values.message.trim();
  const subject = (fixedSubject ?? values.subject).trim();
  const noReply = !email && !phone;
  const errors: ContactErrors = {
    name: validateRequired(name),
    email: noReply
      ? msg('Give an email or a phone number, so we can reply.', {id: 'contact.reply.required', desc: 'Error when neither an email nor a phone number is given'})
      : email
        ? validateEmail(email)
        : undefined,
    phone: noReply ? 'reply' : phone ? validatePhone(phone) : undefined,
    message: validateRequired(message) ?? validateLength(message, {max: MESSAGE_MAX}),
  };
  const input: ContactInput = {
    name,
    message,
    ...(email ? {email} : {}),
    ...(phone ? {phone} : {}),
    ...(subject ? {subject} : {}),
  };
  return {input, errors: Object.fromEntries(Object.entries(errors).filter(([, text]) => text)) as ContactErrors};
}

/**
 * The contact form of `<fav-contact>`, apart from its rendering: what the visitor typed, the field
 * errors, the request in flight and its Idempotency-Key, the last failure. A failure never clears a
 * typed value. Only the named methods below change it; the message (F6) is sent here.
 */
export class ContactFlow extends FlowState<ContactElement, ContactHooks, ContactFlow> {
  step: ContactStep = 'form';
  /** The page stopped the message in `fav-before-contact`. */
  vetoed = false;
  values: ContactValues = {...EMPTY};
  /** What the visitor last typed in each field, an emptied field too: no prefill comes back over it (contact-prefill.ts). */
  typed: Partial<ContactValues> = {};
  errors: ContactErrors = {};
  /** The tenant's dialling prefix, e.g. `+852`; '' until known. */
  phonePrefix = '';
  result?: ContactResult;
  /** The message whose sending failed, for "Try again". */
  private lastInput?: ContactInput;
  /** Loads the tenant's phone prefix; its code arrives after the first view. */
  private readonly prefixLoader = new LazyModule(() => import('../shared/phone-prefix.js'));
  /** Sends the message (F6, contact-send.ts), with one Idempotency-Key for the same message; its code arrives after the first view. */
  private readonly sender = new LazyModule<ContactSend>(() => import('./contact-send.js').then(({ContactSend}) => new ContactSend(this)));

  /** Keeps what was typed (no re-render: the input already shows it). */
  input(field: ContactField, value: string): void {
    this.values = {...this.values, [field]: value};
    this.typed = {...this.typed, [field]: value};
  }

  /**
   * The tenant's dialling prefix (from its registration form), loaded once; resolves when known.
   * Its loader arrives after the first view; without it the visitor types an international number.
   */
  async loadPhonePrefix(): Promise<void> {
    const loader = this.prefixLoader.module ?? (await this.prefixLoader.load().catch(() => undefined));
    await loader?.loadTenantPhonePrefix(this.element, (phonePrefix) => this.set({phonePrefix}));
  }

  /** Fetches the code that sends while the visitor fills in the form. */
  prepareSending(): void {
    void this.sender.load().catch(() => undefined);
  }

  /** The prefill arrived while the form shows (contact-prefill.ts): `values` hold it where the visitor has not typed. */
  fill(values: ContactValues): void {
    this.set({values});
  }

  /**
   * The visitor sent the form (`honeypot`: the hidden field only bots fill in). Checks it, showing
   * field errors once they are on screen, then sends it; resolves true when the message went.
   */
  async submit(values: ContactValues, honeypot: string, fixedSubject?: string): Promise<boolean> {
    if (this.busy) return false;
    if (honeypot.trim()) {
      this.pretendSent();
      return false;
    }
    await this.loadPhonePrefix();
    const {input, errors} = validateContact(values, this.phonePrefix, fixedSubject);
    if (Object.keys(errors).length) {
      this.set({values, errors, error: undefined, vetoed: false});
      await this.element.updateComplete;
      return false;
    }
    this.values = values;
    return this.send(input);
  }

  /**
   * Sends the message (F6) once: a second press while it runs does nothing. The Idempotency-Key is
   * kept for every retry of the same message and renewed when the message changes.
   */
  private async send(input: ContactInput): Promise<boolean> {
    const client = this.element.client;
    if (!client || this.busy) return false;
    if (!this.hooks.beforeContact(input)) {
      this.set({vetoed: true, error: undefined});
      return false;
    }
    this.lastInput = input;
    // Busy already while the code that sends arrives (it usually has): one press, one message.
    this.set({busy: true, errors: {}, vetoed: false});
    const sender = this.sender.module ?? (await this.sender.load().catch((error: unknown) => void this.couldNotSend(error)));
    if (!sender) return false;
    const result = await sender.send(client, input);
    if (!result) return false;
    this.lastInput = undefined;
    this.set({result, step: 'done'});
    this.hooks.contactSubmitted(result, input);
    return true;
  }

  /** The server refused fields of the message (400, 422): they show beside them, under the banner. */
  fieldsRefused(errors: ContactErrors): void {
    this.set({errors});
  }

  /** The code that sends did not arrive: said as any failure; the visitor can press Send again. */
  private couldNotSend(error: unknown): void {
    this.failed(error);
    this.set({busy: false, error});
  }

  /** Repeats the last send (the same message, so the same Idempotency-Key while its outcome is unknown). */
  retry(): Promise<boolean> {
    return this.lastInput ? this.send(this.lastInput) : Promise.resolve(false);
  }

  /** A bot filled the honeypot: nothing is sent, and the bot sees the thank-you. */
  private pretendSent(): void {
    this.set({step: 'done', result: undefined, errors: {}, error: undefined});
  }

  /** From the thank-you back to an empty message; the name and ways to reply stay. */
  again(): void {
    this.set({step: 'form', result: undefined, error: undefined, vetoed: false, values: {...this.values, subject: '', message: ''}});
  }
}
