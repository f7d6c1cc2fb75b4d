/** Every A-group client function (A1–A10) against the mock: the request the mock received and the parsed result. */
import {expect} from '@open-wc/testing';
import {FavClient} from '../../src/api/client.js';
import {FavApiError} from '../../src/api/errors.js';
import {getService, listServiceResources, listServiceStaff, listServices, listSlots} from '../../src/api/booking.js';
import {cancelBooking, createGuestBooking, getBooking, listBookings, rescheduleBooking} from '../../src/api/bookings.js';
import {occurrenceFromSlot} from '../../src/api/occurrence.js';
import {createMockFetch, mockControl, MOCK_BOOKING_IDS} from '../../src/mock/index.js';
import {lastRequest as last, rejection} from '../support/mock.js';

const ids = MOCK_BOOKING_IDS;
const S = ids.services;
const PREFIX = '/v6/customer-portal';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

describe('booking operations (A1–A10) through FavClient and the mock', () => {
  let token: string | undefined;
  let client: FavClient;

  beforeEach(() => {
    mockControl.reset();
    mockControl.setNow('2026-12-01T09:00:00+08:00');
    token = undefined;
    client = new FavClient({
      companyId: 'demo',
      fetch: createMockFetch(),
      session: {getAccessToken: () => token, handleUnauthorized: async () => false},
    });
  });

  const signIn = () => {
    token = mockControl.issueToken('demo', 'mem-demo-chan').accessToken;
    return token;
  };

  it('A1 listServices sends search/page/limit and parses the list', async () => {
    const result = await listServices(client, {search: 'yoga', page: 1, limit: 10});
    const request = last('listServices');
    expect(request.method).to.equal('GET');
    expect(request.path).to.equal(`${PREFIX}/services`);
    expect(request.query).to.deep.equal({search: 'yoga', page: '1', limit: '10'});
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers).not.to.have.property('authorization');
    expect(result.dropped).to.equal(0);
    expect(result.items).to.have.length(1);
    expect(result.items[0]).to.include({id: S.groupClass, price: '150.00', capacity: 8, currency: 'HKD', timezone: 'Asia/Hong_Kong', requiresStaff: false});
    expect(result.pagination).to.include({page: 1, limit: 10, total: 1, hasNext: false, hasPrev: false});

    const all = await listServices(client);
    expect(last('listServices').query).to.deep.equal({});
    expect(all.items.map((s) => s.id)).to.include.members(Object.values(S));
    const free = all.items.find((s) => s.id === S.free)!;
    expect(free).to.include({price: '0.00', paymentRequired: false});
    expect(all.items.find((s) => s.id === S.displayPrice)!.displayPrice).to.equal('From HK$680');
    expect(all.items.find((s) => s.id === S.requiresStaff)!.addons.map((a) => a.id)).to.deep.equal([ids.addons.hotStone, ids.addons.aroma]);
  });

  it('A2 getService sends the id in the path and parses a Service; 404 NOT_FOUND', async () => {
    const service = await getService(client, S.requiresResource);
    expect(last('getService').path).to.equal(`${PREFIX}/services/${S.requiresResource}`);
    expect(service).to.include({id: S.requiresResource, requiresResource: true, durationMinutes: 45, categoryId: 'cat_spa'});
    expect(service.coverImage).to.match(/^data:image\/svg\+xml,/);
    const error = await rejection(getService(client, 'svc_nope'));
    expect(error).to.be.instanceOf(FavApiError);
    expect(error).to.include({status: 404, code: 'NOT_FOUND', kind: 'http'});
  });

  it('A3 listServiceStaff parses Staff', async () => {
    const staff = await listServiceStaff(client, S.requiresStaff);
    expect(last('listServiceStaff').path).to.equal(`${PREFIX}/services/${S.requiresStaff}/staff`);
    expect(staff.items.map((s) => [s.memberId, s.memberName, s.title])).to.deep.equal([
      [ids.staff.wong, 'Wong Siu Ming', 'Senior Therapist'],
      [ids.staff.cheung, 'Cheung Mei Ling', 'Massage Therapist'],
    ]);
    expect(staff.items[0]!.avatarUrl).to.match(/^data:image\/svg\+xml,/);
  });

  it('A4 listServiceResources parses Resource', async () => {
    const resources = await listServiceResources(client, S.requiresResource);
    expect(last('listServiceResources').path).to.equal(`${PREFIX}/services/${S.requiresResource}/resources`);
    expect(resources.items).to.deep.equal([
      {resourceId: ids.resources.sauna1, resourceName: 'Sauna Room 1', resourceType: 'room'},
      {resourceId: ids.resources.sauna2, resourceName: 'Sauna Room 2', resourceType: 'room'},
    ]);
  });

  it('A5 listSlots sends date/staffId/resourceId (and the bearer when signed in) and parses slots and bookingConfig', async () => {
    const result = await listSlots(client, S.requiresStaff, {date: '2026-12-04', staffId: ids.staff.wong});
    const request = last('listSlots');
    expect(request.path).to.equal(`${PREFIX}/services/${S.requiresStaff}/slots`);
    expect(request.query).to.deep.equal({date: '2026-12-04', staffId: ids.staff.wong});
    expect(request.headers).not.to.have.property('authorization');
    expect(result).to.include({date: '2026-12-04', timezone: 'Asia/Hong_Kong', dropped: 0});
    expect(result.slots[0]).to.include({startTime: '10:00', endTime: '11:00', occurrenceStart: '2026-12-04T10:00:00+08:00', available: false, remainingCapacity: 0});
    expect(result.slots[2]).to.include({startTime: '12:00', available: true, remainingCapacity: 1});
    expect(result.bookingConfig).to.deep.equal({
      advanceBookingDays: 30,
      maxBookableTimeslots: 1,
      isAllowed: true,
      dailyBookingCount: null,
      weeklyBookingCount: null,
      weeklyHoursLimit: 4,
      currentDailyUsage: 0,
      currentWeeklyUsage: 0,
    });

    signIn();
    const rooms = await listSlots(client, S.requiresResource, {date: '2026-12-02', resourceId: ids.resources.sauna2});
    expect(last('listSlots').query).to.deep.equal({date: '2026-12-02', resourceId: ids.resources.sauna2});
    expect(last('listSlots').headers.authorization).to.equal(`Bearer ${token}`);
    expect(rooms.slots[0]).to.include({resourceId: ids.resources.sauna2, available: true});

    const error = await rejection(listSlots(client, S.requiresStaff, {date: '12/04/2026'}));
    expect(error).to.include({status: 400, code: 'VALIDATION_ERROR'});
    expect(error.details!.fields).to.have.property('date');
  });

  it('A6 createGuestBooking sends the doc body with an Idempotency-Key and parses the Booking', async () => {
    const slots = await listSlots(client, S.requiresStaff, {date: '2026-12-02', staffId: ids.staff.cheung});
    const slot = slots.slots.find((s) => s.startTime === '14:00')!;
    const occurrence = occurrenceFromSlot('2026-12-02', slot, {timezone: slots.timezone});
    const booking = await createGuestBooking(client, {
      serviceId: S.requiresStaff,
      ...occurrence,
      customerName: 'Amy Lau',
      customerPhone: '+85261234567',
      customerEmail: 'amy@example.com',
      staffId: ids.staff.cheung,
      scheduleId: slot.scheduleId ?? undefined,
      notes: 'First visit',
      addonIds: [ids.addons.aroma],
    });
    const request = last('createGuestBooking');
    expect(request.method).to.equal('POST');
    expect(request.path).to.equal(`${PREFIX}/bookings/guest`);
    expect(request.headers['x-company-id']).to.equal('demo');
    expect(request.headers['content-type']).to.equal('application/json');
    expect(request.headers['idempotency-key']).to.match(UUID);
    expect(request.headers).not.to.have.property('authorization');
    expect(request.body).to.deep.equal({
      serviceId: S.requiresStaff,
      occurrenceStart: '2026-12-02T14:00:00+08:00',
      occurrenceEnd: '2026-12-02T15:00:00+08:00',
      customerName: 'Amy Lau',
      customerPhone: '+85261234567',
      customerEmail: 'amy@example.com',
      staffId: ids.staff.cheung,
      scheduleId: slot.scheduleId,
      notes: 'First visit',
      addonIds: [ids.addons.aroma],
    });
    expect(booking).to.include({
      id: 'bk_1100',
      serviceId: S.requiresStaff,
      serviceName: 'Deep Tissue Massage',
      status: 'confirmed',
      bookingDate: '2026-12-02',
      startTime: '14:00',
      endTime: '15:00',
      totalPrice: '530.50',
      currency: 'HKD',
      occurrenceStart: '2026-12-02T14:00:00+08:00',
      staffId: ids.staff.cheung,
      staffName: 'Cheung Mei Ling',
      paymentRequired: false,
    });

    const taken = await rejection(
      createGuestBooking(client, {serviceId: S.requiresStaff, ...occurrence, customerName: 'Bo', customerPhone: '+85261234568', staffId: ids.staff.cheung}),
    );
    expect(taken).to.include({status: 409, code: 'SLOT_NOT_AVAILABLE'});

    const login = await rejection(
      createGuestBooking(client, {serviceId: S.requireLogin, occurrenceStart: '2026-12-02T09:00:00+08:00', occurrenceEnd: '2026-12-02T10:00:00+08:00', customerName: 'Bo', customerPhone: '+85261234568'}),
    );
    expect(login).to.include({status: 403, code: 'LOGIN_REQUIRED'});
  });

  it('A6 sends the bearer when signed in and books for the member (pending for requiresConfirmation)', async () => {
    signIn();
    const booking = await createGuestBooking(client, {
      serviceId: S.requiresConfirmation,
      occurrenceStart: '2026-12-02T11:00:00+08:00',
      occurrenceEnd: '2026-12-02T12:30:00+08:00',
      customerName: 'Chan Tai Man',
      customerPhone: '+85291234567',
    });
    expect(last('createGuestBooking').headers.authorization).to.equal(`Bearer ${token}`);
    expect(booking).to.include({status: 'pending', paymentRequired: true, totalPrice: '680.00'});
    const mine = await listBookings(client, {upcoming: true});
    expect(mine.items.map((b) => b.id)).to.include(booking.id);
  });

  it('A7 listBookings sends the filters and the bearer and parses Bookings', async () => {
    signIn();
    const result = await listBookings(client, {status: 'confirmed', dateFrom: '2026-12-01', dateTo: '2026-12-31', upcoming: true, page: 1, limit: 5});
    const request = last('listBookings');
    expect(request.path).to.equal(`${PREFIX}/bookings`);
    expect(request.query).to.deep.equal({status: 'confirmed', dateFrom: '2026-12-01', dateTo: '2026-12-31', upcoming: 'true', page: '1', limit: '5'});
    expect(request.headers.authorization).to.equal(`Bearer ${token}`);
    expect(result.items.map((b) => b.id)).to.deep.equal([ids.bookings.withinCutoff, ids.bookings.groupClass, ids.bookings.upcoming]);
    expect(result.items[2]).to.include({status: 'confirmed', bookingDate: '2026-12-04', startTime: '10:00', totalPrice: '560.00', staffName: 'Wong Siu Ming'});
    expect(result.pagination).to.include({page: 1, limit: 5, total: 3});

    token = undefined;
    const error = await rejection(listBookings(client));
    expect(error.status).to.equal(401);
  });

  it('A8 getBooking parses a BookingDetail; 404 for another member', async () => {
    signIn();
    const detail = await getBooking(client, ids.bookings.upcoming);
    const request = last('getBooking');
    expect(request.path).to.equal(`${PREFIX}/bookings/${ids.bookings.upcoming}`);
    expect(request.headers.authorization).to.equal(`Bearer ${token}`);
    expect(detail).to.include({id: ids.bookings.upcoming, subtotal: '480.00', addonsTotal: '80.00', totalPrice: '560.00', discountAmount: null, totalDurationMinutes: 60, cancellationReason: null});
    expect(detail.lineItems.map((l) => [l.type, l.price])).to.deep.equal([
      ['service', '480.00'],
      ['addon', '80.00'],
    ]);
    expect(detail.statusHistory[0]).to.include({fromStatus: null, toStatus: 'confirmed'});
    const error = await rejection(getBooking(client, ids.bookings.otherMember));
    expect(error).to.include({status: 404, code: 'NOT_FOUND'});
  });

  it('A9 cancelBooking sends the reason and parses the cancelled BookingDetail; 409 past the cutoff', async () => {
    signIn();
    const detail = await cancelBooking(client, ids.bookings.upcoming, {reason: 'Travelling'});
    const request = last('cancelBooking');
    expect(request.method).to.equal('POST');
    expect(request.path).to.equal(`${PREFIX}/bookings/${ids.bookings.upcoming}/cancel`);
    expect(request.body).to.deep.equal({reason: 'Travelling'});
    expect(request.headers.authorization).to.equal(`Bearer ${token}`);
    expect(request.headers).not.to.have.property('idempotency-key');
    expect(detail).to.include({status: 'cancelled', cancellationReason: 'Travelling'});
    expect(detail.statusHistory.at(-1)).to.include({fromStatus: 'confirmed', toStatus: 'cancelled'});

    const late = await rejection(cancelBooking(client, ids.bookings.withinCutoff));
    expect(last('cancelBooking').body).to.deep.equal({});
    expect(late).to.include({status: 409, code: 'CANCELLATION_NOT_ALLOWED'});
    expect(late.details).to.deep.equal({reason: 'past_cutoff', cutoffHours: 24});
  });

  it('A10 rescheduleBooking sends the occurrence pair with an Idempotency-Key and parses the moved BookingDetail', async () => {
    signIn();
    const detail = await rescheduleBooking(client, ids.bookings.upcoming, {
      occurrenceStart: '2026-12-05T16:00:00+08:00',
      occurrenceEnd: '2026-12-05T17:00:00+08:00',
      staffId: ids.staff.wong,
    });
    const request = last('rescheduleBooking');
    expect(request.path).to.equal(`${PREFIX}/bookings/${ids.bookings.upcoming}/reschedule`);
    expect(request.headers['idempotency-key']).to.match(UUID);
    expect(request.headers.authorization).to.equal(`Bearer ${token}`);
    expect(request.body).to.deep.equal({occurrenceStart: '2026-12-05T16:00:00+08:00', occurrenceEnd: '2026-12-05T17:00:00+08:00', staffId: ids.staff.wong});
    expect(detail).to.include({id: ids.bookings.upcoming, bookingDate: '2026-12-05', startTime: '16:00', endTime: '17:00', occurrenceEnd: '2026-12-05T17:00:00+08:00'});

    const taken = await rejection(
      rescheduleBooking(client, ids.bookings.upcoming, {occurrenceStart: '2026-12-04T11:00:00+08:00', occurrenceEnd: '2026-12-04T12:00:00+08:00'}),
    );
    expect(taken).to.include({status: 409, code: 'SLOT_NOT_AVAILABLE'});
  });
});
