import {html, nothing, type TemplateResult} from 'lit';

/** A real `<h2>`–`<h6>` (clamped) with an optional part, id and class; `tabindex=-1` when `focusable`. */
export function renderHeading(level: number, content: unknown, {part, id, className, focusable}: {part?: string; id?: string; className?: string; focusable?: boolean} = {}): TemplateResult {
  const p = part ?? nothing;
  const i = id ?? nothing;
  const c = className ?? nothing;
  const t = focusable ? '-1' : nothing;
  switch (Math.min(6, Math.max(2, Math.round(level) || 2))) {
    case 2:
      return html`<h2 part=${p} id=${i} class=${c} tabindex=${t}>${content}</h2>`;
    case 3:
      return html`<h3 part=${p} id=${i} class=${c} tabindex=${t}>${content}</h3>`;
    case 4:
      return html`<h4 part=${p} id=${i} class=${c} tabindex=${t}>${content}</h4>`;
    case 5:
      return html`<h5 part=${p} id=${i} class=${c} tabindex=${t}>${content}</h5>`;
    default:
      return html`<h6 part=${p} id=${i} class=${c} tabindex=${t}>${content}</h6>`;
  }
}
