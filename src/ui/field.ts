/**
 * Form fields with a visible label, optional hint and an error beside the field, wired for
 * assistive technology (`aria-describedby`, `aria-invalid`, `required`).
 *
 * Parts: `field` (the group), `label`, `input` (inputs and selects), `prefix` (e.g. a dialling
 * code), `hint`, `error`, `checkbox`.
 */
import {msg} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

interface FieldBase {
  /** Unique within the widget's shadow root. */
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
}

export interface TextFieldOptions extends FieldBase {
  type?: 'text' | 'email' | 'tel' | 'date' | 'number' | 'url' | 'password';
  value?: string;
  autocomplete?: string;
  inputmode?: 'text' | 'tel' | 'email' | 'numeric' | 'decimal' | 'url' | 'search' | 'none';
  placeholder?: string;
  maxlength?: number;
  /** Text shown before the input, e.g. `+852`. */
  prefix?: string;
  /** Replaces the default part names of the input, e.g. `input code-input`. */
  part?: string;
  /** The id of an error another field shows that applies to this one too (one error for a group of fields): the field is invalid and described by it. */
  sharedError?: string;
  multiline?: boolean;
  /** Controls on the input's row (e.g. an "Apply" button), in a `.control-row` the caller styles. */
  after?: TemplateResult;
  onInput?: (event: InputEvent) => void;
  onChange?: (event: Event) => void;
  onKeydown?: (event: KeyboardEvent) => void;
}

export interface SelectFieldOptions extends FieldBase {
  value?: string;
  options: readonly {value: string; label: string}[];
  /** Text of an empty first option. */
  placeholder?: string;
  onChange?: (event: Event) => void;
}

export interface CheckboxFieldOptions extends FieldBase {
  checked?: boolean;
  /** Submitted value when checked (several checkboxes can share a `name`). */
  value?: string;
  onChange?: (event: Event) => void;
}

function describedBy({id, hint, error, sharedError}: FieldBase & {sharedError?: string}): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', sharedError ?? ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function requiredMark(required?: boolean) {
  return required
    ? html`<span class="required" aria-hidden="true" title=${msg('Required', {id: 'ui.required', desc: 'Tooltip of the required-field mark'})}>*</span>`
    : nothing;
}

function messages({id, hint, error}: FieldBase) {
  return html`${hint ? html`<p part="hint" class="hint" id="${id}-hint">${hint}</p>` : nothing}${error
    ? html`<p part="error" class="error" id="${id}-error"><span aria-hidden="true">⚠ </span>${error}</p>`
    : nothing}`;
}

export function renderField(options: TextFieldOptions): TemplateResult {
  const {id, name, label, type = 'text', value = '', required, disabled, prefix, part = 'input'} = options;
  const error = options.error || options.sharedError;
  const control = options.multiline
    ? html`<textarea
        part=${part}
        class="input"
        id=${id}
        name=${name}
        .value=${value}
        ?required=${required}
        ?disabled=${disabled}
        autocomplete=${ifDefined(options.autocomplete)}
        placeholder=${ifDefined(options.placeholder)}
        maxlength=${ifDefined(options.maxlength)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(options))}
        @input=${options.onInput}
        @change=${options.onChange}
      ></textarea>`
    : html`<input
        part=${part}
        class="input"
        id=${id}
        name=${name}
        type=${type}
        .value=${value}
        ?required=${required}
        ?disabled=${disabled}
        autocomplete=${ifDefined(options.autocomplete)}
        inputmode=${ifDefined(options.inputmode)}
        placeholder=${ifDefined(options.placeholder)}
        maxlength=${ifDefined(options.maxlength)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(options))}
        @input=${options.onInput}
        @change=${options.onChange}
        @keydown=${options.onKeydown}
      />`;
  return html`<div part="field" class="field ${error ? 'invalid' : ''}">
    <label part="label" class="label" for=${id}>${label}${requiredMark(required)}</label>
    ${prefix ? html`<div class="affix"><span part="prefix" class="prefix" aria-hidden="true">${prefix}</span>${control}</div>` : options.after ? html`<div class="control-row">${control}${options.after}</div>` : control}
    ${messages(options)}
  </div>`;
}

export function renderSelectField(options: SelectFieldOptions): TemplateResult {
  const {id, name, label, value = '', required, disabled, error} = options;
  return html`<div part="field" class="field ${error ? 'invalid' : ''}">
    <label part="label" class="label" for=${id}>${label}${requiredMark(required)}</label>
    <select
      part="input"
      class="input"
      id=${id}
      name=${name}
      ?required=${required}
      ?disabled=${disabled}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(options))}
      @change=${options.onChange}
    >
      ${options.placeholder !== undefined ? html`<option value="" ?selected=${!value}>${options.placeholder}</option>` : nothing}
      ${options.options.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`)}
    </select>
    ${messages(options)}
  </div>`;
}

export function renderCheckboxField(options: CheckboxFieldOptions): TemplateResult {
  const {id, name, label, checked = false, required, disabled, error} = options;
  return html`<div part="field" class="field checkbox-field ${error ? 'invalid' : ''}">
    <input
      part="checkbox"
      class="checkbox"
      type="checkbox"
      id=${id}
      name=${name}
      .value=${options.value ?? 'on'}
      .checked=${checked}
      ?required=${required}
      ?disabled=${disabled}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(options))}
      @change=${options.onChange}
    />
    <label part="label" class="label" for=${id}>${label}${requiredMark(required)}</label>
    ${messages(options)}
  </div>`;
}
