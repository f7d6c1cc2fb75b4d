import {getLoginChannel, registerMember, requestOtp, verifyOtp} from '../../api/auth.js';
import {getRegistrationForm} from '../../api/registration.js';
import {isFavApiError} from '../../api/errors.js';
import {hasToken, type TokenResult} from '../../api/schemas/auth.js';
import type {RegistrationForm} from '../../api/schemas/registration.js';
import type {CreateCall} from '../shared/create-call.js';
import {FlowState, type FlowElement, type FlowHooks} from '../shared/flow-state.js';
import {LazyModule} from '../shared/lazy-module.js';
import type {PrefillHost} from '../shared/prefill.js';
import {phonePrefixOf} from '../../ui/form.js';

/** The steps of `<fav-login>`. */
export type LoginStep = 'loading' | 'identify' | 'verify' | 'register' | 'signed-in' | 'unavailable';

/** How the tenant sends codes: a phone number (SMS or WhatsApp) or an email address. */
export type LoginChannel = 'sms' | 'whatsapp' | 'email';

/** Values of the registration form, keyed by field `key`. */
export type RegistrationValues = Record<string, string | boolean>;

/** The element as the flow sees it: re-rendering, the client, and the prefill attributes of the identifier. */
export type LoginElement = FlowElement & PrefillHost;

/** What the flow asks of `<fav-login>` (closures the element gives, none of them its members). */
export interface LoginHooks extends FlowHooks {
  /** A token came back: the session starts and the page hears of it (`fav-signed-in`). */
  signedIn(result: TokenResult, method: 'otp' | 'register'): void;
}

const CODE_LENGTH = 6;


/**
 * The OTP sign-in and registration flow of `<fav-login>`, apart from its rendering: which step is
 * showing, what the visitor typed, what is in flight, and the last error. Nothing typed is cleared
 * by a failure. Only the named methods below change it; its writes (B2, B3, B4) are made here.
 */
export class LoginFlow extends FlowState<LoginElement, LoginHooks, LoginFlow> {
  step: LoginStep = 'loading';
  channel: LoginChannel = 'sms';
  form?: RegistrationForm;
  /** The phone (E.164) or email the code was sent to. */
  identifier = '';
  code = '';
  /** Epoch ms when "send again" becomes possible. */
  resendAt = 0;
  /** A registration answered without a token: the visitor verifies a code next. */
  registeredWithoutToken = false;
  registration: RegistrationValues = {};
  /** What the visitor typed in the identifier field, kept across failures and step changes. */
  identifierDraft?: string;
  /** Problems found before sending, shown beside their fields. */
  identifierError?: string;
  codeError?: string;
  registrationErrors: Record<string, string> = {};
  private loading?: Promise<void>;
  /** Registers the member, with one Idempotency-Key for the same details; its code arrives with the registration form. */
  private readonly registerCall = new LazyModule<CreateCall>(() =>
    import('../shared/create-call.js').then(({CreateCall}) => new CreateCall(this, this.showCall)),
  );

  hostUpdate(): void {
    if (this.step === 'register') void this.registerCall.load().catch(() => undefined);
  }

  get codeLength(): number {
    return CODE_LENGTH;
  }

  get usesPhone(): boolean {
    return this.channel !== 'email';
  }

  /** The tenant's default dialling prefix, e.g. `+852`. */
  get phonePrefix(): string {
    const country = this.form?.defaultCountryCode ?? '';
    return phonePrefixOf(this.form?.countryPhonePrefix) || (country.startsWith('+') ? country : DIAL_CODES[country.toUpperCase()] ?? '');
  }

  /** The visitor typed in the identifier field (no re-render: the input already shows it). */
  identifierTyped(value: string): void {
    this.identifierDraft = value;
  }

  /** The prefill gave an identifier the visitor has not typed over (login-prefill.ts). */
  identifierPrefilled(identifier: string): void {
    this.set({identifier});
  }

  /** The identifier is missing or malformed: `draft` stays in the field, `error` beside it; resolves once on screen. */
  identifierInvalid(draft: string, error: string): Promise<unknown> {
    return this.invalid({identifierDraft: draft, identifierError: error});
  }

  /** The visitor typed in the code field: a shown error goes, since they are correcting it. */
  codeTyped(code: string): void {
    this.code = code;
    if (this.codeError || this.error) this.set({codeError: undefined, error: undefined});
  }

  /** The code is too short; resolves once the error is on screen. */
  codeInvalid(error: string): Promise<unknown> {
    return this.invalid({codeError: error});
  }

  /** Registration fields are missing or malformed: `values` stay in the form, `errors` beside them; resolves once on screen. */
  registrationInvalid(values: RegistrationValues, errors: Record<string, string>): Promise<unknown> {
    return this.invalid({registration: values, registrationErrors: errors});
  }

  /** Shows problems found before sending; resolves once they are on screen. */
  private invalid(patch: Partial<LoginFlow>): Promise<unknown> {
    this.set({...patch, error: undefined});
    return this.element.updateComplete;
  }

  /** Loads the login channel and the registration form (for the phone prefix and registration). */
  load(): Promise<void> {
    this.loading ??= this.runLoad().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async runLoad(): Promise<void> {
    const client = this.element.client;
    if (!client) return;
    this.set({step: 'loading', error: undefined});
    const signal = this.element.signal;
    const [channel, form] = await Promise.allSettled([
      getLoginChannel(client, {signal}),
      getRegistrationForm(client, {signal}),
    ]);
    if (form.status === 'fulfilled') this.form = form.value;
    if (channel.status === 'fulfilled') {
      const value = channel.value.channel;
      // Unknown channels are treated as phone channels, the SDK's default identifier.
      this.channel = value === 'email' ? 'email' : value === 'whatsapp' ? 'whatsapp' : 'sms';
      this.set({step: 'identify'});
    } else if (isFavApiError(channel.reason) && channel.reason.kind === 'aborted') {
      return;
    } else {
      // Without the channel we cannot know which identifier the tenant accepts.
      this.failed(channel.reason);
      this.set({step: 'unavailable', error: channel.reason});
    }
  }

  /** The locale changed: the tenant's registration fields again in its language (a failure keeps them); the step and what was typed stay. */
  async reread(): Promise<void> {
    const client = this.element.client;
    if (!client || !this.form) return;
    try {
      this.set({form: await getRegistrationForm(client, {signal: this.element.signal})});
    } catch (error) {
      if (!(isFavApiError(error) && error.kind === 'aborted')) this.failed(error);
    }
  }

  /** Sends a code to `identifier` (B2) and moves to the code step. */
  async requestCode(identifier: string): Promise<boolean> {
    const client = this.element.client;
    if (!client || this.busy) return false;
    this.set({busy: true, error: undefined, identifier, identifierError: undefined});
    try {
      const body = this.usesPhone ? {phone: identifier} : {email: identifier};
      const result = await requestOtp(client, body, {signal: this.element.signal});
      this.set({
        step: 'verify',
        code: '',
        busy: false,
        resendAt: Date.now() + (result.resendAfter ?? 30) * 1000,
      });
      return true;
    } catch (error) {
      this.fail(error);
      if (isFavApiError(error) && error.status === 429) {
        this.set({resendAt: Date.now() + (error.retryAfter ?? 30) * 1000});
      }
      return false;
    }
  }

  /** Sends the code again to the same identifier. */
  resend(): Promise<boolean> {
    return this.requestCode(this.identifier);
  }

  /** Verifies `code` (B3). On success the session starts; an unknown member is offered registration. */
  async verify(code: string): Promise<boolean> {
    const client = this.element.client;
    if (!client || this.busy) return false;
    this.set({busy: true, error: undefined, code, codeError: undefined});
    try {
      const body = this.usesPhone ? {phone: this.identifier, code} : {email: this.identifier, code};
      const result = await verifyOtp(client, body, {signal: this.element.signal});
      this.set({busy: false, step: 'signed-in', code: ''});
      this.hooks.signedIn(result, this.registeredWithoutToken ? 'register' : 'otp');
      this.registeredWithoutToken = false;
      return true;
    } catch (error) {
      if (isFavApiError(error) && error.status === 404 && error.code === 'MEMBER_NOT_FOUND') {
        this.registration = {...this.registration, [this.usesPhone ? 'phone' : 'email']: this.identifier};
        this.set({busy: false, step: 'register', error});
        return false;
      }
      this.fail(error);
      return false;
    }
  }

  /** Registers a member (B4) with the tenant's form fields; signs in, or continues with a code. */
  async register(values: RegistrationValues): Promise<boolean> {
    const client = this.element.client;
    if (!client || this.busy) return false;
    const body: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) if (value !== '' && value !== false) body[key] = value;
    // Busy already while the code that registers arrives (it usually has): one press, one member.
    this.set({busy: true, registration: values, registrationErrors: {}});
    const call = this.registerCall.module ?? (await this.registerCall.load().catch((error: unknown) => void this.fail(error)));
    if (!call) return false;
    const result = await call.send({request: body, call: (options) => registerMember(client, body as {name: string}, options)});
    if (!result) return false;
    if (hasToken(result)) {
      this.set({step: 'signed-in', registration: {}});
      this.hooks.signedIn(result, 'register');
      return true;
    }
    // No token: confirm the new member with a code to the phone or email they gave.
    const identifier = String(values[this.usesPhone ? 'phone' : 'email'] ?? '');
    this.registeredWithoutToken = true;
    return this.requestCode(identifier);
  }

  /** Goes to a step the visitor chose (back to the identifier, to registration, ...). */
  go(step: 'identify' | 'register'): void {
    if (step === 'register' && this.identifier) {
      const key = this.usesPhone ? 'phone' : 'email';
      this.registration = {[key]: this.identifier, ...this.registration};
    }
    this.set({step, error: undefined, busy: false});
  }

  /** After sign-out or an expired session: back to the first step, keeping the identifier. */
  reset(): void {
    this.set({step: this.element.client ? 'identify' : 'loading', code: '', busy: false, error: undefined});
  }

  /** Shows the signed-in view for a session that already exists. */
  showSignedIn(): void {
    this.set({step: 'signed-in', busy: false, error: undefined});
  }

  private fail(error: unknown): void {
    if (isFavApiError(error) && error.kind === 'aborted') {
      this.busy = false;
      return;
    }
    this.failed(error);
    this.set({busy: false, error});
  }
}

/** Dialling codes for the regions a tenant's `defaultCountryCode` is likely to name. */
const DIAL_CODES: Record<string, string> = {
  HK: '+852',
  MO: '+853',
  TW: '+886',
  CN: '+86',
  SG: '+65',
  MY: '+60',
  GB: '+44',
  US: '+1',
  CA: '+1',
  AU: '+61',
  JP: '+81',
};
