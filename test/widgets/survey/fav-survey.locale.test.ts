/**
 * A new `locale` (docs/guides/languages.md): the survey stays on its page with every answer, in the
 * new language; its questions come again in it. The thank-you stays after the answers were sent.
 */
import {expect, html, waitUntil} from '@open-wc/testing';
import '../../../src/entries/survey.js';
import {applyLocale} from '../../../src/i18n/locale.js';
import {MOCK_SURVEYS_IDS} from '../../../src/mock/index.js';
import {A_MONDAY_MORNING, pinClock} from '../../support/clock.js';
import {lastRequest, mockControl, requestsFor, resetPage} from '../../support/mock.js';
import {SurveyPage} from './survey-page.js';

const H = MOCK_SURVEYS_IDS.demo;

describe('<fav-survey> in a new locale', () => {
  beforeEach(() => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
  });
  afterEach(() => applyLocale('en'));

  it('stays on the second page with every answer when the provider switches to zh-Hant, and sends them once', async () => {
    const page = await SurveyPage.mount(html`<fav-provider mock company-id="demo"><fav-survey slug=${H.long.slug}></fav-survey></fav-provider>`);
    await page.pick('visit_frequency', 'monthly');
    await page.pick('services_used', 'sauna');
    for (const id of ['booking_ease', 'staff_friendliness', 'cleanliness']) await page.pick(id, 5);
    await page.next();
    await page.pick('value_for_money', 'good');
    await page.pick('recommend', 6);
    await page.type('improve', 'More evening slots');
    // Not yet answered as far as the survey knows: only the field holds it.
    page.input('enjoyed_most').value = 'The sauna';

    page.provider.locale = 'zh-Hant';
    await waitUntil(() => page.progress() === '第 2 頁，共 3 頁', 'the page in Chinese', {timeout: 8000});
    await waitUntil(() => page.titleOf('value_for_money').startsWith('你認為我們的性價比如何？'), 'the questions in Chinese', {timeout: 8000});
    expect(lastRequest('getSurvey').headers['accept-language']).to.equal('zh-Hant');
    expect(page.step).to.equal('questions');
    expect(page.question('value_for_money').querySelector<HTMLInputElement>('input[value="good"]')!.checked).to.equal(true);
    expect(page.question('recommend').querySelector<HTMLInputElement>('input[value="6"]')!.checked).to.equal(true);
    expect(page.input('improve').value).to.equal('More evening slots');
    expect(page.input('enjoyed_most').value).to.equal('The sauna');

    await page.next('下一頁');
    await page.pick('new_services_interest', 'no');
    mockControl.setLatency({submitSurveyResponse: 400});
    await page.click('提交問卷');
    await waitUntil(() => requestsFor('submitSurveyResponse').length === 1, 'the answers sent');
    page.provider.locale = 'en';
    await page.waitFor('done');
    await waitUntil(() => page.heading === 'Thank you', 'the thank-you in English', {timeout: 8000});
    expect(requestsFor('submitSurveyResponse')).to.have.length(1);
    expect((lastRequest('submitSurveyResponse').body as {answers: object}).answers).to.deep.include({value_for_money: 'good', recommend: 6, improve: 'More evening slots'});
  });

  it('keeps the thank-you after the answers were sent, on its own locale attribute', async () => {
    const page = await SurveyPage.mount(html`<fav-survey mock company-id="demo" locale="en" slug=${H.short.slug}></fav-survey>`);
    await page.pick('overall', 3);
    await page.click('Submit');
    await page.waitFor('done');
    page.element.setAttribute('locale', 'zh-Hant');
    await waitUntil(() => page.heading === '謝謝你', 'the thank-you in Chinese', {timeout: 8000});
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(page.step).to.equal('done');
    expect(requestsFor('submitSurveyResponse')).to.have.length(1);
  });
});
