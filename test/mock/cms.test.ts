/** The content mock (C1–C6): pages, posts, categories and menus through raw requests. */
import {expect} from '@open-wc/testing';
import {mockControl} from '../../src/mock/index.js';
import {MOCK_CMS_IDS, photo} from '../../src/mock/fixtures/cms.js';
import {mockGet as get} from '../support/mock.js';

const ids = MOCK_CMS_IDS;
const P = ids.pages;
const TP = ids.taipeiPages;
const POSTS = ids.posts;
const TPOSTS = ids.taipeiPosts;
const C = ids.categories;
/** Tuesday 1 December 2026, 09:00 in Hong Kong (01:00 UTC, on the hour). */
const NOW = '2026-12-01T09:00:00+08:00';
const NOW_MS = Date.parse(NOW);
const DAY_MS = 24 * 3600_000;
const daysBefore = (days: number) => new Date(NOW_MS - days * DAY_MS).toISOString();

const zh = {locale: 'zh-Hant'};
const taipei = {company: 'demo-taipei'};

/** Every visible post of the tenant, in the default order. */
async function allPosts(options: {company?: string; locale?: string} = {}): Promise<any[]> {
  return (await get('/cms/posts?limit=100', options)).data.items;
}

function parseBlocks(raw: unknown): any[] {
  if (Array.isArray(raw)) return raw;
  const parsed = JSON.parse(raw as string);
  return Array.isArray(parsed) ? parsed : parsed.blocks;
}

describe('cms mock (C1–C6)', () => {
  beforeEach(() => {
    mockControl.reset();
    mockControl.setNow(NOW);
  });

  it('needs the tenant header: 400 without it, 404 for an unknown company', async () => {
    expect((await get('/cms/posts', {company: null})).status).to.equal(400);
    const unknown = await get('/cms/pages', {company: 'nope'});
    expect(unknown.status).to.equal(404);
    expect(unknown.error!.code).to.equal('COMPANY_NOT_FOUND');
  });

  describe('C1 listPages', () => {
    it('lists the published public pages in sortOrder with the PageSummary fields and no blocks', async () => {
      const {status, data} = await get('/cms/pages');
      expect(status).to.equal(200);
      expect(data.items.map((p: any) => p.slug)).to.deep.equal([P.about, P.team, P.visit, P.terms, P.privacy, P.hostile]);
      expect(data.items).to.have.length(ids.counts.demoPages);
      expect(data.pagination).to.deep.equal({page: 1, limit: 20, total: 6, totalPages: 1, hasNext: false, hasPrev: false});
      for (const page of data.items) {
        expect(page).to.include({status: 'published', visibility: 'public'});
        expect(page).not.to.have.property('blocks');
        expect(page.id).to.be.a('string');
        expect(page.title).to.be.a('string').and.not.equal('');
        expect(page.sortOrder).to.be.a('number');
        expect(Date.parse(page.publishedAt)).to.be.at.most(NOW_MS);
        expect(Date.parse(page.createdAt)).to.be.at.most(Date.parse(page.publishedAt));
        expect(page.tags).to.be.an('array');
        expect(page).to.have.property('seoTitle');
        expect(page).to.have.property('seoDescription');
        if (page.featuredImage !== null) expect(page.featuredImage).to.match(/^data:image\/svg\+xml,/);
      }
      const about = data.items[0];
      expect(about).to.include({id: ids.pageIds.about, title: 'About us', parentId: null, seoTitle: 'About Harbour Wellness Studio, Wan Chai'});
      expect(about.featuredImageAlt).to.equal('The studio reception on Harbour Road');
      expect(about.tags).to.deep.equal([{id: ids.tags.members, name: 'Members', color: '#3c5a99'}]);
      expect(about.publishedAt).to.equal(daysBefore(400));
      expect(about.updatedAt).to.equal(daysBefore(12));
      expect(data.items.find((p: any) => p.slug === P.team).parentId).to.equal(ids.pageIds.about);
      expect(data.items.find((p: any) => p.slug === P.visit)).to.include({parentId: ids.pageIds.about, featuredImage: null});
      const slugs = data.items.map((p: any) => p.slug);
      expect(slugs).not.to.include(P.draft);
      expect(slugs).not.to.include(P.private);
    });

    it('pages with page/limit, clamping out-of-range values', async () => {
      const second = await get('/cms/pages?page=2&limit=2');
      expect(second.data.items.map((p: any) => p.slug)).to.deep.equal([P.visit, P.terms]);
      expect(second.data.pagination).to.deep.equal({page: 2, limit: 2, total: 6, totalPages: 3, hasNext: true, hasPrev: true});
      const last = await get('/cms/pages?page=3&limit=2');
      expect(last.data.items.map((p: any) => p.slug)).to.deep.equal([P.privacy, P.hostile]);
      expect(last.data.pagination).to.include({hasNext: false, hasPrev: true});
      const beyond = await get('/cms/pages?page=9&limit=2');
      expect(beyond.data.items).to.deep.equal([]);
      const clamped = await get('/cms/pages?page=0&limit=500');
      expect(clamped.data.pagination).to.include({page: 1, limit: 100, total: 6});
    });

    it('searches title and excerpt case-insensitively, in either language', async () => {
      expect((await get('/cms/pages?search=PRIVACY')).data.items.map((p: any) => p.slug)).to.deep.equal([P.privacy]);
      // "Wan Chai" is only in the about page's excerpt, not in any title.
      expect((await get('/cms/pages?search=wan%20chai')).data.items.map((p: any) => p.slug)).to.deep.equal([P.about]);
      const chinese = await get(`/cms/pages?search=${encodeURIComponent('條款')}`);
      expect(chinese.data.items.map((p: any) => p.slug)).to.deep.equal([P.terms]);
      const none = await get('/cms/pages?search=lorem');
      expect(none.data.items).to.deep.equal([]);
      expect(none.data.pagination).to.include({total: 0, totalPages: 1, hasNext: false});
    });

    it('answers in Traditional Chinese for zh Accept-Language', async () => {
      const {data} = await get('/cms/pages', zh);
      const about = data.items[0];
      expect(about).to.include({title: '關於我們', featuredImageAlt: '港灣道的身心館接待處', seoTitle: '關於海港身心館｜灣仔'});
      expect(about.tags[0].name).to.equal('會員');
      expect(data.items.map((p: any) => p.title)).to.include('私隱政策');
    });

    it('keeps the tenants apart: demo-taipei has its own pages, even for the same slugs', async () => {
      const {data} = await get('/cms/pages', taipei);
      expect(data.items.map((p: any) => p.slug)).to.deep.equal([TP.about, TP.masters, TP.visit, TP.terms, TP.privacy]);
      expect(data.items).to.have.length(ids.counts.taipeiPages);
      expect(data.items[0]).to.include({id: ids.taipeiPageIds.about, title: 'About the tea house'});
      expect(data.items[1].parentId).to.equal(ids.taipeiPageIds.about);
      const zhAbout = (await get(`/cms/pages/${TP.about}`, {...taipei, ...zh})).data;
      expect(zhAbout.title).to.equal('關於茶館');
      const demoAbout = (await get(`/cms/pages/${P.about}`)).data;
      expect(demoAbout.id).not.to.equal(zhAbout.id);
    });
  });

  describe('C2 getPage', () => {
    it('gives the about page with an array of versioned blocks of every common type', async () => {
      const {status, data} = await get(`/cms/pages/${P.about}`);
      expect(status).to.equal(200);
      expect(data).to.include({id: ids.pageIds.about, slug: P.about, title: 'About us', status: 'published'});
      expect(data.featuredImage).to.match(/^data:image\/svg\+xml,/);
      expect(data.blocks).to.be.an('array');
      for (const block of data.blocks) {
        expect(block.id).to.match(/^pg_about-b\d+$/);
        expect(block.version).to.equal(1);
        expect(block.data).to.be.an('object');
      }
      const types = data.blocks.map((b: any) => b.type);
      expect(types).to.include.members(['paragraph', 'image', 'heading', 'list', 'quote', 'columns', 'gallery', 'divider', 'cta']);
      // A block type the widgets do not know, to be skipped.
      expect(types).to.include('map');
      const image = data.blocks.find((b: any) => b.type === 'image');
      expect(image.data.url).to.match(/^data:image\/svg\+xml,/);
      expect(image.data.alt).to.equal('Our reception, with plants and a wooden counter');
      const columns = data.blocks.find((b: any) => b.type === 'columns');
      expect(columns.data.columns).to.have.length(2);
      expect(columns.data.columns[0].blocks.map((b: any) => b.type)).to.deep.equal(['heading', 'paragraph']);
      const gallery = data.blocks.find((b: any) => b.type === 'gallery');
      expect(gallery.data.layout).to.equal('grid');
      for (const picture of gallery.data.images) expect(picture.alt).to.be.a('string').and.not.equal('');
      expect(data.blocks.filter((b: any) => b.type === 'cta').map((b: any) => b.data.href)).to.deep.equal(['/book', `/pages/${P.team}`]);
    });

    it('sends each §7.10 form: JSON array string, HTML string and legacy JSON object', async () => {
      const team = (await get(`/cms/pages/${P.team}`)).data;
      expect(team.blocks).to.be.a('string');
      expect(team.blocks.startsWith('[')).to.equal(true);
      const teamBlocks = JSON.parse(team.blocks);
      expect(teamBlocks.filter((b: any) => b.type === 'heading').map((b: any) => b.data.text)).to.deep.equal([
        'Wong Siu Ming · Senior Therapist',
        'Cheung Mei Ling · Massage Therapist',
        'Dr. Ho Ka Lok · Physiotherapist',
      ]);

      const terms = (await get(`/cms/pages/${P.terms}`)).data;
      expect(terms.blocks).to.be.a('string');
      expect(terms.blocks.trim()[0]).to.equal('<');
      expect(terms.blocks).to.contain('<h2>1. Bookings</h2>');
      expect(terms.blocks).to.contain('href="mailto:hello@harbourwellness.hk"');

      const privacy = (await get(`/cms/pages/${P.privacy}`)).data;
      const legacy = JSON.parse(privacy.blocks);
      expect(legacy).to.include({version: '2.28.2'});
      expect(legacy.blocks.length).to.be.greaterThan(3);
      for (const block of legacy.blocks) {
        expect(block).not.to.have.property('id');
        expect(block).not.to.have.property('version');
      }
      expect(legacy.blocks[0]).to.deep.equal({type: 'paragraph', data: {text: '<p>This policy explains what we collect when you book with us and how we use it.</p>'}});
      expect(legacy.blocks.find((b: any) => b.type === 'image').data.file.url).to.match(/^data:image\/svg\+xml,/);

      const visit = (await get(`/cms/pages/${P.visit}`)).data;
      expect(visit.blocks.map((b: any) => b.type)).to.include.members(['callout', 'accordion', 'youtube', 'embed', 'faq', 'code', 'file', 'product']);
      const taipeiPrivacy = JSON.parse((await get(`/cms/pages/${TP.privacy}`, taipei)).data.blocks);
      expect(taipeiPrivacy.blocks.find((b: any) => b.type === 'image').data.src).to.match(/^data:image\/svg\+xml,/);
    });

    it('translates blocks and keeps their ids the same in both languages', async () => {
      const en = (await get(`/cms/pages/${P.about}`)).data;
      const zhPage = (await get(`/cms/pages/${P.about}`, zh)).data;
      expect(zhPage.title).to.equal('關於我們');
      expect(zhPage.blocks.map((b: any) => b.id)).to.deep.equal(en.blocks.map((b: any) => b.id));
      expect(zhPage.blocks[0].data.html).to.contain('海港身心館');
      expect(en.blocks[0].data.html).to.contain('Harbour Wellness Studio');
      const zhTeam = parseBlocks((await get(`/cms/pages/${P.team}`, zh)).data.blocks);
      expect(zhTeam.find((b: any) => b.type === 'heading').data.text).to.equal('王小明 · 資深治療師');
    });

    it('404 NOT_FOUND for drafts, private pages, unknown slugs and the other tenant’s slugs', async () => {
      for (const [slug, company] of [
        [P.draft, 'demo'],
        [P.private, 'demo'],
        ['no-such-page', 'demo'],
        [TP.masters, 'demo'],
        [P.team, 'demo-taipei'],
        [TP.draft, 'demo-taipei'],
      ]) {
        const answer = await get(`/cms/pages/${slug}`, {company});
        expect(answer.status, `${company} ${slug}`).to.equal(404);
        expect(answer.error!.code).to.equal('NOT_FOUND');
      }
    });

    it('returns the hostile page verbatim, with a payload in every HTML and URL field', async () => {
      const {data} = await get(`/cms/pages/${ids.hostilePageSlug}`);
      const byType = (type: string) => data.blocks.filter((b: any) => b.type === type);
      const flag = ids.xssFlag;
      expect(byType('paragraph')[0].data.html).to.contain(`onerror="window.${flag}=`);
      expect(byType('heading')[0].data.text).to.contain('<script>');
      expect(byType('html')[0].data.html).to.contain('<script>').and.contain('<iframe');
      expect(byType('list')[0].data.items[0]).to.contain('href="javascript:');
      expect(byType('callout')[0].data.body).to.contain('<svg onload=');
      expect(byType('faq')[0].data.items[0].answer).to.contain('onerror=');
      expect(byType('accordion')[0].data.items[0].body).to.contain('<form action="https://attacker.invalid/collect"');
      expect(byType('image')[0].data.url).to.match(/^javascript:/);
      expect(byType('gallery')[0].data.images[0].url).to.match(/^data:text\/html/);
      expect(byType('cta').map((b: any) => b.data.href.split(':')[0])).to.deep.equal(['javascript', 'data']);
      expect(byType('embed').map((b: any) => b.data.provider)).to.deep.equal(['iframe', 'youtube']);
      expect(byType('youtube')[0].data.videoId).to.contain('<script>');
      expect(byType('file')[0].data.url).to.match(/^javascript:/);
      expect(byType('code')[0].data.code).to.contain('<script>');
      // Safe content survives next to the payloads.
      expect(byType('gallery')[0].data.images[1].url).to.match(/^data:image\/svg\+xml,/);
      expect(byType('paragraph')[1].data.html).to.contain('href="/pages/terms"');
    });
  });

  describe('C3 listPosts', () => {
    it('lists 20 posts a page, newest first, with the PostSummary fields', async () => {
      const first = await get('/cms/posts');
      expect(first.status).to.equal(200);
      expect(first.data.items).to.have.length(20);
      expect(first.data.pagination).to.deep.equal({page: 1, limit: 20, total: ids.counts.demoPosts, totalPages: 2, hasNext: true, hasPrev: false});
      const newest = first.data.items[0];
      expect(newest).to.include({slug: POSTS.newest, type: 'blog_post', status: 'published', visibility: 'public', authorId: 'stf_wong', parentId: null});
      expect(newest.publishedAt).to.equal(daysBefore(3));
      expect(newest.createdAt).to.equal(daysBefore(5));
      expect(newest.featuredImage).to.equal(photo('demo-sleep-better-after-a-long-shift'));
      expect(newest.featuredImage).to.match(/^data:image\/svg\+xml,/);
      expect(newest.featuredImageAlt).to.equal('A dimly lit bedroom with white linen');
      expect(newest.categories).to.deep.equal([{id: C.wellness, name: 'Wellness tips', slug: 'wellness-tips', description: 'Everyday habits for body and mind.', parentId: null}]);
      expect(newest.tags).to.deep.equal([{id: ids.tags.home, name: 'At home', color: null}]);
      expect(newest).not.to.have.property('blocks');

      const second = await get('/cms/posts?page=2');
      expect(second.data.items).to.have.length(8);
      expect(second.data.pagination).to.include({page: 2, hasNext: false, hasPrev: true});
      expect(second.data.items.at(-1).slug).to.equal(POSTS.oldest);

      const items = [...first.data.items, ...second.data.items];
      expect(new Set(items.map((p: any) => p.id)).size).to.equal(28);
      const times = items.map((p: any) => Date.parse(p.publishedAt));
      expect(times).to.deep.equal([...times].sort((a, b) => b - a));
      expect(times.every((time: number) => time <= NOW_MS)).to.equal(true);
      for (const post of items) {
        expect(post.title).to.be.a('string').and.not.equal('');
        expect(post.excerpt).to.be.a('string').and.not.equal('');
        expect(post.categories.length).to.be.at.least(1);
        if (post.featuredImage === null) expect(post.featuredImageAlt).to.equal(null);
        else expect(post.featuredImageAlt).to.be.a('string').and.not.equal('');
      }
    });

    it('hides drafts, private and scheduled posts until their time comes', async () => {
      const slugs = (await allPosts()).map((p) => p.slug);
      expect(slugs).not.to.include(POSTS.draft);
      expect(slugs).not.to.include(POSTS.private);
      expect(slugs).not.to.include(POSTS.scheduled);
      expect((await get(`/cms/posts/${POSTS.scheduled}`)).status).to.equal(404);

      mockControl.setNow(new Date(NOW_MS + 4 * DAY_MS).toISOString());
      const later = await get('/cms/posts?limit=100');
      expect(later.data.pagination.total).to.equal(29);
      expect(later.data.items[0].slug).to.equal(POSTS.scheduled);
      expect(later.data.items[0].publishedAt).to.equal(new Date(NOW_MS + 3 * DAY_MS).toISOString());
      expect((await get(`/cms/posts/${POSTS.scheduled}`)).status).to.equal(200);
      expect(later.data.items.map((p: any) => p.slug)).not.to.include(POSTS.draft);
    });

    it('places dates relative to the mock clock, whatever day it is', async () => {
      mockControl.setNow('2031-06-15T12:30:00Z');
      const items = await allPosts();
      expect(items[0].publishedAt).to.equal('2031-06-12T12:00:00.000Z');
      expect(items.map((p) => p.slug)).not.to.include(POSTS.scheduled);
    });

    it('searches title and excerpt in either language', async () => {
      const sauna = await get('/cms/posts?search=Sauna');
      expect(sauna.data.items.map((p: any) => p.slug)).to.have.members(['sauna-first-timer-guide', 'new-sauna-rooms']);
      // Bowen Road appears only in an excerpt.
      expect((await get('/cms/posts?search=bowen%20road')).data.items.map((p: any) => p.slug)).to.deep.equal(['yoga-for-runners']);
      const breath = await get(`/cms/posts?search=${encodeURIComponent('呼吸')}`, zh);
      expect(breath.data.items.map((p: any) => p.slug)).to.include.members(['box-breathing', 'breathing-before-sleep', 'calming-exam-nerves']);
      for (const post of breath.data.items) expect(`${post.title} ${post.excerpt}`).to.contain('呼吸');
      expect((await get('/cms/posts?search=zzz')).data.pagination).to.include({total: 0});
    });

    it('filters by type and by categoryId (or the legacy category slug)', async () => {
      const recipes = await get(`/cms/posts?type=${ids.postTypes.recipe}`);
      expect(recipes.data.items).to.have.length(5);
      expect(recipes.data.items.every((p: any) => p.type === 'recipe')).to.equal(true);
      expect((await get(`/cms/posts?type=${ids.postTypes.blog}&limit=100`)).data.pagination.total).to.equal(23);

      const breathwork = await get(`/cms/posts?categoryId=${C.breathwork}`);
      expect(breathwork.data.items.map((p: any) => p.slug)).to.deep.equal(['box-breathing', POSTS.twoCategories, 'calming-exam-nerves']);
      const wellness = await get(`/cms/posts?categoryId=${C.wellness}&limit=100`);
      expect(wellness.data.pagination.total).to.equal(10);
      expect(wellness.data.items.map((p: any) => p.slug)).to.include.members([POSTS.twoCategories, ids.hostilePostSlug]);
      for (const post of wellness.data.items) expect(post.categories.map((c: any) => c.id)).to.include(C.wellness);
      expect((await get('/cms/posts?category=recipes')).data.items).to.have.length(5);
      expect((await get(`/cms/posts?categoryId=${C.press}`)).data.items).to.deep.equal([]);
      expect((await get('/cms/posts?categoryId=pcat_nope')).data.items).to.deep.equal([]);

      const paged = await get(`/cms/posts?categoryId=${C.wellness}&limit=4&page=3&search=`);
      expect(paged.data.items).to.have.length(2);
      expect(paged.data.pagination).to.deep.equal({page: 3, limit: 4, total: 10, totalPages: 3, hasNext: false, hasPrev: true});
    });

    it('sorts by title, sortOrder and dates in either order', async () => {
      const titles = (await allPosts({})).map((p) => p.title);
      const byTitle = (await get('/cms/posts?sort=title&limit=100')).data.items.map((p: any) => p.title);
      expect(byTitle).to.deep.equal([...titles].sort((a, b) => a.localeCompare(b, 'en', {sensitivity: 'base'})));
      const byTitleDesc = (await get('/cms/posts?sort=title&order=DESC&limit=100')).data.items.map((p: any) => p.title);
      expect(byTitleDesc).to.deep.equal([...byTitle].reverse());

      const bySortOrder = (await get('/cms/posts?sort=sortOrder&limit=100')).data.items.map((p: any) => p.sortOrder);
      expect(bySortOrder).to.deep.equal([...bySortOrder].sort((a, b) => a - b));
      expect(bySortOrder[0]).to.equal(1);

      const oldestFirst = await get('/cms/posts?sort=publishedAt&order=asc&limit=3');
      expect(oldestFirst.data.items[0].slug).to.equal(POSTS.oldest);

      // massage-aftercare (published 18 days ago) was edited 2 days ago.
      const updated = await get('/cms/posts?sort=updatedAt&limit=2');
      expect(updated.data.items.map((p: any) => p.slug)).to.deep.equal([POSTS.htmlBlocks, POSTS.newest]);
      const created = (await get('/cms/posts?sort=createdAt&order=asc&limit=100')).data.items.map((p: any) => Date.parse(p.createdAt));
      expect(created).to.deep.equal([...created].sort((a, b) => a - b));
    });

    it('400 VALIDATION_ERROR for an unknown sort or order', async () => {
      const sort = await get('/cms/posts?sort=popularity');
      expect(sort.status).to.equal(400);
      expect(sort.error!.code).to.equal('VALIDATION_ERROR');
      expect(Object.keys(sort.error!.details.fields)).to.deep.equal(['sort']);
      const order = await get('/cms/posts?sort=title&order=sideways');
      expect(order.status).to.equal(400);
      expect(Object.keys(order.error!.details.fields)).to.deep.equal(['order']);
    });

    it('answers in Traditional Chinese, and keeps demo-taipei’s posts apart', async () => {
      const zhPosts = await allPosts(zh);
      expect(zhPosts[0]).to.include({slug: POSTS.newest, title: '長工時後好好入睡的五個方法'});
      expect(zhPosts[0].categories[0].name).to.equal('養生貼士');
      expect(zhPosts[0].tags[0].name).to.equal('在家做');

      const tpe = await get('/cms/posts?limit=100', taipei);
      expect(tpe.data.pagination.total).to.equal(ids.counts.taipeiPosts);
      expect(tpe.data.items[0].slug).to.equal(TPOSTS.newest);
      const tpeSlugs = tpe.data.items.map((p: any) => p.slug);
      expect(tpeSlugs).not.to.include(POSTS.newest);
      expect(tpeSlugs).not.to.include(TPOSTS.draft);
      expect(tpeSlugs).not.to.include(TPOSTS.private);
      expect(tpeSlugs).not.to.include(TPOSTS.scheduled);
      const categoryIds = new Set(tpe.data.items.flatMap((p: any) => p.categories.map((c: any) => c.id)));
      expect([...categoryIds].every((id) => String(id).startsWith('pcat_tpe_'))).to.equal(true);
      expect((await get(`/cms/posts?categoryId=${C.wellness}`, taipei)).data.items).to.deep.equal([]);
      expect((await get(`/cms/posts/${TPOSTS.newest}`)).status).to.equal(404);
    });
  });

  describe('C4 getPost', () => {
    it('gives a recipe with companyId, blocks, SEO fields and custom-field meta', async () => {
      const {status, data} = await get(`/cms/posts/${POSTS.recipe}`);
      expect(status).to.equal(200);
      expect(data).to.include({
        slug: POSTS.recipe,
        type: 'recipe',
        companyId: 'demo',
        title: 'Ginger and lemongrass tea',
        seoTitle: 'Ginger and lemongrass tea | Harbour Wellness Studio',
        seoDescription: 'A warming tea we serve after every massage. Easy to make at home.',
      });
      expect(data.categories.map((c: any) => c.slug)).to.deep.equal(['recipes']);
      expect(data.meta).to.deep.include({prepMinutes: 10, servings: 2, vegetarian: true});
      expect(data.meta.ingredients).to.deep.equal(['30 g fresh ginger, sliced', '2 stalks lemongrass, bruised', '1 tablespoon honey', '600 ml water']);
      expect(data.meta.photos[0].url).to.match(/^data:image\/svg\+xml,/);
      expect(data.meta.photos[0].alt).to.equal('Ginger tea in a glass cup with lemongrass');
      expect(data.blocks).to.be.an('array');
      const lists = data.blocks.filter((b: any) => b.type === 'list');
      expect(lists.map((b: any) => b.data.ordered)).to.deep.equal([false, true]);
      expect(lists[1].data.items[0]).to.equal('Bring the water to the boil with the ginger and lemongrass.');
      const image = data.blocks.find((b: any) => b.type === 'image');
      expect(image.data).to.include({alt: 'Ginger tea in a glass cup with lemongrass'});

      const zhRecipe = (await get(`/cms/posts/${POSTS.recipe}`, zh)).data;
      expect(zhRecipe.title).to.equal('薑片香茅茶');
      expect(zhRecipe.meta.ingredients[0]).to.equal('鮮薑30克，切片');
      expect(zhRecipe.blocks.map((b: any) => b.id)).to.deep.equal(data.blocks.map((b: any) => b.id));
    });

    it('sends blocks as a JSON string or as HTML for some posts', async () => {
      const json = (await get(`/cms/posts/${POSTS.jsonBlocks}`)).data;
      expect(json.blocks).to.be.a('string');
      const parsed = JSON.parse(json.blocks);
      expect(parsed[0]).to.deep.include({type: 'paragraph', version: 1});
      expect(parsed[0].data.html).to.contain('You sweat more than you notice');

      const html = (await get(`/cms/posts/${POSTS.htmlBlocks}`)).data;
      expect(html.blocks).to.be.a('string');
      expect(html.blocks.startsWith('<p>')).to.equal(true);
      expect(html.blocks).to.contain('<img src="data:image/svg+xml,').and.contain('alt="Rolled towels and a cup of tea after a massage"');
      expect((await get(`/cms/posts/${TPOSTS.htmlBlocks}`, {...taipei, ...zh})).data.blocks).to.contain('台茶18號');
    });

    it('a news post has no featured image, SEO fields or meta', async () => {
      const {data} = await get(`/cms/posts/${POSTS.noImage}`);
      expect(data).to.include({featuredImage: null, featuredImageAlt: null, seoTitle: null, seoDescription: null, meta: null});
      expect(data.blocks.some((b: any) => b.type === 'image')).to.equal(false);
    });

    it('returns the hostile post HTML verbatim: every vector plus safe content', async () => {
      const {status, data} = await get(`/cms/posts/${ids.hostilePostSlug}`);
      expect(status).to.equal(200);
      expect(data.blocks).to.be.a('string');
      const html: string = data.blocks;
      for (const vector of [
        '<script>',
        '<img src="x" onerror=',
        'href="javascript:',
        'JaVaScRiPt:',
        '<svg onload=',
        '<iframe src="https://attacker.invalid/frame"',
        '<iframe srcdoc=',
        '<form action="https://attacker.invalid/collect"',
        'url(javascript:',
        'expression(',
        '<style>',
        '<object data=',
        '<embed src=',
        'href="data:text/html;base64,',
        'onmouseover=',
        '<meta http-equiv="refresh"',
        '<base href=',
        '<noscript>',
        '<math>',
        'formaction="javascript:',
        'vbscript:',
      ]) {
        expect(html, vector).to.contain(vector);
      }
      for (const safe of ['<h2>Summer skin reset</h2>', '<ol><li>', '<img src="data:image/svg+xml,', 'alt="Cucumber slices', 'href="/pages/partner-offers"']) {
        expect(html, safe).to.contain(safe);
      }
      expect(html).to.contain(`window.${ids.xssFlag}`);
      expect(html).not.to.contain('alert(');
      const zhHtml: string = (await get(`/cms/posts/${ids.hostilePostSlug}`, zh)).data.blocks;
      expect(zhHtml).to.contain('<h2>夏日肌膚重啟</h2>').and.contain('<script>');
    });

    it('404 NOT_FOUND for drafts, private, scheduled, unknown and other-tenant posts', async () => {
      for (const [slug, company] of [
        [POSTS.draft, 'demo'],
        [POSTS.private, 'demo'],
        [POSTS.scheduled, 'demo'],
        ['no-such-post', 'demo'],
        [TPOSTS.recipe, 'demo'],
        [POSTS.recipe, 'demo-taipei'],
        [TPOSTS.draft, 'demo-taipei'],
        [TPOSTS.private, 'demo-taipei'],
        [TPOSTS.scheduled, 'demo-taipei'],
      ]) {
        const answer = await get(`/cms/posts/${slug}`, {company});
        expect(answer.status, `${company} ${slug}`).to.equal(404);
        expect(answer.error!.code).to.equal('NOT_FOUND');
      }
      expect((await get(`/cms/posts/${TPOSTS.recipe}`, taipei)).data.companyId).to.equal('demo-taipei');
    });
  });

  describe('C5 listCmsCategories', () => {
    it('lists the categories with parentId and postCount matching the post filter', async () => {
      const {status, data} = await get('/cms/categories');
      expect(status).to.equal(200);
      expect(data.items.map((c: any) => [c.slug, c.postCount])).to.deep.equal([
        ['wellness-tips', 10],
        ['movement', 7],
        ['breathwork', 3],
        ['studio-news', 6],
        ['recipes', 5],
        ['press', 0],
      ]);
      expect(data.pagination).to.include({total: 6, hasNext: false});
      expect(data.items.find((c: any) => c.id === C.breathwork).parentId).to.equal(C.movement);
      expect(data.items.find((c: any) => c.id === C.press).description).to.equal(null);
      for (const category of data.items) {
        const filtered = await get(`/cms/posts?categoryId=${category.id}&limit=100`);
        expect(filtered.data.pagination.total, category.slug).to.equal(category.postCount);
      }
    });

    it('counts a scheduled post once it is published', async () => {
      expect((await get('/cms/categories')).data.items.find((c: any) => c.id === C.news).postCount).to.equal(6);
      mockControl.setNow(new Date(NOW_MS + 4 * DAY_MS).toISOString());
      const {data} = await get('/cms/categories');
      expect(data.items.find((c: any) => c.id === C.news).postCount).to.equal(7);
    });

    it('translates names and keeps demo-taipei’s categories apart', async () => {
      const zhNames = (await get('/cms/categories', zh)).data.items.map((c: any) => c.name);
      expect(zhNames).to.deep.equal(['養生貼士', '運動與瑜伽', '呼吸練習', '館內消息', '健康食譜', '傳媒報導']);
      const tpe = (await get('/cms/categories', taipei)).data.items;
      expect(tpe.map((c: any) => c.id)).to.deep.equal(Object.values(ids.taipeiCategories));
      expect(tpe.find((c: any) => c.id === ids.taipeiCategories.coldBrew)).to.include({parentId: ids.taipeiCategories.brewing, postCount: 3});
      expect(tpe.reduce((sum: number, c: any) => sum + c.postCount, 0)).to.equal(29); // 27 posts, 2 of them in two categories
    });
  });

  describe('C6 getMenu', () => {
    it('gives the header menu with nested items (three levels) and internal links', async () => {
      const {status, data} = await get('/cms/menus/header');
      expect(status).to.equal(200);
      expect(data).to.include({location: 'header', name: 'Main menu'});
      expect(data.items.map((i: any) => [i.id, i.label, i.url, i.sortOrder])).to.deep.equal([
        [101, 'Home', '/', 1],
        [102, 'About us', '/pages/about', 2],
        [105, 'Journal', '/posts', 3],
        [111, 'Shop', '/shop', 4],
        [112, 'Book now', '/book', 5],
      ]);
      const about = data.items[1];
      expect(about).to.include({type: 'page', slug: P.about, openInNewTab: false});
      expect(about.children.map((c: any) => c.slug)).to.deep.equal([P.team, P.visit]);
      const journal = data.items[2];
      expect(journal.children.map((c: any) => c.type)).to.deep.equal(['category', 'category', 'category', 'post']);
      const movement = journal.children[1];
      expect(movement.children).to.deep.equal([
        {id: 108, label: 'Breathwork', url: '/posts?category=breathwork', type: 'category', slug: 'breathwork', openInNewTab: false, sortOrder: 1, children: []},
      ]);
      expect(journal.children[3]).to.include({url: '/posts/sauna-first-timer-guide', slug: 'sauna-first-timer-guide'});
    });

    it('every page, post and category a menu points to exists', async () => {
      const categories = (await get('/cms/categories')).data.items.map((c: any) => c.slug);
      const walk = async (items: any[]): Promise<number> => {
        let checked = 0;
        for (const item of items) {
          if (item.type === 'page') expect((await get(`/cms/pages/${item.slug}`)).status, item.slug).to.equal(200);
          if (item.type === 'post') expect((await get(`/cms/posts/${item.slug}`)).status, item.slug).to.equal(200);
          if (item.type === 'category') expect(categories, item.slug).to.include(item.slug);
          checked += 1 + (await walk(item.children));
        }
        return checked;
      };
      expect(await walk((await get('/cms/menus/header')).data.items)).to.equal(12);
      expect(await walk((await get('/cms/menus/footer')).data.items)).to.equal(11);
    });

    it('gives the footer with tel:, mailto: and external links that open in a new tab', async () => {
      const {data} = await get('/cms/menus/footer');
      expect(data.items.map((i: any) => i.label)).to.deep.equal(['Studio', 'Contact', 'Follow us']);
      const contact = data.items[1].children;
      expect(contact.map((c: any) => c.url)).to.deep.equal(['tel:+85223456789', 'mailto:hello@harbourwellness.hk', 'https://maps.google.com/?q=88+Harbour+Road+Wan+Chai']);
      expect(contact.map((c: any) => c.openInNewTab)).to.deep.equal([false, false, true]);
      const follow = data.items[2].children;
      expect(follow.every((c: any) => c.type === 'url' && c.openInNewTab === true && c.url.startsWith('https://'))).to.equal(true);
    });

    it('translates labels and keeps each tenant’s menus', async () => {
      const zhMenu = (await get('/cms/menus/header', zh)).data;
      expect(zhMenu.name).to.equal('主選單');
      expect(zhMenu.items.map((i: any) => i.label)).to.deep.equal(['主頁', '關於我們', '健康專欄', '網上商店', '立即預約']);
      const tpe = (await get('/cms/menus/header', {...taipei, ...zh})).data;
      expect(tpe.items.map((i: any) => i.label)).to.deep.equal(['首頁', '關於茶館', '茶葉筆記', '預約品茶', '網路商店']);
      expect(tpe.items[2].children[1].children[0]).to.include({label: '冷泡茶', slug: 'cold-brew'});
      const tpeFooter = (await get('/cms/menus/footer', taipei)).data;
      expect(tpeFooter.items[2].children.map((c: any) => c.url)).to.include('https://line.me/R/ti/p/@taipeiteahouse');
    });

    it('serves the unsafe-links menu verbatim (demo only)', async () => {
      const {data} = await get(`/cms/menus/${ids.menus.unsafe}`);
      const urls = data.items.map((i: any) => i.url);
      expect(urls[0]).to.equal('/pages/about');
      expect(urls.slice(1, 6).map((url: string) => url.trim().toLowerCase().replace(/\s/g, '').split(':')[0])).to.deep.equal([
        'javascript',
        'javascript',
        'javascript',
        'data',
        'vbscript',
      ]);
      expect(data.items[6].label).to.contain('<img src=x onerror=');
      expect(data.items[6].children[0].url).to.match(/^javascript:/);
      expect((await get(`/cms/menus/${ids.menus.unsafe}`, taipei)).status).to.equal(404);
    });

    it('404 NOT_FOUND for an unknown location', async () => {
      const answer = await get('/cms/menus/sidebar');
      expect(answer.status).to.equal(404);
      expect(answer.error!.code).to.equal('NOT_FOUND');
      expect((await get('/cms/menus/Header')).status).to.equal(404);
    });
  });
});
