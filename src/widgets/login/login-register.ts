/**
 * The registration step of `<fav-login>`: the tenant's own fields (B8), checked before the member is
 * registered (B4, by the flow). Loaded while the sign-in form shows, so the first view stays small.
 */
import {msg} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {isFavApiError} from '../../api/errors.js';
import type {RegistrationField, RegistrationForm} from '../../api/schemas/registration.js';
import {renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {renderCheckboxField, renderField, renderSelectField} from '../../ui/field.js';
import {validateEmail, validatePhone, validateRequired, withCountryPrefix} from '../../ui/form.js';
import {renderStepHeader} from '../../ui/step-header.js';
import type {LoginFlow, RegistrationValues} from './login-flow.js';

/** The registration fields to show: enabled ones, in the tenant's order. */
function visibleFields(form: RegistrationForm | undefined): RegistrationField[] {
  return (form?.fields ?? []).filter((field) => field.enabled).sort((a, b) => a.order - b.order);
}

/** Reads a form's named controls as trimmed strings and checkbox booleans. */
function formValues(form: HTMLFormElement): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement) || !element.name) continue;
    values[element.name] = element instanceof HTMLInputElement && element.type === 'checkbox' ? element.checked : element.value.trim();
  }
  return values;
}

/** The field errors the server sent with a 400 `VALIDATION_ERROR` (`details.fields`). */
function serverFieldErrors(error: unknown): Record<string, string> {
  if (!isFavApiError(error) || error.code !== 'VALIDATION_ERROR') return {};
  const fields = error.details?.fields;
  if (!fields || typeof fields !== 'object') return {};
  return Object.fromEntries(Object.entries(fields as Record<string, unknown>).map(([key, value]) => [key, String(value)]));
}

export interface RegisterHandlers {
  onSubmit(values: RegistrationValues): void;
  onSignIn(): void;
}

function validateRegistrationField(field: RegistrationField, value: string | boolean, prefix: string): string | undefined {
  if (field.type === 'checkbox') {
    return field.required && value !== true
      ? msg('Please tick this box to continue.', {id: 'login.register.checkbox-required', desc: 'Error for a required checkbox'})
      : undefined;
  }
  const text = String(value ?? '');
  if (field.required && !text) return validateRequired(text);
  if (!text) return undefined;
  if (field.type === 'email' || field.key === 'email') return validateEmail(text);
  if (field.type === 'phone' || field.key === 'phone') return validatePhone(withCountryPrefix(text, prefix));
  return undefined;
}

/** Registration with the tenant's own fields (B8), validated before anything is sent. */
export function renderRegister(flow: LoginFlow, handlers: RegisterHandlers): TemplateResult {
  const fields = visibleFields(flow.form);
  const serverErrors = serverFieldErrors(flow.error);
  const errors = {...serverErrors, ...flow.registrationErrors};
  const exists = isFavApiError(flow.error) && flow.error.code === 'MEMBER_EXISTS';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values = formValues(form);
    const found: Record<string, string> = {};
    for (const field of fields) {
      const problem = validateRegistrationField(field, values[field.key] ?? '', flow.phonePrefix);
      if (problem) found[field.key] = problem;
      else if (field.type === 'phone' || field.key === 'phone') {
        if (values[field.key]) values[field.key] = withCountryPrefix(String(values[field.key]), flow.phonePrefix);
      }
    }
    if (Object.keys(found).length > 0) {
      void flow.registrationInvalid(values, found).then(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    handlers.onSubmit(values);
  };
  const heading = msg('Create your account', {id: 'login.register.heading', desc: 'Heading of the registration step'});
  const notFound = isFavApiError(flow.error) && flow.error.code === 'MEMBER_NOT_FOUND';
  return html`
    ${renderStepHeader(heading)}
    ${notFound
      ? renderBanner({
          tone: 'info',
          message: msg('There is no account for this yet. Create one below.', {id: 'login.register.not-found', desc: 'Shown when the code was right but no member exists'}),
        })
      : nothing}
    <form part="form" class="form" novalidate @submit=${submit}>
      ${fields.map((field) => renderRegistrationField(field, flow.registration[field.key], errors[field.key], flow.phonePrefix))}
      ${exists
        ? renderBanner({
            tone: 'warning',
            message: msg('An account with these details already exists. Sign in instead.', {id: 'login.register.exists', desc: 'Registration found an existing member'}),
          })
        : notFound || Object.keys(serverErrors).length > 0
          ? nothing
          : renderErrorBanner(flow.error, () => handlers.onSubmit(flow.registration))}
      <div class="actions">
        ${renderButton({
          label: msg('Create account', {id: 'login.register.submit', desc: 'Registration submit button'}),
          type: 'submit',
          variant: 'primary',
          busy: flow.busy,
        })}
        ${renderButton({
          label: msg('Already a member? Sign in', {id: 'login.to-signin', desc: 'Link from registration to sign-in'}),
          variant: 'link',
          onClick: handlers.onSignIn,
        })}
      </div>
    </form>
  `;
}

function renderRegistrationField(field: RegistrationField, value: string | boolean | undefined, error: string | undefined, prefix: string) {
  const id = `reg-${field.key}`;
  if (field.type === 'checkbox') {
    return renderCheckboxField({id, name: field.key, label: field.checkboxLabel || field.label, checked: value === true, required: field.required, error});
  }
  if (field.type === 'select') {
    return renderSelectField({
      id,
      name: field.key,
      label: field.label,
      value: typeof value === 'string' ? value : '',
      required: field.required,
      error,
      options: field.options,
      placeholder: msg('Choose…', {id: 'login.register.choose', desc: 'Empty first option of a select'}),
    });
  }
  const type = field.type === 'phone' ? 'tel' : field.type === 'email' ? 'email' : field.type === 'date' ? 'date' : 'text';
  const autocomplete: Record<string, string> = {name: 'given-name', lastName: 'family-name', phone: 'tel', email: 'email', dateOfBirth: 'bday', address: 'street-address'};
  return renderField({
    id,
    name: field.key,
    label: field.label,
    type,
    value: typeof value === 'string' ? value : '',
    required: field.required,
    placeholder: field.placeholder ?? undefined,
    autocomplete: autocomplete[field.key] ?? (type === 'tel' ? 'tel' : type === 'email' ? 'email' : undefined),
    prefix: type === 'tel' ? prefix : undefined,
    error,
  });
}
