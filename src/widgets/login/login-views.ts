import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {isFavApiError} from '../../api/errors.js';
import type {MemberSession} from '../../context/session-store.js';
import {describeError, renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {renderField} from '../../ui/field.js';
import {validateEmail, validatePhone, validateRequired, withCountryPrefix} from '../../ui/form.js';
import {renderStepHeader} from '../../ui/step-header.js';
import type {LoginFlow} from './login-flow.js';

/** A text control of a form, trimmed. */
function fieldValue(form: HTMLFormElement, name: string): string {
  return (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
}

/** Focuses the first invalid control so keyboard and screen-reader users land on the problem. */
function focusFirstInvalid(form: HTMLFormElement): void {
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

function identifierLabel(flow: LoginFlow): string {
  return flow.usesPhone
    ? msg('Mobile number', {id: 'login.phone.label', desc: 'Label of the phone number input'})
    : msg('Email', {id: 'login.email.label', desc: 'Label of the email input'});
}

/** The message for a failed code request or verification, or undefined when a banner says it better. */
function codeError(error: unknown): string | undefined {
  if (!isFavApiError(error)) return undefined;
  if (error.code === 'INVALID_OTP' || (!error.code && [400, 401, 422].includes(error.status))) {
    return error.details?.reason === 'expired'
      ? msg('This code has expired. Send a new code.', {id: 'login.code.expired', desc: 'Error when the one-time code is too old'})
      : msg('That code is not right. Check it and try again.', {id: 'login.code.wrong', desc: 'Error when the one-time code is wrong'});
  }
  if (error.status === 429) {
    return error.retryAfter
      ? msg(str`Too many attempts. Wait ${error.retryAfter} seconds, then send a new code.`, {
          id: 'login.code.too-many-wait',
          desc: 'Error after too many wrong codes, with seconds to wait',
        })
      : msg('Too many attempts. Send a new code.', {id: 'login.code.too-many', desc: 'Error after too many wrong codes'});
  }
  return undefined;
}

function identifierError(flow: LoginFlow, error: unknown): string | undefined {
  if (!isFavApiError(error)) return undefined;
  if (error.code === 'LOGIN_CHANNEL_MISMATCH' || error.code === 'VALIDATION_ERROR') {
    return flow.usesPhone
      ? msg('Enter a valid mobile number.', {id: 'login.phone.invalid', desc: 'Error for a phone number the server refused'})
      : msg('Enter a valid email address.', {id: 'login.email.invalid', desc: 'Error for an email the server refused'});
  }
  if (error.status === 429) {
    const seconds = error.retryAfter ?? 30;
    return msg(str`Please wait ${seconds} seconds before asking for another code.`, {
      id: 'login.otp.rate-limited',
      desc: 'Error when codes were requested too often',
    });
  }
  return undefined;
}

/** Any error not shown beside a field goes in a banner, with "Try again" when trying again can help. */
function renderErrorUnlessBesideField(error: unknown, shownBesideField: boolean, retry?: () => void) {
  return shownBesideField ? nothing : renderErrorBanner(error, retry);
}

export interface IdentifyHandlers {
  expired: boolean;
  waitSeconds: number;
  onSubmit(identifier: string): void;
  onRegister(): void;
}

/** Step 1: the phone number or email the code goes to. */
export function renderIdentify(flow: LoginFlow, handlers: IdentifyHandlers): TemplateResult {
  const serverError = identifierError(flow, flow.error);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const raw = fieldValue(form, 'identifier');
    const identifier = flow.usesPhone ? withCountryPrefix(raw, flow.phonePrefix) : raw;
    const localError = validateRequired(raw) ?? (flow.usesPhone ? validatePhone(identifier) : validateEmail(identifier));
    if (localError) {
      void flow.identifierInvalid(raw, localError).then(() => focusFirstInvalid(form));
      return;
    }
    handlers.onSubmit(identifier);
  };
  const fieldError = flow.identifierError ?? serverError;
  const heading = msg('Sign in', {id: 'login.identify.heading', desc: 'Heading of the first sign-in step'});
  const intro = flow.usesPhone
    ? msg('We will text you a 6-digit code.', {id: 'login.identify.intro.phone', desc: 'Explains the code is sent by SMS or WhatsApp'})
    : msg('We will email you a 6-digit code.', {id: 'login.identify.intro.email', desc: 'Explains the code is sent by email'});
  return html`
    ${renderStepHeader(heading)}
    ${handlers.expired
      ? renderBanner({
          tone: 'warning',
          message: msg('Your session has expired. Please sign in again.', {id: 'login.session-expired', desc: 'Shown after the session ended by itself'}),
        })
      : nothing}
    <form part="form" class="form" novalidate @submit=${submit}>
      <p class="intro">${intro}</p>
      ${renderField({
        id: 'identifier',
        name: 'identifier',
        label: identifierLabel(flow),
        type: flow.usesPhone ? 'tel' : 'email',
        autocomplete: flow.usesPhone ? 'tel' : 'email',
        inputmode: flow.usesPhone ? 'tel' : 'email',
        value: flow.identifierDraft ?? (flow.identifier.startsWith(flow.phonePrefix) && flow.usesPhone ? flow.identifier.slice(flow.phonePrefix.length) : flow.identifier),
        required: true,
        prefix: flow.usesPhone ? flow.phonePrefix : undefined,
        hint: flow.usesPhone && flow.phonePrefix
          ? msg(str`Numbers without a country code get ${flow.phonePrefix}.`, {id: 'login.phone.hint', desc: 'Hint: the default country code is added'})
          : undefined,
        error: fieldError,
        onInput: (event) => flow.identifierTyped((event.target as HTMLInputElement).value),
      })}
      ${renderErrorUnlessBesideField(flow.error, Boolean(serverError), () => handlers.onSubmit(flow.identifier))}
      <div class="actions">
        ${renderButton({
          label: handlers.waitSeconds > 0 && serverError
            ? msg(str`Send code (${handlers.waitSeconds} s)`, {id: 'login.send.wait', desc: 'Send button while waiting, with seconds left'})
            : msg('Send code', {id: 'login.send', desc: 'Button that sends the one-time code'}),
          type: 'submit',
          variant: 'primary',
          busy: flow.busy,
          disabled: handlers.waitSeconds > 0 && Boolean(serverError),
        })}
        ${renderButton({
          label: msg('New here? Create an account', {id: 'login.to-register', desc: 'Link from sign-in to registration'}),
          variant: 'link',
          onClick: handlers.onRegister,
        })}
      </div>
    </form>
  `;
}

export interface VerifyHandlers {
  waitSeconds: number;
  onSubmit(code: string): void;
  onResend(): void;
  onChangeIdentifier(): void;
}

/** Step 2: the one-time code; works with typing, paste and one-time-code autofill. */
export function renderVerify(flow: LoginFlow, handlers: VerifyHandlers): TemplateResult {
  const error = flow.codeError ?? codeError(flow.error);
  const onInput = (event: InputEvent) => {
    const input = event.target as HTMLInputElement;
    // Pasted or autofilled codes may carry spaces, dashes or a whole message: keep the digits.
    const digits = input.value.replace(/\D/g, '').slice(0, flow.codeLength);
    if (input.value !== digits) input.value = digits;
    flow.codeTyped(digits);
    if (digits.length === flow.codeLength && !flow.busy) handlers.onSubmit(digits);
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const code = fieldValue(form, 'code').replace(/\D/g, '');
    if (code.length !== flow.codeLength) {
      const codeError = msg(str`Enter the ${flow.codeLength}-digit code.`, {id: 'login.code.length', desc: 'Error when the code is too short'});
      void flow.codeInvalid(codeError).then(() => focusFirstInvalid(form));
      return;
    }
    handlers.onSubmit(code);
  };
  const heading = msg('Enter your code', {id: 'login.verify.heading', desc: 'Heading of the code step'});
  return html`
    ${renderStepHeader(heading)}
    <form part="form" class="form" novalidate @submit=${submit}>
      <p class="intro" role="status">
        ${msg(str`We sent a ${flow.codeLength}-digit code to ${flow.identifier}.`, {id: 'login.verify.sent', desc: 'Where the code was sent'})}
      </p>
      ${renderField({
        id: 'code',
        name: 'code',
        label: msg('6-digit code', {id: 'login.code.label', desc: 'Label of the one-time code input'}),
        type: 'text',
        autocomplete: 'one-time-code',
        inputmode: 'numeric',
        value: flow.code,
        required: true,
        error,
        part: 'input code-input',
        onInput,
      })}
      ${renderErrorUnlessBesideField(flow.error, Boolean(codeError(flow.error)), () => handlers.onSubmit(flow.code))}
      <div class="actions">
        ${renderButton({
          label: msg('Verify', {id: 'login.verify', desc: 'Button that checks the code'}),
          type: 'submit',
          variant: 'primary',
          busy: flow.busy,
        })}
        ${renderButton({
          label: handlers.waitSeconds > 0
            ? msg(str`Send a new code in ${handlers.waitSeconds} s`, {id: 'login.resend.wait', desc: 'Resend button while waiting'})
            : msg('Send a new code', {id: 'login.resend', desc: 'Button that sends another code'}),
          variant: 'link',
          disabled: handlers.waitSeconds > 0 || flow.busy,
          onClick: handlers.onResend,
        })}
        ${renderButton({
          label: flow.usesPhone
            ? msg('Use a different number', {id: 'login.change.phone', desc: 'Go back to change the phone number'})
            : msg('Use a different email', {id: 'login.change.email', desc: 'Go back to change the email'}),
          variant: 'link',
          onClick: handlers.onChangeIdentifier,
        })}
      </div>
    </form>
  `;
}

/** Signed in: who, and a way out. */
export function renderSignedIn(member: MemberSession | null, onSignOut: () => void): TemplateResult {
  const name = member?.memberName || member?.email || member?.phone || msg('Member', {id: 'login.member.fallback', desc: 'Name shown when the member has no name'});
  return html`
    ${renderStepHeader(msg('You are signed in', {id: 'login.signed-in.heading', desc: 'Heading when signed in'}))}
    <p class="signed-in">
      ${msg('Signed in as', {id: 'login.signed-in.as', desc: 'Precedes the member name'})}
      <strong part="member">${name}</strong>
    </p>
    <div class="actions">
      ${renderButton({label: msg('Sign out', {id: 'login.sign-out', desc: 'Sign-out button'}), variant: 'secondary', onClick: onSignOut})}
    </div>
  `;
}

/** The login channel could not be loaded: say so and offer to try again. */
export function renderUnavailable(error: unknown, retry: () => void): TemplateResult {
  return html`
    ${renderStepHeader(msg('Sign in', {id: 'login.identify.heading', desc: 'Heading of the first sign-in step'}))}
    ${renderBanner({tone: 'danger', message: describeError(error), onRetry: retry})}
  `;
}
