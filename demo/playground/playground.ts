/**
 * The playground: pick a widget, set its attributes, the provider's locale, theme and tenant and the
 * theme tokens; see it live on the in-browser mock and copy the snippet that reproduces it. The
 * attribute editor is generated from the custom-elements manifest; the preview is built from the
 * same attribute and token lists as the snippet, so what shows is what the snippet gives.
 */
import {html, nothing, render, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {tokens} from '../../src/ui/tokens.js';
import {elementsFromManifest, tokenDescriptions, type AttributeSpec, type ElementSpec, type Manifest} from './elements.js';
import {examplesFor, startValues, type Tenant} from './examples.js';
import {changedAttributes, changedTokens, CDN_SRC, snippet, type Theme} from './snippet.js';

export interface PlaygroundOptions {
  manifest: Manifest;
  /** The script tag's `src` in the snippet. */
  scriptSrc?: string;
  /** The widget shown first. */
  tag?: string;
}

export interface Playground {
  /** Stops pending updates and empties the root. */
  destroy(): void;
}

type Values = Record<string, string | boolean>;

const LOCALES = [
  {value: 'en', label: 'English'},
  {value: 'zh-Hant', label: '繁體中文'},
];
const THEMES: {value: Theme; label: string}[] = [
  {value: 'inherit', label: "The page's font and colours (default)"},
  {value: 'light', label: 'Light'},
  {value: 'dark', label: 'Dark'},
  {value: 'auto', label: 'Follow the OS'},
];
const TENANTS: {value: Tenant; label: string}[] = [
  {value: 'demo', label: 'Harbour Wellness Studio (demo)'},
  {value: 'demo-taipei', label: 'Taipei Tea House (demo-taipei)'},
];
const isColour = (value: string) => /^#[0-9a-f]{6}$/i.test(value);
/** A manifest description with its `code` spans as code. */
const described = (text: string) => text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));
/** Typing in a text field rebuilds the preview once the typing pauses. */
const TYPING_PAUSE_MS = 400;

export function mountPlayground(root: HTMLElement, options: PlaygroundOptions): Playground {
  const elements = elementsFromManifest(options.manifest);
  const descriptions = tokenDescriptions(options.manifest);
  const scriptSrc = options.scriptSrc ?? CDN_SRC;
  const state = {
    tag: elements.some((e) => e.tag === options.tag) ? options.tag! : elements[0]!.tag,
    values: {} as Record<string, Values>,
    locale: 'en',
    theme: 'inherit' as Theme,
    tenant: 'demo' as Tenant,
    keepMock: false,
    tokens: {} as Record<string, string>,
  };
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  let previewKey = '';

  const element = (): ElementSpec => elements.find((e) => e.tag === state.tag)!;
  const values = (): Values => (state.values[state.tag] ??= startValues(state.tenant, state.tag));
  const provider = () => ({companyId: state.tenant, locale: state.locale, theme: state.theme});
  const tokenInput = () => ({tokens: state.tokens, tokenDefaults: tokens, provider: provider()});
  const currentSnippet = () =>
    snippet({src: scriptSrc, element: element(), values: values(), provider: {...provider(), mock: state.keepMock}, tokens: state.tokens, tokenDefaults: tokens});
  const isDark = () => state.theme === 'dark' || (state.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  const previewBox = () => root.querySelector<HTMLElement>('.pg-preview')!;

  /** Rebuilds the preview when the widget, its attributes or the provider changed; tokens apply in place. */
  function updatePreview(): void {
    clearTimeout(previewTimer);
    const attributes = changedAttributes(element(), values());
    const key = JSON.stringify([state.tag, attributes, provider()]);
    let favProvider = previewBox().querySelector('fav-provider');
    if (key !== previewKey || !favProvider) {
      previewKey = key;
      favProvider = document.createElement('fav-provider');
      favProvider.setAttribute('mock', '');
      favProvider.setAttribute('company-id', state.tenant);
      favProvider.setAttribute('locale', state.locale);
      favProvider.setAttribute('theme', state.theme);
      const widget = document.createElement(state.tag);
      for (const [name, value] of attributes) widget.setAttribute(name, value === true ? '' : value);
      favProvider.append(widget);
      previewBox().replaceChildren(favProvider);
    }
    favProvider.removeAttribute('style');
    for (const [name, value] of changedTokens(tokenInput())) favProvider.style.setProperty(name, value);
  }

  function update({previewNow = true} = {}): void {
    draw();
    if (previewNow) updatePreview();
    else {
      clearTimeout(previewTimer);
      previewTimer = setTimeout(updatePreview, TYPING_PAUSE_MS);
    }
  }

  function setValue(name: string, value: string | boolean, previewNow = true): void {
    values()[name] = value;
    update({previewNow});
  }

  function setTenant(tenant: Tenant): void {
    // Start values that belong to the old tenant (a survey slug) follow to the new one.
    for (const [tag, tagValues] of Object.entries(state.values)) {
      const before = startValues(state.tenant, tag);
      const after = startValues(tenant, tag);
      for (const [name, value] of Object.entries(before)) if (tagValues[name] === value) tagValues[name] = after[name]!;
    }
    state.tenant = tenant;
    update();
  }

  async function copy(): Promise<void> {
    const text = currentSnippet();
    const box = root.querySelector<HTMLTextAreaElement>('#pg-snippet')!;
    try {
      await navigator.clipboard.writeText(text);
      announce('Copied');
    } catch {
      box.focus();
      box.select();
      announce('The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it');
    }
  }

  function announce(message: string): void {
    const status = root.querySelector<HTMLElement>('#pg-copy-status')!;
    status.textContent = '';
    // A new text node in a cleared region is announced again, even when the message repeats. A timer,
    // not an animation frame: a page that is not painting (an offscreen frame in WebKit) runs none.
    setTimeout(() => (status.textContent = message), 50);
  }

  const hintId = (id: string) => `${id}-hint`;

  function attributeControl(spec: AttributeSpec): TemplateResult {
    const id = `pg-attr-${spec.name}`;
    const value = values()[spec.name];
    const hint = html`<small id=${hintId(id)} class="pg-hint">${described(spec.description)}</small>`;
    if (spec.kind === 'boolean') {
      return html`<div class="pg-field pg-check">
        <input type="checkbox" id=${id} aria-describedby=${hintId(id)} .checked=${live(value === true)} @change=${(e: Event) => setValue(spec.name, (e.target as HTMLInputElement).checked)} />
        <label for=${id}><code>${spec.name}</code></label>
        ${hint}
      </div>`;
    }
    if (spec.kind === 'choice') {
      const selected = typeof value === 'string' && value !== '' ? value : String(spec.defaultValue);
      const choices = spec.defaultValue === '' ? ['', ...spec.options] : spec.options;
      return html`<div class="pg-field">
        <label for=${id}><code>${spec.name}</code></label>
        <select id=${id} aria-describedby=${hintId(id)} @change=${(e: Event) => setValue(spec.name, (e.target as HTMLSelectElement).value)}>
          ${choices.map((choice) => html`<option value=${choice} .selected=${live(choice === selected)}>${choice === '' ? '(default)' : choice}${choice !== '' && choice === spec.defaultValue ? ' (default)' : ''}</option>`)}
        </select>
        ${hint}
      </div>`;
    }
    const examples = examplesFor(state.tenant, state.tag, spec.name);
    const listId = `${id}-examples`;
    return html`<div class="pg-field">
      <label for=${id}><code>${spec.name}</code></label>
      <input
        id=${id}
        type=${spec.kind === 'number' ? 'number' : 'text'}
        spellcheck="false"
        autocomplete="off"
        list=${examples.length ? listId : nothing}
        placeholder=${spec.defaultValue === '' ? nothing : `${spec.defaultValue} (default)`}
        aria-describedby=${hintId(id)}
        .value=${live(typeof value === 'string' ? value : '')}
        @input=${(e: Event) => setValue(spec.name, (e.target as HTMLInputElement).value, false)}
        @change=${() => updatePreview()}
      />
      ${examples.length ? html`<datalist id=${listId}>${examples.map((example) => html`<option value=${example.value} label=${example.label}></option>`)}</datalist>` : nothing}
      ${hint}
    </div>`;
  }

  function tokenControl([name, light, dark = light, inherit]: (typeof tokens)[number]): TemplateResult {
    const id = `pg-token-${name.slice('--fav-'.length)}`;
    const fallback = state.theme === 'inherit' && inherit ? inherit : isDark() ? dark : light;
    const value = state.tokens[name] ?? fallback;
    const set = (e: Event) => {
      state.tokens[name] = (e.target as HTMLInputElement).value;
      update();
    };
    return html`<div class="pg-field pg-token">
      <label for=${id}><code>${name}</code></label>
      ${isColour(fallback)
        ? html`<span class="pg-colour"><input type="color" id=${id} aria-describedby=${hintId(id)} .value=${live(value)} @input=${set} /><output for=${id}>${value}</output></span>`
        : html`<input type="text" id=${id} spellcheck="false" aria-describedby=${hintId(id)} .value=${live(value)} @input=${set} />`}
      <small id=${hintId(id)} class="pg-hint">${described(descriptions.get(name) ?? '')}</small>
    </div>`;
  }

  function select<T extends string>(id: string, label: string, current: T, choices: {value: T; label: string}[], onChange: (value: T) => void): TemplateResult {
    return html`<div class="pg-field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value as T)}>
        ${choices.map((choice) => html`<option value=${choice.value} .selected=${live(choice.value === current)}>${choice.label}</option>`)}
      </select>
    </div>`;
  }

  function draw(): void {
    const spec = element();
    const text = currentSnippet();
    const edited = Object.keys(state.tokens).length > 0;
    render(
      html`<div class="pg-layout">
        <form class="pg-settings" aria-label="Playground settings" @submit=${(e: Event) => e.preventDefault()}>
          <fieldset>
            <legend>Widget</legend>
            ${select('pg-widget', 'Element', state.tag, elements.map((e) => ({value: e.tag, label: `<${e.tag}>`})), (tag) => {
              state.tag = tag;
              update();
            })}
            <p class="pg-hint">${described(spec.summary)}</p>
          </fieldset>
          <fieldset>
            <legend>Provider</legend>
            ${select('pg-locale', 'Language (locale)', state.locale, LOCALES, (locale) => {
              state.locale = locale;
              update();
            })}
            ${select('pg-theme', 'Theme', state.theme, THEMES, (theme) => {
              state.theme = theme;
              update();
            })}
            ${select('pg-tenant', 'Tenant (company-id)', state.tenant, TENANTS, setTenant)}
            <div class="pg-field pg-check">
              <input type="checkbox" id="pg-keep-mock" aria-describedby="pg-keep-mock-hint" .checked=${live(state.keepMock)} @change=${(e: Event) => {
                state.keepMock = (e.target as HTMLInputElement).checked;
                update();
              }} />
              <label for="pg-keep-mock">Keep <code>mock</code> in the snippet</label>
              <small id="pg-keep-mock-hint" class="pg-hint">The preview always runs on the mock; with this the pasted snippet does too (no FavCRM account needed).</small>
            </div>
          </fieldset>
          <fieldset>
            <legend>Attributes of <code>&lt;${spec.tag}&gt;</code></legend>
            ${spec.attributes.length ? spec.attributes.map(attributeControl) : html`<p class="pg-hint">No attributes of its own: everything comes from the provider.</p>`}
          </fieldset>
          <fieldset>
            <legend>Theme tokens (on <code>fav-provider</code>)</legend>
            <button type="button" ?disabled=${!edited} @click=${() => {
              state.tokens = {};
              update();
            }}>Reset tokens</button>
            <div class="pg-tokens">${tokens.map(tokenControl)}</div>
          </fieldset>
        </form>
        <div class="pg-output">
          <section aria-labelledby="pg-preview-title">
            <h2 id="pg-preview-title">Preview <span>on the mock tenant</span></h2>
            <div class=${isDark() ? 'pg-preview dark' : 'pg-preview'}></div>
          </section>
          <section aria-labelledby="pg-snippet-title">
            <h2 id="pg-snippet-title">Snippet</h2>
            <label for="pg-snippet" class="pg-hint">Paste this into your page:</label>
            <textarea id="pg-snippet" readonly spellcheck="false" rows=${text.split('\n').length} .value=${live(text)}></textarea>
            <div class="pg-copy">
              <button type="button" @click=${copy}>Copy</button>
              <p id="pg-copy-status" role="status"></p>
            </div>
          </section>
        </div>
      </div>`,
      root,
    );
  }

  update();
  void import('../../src/entries/index.js');

  return {
    destroy() {
      clearTimeout(previewTimer);
      render(nothing, root);
    },
  };
}
