/** The booking mock (A1–A10): fixtures, slot computation, booking rules, errors and request aliases. */
import {expect} from '@open-wc/testing';
import {mockControl, MOCK_BOOKING_IDS} from '../../src/mock/index.js';
import {mockGet as get, mockPost as post} from '../support/mock.js';

const ids = MOCK_BOOKING_IDS;
const S = ids.services;
const B = ids.bookings;
/** Tuesday 1 December 2026, 09:00 in Hong Kong and Taipei. */
const NOW = '2026-12-01T09:00:00+08:00';


const chanToken = () => mockControl.issueToken('demo', 'mem-demo-chan').accessToken;
const leeToken = () => mockControl.issueToken('demo', 'mem-demo-lee').accessToken;

const guest = {customerName: 'Amy Lau', customerPhone: '+85261234567'};
const at = (date: string, time: string) => `${date}T${time}:00+08:00`;

function booking(serviceId: string, date: string, start: string, end: string, extra: Record<string, unknown> = {}) {
  return {serviceId, occurrenceStart: at(date, start), occurrenceEnd: at(date, end), ...guest, ...extra};
}

describe('booking mock (A1–A10)', () => {
  beforeEach(() => {
    mockControl.reset();
    mockControl.setNow(NOW);
  });

  describe('A1 listServices', () => {
    it('lists the demo services with every role, decimal prices, cover images and the time zone', async () => {
      const {status, data} = await get('/services');
      expect(status).to.equal(200);
      expect(data.items.length).to.be.at.least(6);
      expect(data.pagination).to.include({page: 1, total: data.items.length, hasPrev: false, hasNext: false});
      const byId = Object.fromEntries(data.items.map((s: any) => [s.id, s]));
      expect(byId[S.requiresStaff].requiresStaff).to.equal(true);
      expect(byId[S.requiresResource].requiresResource).to.equal(true);
      expect(byId[S.free]).to.include({price: '0.00', paymentRequired: false});
      expect(byId[S.requireLogin].requireLogin).to.equal(true);
      expect(byId[S.requiresConfirmation].requiresConfirmation).to.equal(true);
      expect(byId[S.displayPrice].displayPrice).to.equal('From HK$680');
      expect(byId[S.groupClass].capacity).to.be.greaterThan(1);
      for (const service of data.items) {
        expect(service.price).to.match(/^\d+\.\d{2}$/);
        expect(service.currency).to.equal('HKD');
        expect(service.timezone).to.equal('Asia/Hong_Kong');
        expect(service.coverImage).to.match(/^data:image\/svg\+xml,/);
        expect(service.categoryId).to.be.a('string');
        expect(service.categoryName).to.be.a('string');
      }
      expect(byId[S.requiresStaff].addons.map((a: any) => a.price)).to.deep.equal(['80.00', '50.50']);
    });

    it('searches names case-insensitively in both languages', async () => {
      expect((await get('/services?search=MASSAGE')).data.items.map((s: any) => s.id)).to.deep.equal([S.requiresStaff]);
      expect((await get(`/services?search=${encodeURIComponent('瑜伽')}`)).data.items.map((s: any) => s.id)).to.deep.equal([S.groupClass]);
      expect((await get('/services?search=nothing-like-this')).data.items).to.deep.equal([]);
    });

    it('pages with page and limit', async () => {
      const {data} = await get('/services?page=2&limit=2');
      expect(data.items).to.have.length(2);
      expect(data.pagination).to.deep.equal({page: 2, limit: 2, total: 6, totalPages: 3, hasNext: true, hasPrev: true});
    });

    it('answers in Traditional Chinese for zh', async () => {
      const {data} = await get(`/services/${S.groupClass}`, {locale: 'zh-Hant'});
      expect(data.name).to.equal('晨曦瑜伽班');
      expect(data.categoryName).to.equal('課程');
    });

    it('gives demo-taipei its own services in TWD', async () => {
      const {data} = await get('/services', {company: 'demo-taipei'});
      expect(data.items.length).to.be.at.least(2);
      expect(data.items.every((s: any) => s.currency === 'TWD' && s.timezone === 'Asia/Taipei')).to.equal(true);
    });
  });

  describe('A2–A4 service detail, staff, resources', () => {
    it('returns one service and 404 for an unknown id', async () => {
      expect((await get(`/services/${S.requiresStaff}`)).data).to.include({id: S.requiresStaff, name: 'Deep Tissue Massage', price: '480.00', durationMinutes: 60});
      const missing = await get('/services/svc_nope');
      expect(missing.status).to.equal(404);
      expect(missing.error!.code).to.equal('NOT_FOUND');
    });

    it('lists staff with memberId, memberName, avatarUrl and title', async () => {
      const {data} = await get(`/services/${S.requiresStaff}/staff`);
      expect(data.items.map((s: any) => s.memberId)).to.deep.equal([ids.staff.wong, ids.staff.cheung]);
      expect(data.items[0]).to.include({memberName: 'Wong Siu Ming', title: 'Senior Therapist'});
      expect(data.items[0].avatarUrl).to.match(/^data:image\/svg\+xml,/);
      expect((await get(`/services/${S.requiresResource}/staff`)).data.items).to.deep.equal([]);
      expect((await get('/services/svc_nope/staff')).status).to.equal(404);
    });

    it('lists resources with resourceId, resourceName and resourceType', async () => {
      const {data} = await get(`/services/${S.requiresResource}/resources`);
      expect(data.items).to.deep.equal([
        {resourceId: ids.resources.sauna1, resourceName: 'Sauna Room 1', resourceType: 'room'},
        {resourceId: ids.resources.sauna2, resourceName: 'Sauna Room 2', resourceType: 'room'},
      ]);
      expect((await get('/services/svc_nope/resources')).status).to.equal(404);
    });
  });

  describe('A5 listSlots', () => {
    it('computes slots from opening hours and duration, with tenant-offset occurrences and bookingConfig', async () => {
      const {status, data} = await get(`/services/${S.requiresStaff}/slots?date=2026-12-02`);
      expect(status).to.equal(200);
      expect(data.date).to.equal('2026-12-02');
      expect(data.timezone).to.equal('Asia/Hong_Kong');
      expect(data.slots.map((s: any) => s.startTime)).to.deep.equal(['10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00', '18:00', '19:00']);
      expect(data.slots[0]).to.include({
        startTime: '10:00',
        endTime: '11:00',
        occurrenceStart: '2026-12-02T10:00:00+08:00',
        occurrenceEnd: '2026-12-02T11:00:00+08:00',
        available: true,
        remainingCapacity: 2,
      });
      expect(data.slots[0].scheduleId).to.be.a('string');
      expect(data.bookingConfig).to.deep.equal({
        advanceBookingDays: 30,
        maxBookableTimeslots: 1,
        isAllowed: true,
        dailyBookingCount: null,
        weeklyBookingCount: null,
        weeklyHoursLimit: 4,
        currentDailyUsage: 0,
        currentWeeklyUsage: 0,
      });
    });

    it('splits opening hours into windows (lunch break)', async () => {
      const {data} = await get(`/services/${S.requireLogin}/slots?date=2026-12-02`);
      expect(data.slots.map((s: any) => s.startTime)).to.deep.equal(['09:00', '10:00', '11:00', '13:00', '14:00', '15:00', '16:00']);
    });

    it('marks slots in the past (mock clock) unavailable', async () => {
      const {data} = await get(`/services/${S.requiresResource}/slots?date=2026-12-01`);
      expect(data.slots[0]).to.include({startTime: '09:00', available: false, remainingCapacity: 0});
      expect(data.slots[1]).to.include({startTime: '10:00', available: true});
      const yesterday = await get(`/services/${S.requiresResource}/slots?date=2026-11-30`);
      expect(yesterday.data.slots.every((s: any) => !s.available)).to.equal(true);
    });

    it('gives no slots on closed days and beyond advanceBookingDays', async () => {
      expect((await get(`/services/${S.closedSundays}/slots?date=2026-12-06`)).data.slots).to.deep.equal([]);
      expect((await get(`/services/${S.closedSundays}/slots?date=2026-12-05`)).data.slots.length).to.be.greaterThan(0);
      expect((await get(`/services/${S.groupClass}/slots?date=2026-12-08`)).data.slots.length).to.equal(2);
      expect((await get(`/services/${S.groupClass}/slots?date=2026-12-09`)).data.slots).to.deep.equal([]);
      const taipei = await get(`/services/${ids.taipeiServices.closedMondays}/slots?date=2026-12-07`, {company: 'demo-taipei'});
      expect(taipei.data).to.include({timezone: 'Asia/Taipei'});
      expect(taipei.data.slots).to.deep.equal([]);
    });

    it('answers 400 VALIDATION_ERROR without a valid date, 404 for an unknown service', async () => {
      for (const query of ['', '?date=tomorrow', '?date=2026-02-30']) {
        const answer = await get(`/services/${S.requiresStaff}/slots${query}`);
        expect(answer.status).to.equal(400);
        expect(answer.error!.code).to.equal('VALIDATION_ERROR');
        expect(answer.error!.details.fields).to.have.property('date');
      }
      expect((await get(`/services/${S.requiresStaff}/slots?date=2026-12-02&staffId=stf_nobody`)).error!.details.fields).to.have.property('staffId');
      expect((await get('/services/svc_nope/slots?date=2026-12-02')).status).to.equal(404);
    });

    it('filters by staff: a seeded booking makes that therapist busy, the other still free', async () => {
      const wong = await get(`/services/${S.requiresStaff}/slots?date=2026-12-04&staffId=${ids.staff.wong}`);
      const at10 = wong.data.slots.find((s: any) => s.startTime === '10:00');
      const at11 = wong.data.slots.find((s: any) => s.startTime === '11:00');
      expect(at10).to.include({available: false, remainingCapacity: 0});
      expect(at11).to.include({available: false});
      const any = await get(`/services/${S.requiresStaff}/slots?date=2026-12-04`);
      expect(any.data.slots.find((s: any) => s.startTime === '10:00')).to.include({available: true, remainingCapacity: 1});
    });

    it('keeps a staff member busy across services', async () => {
      const created = await post('/bookings/guest', booking(S.free, '2026-12-02', '10:00', '10:30', {staffId: ids.staff.wong}));
      expect(created.status).to.equal(201);
      const wong = await get(`/services/${S.requiresStaff}/slots?date=2026-12-02&staffId=${ids.staff.wong}`);
      expect(wong.data.slots[0]).to.include({startTime: '10:00', available: false});
      const cheung = await get(`/services/${S.requiresStaff}/slots?date=2026-12-02&staffId=${ids.staff.cheung}`);
      expect(cheung.data.slots[0]).to.include({startTime: '10:00', available: true});
    });

    it('filters by resource and offers a free resource on each slot', async () => {
      const first = await get(`/services/${S.requiresResource}/slots?date=2026-12-02`);
      expect(first.data.slots[0]).to.include({startTime: '09:00', endTime: '09:45', remainingCapacity: 2, resourceId: ids.resources.sauna1});
      await post('/bookings/guest', booking(S.requiresResource, '2026-12-02', '09:00', '09:45', {resourceId: ids.resources.sauna1}));
      const room1 = await get(`/services/${S.requiresResource}/slots?date=2026-12-02&resourceId=${ids.resources.sauna1}`);
      expect(room1.data.slots[0]).to.include({available: false, remainingCapacity: 0, resourceId: ids.resources.sauna1});
      const any = await get(`/services/${S.requiresResource}/slots?date=2026-12-02`);
      expect(any.data.slots[0]).to.include({available: true, remainingCapacity: 1, resourceId: ids.resources.sauna2});
    });

    it('counts a group class down to full', async () => {
      const slotAt7 = async () => (await get(`/services/${S.groupClass}/slots?date=2026-12-03`)).data.slots[0];
      expect(await slotAt7()).to.include({startTime: '07:00', available: true, remainingCapacity: 7});
      for (let n = 0; n < 7; n += 1) {
        const created = await post('/bookings/guest', booking(S.groupClass, '2026-12-03', '07:00', '08:00', {customerPhone: `+8526000000${n}`}));
        expect(created.status).to.equal(201);
      }
      expect(await slotAt7()).to.include({available: false, remainingCapacity: 0});
      const full = await post('/bookings/guest', booking(S.groupClass, '2026-12-03', '07:00', '08:00'));
      expect(full.status).to.equal(409);
      expect(full.error!.code).to.equal('SLOT_NOT_AVAILABLE');
    });

    it("reports the signed-in member's usage in bookingConfig", async () => {
      const {data} = await get(`/services/${S.groupClass}/slots?date=2026-12-03`, {token: chanToken()});
      expect(data.bookingConfig).to.include({dailyBookingCount: 1, weeklyBookingCount: 3, currentDailyUsage: 1, currentWeeklyUsage: 1, isAllowed: false});
      const other = await get(`/services/${S.groupClass}/slots?date=2026-12-03`);
      expect(other.data.bookingConfig).to.include({currentDailyUsage: 0, isAllowed: true});
    });
  });

  describe('A6 createGuestBooking', () => {
    it('books a guest with the doc body and answers 201 with a Booking', async () => {
      const {status, data} = await post('/bookings/guest', booking(S.requiresStaff, '2026-12-02', '10:00', '11:00', {staffId: ids.staff.cheung, customerEmail: 'amy@example.com'}));
      expect(status).to.equal(201);
      expect(data).to.include({
        id: 'bk_1100',
        serviceId: S.requiresStaff,
        serviceName: 'Deep Tissue Massage',
        status: 'confirmed',
        bookingDate: '2026-12-02',
        startTime: '10:00',
        endTime: '11:00',
        totalPrice: '480.00',
        currency: 'HKD',
        occurrenceStart: '2026-12-02T10:00:00+08:00',
        occurrenceEnd: '2026-12-02T11:00:00+08:00',
        staffId: ids.staff.cheung,
        staffName: 'Cheung Mei Ling',
        resourceId: null,
        paymentRequired: false,
      });
      expect(Date.parse(data.createdAt)).to.be.closeTo(Date.parse(NOW), 60_000);
    });

    it('accepts the SDK alias: bookingDate + startTime + endTime and guestInfo', async () => {
      const {status, data} = await post('/bookings/guest', {
        serviceId: S.free,
        bookingDate: '2026-12-02',
        startTime: '11:30',
        endTime: '12:00',
        guestInfo: {firstName: 'Amy', lastName: 'Lau', phone: '+852 6123 4567', email: 'amy@example.com'},
      });
      expect(status).to.equal(201);
      expect(data).to.include({bookingDate: '2026-12-02', startTime: '11:30', endTime: '12:00', totalPrice: '0.00', paymentRequired: false, customerName: 'Amy Lau', customerPhone: '+85261234567'});
      const named = await post('/bookings/guest', {serviceId: S.free, bookingDate: '2026-12-02', startTime: '12:00', endTime: '12:30', guestInfo: {name: 'Bo', phone: '+85261234568'}});
      expect(named.data.customerName).to.equal('Bo');
    });

    it('accepts occurrence times in UTC and without an offset (tenant wall clock)', async () => {
      const utc = await post('/bookings/guest', {serviceId: S.free, occurrenceStart: '2026-12-02T02:00:00Z', occurrenceEnd: '2026-12-02T02:30:00Z', ...guest});
      expect(utc.data).to.include({startTime: '10:00', occurrenceStart: '2026-12-02T10:00:00+08:00'});
      const wall = await post('/bookings/guest', {serviceId: S.free, occurrenceStart: '2026-12-02T10:30:00', occurrenceEnd: '2026-12-02T11:00:00', ...guest});
      expect(wall.data).to.include({startTime: '10:30'});
    });

    it('makes bookings of a requiresConfirmation service pending', async () => {
      const {data} = await post('/bookings/guest', booking(S.requiresConfirmation, '2026-12-02', '11:00', '12:30'));
      expect(data).to.include({status: 'pending', totalPrice: '680.00', paymentRequired: true});
    });

    it('answers 400 VALIDATION_ERROR with details.fields', async () => {
      const empty = await post('/bookings/guest', {});
      expect(empty.status).to.equal(400);
      expect(empty.error!.code).to.equal('VALIDATION_ERROR');
      expect(empty.error!.details.fields).to.have.all.keys('serviceId', 'customerName', 'customerPhone', 'occurrenceStart');
      const badPhone = await post('/bookings/guest', booking(S.free, '2026-12-02', '10:00', '10:30', {customerPhone: '1234', customerEmail: 'nope'}));
      expect(badPhone.error!.details.fields).to.have.all.keys('customerPhone', 'customerEmail');
      const noStaff = await post('/bookings/guest', booking(S.requiresStaff, '2026-12-02', '10:00', '11:00'));
      expect(noStaff.error!.details.fields).to.have.all.keys('staffId');
      const noRoom = await post('/bookings/guest', booking(S.requiresResource, '2026-12-02', '10:00', '10:45'));
      expect(noRoom.error!.details.fields).to.have.all.keys('resourceId');
      const badTime = await post('/bookings/guest', {...booking(S.free, '2026-12-02', '10:00', '10:30'), occurrenceStart: 'soon'});
      expect(badTime.error!.details.fields).to.have.all.keys('occurrenceStart');
      const badAddon = await post('/bookings/guest', booking(S.requiresStaff, '2026-12-02', '10:00', '11:00', {staffId: ids.staff.wong, addonIds: ['add_nope']}));
      expect(badAddon.error!.details.fields).to.have.all.keys('addonIds');
    });

    it('answers 404 for an unknown service', async () => {
      const answer = await post('/bookings/guest', booking('svc_nope', '2026-12-02', '10:00', '11:00'));
      expect(answer.status).to.equal(404);
      expect(answer.error!.code).to.equal('NOT_FOUND');
    });

    it('answers 403 LOGIN_REQUIRED for a requireLogin service without a valid bearer, and books the member with one', async () => {
      const anonymous = await post('/bookings/guest', booking(S.requireLogin, '2026-12-02', '09:00', '10:00'));
      expect(anonymous.status).to.equal(403);
      expect(anonymous.error!.code).to.equal('LOGIN_REQUIRED');
      const token = chanToken();
      const {status, data} = await post('/bookings/guest', {serviceId: S.requireLogin, occurrenceStart: at('2026-12-02', '09:00'), occurrenceEnd: at('2026-12-02', '10:00')}, {token});
      expect(status).to.equal(201);
      expect(data).to.include({customerName: 'Chan Tai Man', customerPhone: '+85291234567', customerEmail: 'taiman@example.com', status: 'confirmed'});
      const mine = await get('/bookings', {token});
      expect(mine.data.items.map((b: any) => b.id)).to.include(data.id);
    });

    it('answers 409 SLOT_NOT_AVAILABLE for a past, taken, closed or unoffered slot', async () => {
      const cases = [
        booking(S.requiresResource, '2026-12-01', '09:00', '09:45', {resourceId: ids.resources.sauna1}),
        booking(S.requiresStaff, '2026-12-04', '10:00', '11:00', {staffId: ids.staff.wong}),
        booking(S.requiresStaff, '2026-12-06', '10:00', '11:00', {staffId: ids.staff.wong}),
        booking(S.requiresStaff, '2026-12-02', '10:30', '11:30', {staffId: ids.staff.wong}),
        booking(S.groupClass, '2026-12-20', '07:00', '08:00'),
      ];
      for (const body of cases) {
        const answer = await post('/bookings/guest', body);
        expect(answer.status, JSON.stringify(body)).to.equal(409);
        expect(answer.error!.code).to.equal('SLOT_NOT_AVAILABLE');
      }
    });

    it('answers 409 BOOKING_ON_HAND when a member is over the daily limit', async () => {
      const answer = await post('/bookings/guest', {serviceId: S.groupClass, occurrenceStart: at('2026-12-03', '18:30'), occurrenceEnd: at('2026-12-03', '19:30')}, {token: chanToken()});
      expect(answer.status).to.equal(409);
      expect(answer.error!.code).to.equal('BOOKING_ON_HAND');
      expect(answer.error!.details).to.include({existingBookingId: B.groupClass, existingBookingDate: '2026-12-03', isRace: false});
    });

    it('prices add-ons and a promotion code in cents', async () => {
      const token = chanToken();
      const created = await post(
        '/bookings/guest',
        {...booking(S.requiresStaff, '2026-12-02', '12:00', '13:00'), staffId: ids.staff.wong, addonIds: [ids.addons.hotStone, ids.addons.aroma], promotionCode: 'welcome10', notes: 'Quiet room'},
        {token},
      );
      expect(created.data.totalPrice).to.equal('549.45');
      const detail = await get(`/bookings/${created.data.id}`, {token});
      expect(detail.data).to.include({subtotal: '480.00', addonsTotal: '130.50', discountAmount: '61.05', promotionCode: 'WELCOME10', notes: 'Quiet room', totalDurationMinutes: 60});
      expect(detail.data.lineItems.map((l: any) => [l.type, l.price])).to.deep.equal([
        ['service', '480.00'],
        ['addon', '80.00'],
        ['addon', '50.50'],
      ]);
      const badCode = await post('/bookings/guest', {...booking(S.free, '2026-12-02', '10:00', '10:30'), promotionCode: 'NOPE'});
      expect(badCode.status).to.equal(422);
      expect(badCode.error!.code).to.equal('INVALID_PROMOTION_CODE');
      expect(badCode.error!.details.fields).to.have.all.keys('promotionCode');
    });

    it('replays a create with the same Idempotency-Key', async () => {
      const body = booking(S.free, '2026-12-02', '10:00', '10:30');
      const first = await post('/bookings/guest', body, {key: 'key-1'});
      const again = await post('/bookings/guest', body, {key: 'key-1'});
      expect(again.status).to.equal(201);
      expect(again.data.id).to.equal(first.data.id);
    });

    it('books in demo-taipei in TWD with the Taipei offset', async () => {
      const {status, data} = await post(
        '/bookings/guest',
        {serviceId: ids.taipeiServices.requiresStaff, occurrenceStart: '2026-12-02T11:00:00+08:00', occurrenceEnd: '2026-12-02T12:00:00+08:00', staffId: ids.staff.chen, customerName: '王小姐', customerPhone: '+886912000111'},
        {company: 'demo-taipei', locale: 'zh'},
      );
      expect(status).to.equal(201);
      expect(data).to.include({currency: 'TWD', totalPrice: '1200.00', serviceName: '私人品茶', staffName: '陳雅婷', occurrenceStart: '2026-12-02T11:00:00+08:00'});
    });
  });

  describe('A7 listBookings', () => {
    it("lists only the member's bookings, newest first, with pagination", async () => {
      const {status, data} = await get('/bookings', {token: chanToken()});
      expect(status).to.equal(200);
      expect(data.items.map((b: any) => b.id)).to.deep.equal([B.pending, B.upcoming, B.groupClass, B.withinCutoff, B.cancelled, B.completed]);
      expect(data.pagination).to.include({page: 1, total: 6, hasNext: false});
      expect(data.items.find((b: any) => b.id === B.upcoming)).to.include({status: 'confirmed', bookingDate: '2026-12-04', startTime: '10:00', staffName: 'Wong Siu Ming', totalPrice: '560.00'});
    });

    it('filters by upcoming, status, date range and pages', async () => {
      const token = chanToken();
      expect((await get('/bookings?upcoming=true', {token})).data.items.map((b: any) => b.id)).to.deep.equal([B.withinCutoff, B.groupClass, B.upcoming, B.pending]);
      expect((await get('/bookings?upcoming=false', {token})).data.items.map((b: any) => b.id)).to.deep.equal([B.cancelled, B.completed]);
      expect((await get('/bookings?status=cancelled', {token})).data.items.map((b: any) => b.id)).to.deep.equal([B.cancelled]);
      expect((await get('/bookings?status=completed,pending', {token})).data.items.map((b: any) => b.id)).to.deep.equal([B.pending, B.completed]);
      expect((await get('/bookings?dateFrom=2026-12-03&dateTo=2026-12-04', {token})).data.items.map((b: any) => b.id)).to.deep.equal([B.upcoming, B.groupClass]);
      const page = await get('/bookings?page=2&limit=4', {token});
      expect(page.data.items).to.have.length(2);
      expect(page.data.pagination).to.deep.equal({page: 2, limit: 4, total: 6, totalPages: 2, hasNext: false, hasPrev: true});
    });

    it('answers 401 without a valid bearer', async () => {
      expect((await get('/bookings')).status).to.equal(401);
      expect((await get('/bookings', {token: 'mock-at-forged'})).status).to.equal(401);
    });
  });

  describe('A8 getBooking', () => {
    it('returns the BookingDetail of an own booking', async () => {
      const {data} = await get(`/bookings/${B.upcoming}`, {token: chanToken()});
      expect(data).to.include({
        id: B.upcoming,
        status: 'confirmed',
        subtotal: '480.00',
        addonsTotal: '80.00',
        discountAmount: null,
        promotionCode: null,
        totalPrice: '560.00',
        totalDurationMinutes: 60,
        cancellationReason: null,
        occurrenceStart: '2026-12-04T10:00:00+08:00',
      });
      expect(data.lineItems).to.have.length(2);
      expect(data.lineItems[0]).to.include({type: 'service', name: 'Deep Tissue Massage', occurrenceStart: '2026-12-04T10:00:00+08:00'});
      expect(data.statusHistory).to.have.length(1);
      expect(data.statusHistory[0]).to.include({fromStatus: null, toStatus: 'confirmed'});
      const completed = await get(`/bookings/${B.completed}`, {token: chanToken()});
      expect(completed.data.statusHistory.map((c: any) => c.toStatus)).to.deep.equal(['confirmed', 'completed']);
    });

    it("answers 404 for someone else's or an unknown booking", async () => {
      const other = await get(`/bookings/${B.otherMember}`, {token: chanToken()});
      expect(other.status).to.equal(404);
      expect(other.error!.code).to.equal('NOT_FOUND');
      expect((await get(`/bookings/${B.otherMember}`, {token: leeToken()})).status).to.equal(200);
      expect((await get('/bookings/bk_9999', {token: chanToken()})).status).to.equal(404);
    });
  });

  describe('A9 cancelBooking', () => {
    it('cancels with a reason, adds a status change and frees the slot', async () => {
      const token = chanToken();
      const {status, data} = await post(`/bookings/${B.upcoming}/cancel`, {reason: 'Feeling unwell'}, {token});
      expect(status).to.equal(200);
      expect(data).to.include({status: 'cancelled', cancellationReason: 'Feeling unwell'});
      expect(data.statusHistory.at(-1)).to.include({fromStatus: 'confirmed', toStatus: 'cancelled'});
      const slots = await get(`/services/${S.requiresStaff}/slots?date=2026-12-04&staffId=${ids.staff.wong}`);
      expect(slots.data.slots[0]).to.include({startTime: '10:00', available: true});
      const noReason = await post(`/bookings/${B.pending}/cancel`, {}, {token});
      expect(noReason.data.status).to.equal('cancelled');
      expect(noReason.data.cancellationReason).to.be.a('string');
    });

    it('answers 409 CANCELLATION_NOT_ALLOWED for cancelled, completed and within the 24 h cutoff', async () => {
      const token = chanToken();
      const cancelled = await post(`/bookings/${B.cancelled}/cancel`, {}, {token});
      expect(cancelled.status).to.equal(409);
      expect(cancelled.error!.code).to.equal('CANCELLATION_NOT_ALLOWED');
      expect(cancelled.error!.details.reason).to.equal('already_cancelled');
      const completed = await post(`/bookings/${B.completed}/cancel`, {}, {token});
      expect(completed.error!.code).to.equal('CANCELLATION_NOT_ALLOWED');
      const soon = await post(`/bookings/${B.withinCutoff}/cancel`, {}, {token});
      expect(soon.status).to.equal(409);
      expect(soon.error!.details).to.deep.equal({reason: 'past_cutoff', cutoffHours: 24});
      expect((await post(`/bookings/${B.otherMember}/cancel`, {}, {token})).status).to.equal(404);
    });
  });

  describe('A10 rescheduleBooking', () => {
    it('moves a booking (doc body) and frees the old slot', async () => {
      const token = chanToken();
      const {status, data} = await post(`/bookings/${B.upcoming}/reschedule`, {occurrenceStart: at('2026-12-05', '15:00'), occurrenceEnd: at('2026-12-05', '16:00')}, {token});
      expect(status).to.equal(200);
      expect(data).to.include({id: B.upcoming, bookingDate: '2026-12-05', startTime: '15:00', endTime: '16:00', staffId: ids.staff.wong, occurrenceStart: '2026-12-05T15:00:00+08:00'});
      expect(data.lineItems[0].occurrenceStart).to.equal('2026-12-05T15:00:00+08:00');
      const old = await get(`/services/${S.requiresStaff}/slots?date=2026-12-04&staffId=${ids.staff.wong}`);
      expect(old.data.slots[0]).to.include({startTime: '10:00', available: true});
      const moved = await get(`/services/${S.requiresStaff}/slots?date=2026-12-05&staffId=${ids.staff.wong}`);
      expect(moved.data.slots.find((s: any) => s.startTime === '15:00')).to.include({available: false});
    });

    it('accepts the SDK form with a new staff member', async () => {
      const {data} = await post(
        `/bookings/${B.upcoming}/reschedule`,
        {bookingDate: '2026-12-04', startTime: '11:00', endTime: '12:00', staffId: ids.staff.cheung, resourceId: null, notes: 'Moved'},
        {token: chanToken()},
      );
      expect(data).to.include({bookingDate: '2026-12-04', startTime: '11:00', staffId: ids.staff.cheung, staffName: 'Cheung Mei Ling', notes: 'Moved'});
    });

    it('answers 409 SLOT_NOT_AVAILABLE when the new slot is taken, 400 without times', async () => {
      const token = chanToken();
      const taken = await post(`/bookings/${B.upcoming}/reschedule`, {occurrenceStart: at('2026-12-04', '11:00'), occurrenceEnd: at('2026-12-04', '12:00')}, {token});
      expect(taken.status).to.equal(409);
      expect(taken.error!.code).to.equal('SLOT_NOT_AVAILABLE');
      const missing = await post(`/bookings/${B.upcoming}/reschedule`, {}, {token});
      expect(missing.status).to.equal(400);
      expect(missing.error!.details.fields).to.have.property('occurrenceStart');
      const cancelled = await post(`/bookings/${B.cancelled}/reschedule`, {occurrenceStart: at('2026-12-02', '11:00'), occurrenceEnd: at('2026-12-02', '11:30')}, {token});
      expect(cancelled.status).to.equal(409);
      expect(cancelled.error!.code).to.equal('RESCHEDULE_NOT_ALLOWED');
    });

    it('keeps the resource of a room booking when it is free, else moves to a free one', async () => {
      const token = chanToken();
      // bk_1002 is within the cutoff; book a sauna as the member first.
      const created = await post('/bookings/guest', {serviceId: S.requiresResource, occurrenceStart: at('2026-12-03', '10:00'), occurrenceEnd: at('2026-12-03', '10:45'), resourceId: ids.resources.sauna2}, {token});
      await post('/bookings/guest', booking(S.requiresResource, '2026-12-03', '11:00', '11:45', {resourceId: ids.resources.sauna2}));
      const moved = await post(`/bookings/${created.data.id}/reschedule`, {occurrenceStart: at('2026-12-03', '11:00'), occurrenceEnd: at('2026-12-03', '11:45')}, {token});
      expect(moved.data).to.include({startTime: '11:00', resourceId: ids.resources.sauna1});
      const again = await post(`/bookings/${created.data.id}/reschedule`, {occurrenceStart: at('2026-12-03', '12:00'), occurrenceEnd: at('2026-12-03', '12:45')}, {token});
      expect(again.data).to.include({startTime: '12:00', resourceId: ids.resources.sauna1});
    });
  });
});
