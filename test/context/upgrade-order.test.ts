// Its own file (its own page): the order in which elements are defined matters here.
import {expect, fixture, html} from '@open-wc/testing';
import {ContextRoot} from '@lit/context';
import {FavLogin} from '../../src/widgets/login/fav-login.js';
import {define} from '../../src/ui/fav-element.js';
import {LoginPage} from '../widgets/login/login-page.js';
import {resetPage} from '../support/mock.js';

describe('a widget that upgrades before its provider', () => {
  before(() => {
    new ContextRoot().attach(document.documentElement);
    define('fav-login', FavLogin);
  });
  beforeEach(() => resetPage());

  it('connects once the provider upgrades', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><fav-provider mock company-id="demo"><fav-login></fav-login></fav-provider></div>`);
    const login = wrapper.querySelector('fav-login')!;
    expect(customElements.get('fav-provider')).to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await import('../../src/entries/provider.js');
    const page = new LoginPage(login);
    await page.waitFor('identify');
    expect(page.heading).to.equal('Sign in');
  });

  it('warns instead of throwing when a tag is defined twice', () => {
    class Another extends HTMLElement {}
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      define('fav-login', Another);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('fav-login')).to.equal(FavLogin);
    expect(warnings).to.have.length(1);
  });
});
