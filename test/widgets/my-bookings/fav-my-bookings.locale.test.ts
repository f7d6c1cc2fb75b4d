/**
 * A new `locale` (docs/guides/languages.md): the member stays where they are (the reschedule with a
 * new time chosen, the cancel with a reason typed) in the new language; their bookings come again in it.
 */
import {expect, html, waitUntil} from '@open-wc/testing';
import '../../../src/entries/my-bookings.js';
import {applyLocale} from '../../../src/i18n/locale.js';
import {A_MONDAY_MORNING, pinClock} from '../../support/clock.js';
import {lastRequest, mockControl, requestsFor, resetPage} from '../../support/mock.js';
import {MyBookingsPage} from './my-bookings-page.js';

describe('<fav-my-bookings> in a new locale', () => {
  beforeEach(() => {
    resetPage();
    pinClock(A_MONDAY_MORNING);
  });
  afterEach(() => applyLocale('en'));

  it('keeps the reschedule step and the new time chosen when the provider switches to zh-Hant, and moves the booking once', async () => {
    const page = await MyBookingsPage.signedIn();
    await page.open('bk_1001');
    const booked = page.flow.detail!.bookingDate;
    await page.toReschedule();
    const days = (await page.availableDays()).filter((date) => date !== booked);
    await page.pickDay(days[0]!);
    await page.pickSlot(1);
    const chosen = {date: page.changes.date, slotKey: page.changes.slotKey};
    const reads = requestsFor('getBooking').length;

    page.provider.locale = 'zh-Hant';
    await waitUntil(() => page.heading === '選擇新時間', 'the reschedule step in Chinese', {timeout: 8000});
    // The open booking comes again in Chinese (its service's name); the lists, when next shown.
    await waitUntil(() => page.flow.detail?.serviceName === '深層組織按摩', 'the booking in Chinese', {timeout: 8000});
    expect(requestsFor('getBooking').length).to.be.above(reads);
    expect(lastRequest('getBooking').headers['accept-language']).to.equal('zh-Hant');
    expect(page.step).to.equal('reschedule');
    expect({date: page.changes.date, slotKey: page.changes.slotKey}).to.deep.equal(chosen);
    expect(page.root.querySelector('[part~="slot-button-selected"]'), 'the chosen time still marked').to.exist;
    expect(page.root.querySelector('[part~="new-time"]')?.textContent).to.contain('新時間');

    // Sent once, and the list it returns to is in Chinese.
    mockControl.setLatency({rescheduleBooking: 400});
    await page.click('確認新時間');
    await waitUntil(() => requestsFor('rescheduleBooking').length === 1, 'the move sent');
    page.provider.locale = 'en';
    await waitUntil(() => page.step === 'detail' && page.banner().includes('Your booking has been moved to'), 'the booking moved, said in English', {timeout: 8000});
    expect(requestsFor('rescheduleBooking')).to.have.length(1);
    expect(page.flow.detail?.bookingDate).to.equal(chosen.date);
  });

  it('keeps the cancel reason typed, on its own locale attribute', async () => {
    const page = await MyBookingsPage.signedIn(html`<fav-my-bookings mock company-id="demo" locale="en"></fav-my-bookings>`);
    await page.open('bk_1001');
    await page.toCancel();
    page.input('reason').value = 'Travelling';
    page.element.setAttribute('locale', 'zh-Hant');
    await waitUntil(() => page.heading === '取消此預約？', 'the cancel step in Chinese', {timeout: 8000});
    expect(page.step).to.equal('cancel');
    expect(page.labelOf('reason')).to.contain('原因');
    expect(page.input('reason').value).to.equal('Travelling');
    expect(requestsFor('cancelBooking')).to.have.length(0);
  });
});
