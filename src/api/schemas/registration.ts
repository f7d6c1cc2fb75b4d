/** B8 registration form: the tenant's sign-up fields and phone prefix (booking's A2 embeds it too). */
import * as z from 'zod/mini';
import {bool, boolOr, int, isRecord, nullableText, oneOf, requiredText, text} from './fields.js';

export interface FieldOption {
  value: string;
  label: string;
}

const optionsField = z.transform((value: unknown): FieldOption[] => {
  if (!Array.isArray(value)) return [];
  const out: FieldOption[] = [];
  for (const option of value) {
    if (typeof option === 'string' || typeof option === 'number') out.push({value: String(option), label: String(option)});
    else if (isRecord(option) && (typeof option.value === 'string' || typeof option.value === 'number')) {
      const label = option.label ?? option.value;
      out.push({value: String(option.value), label: typeof label === 'string' || typeof label === 'number' ? String(label) : String(option.value)});
    }
  }
  return out;
});

export const RegistrationFieldSchema = z.object({
  key: requiredText,
  label: text,
  type: oneOf(['text', 'phone', 'email', 'select', 'date', 'checkbox'], 'text'),
  required: bool,
  /** Absent means enabled: a form without the flag still shows its fields. */
  enabled: boolOr(true),
  order: int(0),
  checkboxLabel: nullableText,
  options: optionsField,
  placeholder: nullableText,
});
export type RegistrationField = z.output<typeof RegistrationFieldSchema>;

export const RegistrationFormSchema = z.object({
  /** Sorted by `order`; includes disabled fields (filter on `enabled`). */
  fields: z.transform((value: unknown): RegistrationField[] => {
    if (!Array.isArray(value)) return [];
    const fields: RegistrationField[] = [];
    for (const item of value) {
      const parsed = z.safeParse(RegistrationFieldSchema, item);
      if (parsed.success) fields.push(parsed.data);
    }
    return fields.sort((a, b) => a.order - b.order);
  }),
  /** A region (`HK`) or a dial code (`+852`). */
  defaultCountryCode: nullableText,
  countryCode: nullableText,
  countryPhonePrefix: nullableText,
});
export type RegistrationForm = z.output<typeof RegistrationFormSchema>;
