/**
 * Form layout (a stack of fields and an actions row that wraps on narrow screens) and the small
 * validators every widget shares. Validators return a localized message, or undefined when valid.
 */
import {msg, str} from '@lit/localize';

export function validateRequired(value: string | undefined | null): string | undefined {
  return value && value.trim() ? undefined : msg('Please fill this in.', {id: 'ui.validate.required', desc: 'Error for an empty required field'});
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(value: string): string | undefined {
  return EMAIL.test(value.trim()) ? undefined : msg('Enter a valid email address.', {id: 'ui.validate.email', desc: 'Error for an invalid email'});
}

/** Accepts an international number in E.164 form: `+` and 8 to 15 digits. */
export function validatePhone(value: string): string | undefined {
  return /^\+[1-9]\d{7,14}$/.test(value) ? undefined : msg('Enter a valid mobile number.', {id: 'ui.validate.phone', desc: 'Error for an invalid phone number'});
}

/**
 * Normalizes what a visitor typed into E.164: keeps a leading `+` (or `00`) as an international
 * number, otherwise puts the tenant's dialling prefix (e.g. `+852`) in front of the digits.
 */
export function withCountryPrefix(value: string, prefix: string): string {
  const trimmed = value.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (trimmed.startsWith('00')) return `+${digits.slice(2)}`;
  const prefixDigits = prefix.replace(/\D/g, '');
  if (!prefixDigits) return digits ? `+${digits}` : '';
  // A local number typed with its country code but no plus.
  if (digits.startsWith(prefixDigits) && digits.length > prefixDigits.length + 7) return `+${digits}`;
  return digits ? `+${prefixDigits}${digits}` : '';
}

export function validateLength(value: string, {min, max}: {min?: number; max?: number}): string | undefined {
  const length = value.trim().length;
  if (min !== undefined && length < min) {
    return msg(str`Use at least ${min} characters.`, {id: 'ui.validate.min-length', desc: 'Error for text that is too short'});
  }
  if (max !== undefined && length > max) {
    return msg(str`Use at most ${max} characters.`, {id: 'ui.validate.max-length', desc: 'Error for text that is too long'});
  }
  return undefined;
}

/** `+852` from the registration form's `countryPhonePrefix` (`852`, `+852`, `852 `); '' when it gives none. */
export function phonePrefixOf(countryPhonePrefix: string | null | undefined): string {
  const digits = (countryPhonePrefix ?? '').replace(/[^\d]/g, '');
  return digits ? `+${digits}` : '';
}
