// The script-tag entry, as a site owner uses it: tags on the page, or inserted later, load their code.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/entries/index.js';
import {resetPage} from '../support/mock.js';

describe('dist entry (fav-widgets.js)', () => {
  beforeEach(() => resetPage());

  it('defines nothing until a tag appears, then loads that element', async () => {
    expect(customElements.get('fav-login')).to.equal(undefined);
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    // Inserted after load, as a page builder would.
    wrapper.innerHTML = '<fav-provider mock company-id="demo"><fav-login></fav-login></fav-provider>';
    await waitUntil(() => customElements.get('fav-login') && customElements.get('fav-provider'), 'both elements defined', {timeout: 8000});
    const login = wrapper.querySelector('fav-login')!;
    await waitUntil(() => login.shadowRoot?.querySelector('input[name="identifier"]'), 'the sign-in form rendered', {timeout: 8000});
  });
});
