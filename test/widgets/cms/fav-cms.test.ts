import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '../../support/commands.js';
import '../../../src/entries/cms.js';
import {MOCK_CMS_IDS} from '../../../src/mock/fixtures/cms.js';
import type {FavMenu} from '../../../src/widgets/cms/fav-menu.js';
import type {FavPage, FavPageLoadedDetail} from '../../../src/widgets/cms/fav-page.js';
import type {FavPost} from '../../../src/widgets/cms/fav-post.js';
import type {FavPosts, FavPostSelectedDetail} from '../../../src/widgets/cms/fav-posts.js';
import {lastRequest, mockControl, requestsFor, resetPage} from '../../support/mock.js';
import {deepActive, tabTo} from '../../support/keyboard.js';
import {flowOf, squash} from '../../support/widget-page.js';
import {CmsPage} from './cms-page.js';
import {XSS_CORPUS} from './xss-corpus.js';
import {sanitizeHtml} from '../../../src/widgets/cms/cms-sanitize.js';
import {A_MONDAY_MORNING, pinClock} from '../../support/clock.js';

declare global {
  interface Window {
    __favXss?: unknown;
  }
}

const P = MOCK_CMS_IDS.pages;
const POSTS = MOCK_CMS_IDS.posts;

const mountPage = (slug: string, attrs = html``) =>
  CmsPage.mount<FavPage>(html`<fav-provider mock company-id="demo"><fav-page slug=${slug}>${attrs}</fav-page></fav-provider>`, 'fav-page');
const mountPost = (slug: string) => CmsPage.mount<FavPost>(html`<fav-provider mock company-id="demo"><fav-post slug=${slug}></fav-post></fav-provider>`, 'fav-post');
const mountPosts = (template = html`<fav-provider mock company-id="demo"><fav-posts post-url="/blog/{slug}"></fav-posts></fav-provider>`) =>
  CmsPage.mount<FavPosts>(template, 'fav-posts', 'list');
const mountMenu = (template = html`<fav-provider mock company-id="demo"><fav-menu location="header"></fav-menu></fav-provider>`) =>
  CmsPage.mount<FavMenu>(template, 'fav-menu');

function noHorizontalScroll(element: HTMLElement): void {
  expect(document.documentElement.scrollWidth).to.be.at.most(360);
  expect(element.scrollWidth).to.be.at.most(element.clientWidth + 1);
}

describe('CMS elements', () => {
  let alerts: unknown[];
  const realAlert = window.alert;
  beforeEach(async () => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
    delete window.__favXss;
    alerts = [];
    window.alert = (message?: unknown) => void alerts.push(message);
    await setViewport({width: 1000, height: 900});
  });
  afterEach(() => {
    window.alert = realAlert;
    expect(window.__favXss, 'a payload ran').to.equal(undefined);
  });

  describe('<fav-page>', () => {
    it('renders a page of blocks under its title: outline, lazy images with alt, lists, quote, columns, unknown blocks skipped', async () => {
      const loaded = new Promise<CustomEvent<FavPageLoadedDetail>>((resolve) => document.addEventListener('fav-page-loaded', (e) => resolve(e), {once: true}));
      const page = await mountPage(P.about);
      const event = await loaded;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        id: 'pg_about',
        slug: 'about',
        title: 'About us',
        seoTitle: 'About Harbour Wellness Studio, Wan Chai',
        seoDescription: 'Massage, sauna, physiotherapy and yoga in Wan Chai since 2016.',
      } satisfies FavPageLoadedDetail);
      const request = lastRequest('getPage');
      expect(request.method).to.equal('GET');
      expect(request.path).to.match(/\/cms\/pages\/about$/);
      expect(request.headers['x-company-id']).to.equal('demo');
      expect(request.headers).to.not.have.property('authorization');

      expect(page.heading).to.equal('About us');
      const outline = page.headings();
      expect(outline[0]).to.equal('h2:About us');
      expect(outline).to.include('h3:What we offer');
      expect(outline).to.include('h4:Opening hours');
      expect(outline.some((h) => /^h[12]:/.test(h) && h !== 'h2:About us')).to.equal(false);
      const images = [...page.content.querySelectorAll('img')];
      expect(images.length).to.be.greaterThan(3);
      for (const image of images) {
        expect(image.getAttribute('loading')).to.equal('lazy');
        expect(image.alt).to.not.equal('');
      }
      expect(page.content.querySelector('img')!.alt).to.equal('Our reception, with plants and a wooden counter');
      expect(squash(page.content.querySelector('ul')!.textContent)).to.contain('Physiotherapy with Dr. Ho Ka Lok');
      expect(page.content.querySelector('ul em')).to.not.equal(null);
      expect(squash(page.content.querySelector('blockquote')!.textContent)).to.contain('The best part of my week');
      expect(page.content.querySelector('.cms-columns')).to.not.equal(null);
      expect(page.content.querySelector('hr')).to.not.equal(null);
      expect(page.links().map((a) => a.getAttribute('href'))).to.include.members(['/book', '/pages/our-team']);
      expect(page.text).to.not.contain('22.2799');
      await expect(page.element).to.be.accessible();
    });

    it('reads every form of content: JSON string, HTML string, legacy object, with heading-level 3', async () => {
      const team = await mountPage(P.team);
      expect(team.text).to.contain('Wong Siu Ming');
      expect(team.headings().slice(0, 2)).to.deep.equal(['h2:Our team', 'h3:Wong Siu Ming · Senior Therapist']);

      const terms = await CmsPage.mount<FavPage>(html`<fav-provider mock company-id="demo"><fav-page slug=${P.terms} heading-level="3"></fav-page></fav-provider>`, 'fav-page');
      expect(terms.headings()[0]).to.match(/^h3:/);
      expect(terms.headings().slice(1).every((h) => /^h[4-6]:/.test(h))).to.equal(true);
      expect(terms.content.textContent!.trim().length).to.be.greaterThan(100);
      await expect(terms.element).to.be.accessible();

      const privacy = await mountPage(P.privacy);
      expect(privacy.content.children.length).to.be.greaterThan(1);
      expect(privacy.text).to.not.contain('"blocks"');
      await expect(privacy.element).to.be.accessible();

      const visit = await mountPage(P.visit);
      expect(visit.content.querySelectorAll('details').length).to.be.greaterThan(0);
      expect(visit.dangerous()).to.deep.equal([]);
      await expect(visit.element).to.be.accessible();
    });

    it('sends links in the content to pages and posts to the page-url and post-url templates, in HTML and in blocks', async () => {
      const base = {id: 'pg_links', slug: 'links', title: 'Links', status: 'published', visibility: 'public', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z'};
      const linksHtml =
        '<p><a href="/pages/our-team">Our team</a> · <a href="/posts/sauna-first-timer-guide#tips">Sauna tips</a> · <a href="/pages/visit%20us?from=footer">Visit</a></p>' +
        '<p><a href="/book">Book</a> · <a href="https://www.example.com/pages/elsewhere">Elsewhere</a> · <a href="/pages/a/b">Deeper</a> · <a href="#top">Top</a></p>';
      const hrefs = (page: CmsPage<FavPage>) => Object.fromEntries([...page.content.querySelectorAll('a')].map((a) => [squash(a.textContent), a.getAttribute('href')]));
      const routed = {
        'Our team': '/site/our-team',
        'Sauna tips': '/blog/sauna-first-timer-guide#tips',
        Visit: '/site/visit%20us',
        Book: '/book',
        Elsewhere: 'https://www.example.com/pages/elsewhere',
        Deeper: '/pages/a/b',
        Top: '#top',
      };

      mockControl.fail('getPage', {status: 200, body: {success: true, data: {...base, blocks: linksHtml}}, times: 2});
      const plain = await mountPage('links');
      expect(hrefs(plain), 'without templates, as written').to.deep.include({'Our team': '/pages/our-team', 'Sauna tips': '/posts/sauna-first-timer-guide#tips'});
      const page = await CmsPage.mount<FavPage>(
        html`<fav-provider mock company-id="demo"><fav-page slug="links" page-url="/site/{slug}" post-url="/blog/{slug}"></fav-page></fav-provider>`,
        'fav-page',
      );
      expect(hrefs(page)).to.deep.equal(routed);

      page.element.pageUrl = '/about/{slug}';
      await page.element.updateComplete;
      expect(hrefs(page)['Our team'], 'a new template applies at once').to.equal('/about/our-team');

      const blocks = [
        {type: 'paragraph', data: {html: '<a href="/pages/our-team">Our team</a>'}},
        {type: 'faq', data: {items: [{question: 'Where?', answer: '<a href="/posts/sauna-first-timer-guide">Sauna tips</a>'}]}},
        {type: 'cta', data: {label: 'Visit', href: '/pages/visit-us', style: 'primary'}},
      ];
      mockControl.fail('getPage', {status: 200, body: {success: true, data: {...base, blocks}}});
      const fromBlocks = await CmsPage.mount<FavPage>(
        html`<fav-provider mock company-id="demo"><fav-page slug="links" page-url="/site/{slug}" post-url="/blog/{slug}"></fav-page></fav-provider>`,
        'fav-page',
      );
      expect(hrefs(fromBlocks)).to.deep.equal({'Our team': '/site/our-team', 'Sauna tips': '/blog/sauna-first-timer-guide', Visit: '/site/visit-us'});
      expect(fromBlocks.dangerous()).to.deep.equal([]);
    });

    it('says a draft or private page is not available', async () => {
      for (const slug of [P.draft, P.private, 'no-such-page']) {
        const page = await mountPage(slug);
        expect(page.flow.step).to.equal('not-found');
        expect(page.banner()).to.equal('This page is not available.');
        expect(page.root.querySelector('[part~="content"]')).to.equal(null);
      }
    });

    it('shows loading, then a 5xx with "Try again" that works; offline and malformed answers are explained', async () => {
      mockControl.setLatency({getPage: 400});
      const mounting = mountPage(P.about);
      await waitUntil(() => document.querySelector('fav-page')?.shadowRoot?.querySelector('[aria-busy="true"]'), 'a loading state');
      mockControl.setLatency(0);
      await mounting;

      const errors: CustomEvent[] = [];
      document.addEventListener('fav-error', (e) => errors.push(e as CustomEvent));
      mockControl.fail('getPage', {status: 503, times: 3});
      const page = await mountPage(P.terms);
      expect(page.flow.step).to.equal('error');
      expect(page.banner()).to.contain('having trouble');
      expect(errors.at(-1)!.detail).to.include({source: 'fav-page', operation: 'getPage', status: 503});
      await expect(page.element).to.be.accessible();
      await page.click('Try again');
      await page.settled();
      expect(page.flow.step).to.equal('ready');
      expect(page.heading).to.equal('Terms of service');

      mockControl.fail('getPage', {network: true, times: 3});
      const offline = await mountPage(P.terms);
      expect(offline.banner()).to.match(/could not reach the server|offline/);
      mockControl.fail('getPage', {malformed: true});
      const malformed = await mountPage(P.terms);
      expect(malformed.banner()).to.contain('could not read');
    });

    it('neutralises the hostile fixture page', async () => {
      const page = await mountPage(MOCK_CMS_IDS.hostilePageSlug);
      expect(page.text).to.contain('Mountain Mist');
      expect(page.dangerous()).to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(alerts).to.deep.equal([]);
    });
  });

  describe('<fav-post>', () => {
    it('renders a post with date, categories, featured image and content; scheduled and draft posts are not available', async () => {
      const loaded = new Promise<CustomEvent>((resolve) => document.addEventListener('fav-post-loaded', (e) => resolve(e as CustomEvent), {once: true}));
      const post = await mountPost(POSTS.twoCategories);
      const event = await loaded;
      expect(event.detail).to.include({slug: POSTS.twoCategories, type: 'blog_post'});
      expect(event.detail.publishedAt).to.be.a('string');
      expect(lastRequest('getPost').path).to.match(/\/cms\/posts\/breathing-before-sleep$/);
      expect(post.root.querySelector('[part~="meta"] time')).to.not.equal(null);
      expect(squash(post.root.querySelector('[part~="categories"]')!.textContent)).to.match(/Breathwork/i);
      expect(post.root.querySelector<HTMLImageElement>('[part~="image"]')!.loading).to.equal('lazy');
      await expect(post.element).to.be.accessible();

      const htmlPost = await mountPost(POSTS.htmlBlocks);
      expect(htmlPost.content.textContent!.trim()).to.not.equal('');
      expect(htmlPost.content.innerHTML).to.not.contain('&lt;p&gt;');

      for (const slug of [POSTS.scheduled, POSTS.draft, POSTS.private]) {
        const missing = await mountPost(slug);
        expect(missing.banner()).to.equal('This post is not available.');
      }
    });

    it('neutralises the hostile fixture post', async () => {
      const post = await mountPost(MOCK_CMS_IDS.hostilePostSlug);
      expect(post.flow.step).to.equal('ready');
      expect(post.dangerous()).to.deep.equal([]);
      for (const link of post.links()) if (link.target === '_blank') expect(link.rel).to.equal('noopener noreferrer');
    });

    it('sends its link to a page to the page-url template', async () => {
      const post = await CmsPage.mount<FavPost>(
        html`<fav-provider mock company-id="demo"><fav-post slug=${MOCK_CMS_IDS.hostilePostSlug} page-url="/site/{slug}" post-url="/blog/{slug}"></fav-post></fav-provider>`,
        'fav-post',
      );
      const links = [...post.content.querySelectorAll('a')].map((a) => [squash(a.textContent), a.getAttribute('href')]);
      expect(links).to.deep.include(['See all partner offers', '/site/partner-offers']);
      expect(links).to.deep.include(['Read more on their site', 'https://www.example.com/summer']);
      expect(post.dangerous()).to.deep.equal([]);
    });

    it('formats dates for zh-Hant', async () => {
      const post = await CmsPage.mount<FavPost>(html`<fav-provider mock company-id="demo" locale="zh-Hant"><fav-post slug=${POSTS.newest}></fav-post></fav-provider>`, 'fav-post');
      expect(squash(post.root.querySelector('[part~="meta"]')!.textContent)).to.match(/\d{4}年\d{1,2}月\d{1,2}日/);
      expect(lastRequest('getPost').headers['accept-language']).to.match(/^zh/);
    });
  });

  describe('XSS corpus', () => {
    it(`has at least 50 payloads`, () => {
      expect(XSS_CORPUS.length).to.be.at.least(50);
    });

    it('keeps text and attribute values that only look like handlers when it drops handler and style attributes before parsing', () => {
      const out = sanitizeHtml(`<p title="x onclick=y" class="lead">Type onclick=run() to <b ONCLICK='a' style="color:red">start</b></p><img/onerror=alert(1) src="/a.png" alt="A">`);
      expect(out).to.contain('title="x onclick=y"');
      expect(out).to.contain('Type onclick=run() to <b>start</b>');
      expect(out).to.match(/<img src="\/a.png" alt="A"/);
      const parsed = document.createElement('template');
      parsed.innerHTML = out;
      const attributes = [...parsed.content.querySelectorAll('*')].flatMap((element) => element.getAttributeNames());
      expect(attributes.filter((name) => /^(on|style$)/i.test(name))).to.deep.equal([]);
    });

    for (const [tag, operation] of [
      ['fav-page', 'getPage'],
      ['fav-post', 'getPost'],
    ] as const) {
      it(`runs nothing from ${XSS_CORPUS.length} payloads through <${tag}>, as HTML and as blocks`, async function () {
        this.timeout(120000);
        const base = {id: 'x1', slug: 'x', title: 'Attack', status: 'published', visibility: 'public', publishedAt: '2026-01-01T00:00:00Z', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', type: 'blog_post', categories: [], tags: []};
        const forms = (payload: string) => [
          {blocks: payload},
          {blocks: [{type: 'paragraph', data: {html: payload}}, {type: 'html', data: {html: payload}}, {type: 'list', data: {items: [payload]}}, {type: 'callout', data: {body: payload}}, {type: 'heading', data: {level: 2, text: payload}}]},
          {blocks: null, content: payload},
        ];
        for (const payload of XSS_CORPUS) {
          for (const data of forms(payload)) {
            mockControl.fail(operation, {status: 200, body: {success: true, data: {...base, ...data}}});
            const page = await CmsPage.mount<FavPage | FavPost>(html`<fav-provider mock company-id="demo">${tag === 'fav-page' ? html`<fav-page slug="x"></fav-page>` : html`<fav-post slug="x"></fav-post>`}</fav-provider>`, tag);
            expect(page.flow.step, payload).to.equal('ready');
            expect(page.dangerous(), payload).to.deep.equal([]);
            expect(window.__favXss, payload).to.equal(undefined);
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(window.__favXss).to.equal(undefined);
        expect(alerts).to.deep.equal([]);
      });
    }
  });

  describe('<fav-posts>', () => {
    it('lists posts linking to the post-url template, searches, filters by category and pages', async () => {
      const page = await mountPosts();
      const first = lastRequest('listPosts');
      expect(first.query).to.include({page: '1', limit: '10'});
      expect(first.headers['x-company-id']).to.equal('demo');
      expect(requestsFor('listCmsCategories')).to.have.length(1);
      const links = page.root.querySelectorAll<HTMLAnchorElement>('a[part~="post-link"]');
      expect(links).to.have.length(10);
      expect(links[0].getAttribute('href')).to.equal(`/blog/${POSTS.newest}`);
      expect(page.root.querySelector('[part~="pager-status"]')!.textContent).to.contain('Page 1 of 3');
      await expect(page.element).to.be.accessible();

      await page.click('Next');
      await page.settled();
      expect(lastRequest('listPosts').query).to.include({page: '2'});
      expect(page.root.querySelector('[part~="pager-status"]')!.textContent).to.contain('Page 2 of 3');

      await page.type('search', 'sesame');
      await page.submit();
      await page.settled();
      expect(lastRequest('listPosts').query).to.include({search: 'sesame', page: '1'});
      expect(page.root.querySelector('a[part~="post-link"]')!.getAttribute('href')).to.equal(`/blog/${POSTS.oldest}`);

      await page.type('search', '');
      await waitUntil(() => page.root.querySelector('select[name="category"]'), 'categories');
      await page.select('category', MOCK_CMS_IDS.categories.breathwork);
      await page.submit();
      await page.settled();
      expect(lastRequest('listPosts').query).to.include({categoryId: MOCK_CMS_IDS.categories.breathwork});
      expect(lastRequest('listPosts').query).to.not.have.property('search');
      const slugs = [...page.root.querySelectorAll<HTMLElement>('[data-slug]')].map((a) => a.dataset.slug);
      expect(slugs).to.include(POSTS.twoCategories);

      await page.type('search', 'zzzz nothing');
      await page.submit();
      await page.settled();
      expect(page.text).to.contain('No posts match “zzzz nothing”.');
      await expect(page.element).to.be.accessible();
    });

    it('fires a cancelable fav-post-selected with the link', async () => {
      const page = await mountPosts();
      page.element.addEventListener('fav-post-selected', (event) => event.preventDefault(), {once: true});
      const selected = oneEvent(page.element, 'fav-post-selected');
      page.root.querySelector<HTMLAnchorElement>('a[part~="post-link"]')!.click();
      const event = (await selected) as CustomEvent<FavPostSelectedDetail>;
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.include({slug: POSTS.newest, type: 'blog_post', url: `/blog/${POSTS.newest}`});
      expect(event.defaultPrevented).to.equal(true);
      expect(location.pathname).to.not.contain('/blog/');
    });

    it('opens a post in place without a template, by keyboard only, and goes back to the list', async () => {
      const page = await mountPosts(html`<fav-provider mock company-id="demo"><fav-posts category=${MOCK_CMS_IDS.categories.wellness} limit="5"></fav-posts></fav-provider>`);
      expect(lastRequest('listPosts').query).to.include({categoryId: MOCK_CMS_IDS.categories.wellness, limit: '5'});
      const firstSlug = page.root.querySelector<HTMLElement>('[data-slug]')!.dataset.slug!;
      const selected = oneEvent(page.element, 'fav-post-selected');
      await tabTo((el) => el.getAttribute('data-slug') === firstSlug, 'the first post');
      await sendKeys({press: 'Enter'});
      expect(((await selected) as CustomEvent<FavPostSelectedDetail>).detail).to.not.have.property('url');
      await page.waitFor('post');
      const inner = page.root.querySelector<FavPost>('fav-post')!;
      await waitUntil(() => flowOf(inner).step === 'ready', 'the post');
      expect(lastRequest('getPost').path).to.contain(`/cms/posts/${firstSlug}`);
      await waitUntil(() => deepActive()?.matches('[part~="heading"]'), 'focus on the post title');
      expect(inner.shadowRoot!.querySelector('h2')!.textContent).to.equal(deepActive()!.textContent);
      await expect(page.element).to.be.accessible();

      // "Back to posts" sits before the post's title: Shift+Tab from the title reaches it.
      await tabTo((el) => squash(el.textContent) === 'Back to posts', 'Back', 5, 'backwards');
      await sendKeys({press: 'Enter'});
      await page.waitFor('list');
      await waitUntil(() => (deepActive() as HTMLElement | null)?.dataset?.slug === firstSlug, 'focus back on the opened post');
      expect(requestsFor('listPosts')).to.have.length(1);
    });

    it('keeps the search on failure, retries, sends one request on a double submit', async () => {
      const page = await mountPosts();
      await page.type('search', 'sleep');
      mockControl.fail('listPosts', {status: 500});
      await page.submit();
      await page.settled();
      expect(page.banner()).to.contain('having trouble');
      expect(page.input('search').value).to.equal('sleep');
      expect(page.root.querySelectorAll('[part~="post-card"]')).to.have.length(10);
      await page.click('Try again');
      await page.settled();
      expect(lastRequest('listPosts').query).to.include({search: 'sleep'});
      expect(page.banner()).to.equal('');

      mockControl.setLatency({listPosts: 300});
      const before = requestsFor('listPosts').length;
      await page.type('search', 'tea');
      page.button('Search').click();
      page.button('Search').click();
      await page.submit();
      await page.settled();
      expect(requestsFor('listPosts').length).to.equal(before + 1);
    });

    it('explains a failed first load, offline and malformed, with Try again', async () => {
      mockControl.fail('listPosts', {network: true, times: 3});
      const page = await CmsPage.mount<FavPosts>(html`<fav-provider mock company-id="demo"><fav-posts></fav-posts></fav-provider>`, 'fav-posts');
      expect(page.flow.step).to.equal('error');
      expect(page.banner()).to.match(/could not reach the server|offline/);
      mockControl.fail('listPosts', {malformed: true});
      await page.click('Try again');
      await page.settled();
      expect(page.banner()).to.contain('could not read');
      await page.click('Try again');
      await page.waitFor('list');
      expect(page.root.querySelectorAll('[part~="post-card"]').length).to.equal(10);
    });

    it('fits 360 px and formats zh-Hant dates', async () => {
      await setViewport({width: 360, height: 800});
      const page = await mountPosts(html`<fav-provider mock company-id="demo" locale="zh-Hant"><fav-posts post-url="/blog/{slug}"></fav-posts></fav-provider>`);
      expect(squash(page.root.querySelector('[part~="meta"]')!.textContent)).to.match(/\d{4}年\d{1,2}月\d{1,2}日/);
      noHorizontalScroll(page.element);
      const about = await mountPage(P.about);
      noHorizontalScroll(about.element);
    });
  });

  describe('<fav-menu>', () => {
    it('renders nested lists in a nav, with template links, and submenus operated by keyboard', async () => {
      const page = await mountMenu(html`<fav-provider mock company-id="demo"><fav-menu location="header" page-url="/site/{slug}" category-url="/blog?cat={slug}"></fav-menu></fav-provider>`);
      expect(lastRequest('getMenu').path).to.match(/\/cms\/menus\/header$/);
      const nav = page.root.querySelector('nav')!;
      expect(nav.getAttribute('aria-label')).to.equal('Main menu');
      expect(page.root.querySelectorAll('nav > ul > li')).to.have.length(5);
      const hrefs = page.links().map((a) => a.getAttribute('href'));
      expect(hrefs).to.include.members(['/', '/site/about', '/site/our-team', '/blog?cat=wellness-tips', '/posts', '/posts/sauna-first-timer-guide']);
      const toggles = [...page.root.querySelectorAll<HTMLButtonElement>('[part~="toggle"]')];
      expect(toggles.map((t) => t.getAttribute('aria-label'))).to.deep.equal(['About us submenu', 'Journal submenu', 'Movement & yoga submenu']);
      expect(toggles.every((t) => t.getAttribute('aria-expanded') === 'false')).to.equal(true);
      expect(page.root.querySelector<HTMLElement>('#fav-menu-1')!.hidden).to.equal(true);
      await expect(page.element).to.be.accessible();

      await tabTo((el) => el === toggles[0], 'the About us toggle');
      await sendKeys({press: 'Enter'});
      await page.element.updateComplete;
      expect(toggles[0].getAttribute('aria-expanded')).to.equal('true');
      expect(page.root.querySelector<HTMLElement>('#fav-menu-1')!.hidden).to.equal(false);
      await expect(page.element).to.be.accessible();
      await sendKeys({press: 'Tab'});
      expect(squash(deepActive()!.textContent)).to.equal('Our team');
      await sendKeys({press: 'Escape'});
      await page.element.updateComplete;
      await waitUntil(() => deepActive() === toggles[0], 'focus back on the toggle');
      expect(toggles[0].getAttribute('aria-expanded')).to.equal('false');

      await tabTo((el) => el === toggles[1], 'the Journal toggle');
      await sendKeys({press: ' '});
      await page.element.updateComplete;
      await tabTo((el) => el === toggles[2], 'the nested toggle', 6);
      await sendKeys({press: 'Enter'});
      await page.element.updateComplete;
      await sendKeys({press: 'Tab'});
      expect(squash(deepActive()!.textContent)).to.equal('Breathwork');
      expect((deepActive() as HTMLAnchorElement).getAttribute('href')).to.equal('/blog?cat=breathwork');
    });

    it('drops unsafe links and shows labels as text', async () => {
      const page = await mountMenu(html`<fav-provider mock company-id="demo"><fav-menu location="unsafe"></fav-menu></fav-provider>`);
      expect(page.links().map((a) => a.getAttribute('href'))).to.deep.equal(['/pages/about', '/posts', '/pages/terms']);
      expect(page.dangerous()).to.deep.equal([]);
      expect(page.text).to.contain('Free gift');
      expect(page.text).to.contain('<img src=x onerror=');
      expect(page.root.querySelectorAll('img')).to.have.length(0);
      await expect(page.element).to.be.accessible();
    });

    it('opens new-tab links safely, renders nothing for an unknown location, and retries a failure', async () => {
      const footer = await mountMenu(html`<fav-provider mock company-id="demo"><fav-menu location="footer" label="Site links"></fav-menu></fav-provider>`);
      expect(footer.root.querySelector('nav')!.getAttribute('aria-label')).to.equal('Site links');
      const blank = footer.links().filter((a) => a.target === '_blank');
      expect(blank.length).to.be.greaterThan(0);
      expect(blank.every((a) => a.rel === 'noopener noreferrer')).to.equal(true);

      const missing = await mountMenu(html`<fav-provider mock company-id="demo"><fav-menu location="sidebar"></fav-menu></fav-provider>`);
      expect(missing.flow.step).to.equal('missing');
      expect(missing.root.children.length).to.equal(0);

      mockControl.fail('getMenu', {status: 502, times: 3});
      const failed = await mountMenu();
      expect(failed.banner()).to.contain('having trouble');
      await failed.click('Try again');
      await failed.settled();
      expect(failed.root.querySelectorAll('nav li').length).to.be.greaterThan(5);
    });

    it('is Chinese for zh-Hant and fits 360 px', async () => {
      await setViewport({width: 360, height: 800});
      const page = await mountMenu(html`<fav-provider mock company-id="demo" locale="zh-Hant"><fav-menu location="header"></fav-menu></fav-provider>`);
      expect(page.text).to.contain('關於我們');
      noHorizontalScroll(page.element);
    });
  });
});
