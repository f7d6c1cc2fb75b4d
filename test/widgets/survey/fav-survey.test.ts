import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '../../support/commands.js';
import '../../../src/entries/survey.js';
import {MOCK_SURVEYS_IDS, mockSurveyResponses} from '../../../src/mock/index.js';
import type {FavProvider} from '../../../src/context/fav-provider.js';
import {SurveyPage} from './survey-page.js';
import {lastRequest, mockControl, requestsFor, resetPage, signInMember} from '../../support/mock.js';
import {deepActive, tabTo} from '../../support/keyboard.js';
import {A_MONDAY_MORNING, pinClock} from '../../support/clock.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const H = MOCK_SURVEYS_IDS.demo;
const T = MOCK_SURVEYS_IDS.tokens;

const survey = (attributes: string) => {
  const template = document.createElement('template');
  template.innerHTML = `<fav-provider mock company-id="demo"><fav-survey ${attributes}></fav-survey></fav-provider>`;
  return template;
};

/** Mounts `<fav-survey>` with raw attributes inside a mock provider. */
async function mount(attributes: string, step: Parameters<typeof SurveyPage.mount>[1] = 'questions'): Promise<SurveyPage> {
  const template = survey(attributes);
  return SurveyPage.mount(html`${template.content.cloneNode(true)}`, step);
}

const drafts = () => Object.keys(localStorage).filter((key) => key.startsWith('fav-survey-draft:'));

/** Every question of the wellness check answered, "Other" with its follow-up. */
async function answerWellness(page: SurveyPage): Promise<void> {
  await page.type('preferred_name', 'Amy');
  await page.type('member_code', 'M1001');
  await page.type('email', 'amy@example.com');
  await page.type('phone', '+852 6123 4567');
  await page.type('last_visit', '2026-10-01');
  await page.pick('goal', 'other');
  await page.onPageWith('goal_other');
  await page.type('goal_other', 'Sleep better after night shifts');
  await page.pick('focus_areas', 'neck_shoulders');
  await page.pick('focus_areas', 'lower_back');
  await page.pick('sleep_quality', 4);
  await page.pick('stress_level', 7);
  await page.pick('water_intake', '1_2l');
  await page.type('sessions_per_month', '4');
  await page.pick('recommend', 9);
  await page.type('comments', 'Mind my left knee.');
  await page.select('contact_channel', 'whatsapp');
}

const WELLNESS_ANSWERS = {
  preferred_name: 'Amy',
  member_code: 'M1001',
  email: 'amy@example.com',
  phone: '+852 6123 4567',
  last_visit: '2026-10-01',
  goal: 'other',
  goal_other: 'Sleep better after night shifts',
  focus_areas: ['neck_shoulders', 'lower_back'],
  sleep_quality: 4,
  stress_level: 7,
  water_intake: '1_2l',
  sessions_per_month: 4,
  recommend: 9,
  comments: 'Mind my left knee.',
  contact_channel: 'whatsapp',
};

describe('<fav-survey>', () => {
  const originalUrl = location.href;

  beforeEach(async () => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
    await setViewport({width: 1000, height: 900});
  });

  afterEach(() => {
    history.replaceState(null, '', originalUrl);
  });

  describe('answering', () => {
    it('renders every question type, sends the exact answers and tells the page', async () => {
      history.replaceState(null, '', `${location.pathname}?utm_source=newsletter&utm_campaign=spring&ref=x`);
      const page = await mount(`slug="${H.full.slug}" metadata-params="utm_source, utm_campaign"`);
      expect(page.heading).to.equal('Wellness Check-in');
      expect(page.text).to.contain('About this check-in');
      // "Tell us about your goal" waits for "Other".
      expect(page.blockIds()).to.not.include('goal_other');
      expect(page.input('member_code').getAttribute('aria-describedby')).to.contain('-hint');
      expect(page.text).to.contain('the letter M and four digits');
      expect(page.titleOf('preferred_name')).to.equal('What should we call you?*');
      expect(page.input('preferred_name').required).to.equal(true);
      expect(page.input('email').type).to.equal('email');
      expect(page.input('phone').type).to.equal('tel');
      expect(page.input('last_visit').type).to.equal('date');
      expect(page.input('sessions_per_month').type).to.equal('number');
      expect(page.input('comments').localName).to.equal('textarea');
      expect(page.input('contact_channel').localName).to.equal('select');
      expect(page.question('recommend').querySelectorAll('input[type="radio"]')).to.have.length(11);
      expect(page.question('stress_level').querySelectorAll('input[type="radio"]')).to.have.length(10);
      expect(page.question('sleep_quality').querySelectorAll('input[type="radio"]')).to.have.length(5);
      expect(page.question('focus_areas').querySelectorAll('input[type="checkbox"]')).to.have.length(6);

      const started = oneEvent(page.element, 'fav-survey-started');
      await page.type('preferred_name', 'Amy');
      expect((await started).detail).to.deep.equal({surveyId: H.full.id, slug: H.full.slug, title: 'Wellness Check-in'});
      await answerWellness(page);
      const before = oneEvent(page.element, 'fav-before-survey-submit');
      const submitted = oneEvent(page.element, 'fav-survey-submitted');
      await page.click('Send my check-in');
      const beforeEvent = await before;
      const event = await submitted;
      await page.waitFor('done');

      const request = lastRequest('submitSurveyResponse');
      expect(request.path).to.equal(`/v6/customer-portal/surveys/${H.full.id}/responses`);
      const body = request.body as Record<string, any>;
      expect(body.answers).to.deep.equal(WELLNESS_ANSWERS);
      expect(body.status).to.equal('completed');
      expect(body.scores).to.deep.equal({water_intake: 1});
      expect(body).to.not.have.property('customerId');
      expect(body.metadata).to.deep.equal({
        source: 'fav-widgets',
        locale: 'en',
        pageUrl: location.href,
        params: {utm_source: 'newsletter', utm_campaign: 'spring'},
      });
      expect(body.startedAt).to.match(/^\d{4}-\d{2}-\d{2}T/);
      expect(body.timeSpentSeconds).to.be.a('number');
      expect(request.headers['x-company-id']).to.equal('demo');
      expect(request.headers['idempotency-key']).to.match(UUID);
      expect(request.headers).to.not.have.property('authorization');

      expect(beforeEvent.cancelable).to.equal(true);
      expect(beforeEvent.detail.answers).to.deep.equal(WELLNESS_ANSWERS);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({surveyId: H.full.id, slug: H.full.slug, answers: WELLNESS_ANSWERS, responseId: event.detail.responseId, duplicate: false});
      expect(event.detail.responseId).to.match(/^rsp_/);

      const stored = mockSurveyResponses('demo').filter((r) => !r.seeded);
      expect(stored).to.have.length(1);
      expect(stored[0]!.answers).to.deep.equal(WELLNESS_ANSWERS);
      expect(page.heading).to.equal('Thank you');
      expect(page.text).to.contain('Your therapist will review your answers before your next visit.');
      expect(drafts()).to.have.length(0);
    });

    it('checks each answer beside its question before sending, and keeps what was typed', async () => {
      const page = await mount(`slug="${H.full.slug}"`);
      await page.click('Send my check-in');
      expect(page.step).to.equal('questions');
      expect(page.errorOf('preferred_name')).to.contain('Please answer this question.');
      expect(page.errorOf('email')).to.contain('Please answer this question.');
      expect(page.errorOf('goal')).to.contain('Please choose an answer.');
      expect(page.errorOf('focus_areas')).to.contain('Please choose an answer.');
      expect(page.errorOf('sleep_quality')).to.contain('Please choose an answer.');
      expect(page.errorOf('recommend')).to.contain('Please choose an answer.');
      expect(page.errorOf('member_code')).to.equal('');
      await waitUntil(() => page.root.activeElement?.getAttribute('name') === 'preferred_name', 'focus on the first question with a problem');

      await page.type('preferred_name', 'A');
      await page.type('member_code', 'X12');
      await page.type('email', 'amy@');
      await page.type('phone', '12ab');
      await page.type('sessions_per_month', '25');
      for (const area of ['neck_shoulders', 'upper_back', 'lower_back', 'legs']) await page.pick('focus_areas', area);
      await page.click('Send my check-in');
      expect(page.errorOf('preferred_name')).to.contain('Use at least 2 characters.');
      expect(page.errorOf('member_code')).to.contain('This is not in the expected format.');
      expect(page.errorOf('email')).to.contain('Enter a valid email address.');
      expect(page.errorOf('phone')).to.contain('Enter a valid phone number.');
      expect(page.errorOf('sessions_per_month')).to.contain('Enter a number from 0 to 20.');
      expect(page.errorOf('focus_areas')).to.contain('Choose at most 3.');
      expect(page.input('member_code').value).to.equal('X12');
      expect(requestsFor('submitSurveyResponse')).to.have.length(0);
    });

    it('follows the branches: "Other" asks for more, and answers of skipped questions are not sent', async () => {
      const page = await mount(`slug="${H.full.slug}"`);
      await page.pick('goal', 'other');
      await page.onPageWith('goal_other');
      await page.type('goal_other', 'Run a marathon');
      await page.pick('goal', 'better_sleep');
      await page.element.updateComplete;
      expect(page.blockIds()).to.not.include('goal_other');
      await page.type('preferred_name', 'Amy');
      await page.type('email', 'amy@example.com');
      await page.pick('focus_areas', 'feet');
      await page.pick('sleep_quality', 2);
      await page.pick('stress_level', 10);
      await page.pick('recommend', 0);
      await page.click('Send my check-in');
      await page.waitFor('done');
      expect((lastRequest('submitSurveyResponse').body as any).answers).to.deep.equal({
        preferred_name: 'Amy',
        email: 'amy@example.com',
        goal: 'better_sleep',
        focus_areas: ['feet'],
        sleep_quality: 2,
        stress_level: 10,
        recommend: 0,
      });
    });

    it('shows a long survey in sections with progress, back and next, and ends where a branch ends it', async () => {
      const page = await mount(`slug="${H.long.slug}"`);
      expect(page.progress()).to.equal('Page 1 of 3');
      expect(page.root.querySelector('progress')!.value).to.equal(1);
      expect(page.blockIds()).to.deep.equal(['part_visits', 'visit_frequency', 'services_used', 'booking_ease', 'staff_friendliness', 'cleanliness']);
      await page.next();
      expect(page.progress()).to.equal('Page 1 of 3');
      expect(page.errorOf('visit_frequency')).to.contain('Please choose an answer.');
      await page.pick('visit_frequency', 'monthly');
      await page.pick('services_used', 'sauna');
      await page.pick('services_used', 'massage');
      for (const id of ['booking_ease', 'staff_friendliness', 'cleanliness']) await page.pick(id, 5);
      await page.next();
      expect(page.progress()).to.equal('Page 2 of 3');
      expect(page.blockIds()).to.deep.equal(['part_value', 'value_for_money', 'recommend', 'enjoyed_most']);
      await page.pick('value_for_money', 'good');
      await page.pick('recommend', 6);
      expect(page.blockIds()).to.deep.equal(['part_value', 'value_for_money', 'recommend', 'improve', 'enjoyed_most']);
      await page.type('improve', 'More evening slots');
      await page.pick('recommend', 10);
      expect(page.blockIds()).to.not.include('improve');
      await page.click('Back');
      expect(page.progress()).to.equal('Page 1 of 3');
      expect(page.input('visit_frequency').form!.querySelector<HTMLInputElement>('input[value="monthly"]')!.checked).to.equal(true);
      await page.next();
      await page.next();
      expect(page.progress()).to.equal('Page 3 of 3');
      await page.pick('new_services_interest', 'no');
      expect(page.blockIds()).to.deep.equal(['part_next', 'new_services_interest']);
      await page.click('Submit survey');
      await page.waitFor('done');
      expect((lastRequest('submitSurveyResponse').body as any).answers).to.deep.equal({
        visit_frequency: 'monthly',
        services_used: ['massage', 'sauna'],
        booking_ease: 5,
        staff_friendliness: 5,
        cleanliness: 5,
        value_for_money: 'good',
        recommend: 10,
        new_services_interest: 'no',
      });
      expect((lastRequest('submitSurveyResponse').body as any).scores).to.deep.equal({value_for_money: 3});
      expect(page.text).to.contain('code WELCOME10');
    });

    it('asks one question per page with mode="paged", and thanks with its own words when the survey has none', async () => {
      const page = await mount(`slug="${H.short.slug}" mode="paged"`);
      expect(page.blockIds()).to.deep.equal(['overall']);
      expect(page.progress()).to.equal('Page 1 of 3');
      expect(page.buttons().map((b) => b.textContent!.trim())).to.not.include('Back');
      await page.next();
      expect(page.errorOf('overall')).to.contain('Please choose an answer.');
      await page.pick('overall', 3);
      await page.next();
      expect(page.blockIds()).to.deep.equal(['visit_again']);
      await page.next();
      expect(page.blockIds()).to.deep.equal(['comment']);
      expect(page.progress()).to.equal('Page 3 of 3');
      await page.type('comment', '  Softer music  ');
      await page.click('Submit');
      await page.waitFor('done');
      expect((lastRequest('submitSurveyResponse').body as any).answers).to.deep.equal({overall: 3, comment: 'Softer music'});
      expect(page.text).to.contain('Thank you! Your answers have been sent.');
    });

    it('resumes after a reload where the visitor was, and forgets the draft once sent', async () => {
      const first = await mount(`slug="${H.short.slug}" mode="paged"`);
      await first.pick('overall', 4);
      await first.next();
      await first.pick('visit_again', 'maybe');
      await first.next();
      expect(drafts()).to.have.length(1);
      first.element.closest('fav-provider')!.remove();

      const page = await mount(`slug="${H.short.slug}" mode="paged"`);
      expect(page.blockIds()).to.deep.equal(['comment']);
      expect(page.banner()).to.contain('we kept the answers you gave before');
      await page.click('Back');
      expect(page.question('visit_again').querySelector<HTMLInputElement>('input[value="maybe"]')!.checked).to.equal(true);
      await page.next();
      await page.click('Submit');
      await page.waitFor('done');
      expect((lastRequest('submitSurveyResponse').body as any).answers).to.deep.equal({overall: 4, visit_again: 'maybe'});
      expect(drafts()).to.have.length(0);
    });

    it('starts over when the visitor asks, forgetting the saved answers', async () => {
      const first = await mount(`slug="${H.short.slug}"`);
      await first.pick('overall', 2);
      first.element.closest('fav-provider')!.remove();
      const page = await mount(`slug="${H.short.slug}"`);
      expect(page.question('overall').querySelector<HTMLInputElement>('input[value="2"]')!.checked).to.equal(true);
      await page.click('Start over');
      expect(page.question('overall').querySelector<HTMLInputElement>('input:checked')).to.equal(null);
      expect(drafts()).to.have.length(0);
    });
  });

  describe('invitations', () => {
    it('reads the token from the URL, uses the magic-token routes and sends no bearer', async () => {
      history.replaceState(null, '', `${location.pathname}?survey_token=${T.valid}&utm_source=sms`);
      const provider = await fixture<FavProvider>(html`<fav-provider mock company-id="demo"><fav-survey metadata-params="utm_source"></fav-survey></fav-provider>`);
      await signInMember(provider);
      const page = new SurveyPage(provider.querySelector('fav-survey')!);
      await page.waitFor('questions');
      expect(page.heading).to.equal('How was your visit?');
      const load = lastRequest('getSurveyByToken');
      expect(load.path).to.equal(`/v6/customer-portal/surveys/token/${T.valid}`);
      expect(load.headers).to.not.have.property('authorization');
      await page.pick('therapist', 5);
      await page.pick('recommend', 10);
      await page.click('Send feedback');
      await page.waitFor('done');
      const request = lastRequest('submitSurveyTokenResponse');
      expect(request.path).to.equal(`/v6/customer-portal/surveys/token/${T.valid}/responses`);
      expect(request.headers).to.not.have.property('authorization');
      expect(request.headers['idempotency-key']).to.match(UUID);
      const body = request.body as any;
      expect(body.answers).to.deep.equal({therapist: 5, recommend: 10});
      expect(body).to.not.have.property('customerId');
      expect(body.metadata.pageUrl).to.not.contain(T.valid);
      expect(body.metadata.params).to.deep.equal({utm_source: 'sms'});
      expect(requestsFor('getSurvey')).to.have.length(0);
      expect(page.text).to.contain('Thank you for your feedback!');
    });

    it('takes the token from an attribute or a custom URL parameter', async () => {
      const byAttribute = await mount(`token="${T.valid2}"`);
      expect(byAttribute.heading).to.equal('How was your visit?');
      byAttribute.element.closest('fav-provider')!.remove();
      history.replaceState(null, '', `${location.pathname}?invite=${T.valid}`);
      const byParam = await mount(`token-param="invite" slug="${H.short.slug}"`);
      expect(byParam.heading).to.equal('How was your visit?');
      expect(lastRequest('getSurveyByToken').path).to.contain(T.valid);
    });

    const cases: [string, string, string][] = [
      [T.expired, 'This invitation has expired', 'INVITATION_EXPIRED'],
      [T.used, 'This invitation has already been answered', 'INVITATION_USED'],
      [T.closedSurvey, 'This survey is closed', 'SURVEY_CLOSED'],
      [T.unknown, 'This survey link is not valid', ''],
    ];
    for (const [token, message, code] of cases) {
      it(`says clearly why ${token} cannot be answered`, async () => {
        const errors: string[] = [];
        document.addEventListener('fav-error', (event) => errors.push(event.detail.code ?? ''), {once: true});
        const page = await mount(`token="${token}"`, 'unavailable');
        expect(page.banner()).to.contain(message);
        expect(page.buttons().map((b) => b.textContent!.trim())).to.not.include('Try again');
        if (code) expect(errors).to.deep.equal([code]);
        await expect(page.element).to.be.accessible();
      });
    }
  });

  describe('availability', () => {
    it('says a closed survey is closed and an unknown or draft one cannot be found', async () => {
      const closed = await mount(`slug="${H.closed.slug}"`, 'unavailable');
      expect(closed.banner()).to.contain('This survey is closed and no longer takes answers.');
      closed.element.closest('fav-provider')!.remove();
      const expired = await mount(`slug="${H.expired.slug}"`, 'unavailable');
      expect(expired.banner()).to.contain('This survey is closed');
      expired.element.closest('fav-provider')!.remove();
      const draft = await mount(`slug="${H.draft.slug}"`, 'unavailable');
      expect(draft.banner()).to.contain('We could not find this survey.');
    });

    it('says when a survey that is not open yet opens', async () => {
      const page = await mount(`slug="${H.notYetOpen.slug}"`, 'unavailable');
      expect(page.banner()).to.match(/This survey opens on \w+ \d{1,2}, \d{4}\./);
    });

    it('tells the site owner when neither slug nor token is set', async () => {
      const page = await mount('', 'unavailable');
      expect(page.banner()).to.contain('give <fav-survey> a slug or a token');
      expect(requestsFor('getSurvey')).to.have.length(0);
    });

    it('asks a guest to sign in for a members-only survey, then sends the member’s customerId', async () => {
      const page = await mount(`slug="${H.membersOnly.slug}"`, 'unavailable');
      expect(page.banner()).to.contain('This survey is for members. Please sign in to answer it.');
      await waitUntil(() => page.root.querySelector('fav-login')?.shadowRoot?.querySelector('input[name="identifier"]'), 'the sign-in box', {timeout: 8000});
      await signInMember(page.provider, 'mem-demo-chan');
      await page.waitFor('questions');
      expect(page.heading).to.equal('Member Benefits Survey');
      await page.pick('favourite_perk', 'priority_booking');
      await page.pick('wanted_perks', 'other');
      await page.click('Submit');
      await page.waitFor('done');
      const request = lastRequest('submitSurveyResponse');
      expect(request.headers.authorization).to.equal(`Bearer ${page.provider.environment.session!.getAccessToken()}`);
      expect((request.body as any).customerId).to.equal('mem-demo-chan');
      expect((request.body as any).answers).to.deep.equal({favourite_perk: 'priority_booking', wanted_perks: ['other']});
      expect(page.text).to.contain('We will announce the new perks next month.');
    });

    it('thanks a member who had already answered and says their first answers stay', async () => {
      const provider = await fixture<FavProvider>(html`<fav-provider mock company-id="demo"><fav-survey slug=${H.membersOnly.slug}></fav-survey></fav-provider>`);
      await signInMember(provider, 'mem-demo-lee');
      const page = new SurveyPage(provider.querySelector('fav-survey')!);
      await page.waitFor('questions');
      await page.pick('favourite_perk', 'points');
      const submitted = oneEvent(page.element, 'fav-survey-submitted');
      await page.click('Submit');
      expect((await submitted).detail.duplicate).to.equal(true);
      await page.waitFor('done');
      expect(page.text).to.contain('You had already answered this survey');
    });
  });

  describe('failures', () => {
    it('sends once on a double click', async () => {
      mockControl.setLatency({submitSurveyResponse: 300});
      const page = await mount(`slug="${H.short.slug}"`);
      await page.pick('overall', 5);
      const submit = page.button('Submit');
      submit.click();
      submit.click();
      await page.element.updateComplete;
      page.button('Submit').click();
      await page.waitFor('done');
      expect(requestsFor('submitSurveyResponse')).to.have.length(1);
    });

    it('says what went wrong on a 5xx and sends with the same Idempotency-Key on "Try again"', async () => {
      const page = await mount(`slug="${H.short.slug}"`);
      await page.pick('overall', 5);
      await page.type('comment', 'Lovely');
      mockControl.fail('submitSurveyResponse', {status: 503, times: 3});
      await page.click('Submit');
      await page.settled();
      expect(page.step).to.equal('questions');
      expect(page.banner()).to.contain('The service is having trouble right now.');
      expect(page.input('comment').value).to.equal('Lovely');
      const key = lastRequest('submitSurveyResponse').headers['idempotency-key'];
      await page.click('Try again');
      await page.waitFor('done');
      const keys = requestsFor('submitSurveyResponse').map((r) => r.headers['idempotency-key']);
      expect(new Set(keys)).to.deep.equal(new Set([key]));
      expect(mockSurveyResponses('demo').filter((r) => !r.seeded)).to.have.length(1);
    });

    it('keeps the answers when the connection drops, and uses a new key once the answers change', async () => {
      const page = await mount(`slug="${H.short.slug}"`);
      await page.pick('overall', 5);
      mockControl.fail('submitSurveyResponse', {network: true, times: Infinity});
      await page.click('Submit');
      await page.settled();
      expect(page.banner()).to.match(/could not reach the server|offline/);
      const key = lastRequest('submitSurveyResponse').headers['idempotency-key'];
      mockControl.clearFailures();
      await page.pick('overall', 4);
      await page.click('Submit');
      await page.waitFor('done');
      expect(lastRequest('submitSurveyResponse').headers['idempotency-key']).to.not.equal(key);
      expect((lastRequest('submitSurveyResponse').body as any).answers).to.deep.equal({overall: 4});
    });

    it('shows the server’s objections beside their questions', async () => {
      const page = await mount(`slug="${H.short.slug}"`);
      await page.pick('overall', 5);
      await page.type('comment', 'Rude words');
      mockControl.fail('submitSurveyResponse', {
        status: 400,
        body: {success: false, error: {code: 'VALIDATION_ERROR', message: 'Invalid', details: {fields: {comment: 'Please keep it polite'}}}},
      });
      await page.click('Submit');
      await page.settled();
      expect(page.errorOf('comment')).to.contain('Please keep it polite');
      expect(page.banner()).to.contain('Some details were not accepted.');
      expect(page.input('comment').value).to.equal('Rude words');
    });

    it('offers "Try again" when the survey fails to load or is unreadable, and shows a loading state while slow', async () => {
      mockControl.setLatency({getSurvey: 400});
      mockControl.fail('getSurvey', {status: 500});
      const root = await fixture<HTMLElement>(html`<fav-provider mock company-id="demo"><fav-survey slug=${H.short.slug}></fav-survey></fav-provider>`);
      const element = root.querySelector('fav-survey')!;
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="skeleton"]'), 'a skeleton');
      const page = new SurveyPage(element);
      await page.waitFor('unavailable');
      expect(page.banner()).to.contain('The service is having trouble right now.');
      mockControl.setLatency(0);
      mockControl.fail('getSurvey', {malformed: true});
      await page.click('Try again');
      await waitUntil(() => page.banner().includes('could not read'), 'the unreadable-answer message');
      await page.click('Try again');
      await page.waitFor('questions');
      expect(page.heading).to.equal('Quick Feedback');
    });

    it('keeps the answers when the session expires mid-survey, and sends them without signing in', async () => {
      const provider = await fixture<FavProvider>(html`<fav-provider mock company-id="demo"><fav-survey slug=${H.short.slug}></fav-survey></fav-provider>`);
      await signInMember(provider);
      const page = new SurveyPage(provider.querySelector('fav-survey')!);
      await page.waitFor('questions');
      await page.pick('overall', 5);
      mockControl.expireToken();
      mockControl.fail('refreshToken', {status: 401, code: 'UNAUTHORIZED'});
      await page.click('Submit');
      await page.settled();
      await waitUntil(() => page.banner().includes('Your session has expired'), 'the expired-session message');
      await waitUntil(() => page.root.querySelector('fav-login'), 'the sign-in box');
      expect(page.question('overall').querySelector<HTMLInputElement>('input[value="5"]')!.checked).to.equal(true);
      await page.click('Submit');
      await page.waitFor('done');
      const request = lastRequest('submitSurveyResponse');
      expect(request.headers).to.not.have.property('authorization');
      expect(request.body as any).to.not.have.property('customerId');
      expect((request.body as any).answers).to.deep.equal({overall: 5});
    });

    it('lets the page enrich the response in fav-before-survey-submit, or stop it', async () => {
      const page = await mount(`slug="${H.short.slug}"`);
      await page.pick('overall', 5);
      page.element.addEventListener('fav-before-survey-submit', (event) => event.preventDefault(), {once: true});
      await page.click('Submit');
      expect(requestsFor('submitSurveyResponse')).to.have.length(0);
      expect(page.banner()).to.contain('cannot be sent from this page');
      page.element.addEventListener(
        'fav-before-survey-submit',
        (event) => {
          event.detail.input.metadata = {...event.detail.input.metadata, campaign: 'spring'};
        },
        {once: true},
      );
      await page.click('Submit');
      await page.waitFor('done');
      expect((lastRequest('submitSurveyResponse').body as any).metadata.campaign).to.equal('spring');
    });
  });

  describe('for everyone', () => {
    it('can be answered with the keyboard alone, choosing scale points with the arrow keys', async () => {
      const page = await mount(`slug="${H.short.slug}"`);
      await tabTo((element) => element.getAttribute('name') === 'overall', 'the rating');
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'ArrowRight'});
      await page.element.updateComplete;
      expect((deepActive() as HTMLInputElement).value).to.equal('3');
      await sendKeys({press: 'Tab'});
      expect(deepActive()?.getAttribute('name')).to.equal('visit_again');
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'Tab'});
      await sendKeys({type: 'Quiet rooms'});
      await tabTo((element) => element.localName === 'button' && element.textContent!.trim() === 'Submit', 'Submit');
      await sendKeys({press: 'Enter'});
      await page.waitFor('done');
      expect((lastRequest('submitSurveyResponse').body as any).answers).to.deep.equal({overall: 3, visit_again: 'maybe', comment: 'Quiet rooms'});
    });

    it('moves focus to the heading of each new page once the visitor is using it', async () => {
      const page = await mount(`slug="${H.short.slug}" mode="paged"`);
      await page.pick('overall', 3);
      page.button('Next').focus();
      await page.next();
      await waitUntil(() => page.root.activeElement?.getAttribute('part')?.includes('heading'), 'focus on the heading');
    });

    it('passes axe on every page and state', async () => {
      const page = await mount(`slug="${H.full.slug}"`);
      await expect(page.element).to.be.accessible();
      await page.click('Send my check-in');
      await expect(page.element).to.be.accessible();
      await answerWellness(page);
      await expect(page.element).to.be.accessible();
      await page.click('Send my check-in');
      await page.waitFor('done');
      await expect(page.element).to.be.accessible();
      page.element.closest('fav-provider')!.remove();
      const long = await mount(`slug="${H.long.slug}" mode="paged"`);
      await expect(long.element).to.be.accessible();
      await long.pick('visit_frequency', 'weekly');
      await long.next();
      await expect(long.element).to.be.accessible();
      long.element.closest('fav-provider')!.remove();
      const members = await mount(`slug="${H.membersOnly.slug}"`, 'unavailable');
      await waitUntil(() => members.root.querySelector('fav-login')?.shadowRoot?.querySelector('input'), 'the sign-in box', {timeout: 8000});
      await expect(members.element).to.be.accessible();
    });

    it('speaks Traditional Chinese with Chinese dates and numbers', async () => {
      const page = await SurveyPage.mount(html`<fav-provider mock company-id="demo" locale="zh-Hant"><fav-survey slug=${H.long.slug}></fav-survey></fav-provider>`);
      expect(page.heading).to.equal('2026年度顧客問卷');
      expect(lastRequest('getSurvey').headers['accept-language']).to.equal('zh-Hant');
      expect(page.text).to.match(/\d{4}年\d{1,2}月\d{1,2}日/);
      expect(page.text).to.match(/第 1 頁，共 \d+ 頁/);
      expect(page.buttons().map((b) => b.textContent!.trim())).to.include('下一頁');
      page.element.closest('fav-provider')!.remove();
      const notOpen = await SurveyPage.mount(
        html`<fav-provider mock company-id="demo" locale="zh-Hant"><fav-survey slug=${H.notYetOpen.slug}></fav-survey></fav-provider>`,
        'unavailable',
      );
      expect(notOpen.banner()).to.match(/此問卷將於\d{4}年\d{1,2}月\d{1,2}日開放/);
    });

    it('fits a 360 px screen without scrolling sideways', async () => {
      await setViewport({width: 360, height: 740});
      const page = await mount(`slug="${H.full.slug}"`);
      const noOverflow = () => expect(page.element.scrollWidth, 'widget width').to.be.at.most(page.element.clientWidth + 1);
      noOverflow();
      await page.click('Send my check-in');
      noOverflow();
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      await answerWellness(page);
      await page.click('Send my check-in');
      await page.waitFor('done');
      noOverflow();
    });

    it('works without a provider, with its own attributes', async () => {
      const page = await SurveyPage.mount(html`<fav-survey mock company-id="demo" slug=${H.short.slug}></fav-survey>`);
      expect(page.heading).to.equal('Quick Feedback');
    });
  });
});
