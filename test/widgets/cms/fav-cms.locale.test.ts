/**
 * A new `locale` (docs/guides/languages.md): the CMS elements show their content again in it, and
 * the post list keeps its page, what was typed in its search and the post opened in place.
 */
import {expect, html, waitUntil} from '@open-wc/testing';
import '../../../src/entries/cms.js';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import {applyLocale} from '../../../src/i18n/locale.js';
import {MOCK_CMS_IDS} from '../../../src/mock/index.js';
import type {FavPage} from '../../../src/widgets/cms/fav-page.js';
import type {FavPosts} from '../../../src/widgets/cms/fav-posts.js';
import {A_MONDAY_MORNING, pinClock} from '../../support/clock.js';
import {lastRequest, requestsFor, resetPage} from '../../support/mock.js';
import {flowOf, squash} from '../../support/widget-page.js';
import {CmsPage} from './cms-page.js';

const CJK = /[\u4e00-\u9fff]/;

describe('CMS elements in a new locale', () => {
  beforeEach(() => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
  });
  afterEach(() => applyLocale('en'));

  it('<fav-posts> keeps its page, the search typed and the post opened in place when the provider switches to zh-Hant', async () => {
    const page = await CmsPage.mount<FavPosts>(
      html`<div><button id="switcher">中文</button><fav-provider mock company-id="demo"><fav-posts></fav-posts></fav-provider></div>`,
      'fav-posts',
    );
    await page.click('Next');
    await page.settled();
    await page.type('search', 'sesame');
    const second = [...page.root.querySelectorAll<HTMLElement>('[data-slug]')].map((node) => node.dataset.slug);
    page.root.querySelector<HTMLButtonElement>('button[part~="post-link"]')!.click();
    await waitUntil(() => page.root.querySelector('fav-post')?.shadowRoot?.querySelector('[part~="content"]'), 'the post opened in place', {timeout: 8000});
    const post = page.root.querySelector('fav-post')!;
    const title = () => squash(post.shadowRoot!.querySelector('[part~="title"], h1, h2, h3')?.textContent);
    const switcher = page.element.closest('div')!.querySelector<HTMLButtonElement>('#switcher')!;
    switcher.focus();

    page.element.closest<FavProvider>('fav-provider')!.locale = 'zh-Hant';
    await waitUntil(() => CJK.test(title()), 'the post in Chinese', {timeout: 8000});
    await waitUntil(() => page.text.includes('返回文章列表'), 'the back button in Chinese', {timeout: 8000});
    expect(flowOf(page.element).step).to.equal('post');
    expect(document.activeElement === switcher, `the focus stays on the language switcher, not ${document.activeElement?.localName}`).to.equal(true);

    await page.click('返回文章列表');
    await waitUntil(() => page.root.querySelector('[part~="post-list"]') && !flowOf(page.element).busy, 'the list', {timeout: 8000});
    expect([...page.root.querySelectorAll<HTMLElement>('[data-slug]')].map((node) => node.dataset.slug)).to.deep.equal(second);
    expect(squash(page.root.querySelector('[part~="pager-status"]')?.textContent)).to.contain('第 2 頁');
    expect(CJK.test(squash(page.root.querySelector('[part~="post-link"]')?.textContent)), 'the titles in Chinese').to.equal(true);
    expect(page.input('search').value).to.equal('sesame');
    expect(lastRequest('listPosts').headers['accept-language']).to.equal('zh-Hant');
    expect(lastRequest('listPosts').query).to.include({page: '2'}).and.not.have.property('search');
    expect(lastRequest('listCmsCategories').headers['accept-language']).to.equal('zh-Hant');
  });

  it('<fav-page> shows its content in Chinese without a placeholder in between, on its own locale attribute', async () => {
    const page = await CmsPage.mount<FavPage>(html`<fav-page mock company-id="demo" locale="en" slug=${MOCK_CMS_IDS.pages.about}></fav-page>`, 'fav-page');
    const reads = requestsFor('getPage').length;
    let placeholder = false;
    const watch = new MutationObserver(() => (placeholder ||= Boolean(page.root.querySelector('[part~="skeleton"]'))));
    watch.observe(page.root, {childList: true, subtree: true});
    page.element.setAttribute('locale', 'zh-Hant');
    await waitUntil(() => requestsFor('getPage').length > reads && !flowOf(page.element).busy && CJK.test(squash(page.content.textContent)), 'the page in Chinese', {timeout: 8000});
    watch.disconnect();
    expect(placeholder, 'a placeholder showed').to.equal(false);
    expect(lastRequest('getPage').headers['accept-language']).to.equal('zh-Hant');
  });
});
