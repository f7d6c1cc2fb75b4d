/** Every C1–C6 client function against the mock: the request the mock received and the parsed result. */
import {expect} from '@open-wc/testing';
import {FavClient} from '../../src/api/client.js';
import {FavApiError} from '../../src/api/errors.js';
import {getMenu, getPage, getPost, listCmsCategories, listPages, listPosts} from '../../src/api/cms.js';
import {createMockFetch, mockControl} from '../../src/mock/index.js';
import {MOCK_CMS_IDS, photo} from '../../src/mock/fixtures/cms.js';
import {lastRequest as last, rejection} from '../support/mock.js';

const ids = MOCK_CMS_IDS;
const P = ids.pages;
const POSTS = ids.posts;
const C = ids.categories;
const PREFIX = '/v6/customer-portal';
const NOW = '2026-12-01T09:00:00+08:00';
const daysBefore = (days: number) => new Date(Date.parse(NOW) - days * 24 * 3600_000).toISOString();

describe('cms operations (C1–C6) through FavClient and the mock', () => {
  let client: FavClient;
  let dropped: number;

  const clientFor = (companyId: string, locale?: string) =>
    new FavClient({
      companyId,
      locale,
      fetch: createMockFetch(),
      cacheTtl: 0,
      // A signed-in visitor: public content calls must still go without the bearer.
      session: {getAccessToken: () => 'mock-at-signed-in', handleUnauthorized: async () => false},
      onDroppedItems: (info) => {
        dropped += info.dropped;
      },
    });

  beforeEach(() => {
    mockControl.reset();
    mockControl.setNow(NOW);
    dropped = 0;
    client = clientFor('demo');
  });

  afterEach(() => {
    expect(dropped, 'items dropped by the schemas').to.equal(0);
  });

  it('C1 listPages sends search/page/limit and parses PageSummary items and pagination', async () => {
    const result = await listPages(client, {search: 'policy', page: 1, limit: 5});
    const request = last('listPages');
    expect(request.method).to.equal('GET');
    expect(request.path).to.equal(`${PREFIX}/cms/pages`);
    expect(request.query).to.deep.equal({search: 'policy', page: '1', limit: '5'});
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers).not.to.have.property('authorization');
    expect(request.body).to.equal(undefined);
    expect(result.items.map((p) => p.slug)).to.deep.equal([P.privacy]);
    expect(result.pagination).to.deep.equal({page: 1, limit: 5, total: 1, totalPages: 1, hasNext: false, hasPrev: false});

    const all = await listPages(client, {page: 2, limit: 4});
    expect(last('listPages').query).to.deep.equal({page: '2', limit: '4'});
    expect(all.items.map((p) => p.slug)).to.deep.equal([P.privacy, P.hostile]);
    expect(all.pagination).to.include({page: 2, total: 6, totalPages: 2, hasNext: false, hasPrev: true});

    const first = await listPages(client);
    expect(last('listPages').query).to.deep.equal({});
    const team = first.items.find((p) => p.slug === P.team)!;
    expect(team).to.deep.equal({
      id: ids.pageIds.team,
      title: 'Our team',
      slug: P.team,
      excerpt: 'The therapists and physiotherapist who look after you.',
      status: 'published',
      visibility: 'public',
      featuredImage: photo('demo-team'),
      parentId: ids.pageIds.about,
      sortOrder: 2,
      seoTitle: null,
      seoDescription: 'Meet the therapists of Harbour Wellness Studio.',
      publishedAt: daysBefore(380),
      createdAt: daysBefore(385),
      updatedAt: daysBefore(60),
      tags: [],
    });
  });

  it('C2 getPage URL-encodes the slug, keeps blocks raw in every form, and rejects unknown pages with NOT_FOUND', async () => {
    const about = await getPage(client, P.about);
    expect(last('getPage').path).to.equal(`${PREFIX}/cms/pages/${P.about}`);
    expect(last('getPage').headers).not.to.have.property('authorization');
    expect(about).to.include({id: ids.pageIds.about, title: 'About us', content: null, html: null});
    expect(about.tags).to.deep.equal([{id: ids.tags.members, name: 'Members', color: '#3c5a99'}]);
    expect(Array.isArray(about.blocks)).to.equal(true);
    expect((about.blocks as any[])[0]).to.deep.include({id: 'pg_about-b1', type: 'paragraph', version: 1});

    const team = await getPage(client, P.team);
    expect(team.blocks).to.be.a('string');
    expect(JSON.parse(team.blocks as string)).to.be.an('array');
    expect(await getPage(client, P.terms)).to.have.property('blocks').that.is.a('string').and.contains('<h2>');
    const privacy = await getPage(client, P.privacy);
    expect(JSON.parse(privacy.blocks as string).blocks).to.be.an('array');

    const hostile = await getPage(client, ids.hostilePageSlug);
    expect(JSON.stringify(hostile.blocks)).to.contain(`window.${ids.xssFlag}`);

    const draft = await rejection(getPage(client, P.draft));
    expect(draft).to.be.instanceOf(FavApiError);
    expect(draft).to.include({status: 404, code: 'NOT_FOUND', kind: 'http', operation: 'getPage'});
    const odd = await rejection(getPage(client, 'about us/../x'));
    expect(last('getPage').path).to.equal(`${PREFIX}/cms/pages/about%20us%2F..%2Fx`);
    expect(odd).to.include({status: 404, code: 'NOT_FOUND'});
  });

  it('C3 listPosts sends every filter and parses PostSummary items with categories and tags', async () => {
    const result = await listPosts(client, {search: 'breath', page: 1, limit: 2, type: 'blog_post', categoryId: C.breathwork, sort: 'title', order: 'asc'});
    const request = last('listPosts');
    expect(request.path).to.equal(`${PREFIX}/cms/posts`);
    expect(request.query).to.deep.equal({search: 'breath', page: '1', limit: '2', type: 'blog_post', categoryId: C.breathwork, sort: 'title', order: 'asc'});
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers).not.to.have.property('authorization');
    expect(result.items.map((p) => p.title)).to.deep.equal(['Box breathing for a busy day', 'Calming exam nerves with your breath']);
    expect(result.pagination).to.deep.equal({page: 1, limit: 2, total: 3, totalPages: 2, hasNext: true, hasPrev: false});

    const newest = await listPosts(client, {limit: 1});
    expect(last('listPosts').query).to.deep.equal({limit: '1'});
    expect(newest.items[0]).to.deep.equal({
      id: 'pst_1001',
      type: 'blog_post',
      slug: POSTS.newest,
      title: 'Five ways to sleep better after a long shift',
      excerpt: 'Long Hong Kong working days make it hard to switch off. These small evening habits help your body wind down.',
      status: 'published',
      visibility: 'public',
      featuredImage: photo('demo-sleep-better-after-a-long-shift'),
      authorId: 'stf_wong',
      parentId: null,
      sortOrder: 1,
      publishedAt: daysBefore(3),
      createdAt: daysBefore(5),
      updatedAt: daysBefore(3),
      categories: [{id: C.wellness, name: 'Wellness tips', slug: 'wellness-tips', description: 'Everyday habits for body and mind.', parentId: null, postCount: null}],
      tags: [{id: ids.tags.home, name: 'At home', color: null}],
    });
    expect(newest.pagination).to.include({total: ids.counts.demoPosts, totalPages: 28, hasNext: true});

    const recipes = await listPosts(client, {type: 'recipe', sort: 'publishedAt', order: 'asc'});
    expect(recipes.items.map((p) => p.slug)).to.deep.equal(['black-sesame-soup', 'after-class-green-smoothie', 'snow-fungus-pear-soup', 'papaya-overnight-oats', POSTS.recipe]);

    const invalid = await rejection(listPosts(client, {sort: 'popularity' as any}));
    expect(invalid).to.include({status: 400, code: 'VALIDATION_ERROR', kind: 'http'});
    expect(invalid.details!.fields).to.have.property('sort');
  });

  it('C4 getPost parses a Post with companyId, raw blocks, SEO and meta; 404 for hidden posts', async () => {
    const recipe = await getPost(client, POSTS.recipe);
    expect(last('getPost').path).to.equal(`${PREFIX}/cms/posts/${POSTS.recipe}`);
    expect(last('getPost').headers).not.to.have.property('authorization');
    expect(recipe).to.include({
      slug: POSTS.recipe,
      type: 'recipe',
      companyId: 'demo',
      seoTitle: 'Ginger and lemongrass tea | Harbour Wellness Studio',
      content: null,
      html: null,
    });
    expect(recipe.meta).to.deep.include({prepMinutes: 10, servings: 2, vegetarian: true});
    expect(recipe.meta!.ingredients).to.have.length(4);
    expect(recipe.blocks).to.be.an('array');

    expect(await getPost(client, POSTS.jsonBlocks)).to.have.property('blocks').that.is.a('string').and.satisfies((s: string) => s.startsWith('['));
    const hostile = await getPost(client, ids.hostilePostSlug);
    expect(hostile.blocks).to.be.a('string').and.contain('<script>').and.contain('href="javascript:');
    expect(hostile).to.include({authorId: null, seoTitle: null, meta: null});

    for (const slug of [POSTS.draft, POSTS.private, POSTS.scheduled, 'nope']) {
      const error = await rejection(getPost(client, slug));
      expect(error, slug).to.include({status: 404, code: 'NOT_FOUND', kind: 'http'});
    }
  });

  it('C5 listCmsCategories sends no query and parses categories with postCount', async () => {
    const result = await listCmsCategories(client);
    const request = last('listCmsCategories');
    expect(request.path).to.equal(`${PREFIX}/cms/categories`);
    expect(request.query).to.deep.equal({});
    expect(request.headers).not.to.have.property('authorization');
    expect(result.items.find((c) => c.id === C.breathwork)).to.deep.equal({
      id: C.breathwork,
      name: 'Breathwork',
      slug: 'breathwork',
      description: 'Breathing techniques for calm and sleep.',
      parentId: C.movement,
      postCount: 3,
    });
    expect(result.items.find((c) => c.id === C.press)).to.include({postCount: 0, description: null});
    expect(result.items).to.have.length(6);
    expect(result.pagination).to.include({page: 1, total: 6, hasNext: false});
  });

  it('C6 getMenu parses nested items with numeric ids; unknown location gives NOT_FOUND', async () => {
    const menu = await getMenu(client, 'header');
    expect(last('getMenu').path).to.equal(`${PREFIX}/cms/menus/header`);
    expect(last('getMenu').headers).not.to.have.property('authorization');
    expect(menu).to.include({location: 'header', name: 'Main menu', dropped: 0});
    expect(menu.items.map((i) => i.id)).to.deep.equal([101, 102, 105, 111, 112]);
    expect(menu.items[1]).to.deep.include({label: 'About us', url: '/pages/about', type: 'page', slug: 'about', openInNewTab: false, sortOrder: 2});
    const journal = menu.items[2]!;
    expect(journal.children[1]!.children[0]).to.deep.equal({
      id: 108,
      label: 'Breathwork',
      url: '/posts?category=breathwork',
      type: 'category',
      slug: 'breathwork',
      openInNewTab: false,
      sortOrder: 1,
      children: [],
    });
    const footer = await getMenu(client, 'footer');
    expect(footer.items[2]!.children.map((c) => [c.label, c.openInNewTab])).to.deep.equal([
      ['Instagram', true],
      ['Facebook', true],
    ]);

    const missing = await rejection(getMenu(client, 'sidebar'));
    expect(missing).to.include({status: 404, code: 'NOT_FOUND', kind: 'http', operation: 'getMenu'});
  });

  it('C6 leaves out menu items it cannot read, nested ones too, and reports them once', async () => {
    const reports: {dropped: number; issues: string[]}[] = [];
    const watched = new FavClient({
      companyId: 'demo',
      fetch: createMockFetch(),
      cacheTtl: 0,
      onDroppedItems: ({dropped: count, issues}) => reports.push({dropped: count, issues}),
    });
    mockControl.fail('getMenu', {
      status: 200,
      body: {
        success: true,
        data: {
          location: 'header',
          items: [
            {id: 1, label: 'Home', url: '/', children: [{id: 2, label: 'About', url: '/about'}, 'broken', {id: 4, label: 'Team', url: '/team', children: [7]}]},
            null,
          ],
        },
      },
    });
    const menu = await getMenu(watched, 'header');
    expect(menu.items).to.have.length(1);
    expect(menu.items[0]!.children.map((item) => item.label)).to.deep.equal(['About', 'Team']);
    expect(menu.items[0]!.children[1]!.children).to.deep.equal([]);
    expect(menu.dropped).to.equal(3);
    expect(reports).to.have.length(1);
    expect(reports[0]!.issues.map((issue) => issue.split(':')[0])).to.deep.equal(['items.0.children.1', 'items.0.children.2.children.0', 'items.1']);
  });

  it('sends the locale and tenant: zh-Hant content for demo-taipei', async () => {
    const zhClient = clientFor('demo-taipei', 'zh-Hant');
    const posts = await listPosts(zhClient, {limit: 3});
    const request = last('listPosts');
    expect(request.headers['x-company-id']).to.equal('demo-taipei');
    expect(request.headers['accept-language']).to.equal('zh-Hant');
    expect(posts.items[0]).to.include({slug: ids.taipeiPosts.newest, title: '東方美人茶為何特別'});
    expect(posts.pagination).to.include({total: ids.counts.taipeiPosts});
    const page = await getPage(zhClient, ids.taipeiPages.about);
    expect(page.title).to.equal('關於茶館');
    const menu = await getMenu(zhClient, 'footer');
    expect(menu.name).to.equal('頁尾');
    const categories = await listCmsCategories(zhClient);
    expect(categories.items.map((c) => c.name)).to.deep.equal(['茶葉筆記', '沖泡技巧', '冷泡茶', '茶館消息', '茶點食譜', '茶區走讀']);
    const missing = await rejection(getPost(zhClient, POSTS.newest));
    expect(missing).to.include({status: 404, code: 'NOT_FOUND'});
  });
});
