// The demo's playground (demo/playground.html): the snippet generator alone, the snippet it produces
// pasted on a page with the built bundle, and the playground UI driving the preview and the snippet.
import {expect, waitUntil} from '@open-wc/testing';
import {clickLikeAUser, sendKeys} from '../support/commands.js';
import {elementsFromManifest, type ElementSpec, type Manifest} from '../../demo/playground/elements.js';
import {mountPlayground, type Playground} from '../../demo/playground/playground.js';
import {attribute, CDN_SRC, snippet, type SnippetInput} from '../../demo/playground/snippet.js';
import {tokens} from '../../src/ui/tokens.js';
import {squash} from '../support/widget-page.js';

/** The manifest `npm run build` writes (run it before these tests). */
async function builtManifest(): Promise<Manifest> {
  const response = await fetch('/dist/custom-elements.json');
  if (!response.ok) throw new Error('dist/custom-elements.json is missing: run `npm run build` first');
  return (await response.json()) as Manifest;
}

const events: ElementSpec = {
  tag: 'fav-events',
  summary: 'Events.',
  attributes: [
    {name: 'event', kind: 'text', options: [], defaultValue: '', description: 'Open this event.'},
    {name: 'layout', kind: 'choice', options: ['list', 'grid'], defaultValue: 'list', description: 'List or grid.'},
    {name: 'hide-past', kind: 'boolean', options: [], defaultValue: false, description: 'Hide ended events.'},
    {name: 'page-size', kind: 'number', options: [], defaultValue: '10', description: 'Per page.'},
    {name: 'payment-methods', kind: 'text', options: [], defaultValue: '', description: 'JSON.'},
  ],
};
const input = (overrides: Partial<SnippetInput> = {}): SnippetInput => ({
  element: events,
  values: {},
  provider: {companyId: 'demo', locale: 'en', theme: 'inherit'},
  tokens: {},
  tokenDefaults: tokens,
  ...overrides,
});
/** The snippet's markup parsed as a browser would (scripts inert). */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('playground snippet', () => {
  it('is the CDN script tag and the provider with the widget when nothing is changed', () => {
    expect(snippet(input())).to.equal(
      [
        `<script type="module" src="${CDN_SRC}"></script>`,
        '',
        '<fav-provider company-id="demo" locale="en">',
        '  <fav-events></fav-events>',
        '</fav-provider>',
        '',
      ].join('\n'),
    );
  });

  it('lists only attributes that differ from their defaults, in the manifest order, booleans bare', () => {
    const text = snippet(input({values: {'page-size': '5', layout: 'grid', event: 'full-moon-sound-bath', 'hide-past': true}}));
    expect(text).to.contain('<fav-events event="full-moon-sound-bath" layout="grid" hide-past page-size="5"></fav-events>');
    const defaults = snippet(input({values: {event: '', layout: 'list', 'hide-past': false, 'page-size': '10'}}));
    expect(defaults).to.contain('  <fav-events></fav-events>');
  });

  it('puts the theme on the provider unless it is the default (inherit), and mock when asked', () => {
    expect(snippet(input({provider: {companyId: 'demo-taipei', locale: 'zh-Hant', theme: 'dark', mock: true}}))).to.contain(
      '<fav-provider company-id="demo-taipei" locale="zh-Hant" theme="dark" mock>',
    );
    expect(snippet(input({provider: {companyId: 'demo', locale: 'en', theme: 'inherit', mock: false}}))).to.contain('<fav-provider company-id="demo" locale="en">');
    expect(snippet(input({provider: {companyId: 'demo', locale: 'en', theme: 'light', mock: false}}))).to.contain('<fav-provider company-id="demo" locale="en" theme="light">');
  });

  it('escapes attribute values so the browser reads them back unchanged', () => {
    const hostile = [`[{"id":"pm-card","name":"Card"}]`, `Tom's "deal" & <b>more</b>`, 'a&amp;b', `'single'`];
    for (const value of hostile) {
      const text = snippet(input({values: {'payment-methods': value}}));
      const parsed = parse(text).querySelector('fav-events')!;
      expect(parsed.getAttribute('payment-methods'), text).to.equal(value);
      expect(parsed.attributes.length, text).to.equal(1);
    }
    expect(attribute('payment-methods', '[{"id":"pm-card"}]')).to.equal(`payment-methods='[{"id":"pm-card"}]'`);
    expect(attribute('heading', `Tom's "deal" & more`)).to.equal('heading="Tom\'s &quot;deal&quot; &amp; more"');
    const src = parse(snippet(input({src: '/dist/fav-widgets.js?v="1"&x'}))).querySelector('script')!;
    expect(src.getAttribute('src')).to.equal('/dist/fav-widgets.js?v="1"&x');
  });

  it('sets changed tokens on fav-provider in a <style> block, leaving out the theme defaults', () => {
    const text = snippet(input({tokens: {'--fav-color-primary': '#AA1155', '--fav-radius': '8px', '--fav-font-family': 'Georgia, serif'}}));
    expect(text).to.contain(['<style>', '  fav-provider {', '    --fav-color-primary: #AA1155;', '    --fav-font-family: Georgia, serif;', '  }', '</style>'].join('\n'));
    expect(text).not.to.contain('--fav-radius');
    expect(snippet(input({tokens: {'--fav-radius': '8px'}}))).not.to.contain('<style>');
  });

  it('compares tokens with the defaults of the chosen theme (auto: with both)', () => {
    const darkPrimary = {'--fav-color-primary': '#7ab4ff'};
    expect(snippet(input({tokens: darkPrimary, provider: {companyId: 'demo', locale: 'en', theme: 'dark'}}))).not.to.contain('<style>');
    expect(snippet(input({tokens: darkPrimary, provider: {companyId: 'demo', locale: 'en', theme: 'light'}}))).to.contain('--fav-color-primary: #7ab4ff;');
    expect(snippet(input({tokens: darkPrimary, provider: {companyId: 'demo', locale: 'en', theme: 'auto'}}))).to.contain('--fav-color-primary: #7ab4ff;');
    expect(snippet(input({tokens: {'--fav-radius': '8px'}, provider: {companyId: 'demo', locale: 'en', theme: 'auto'}}))).not.to.contain('<style>');
    // The default theme has its own values for some tokens (the page's text colour); others follow light or dark.
    expect(snippet(input({tokens: {'--fav-color-text': 'currentColor'}}))).not.to.contain('<style>');
    expect(snippet(input({tokens: {'--fav-color-text': '#1f2328'}}))).to.contain('--fav-color-text: #1f2328;');
    expect(snippet(input({tokens: darkPrimary}))).to.contain('--fav-color-primary: #7ab4ff;');
  });

  it('keeps a token value inside its declaration and the <style> element', () => {
    const text = snippet(input({tokens: {'--fav-font-family': 'x</style><script>alert(1)</script>; } body { display: none'}}));
    const doc = parse(`${text}<p>after</p>`);
    expect(doc.querySelectorAll('style')).to.have.length(1);
    expect(doc.querySelector('script[src]')).to.exist;
    expect(doc.querySelectorAll('script')).to.have.length(1);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(doc.querySelector('style')!.textContent!);
    expect(sheet.cssRules).to.have.length(1);
    expect((sheet.cssRules[0] as CSSStyleRule).selectorText).to.equal('fav-provider');
    expect((sheet.cssRules[0] as CSSStyleRule).style.length).to.equal(1);
  });
});

describe('playground elements from custom-elements.json', () => {
  it('offers every widget, with a control kind per attribute and without the provider settings', async () => {
    const elements = elementsFromManifest(await builtManifest());
    expect(elements.map((e) => e.tag)).to.deep.equal([
      'fav-login', 'fav-booking', 'fav-my-bookings', 'fav-events', 'fav-shop-checkout', 'fav-offers',
      'fav-survey', 'fav-contact', 'fav-page', 'fav-posts', 'fav-post', 'fav-menu',
    ]);
    const spec = (tag: string, name: string) => elements.find((e) => e.tag === tag)!.attributes.find((a) => a.name === name);
    expect(spec('fav-events', 'layout')).to.deep.include({kind: 'choice', options: ['grid', 'list']});
    expect(spec('fav-shop-checkout', 'view')).to.deep.include({kind: 'choice', options: ['catalogue', 'cart', 'orders'], defaultValue: ''});
    expect(spec('fav-booking', 'hide-search')).to.deep.include({kind: 'boolean', defaultValue: false});
    expect(spec('fav-booking', 'page-size')).to.deep.include({kind: 'number', defaultValue: '10'});
    expect(spec('fav-booking', 'service-id')).to.deep.include({kind: 'text', defaultValue: '', description: 'Start at this service (its id) instead of the service list.'});
    expect(spec('fav-page', 'heading-level')).to.deep.include({kind: 'number', defaultValue: '2'});
    for (const element of elements) {
      expect(element.attributes.map((a) => a.name), element.tag).not.to.include.members(['company-id', 'locale', 'theme', 'mock']);
    }
    expect(elements.find((e) => e.tag === 'fav-login')!.attributes.map((a) => a.name)).to.deep.equal(['prefill', 'prefill-params']);
  });
});

describe('the snippet pasted on a page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('renders the widget from the built bundle, in Chinese, with the token colour on its primary button', async () => {
    const booking = elementsFromManifest(await builtManifest()).find((e) => e.tag === 'fav-booking')!;
    const pasted = snippet({
      src: '/dist/fav-widgets.js',
      element: booking,
      values: {'service-id': 'svc_consult'},
      provider: {companyId: 'demo', locale: 'zh-Hant', theme: 'light', mock: true},
      tokens: {'--fav-color-primary': '#aa1155'},
      tokenDefaults: tokens,
    });
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 480px; height: 640px';
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A site</title></head><body>\n${pasted}</body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame!.addEventListener('load', resolve, {once: true}));
    const win = frame.contentWindow!;
    const widget = frame.contentDocument!.querySelector('fav-booking')!;
    const heading = () => squash(widget.shadowRoot?.querySelector('[part~="heading"]')?.textContent);
    await waitUntil(() => heading() === '免費健康諮詢', 'the service in Chinese', {timeout: 10000});

    const button = widget.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button-primary"]')!;
    expect(squash(button.textContent)).to.equal('選擇時間');
    expect(win.getComputedStyle(button).backgroundColor).to.equal('rgb(170, 17, 85)');

    const loaded = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include('/dist/fav-widgets.js');
    expect(loaded.filter((path) => path.endsWith('.js') && !path.startsWith('/dist/'))).to.deep.equal([]);
    expect(win.customElements.get('fav-booking')).to.exist;
    expect(win.customElements.get('fav-booking')).not.to.equal(customElements.get('fav-booking'));
  });
});

describe('playground UI', () => {
  let root: HTMLElement;
  let playground: Playground;
  beforeEach(async () => {
    root = document.createElement('div');
    document.body.append(root);
    playground = mountPlayground(root, {manifest: await builtManifest(), scriptSrc: '/dist/fav-widgets.js'});
  });
  afterEach(() => {
    playground.destroy();
    root.remove();
  });

  const control = <E extends HTMLElement = HTMLInputElement>(id: string) => root.querySelector<E>(`#${id}`)!;
  const snippetText = () => control<HTMLTextAreaElement>('pg-snippet').value;
  const preview = () => root.querySelector('.pg-preview fav-provider')!;
  const previewWidget = () => preview().firstElementChild!;
  const labelOf = (element: Element) => squash([...(element as HTMLInputElement).labels!].map((l) => l.textContent).join(' '));
  function choose(id: string, value: string): void {
    const select = control<HTMLSelectElement>(id);
    select.value = value;
    select.dispatchEvent(new Event('change', {bubbles: true}));
  }

  it('builds the preview and the snippet from the picked widget, its attributes, the provider and a token', async () => {
    expect(control<HTMLSelectElement>('pg-widget').options.length).to.equal(12);
    choose('pg-widget', 'fav-events');
    expect(previewWidget().localName).to.equal('fav-events');
    expect(preview().getAttribute('company-id')).to.equal('demo');
    expect(preview().hasAttribute('mock')).to.be.true;
    expect(snippetText()).to.contain('  <fav-events></fav-events>');

    expect(labelOf(control('pg-attr-layout'))).to.equal('layout');
    expect(squash(root.querySelector('#pg-attr-layout-hint')!.textContent)).to.equal('How lists lay out: grid (default) puts cards side by side once the widget is 36rem wide; list shows compact rows with a small image.');
    choose('pg-attr-layout', 'list');
    expect(previewWidget().getAttribute('layout')).to.equal('list');
    expect(snippetText()).to.contain('  <fav-events layout="list"></fav-events>');
    await waitUntil(() => squash(previewWidget().shadowRoot?.textContent).includes('Full Moon Sound Bath'), 'the events listed', {timeout: 10000});

    const primary = control('pg-token-color-primary');
    expect(primary.type).to.equal('color');
    expect(primary.value).to.equal('#0b5fd1');
    primary.value = '#aa1155';
    primary.dispatchEvent(new Event('input', {bubbles: true}));
    expect(snippetText()).to.contain('<style>\n  fav-provider {\n    --fav-color-primary: #aa1155;\n  }\n</style>');
    expect(getComputedStyle(preview()).getPropertyValue('--fav-color-primary').trim()).to.equal('#aa1155');
    expect(control('pg-token-radius').type).to.equal('text');

    choose('pg-locale', 'zh-Hant');
    choose('pg-theme', 'dark');
    expect(snippetText()).to.contain('<fav-provider company-id="demo" locale="zh-Hant" theme="dark">');
    expect(preview().getAttribute('theme')).to.equal('dark');
    expect(previewWidget().getAttribute('layout')).to.equal('list');
    await waitUntil(() => squash(previewWidget().shadowRoot?.textContent).includes('滿月頌缽'), 'the events in Chinese', {timeout: 10000});
    expect(getComputedStyle(preview()).getPropertyValue('--fav-color-primary').trim()).to.equal('#aa1155');
  });

  it('is driven from the keyboard: pick a widget, type an attribute, see it live', async () => {
    control<HTMLSelectElement>('pg-widget').focus();
    // Type to select: what a closed select does with letters in every engine (an arrow key opens
    // the menu in Safari instead of changing the value).
    await sendKeys({type: '<fav-b'});
    expect(control<HTMLSelectElement>('pg-widget').value).to.equal('fav-booking');
    expect(previewWidget().localName).to.equal('fav-booking');

    control('pg-attr-service-id').focus();
    expect(control('pg-attr-service-id').getAttribute('list')).to.equal('pg-attr-service-id-examples');
    await sendKeys({type: 'svc_consult'});
    expect(snippetText()).to.contain('<fav-booking service-id="svc_consult"></fav-booking>');
    await waitUntil(() => previewWidget().getAttribute('service-id') === 'svc_consult', 'the preview follows the typing');
    await waitUntil(() => squash(previewWidget().shadowRoot?.querySelector('[part~="heading"]')?.textContent) === 'Free Wellness Consultation', 'the service opened', {timeout: 10000});

    await sendKeys({press: 'Tab'});
    expect(document.activeElement?.id).to.equal('pg-attr-staff-id');
  });

  it('starts the widgets that need an attribute with a mock value, following the tenant', () => {
    choose('pg-widget', 'fav-survey');
    expect(control('pg-attr-slug').value).to.equal('wellness-check');
    expect(previewWidget().getAttribute('slug')).to.equal('wellness-check');
    choose('pg-tenant', 'demo-taipei');
    expect(control('pg-attr-slug').value).to.equal('tea-experience');
    expect(snippetText()).to.contain('<fav-provider company-id="demo-taipei" locale="en">\n  <fav-survey slug="tea-experience"></fav-survey>');
  });

  it('labels every control and passes axe', async () => {
    for (const widget of ['fav-booking', 'fav-events', 'fav-survey']) {
      choose('pg-widget', widget);
      for (const field of root.querySelectorAll<HTMLInputElement>('.pg-settings input, .pg-settings select, #pg-snippet')) {
        expect(labelOf(field), field.id).not.to.equal('');
      }
    }
    await expect(root.querySelector('.pg-settings')).to.be.accessible();
  });

  it('copies the snippet to the clipboard and says so', async () => {
    choose('pg-widget', 'fav-contact');
    // The preview above the button grows as the contact form arrives: click once it is there.
    await waitUntil(() => previewWidget().shadowRoot?.querySelector('textarea'), 'the contact form in the preview', {timeout: 10000});
    await clickLikeAUser(root.querySelector<HTMLButtonElement>('.pg-copy button')!);
    const status = control('pg-copy-status');
    expect(status.getAttribute('role')).to.equal('status');
    await waitUntil(() => status.textContent === 'Copied', 'the status says "Copied"');
    const pasteBox = document.createElement('textarea');
    root.append(pasteBox);
    pasteBox.focus();
    await sendKeys({down: 'Control'});
    await sendKeys({press: 'v'});
    await sendKeys({up: 'Control'});
    expect(pasteBox.value).to.equal(snippetText());
    expect(pasteBox.value).to.contain('<fav-contact></fav-contact>');
  });

  it('selects the snippet and says how to copy it when the page may not write the clipboard', async () => {
    const frame = document.createElement('iframe');
    frame.allow = "clipboard-write 'none'";
    frame.srcdoc = `<!doctype html><main id="root"></main><script type="module">
      import {mountPlayground} from '/demo/playground/playground.ts';
      const manifest = await (await fetch('/dist/custom-elements.json')).json();
      mountPlayground(document.querySelector('#root'), {manifest, tag: 'fav-contact'});
    </script>`;
    root.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('.pg-copy button'), 'the playground in the frame', {timeout: 10000});
    const doc = frame.contentDocument!;
    const box = doc.querySelector<HTMLTextAreaElement>('#pg-snippet')!;
    doc.querySelector<HTMLButtonElement>('.pg-copy button')!.click();
    const status = doc.querySelector('#pg-copy-status')!;
    await waitUntil(() => status.textContent !== '', 'an announcement');
    expect(status.textContent).to.equal('The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it');
    expect(doc.activeElement).to.equal(box);
    expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, box.value.length]);
    expect(box.value).to.contain('<fav-contact></fav-contact>');
  });
});
