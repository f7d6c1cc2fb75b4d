/** One question of `<fav-survey>` per §7.3 type: its input, label, required mark, hint and error. */
import {msg} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';
import type {QuestionBlock} from '../../api/schemas/surveys.js';
import {renderField, renderSelectField} from '../../ui/field.js';
import {inputKind, isRequired, scaleOf, type RawAnswer} from './survey-logic.js';

export interface QuestionContext {
  value: RawAnswer | undefined;
  error?: string;
  onAnswer(value: RawAnswer): void;
}

/** An id that is safe in the shadow root whatever the block id holds. */
export const controlId = (block: QuestionBlock) => `q-${block.id.replace(/[^\w-]/g, '_')}`;

function hintOf(block: QuestionBlock): string | undefined {
  return [block.description, block.helpText].filter(Boolean).join(' ') || undefined;
}

const requiredText = () => msg('required', {id: 'survey.required', desc: 'Read by screen readers after a required question'});

/** Radio, checkbox and scale groups: a fieldset whose legend is the question. */
function renderGroup(block: QuestionBlock, context: QuestionContext, kind: 'single' | 'multi' | 'scale'): TemplateResult {
  const id = controlId(block);
  const hint = hintOf(block);
  const required = isRequired(block);
  const describedBy = [hint ? `${id}-hint` : '', context.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const chosen = Array.isArray(context.value) ? context.value : context.value === undefined ? [] : [String(context.value)];
  const options =
    kind === 'scale'
      ? (() => {
          const {min, max} = scaleOf(block);
          return Array.from({length: max - min + 1}, (_, i) => ({value: String(min + i), label: String(min + i)}));
        })()
      : block.options.map((option) => ({value: option.value, label: option.label}));
  const change = (value: string) => (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (kind === 'scale') context.onAnswer(Number(value));
    else if (kind === 'single') context.onAnswer(value);
    else {
      const values = new Set(chosen);
      if (input.checked) values.add(value);
      else values.delete(value);
      // Keep the options' order, whatever order they were ticked in.
      context.onAnswer(options.map((o) => o.value).filter((v) => values.has(v)));
    }
  };
  return html`<fieldset
    part="question ${kind === 'scale' ? 'scale' : 'choice-group'}"
    class="question choices ${kind === 'scale' ? 'scale' : ''} ${context.error ? 'invalid' : ''}"
    data-block=${block.id}
  >
    <legend part="label" class="label">
      ${block.title}${required
        ? html`<span class="required" aria-hidden="true">*</span><span class="visually-hidden"> (${requiredText()})</span>`
        : nothing}
    </legend>
    ${hint ? html`<p part="hint" class="hint" id="${id}-hint">${hint}</p>` : nothing}
    <div class=${kind === 'scale' ? 'scale-points' : 'choice-list'}>
      ${options.map(
        (option, index) => html`<label part=${kind === 'scale' ? 'scale-point' : 'choice'} class=${kind === 'scale' ? 'scale-point' : 'choice'}>
          <input
            type=${kind === 'multi' ? 'checkbox' : 'radio'}
            id=${index === 0 ? id : `${id}-${index}`}
            name=${block.id}
            value=${option.value}
            .checked=${live(chosen.includes(option.value))}
            ?required=${required && kind !== 'multi'}
            aria-invalid=${context.error ? 'true' : 'false'}
            aria-describedby=${ifDefined(describedBy)}
            @change=${change(option.value)}
          />
          <span>${option.label}</span>
        </label>`,
      )}
    </div>
    ${kind === 'scale' ? renderScaleEnds(block) : nothing}
    ${context.error ? html`<p part="error" class="error" id="${id}-error"><span aria-hidden="true">⚠ </span>${context.error}</p>` : nothing}
  </fieldset>`;
}

/** "Not likely" … "Very likely" under an NPS scale (the survey's own help text explains ratings). */
function renderScaleEnds(block: QuestionBlock) {
  if (block.type !== 'nps' || block.helpText) return nothing;
  return html`<p class="scale-ends hint" aria-hidden="true">
    <span>${msg('Not at all likely', {id: 'survey.nps.low', desc: 'Label under 0 of a 0–10 recommendation scale'})}</span>
    <span>${msg('Extremely likely', {id: 'survey.nps.high', desc: 'Label under 10 of a 0–10 recommendation scale'})}</span>
  </p>`;
}

export function renderQuestion(block: QuestionBlock, context: QuestionContext): TemplateResult {
  const kind = inputKind(block);
  if (kind === 'none') {
    return html`<div part="statement" class="statement" data-block=${block.id}>
      <h3 class="subheading">${block.title}</h3>
      ${block.description ? html`<p class="description">${block.description}</p>` : nothing}
    </div>`;
  }
  if (kind === 'single' || kind === 'multi' || kind === 'scale') return renderGroup(block, context, kind);
  const common = {
    id: controlId(block),
    name: block.id,
    label: block.title,
    hint: hintOf(block),
    error: context.error,
    required: isRequired(block),
  };
  const text = typeof context.value === 'string' ? context.value : context.value === undefined ? '' : String(context.value);
  const onInput = (event: Event) => context.onAnswer((event.target as HTMLInputElement).value);
  if (kind === 'dropdown') {
    return html`<div part="question" class="question" data-block=${block.id}>
      ${renderSelectField({
        ...common,
        value: text,
        placeholder: msg('Choose…', {id: 'survey.dropdown.placeholder', desc: 'Empty first option of a drop-down question'}),
        options: block.options.map((option) => ({value: option.value, label: option.label})),
        onChange: onInput,
      })}
    </div>`;
  }
  const types = {text: 'text', long: 'text', date: 'date', number: 'number', email: 'email', phone: 'tel'} as const;
  return html`<div part="question" class="question" data-block=${block.id}>
    ${renderField({
      ...common,
      type: types[kind],
      multiline: kind === 'long',
      value: text,
      autocomplete: kind === 'email' ? 'email' : kind === 'phone' ? 'tel' : undefined,
      inputmode: kind === 'number' ? 'decimal' : undefined,
      onInput,
      onChange: kind === 'date' ? onInput : undefined,
    })}
  </div>`;
}
