/** Calendar dates, the keyboard calendar and the .ics file, on their own. */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '../support/commands.js';
import {LitElement} from 'lit';
import {addDays, addMonths, datesOfMonth, daysBetween, isCalendarDate, todayIn} from '../../src/ui/calendar-dates.js';
import {CalendarController} from '../../src/ui/calendar.js';
import {calendarStyles} from '../../src/ui/calendar.styles.js';
import {tokenStyles} from '../../src/ui/tokens.styles.js';
import {icsDateTime, icsFile} from '../../src/widgets/shared/calendar-file.js';

class CalendarHost extends LitElement {
  static override styles = [tokenStyles, calendarStyles];
  picked: string[] = [];
  months: string[] = [];
  readonly calendar = new CalendarController(this, {
    onSelect: (date) => {
      this.picked.push(date);
      this.requestUpdate();
    },
    onMonth: (month) => this.months.push(month),
  });
  override render() {
    return this.calendar.render({locale: 'en', selected: this.picked.at(-1), label: 'Choose a date', stateOf: (date) => (new Date(`${date}T00:00:00Z`).getUTCDay() === 0 ? 'unavailable' : 'available')});
  }
}
customElements.define('test-calendar-host', CalendarHost);

describe('calendar dates', () => {
  it('adds days and months across month and year ends, and leap days', () => {
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2028-03-01', -1)).to.equal('2028-02-29');
    expect(addMonths('2026-12', 1)).to.equal('2027-01');
    expect(addMonths('2027-01', -1)).to.equal('2026-12');
    expect(datesOfMonth('2028-02')).to.have.length(29);
    expect(daysBetween('2026-12-01', '2027-01-01')).to.equal(31);
    expect(isCalendarDate('2026-12-01')).to.equal(true);
    expect(isCalendarDate('2026-12-1')).to.equal(false);
  });

  it("gives today's date on a zone's wall clock", () => {
    const instant = Date.parse('2026-12-01T17:30:00Z');
    expect(todayIn('Asia/Hong_Kong', instant)).to.equal('2026-12-02');
    expect(todayIn('America/Los_Angeles', instant)).to.equal('2026-12-01');
    expect(todayIn('UTC', instant)).to.equal('2026-12-01');
  });
});

describe('CalendarController', () => {
  async function mount(min = '2026-12-01', max = '2027-01-31') {
    const host = await fixture<CalendarHost>(html`<test-calendar-host></test-calendar-host>`);
    host.calendar.setRange(min, max);
    await host.updateComplete;
    return host;
  }
  const cell = (host: CalendarHost, date: string) => host.shadowRoot!.querySelector<HTMLElement>(`[data-date="${date}"]`)!;
  const focused = (host: CalendarHost) => host.shadowRoot!.activeElement?.getAttribute('data-date');

  it('renders the month as a grid with one focusable day and disabled days announced', async () => {
    const host = await mount();
    const grid = host.shadowRoot!.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-label')).to.equal('Choose a date, December 2026');
    expect(host.shadowRoot!.querySelectorAll('[tabindex="0"]')).to.have.length(1);
    expect(cell(host, '2026-12-01').tabIndex).to.equal(0);
    expect(cell(host, '2026-12-06').getAttribute('aria-disabled')).to.equal('true');
    expect(cell(host, '2026-12-06').getAttribute('aria-label')).to.equal('Sunday, December 6, 2026, no times available');
    await expect(host).to.be.accessible();
  });

  it('moves by day, week, week ends and months with the keys, and picks with Enter or Space', async () => {
    const host = await mount();
    cell(host, '2026-12-01').focus();
    const press = async (key: string) => {
      await sendKeys({press: key});
      await host.updateComplete;
    };
    await press('ArrowRight');
    expect(focused(host)).to.equal('2026-12-02');
    await press('ArrowDown');
    expect(focused(host)).to.equal('2026-12-09');
    await press('Home');
    expect(focused(host)).to.equal('2026-12-06');
    await press('End');
    expect(focused(host)).to.equal('2026-12-12');
    await press('Enter');
    expect(host.picked).to.deep.equal(['2026-12-12']);
    await press('PageDown');
    expect(focused(host)).to.equal('2027-01-12');
    expect(host.months).to.include('2027-01');
    await press('Space');
    expect(host.picked.at(-1)).to.equal('2027-01-12');
    // A disabled day can be reached but not picked.
    await press('Home');
    expect(focused(host)).to.equal('2027-01-10');
    await press('Enter');
    expect(host.picked.at(-1)).to.equal('2027-01-12');
  });

  it('stays inside the window and lands on the last day of a shorter month', async () => {
    const host = await mount('2026-12-01', '2027-03-15');
    cell(host, '2026-12-01').focus();
    await sendKeys({press: 'ArrowLeft'});
    await host.updateComplete;
    expect(focused(host)).to.equal('2026-12-01');
    host.calendar.setRange('2026-12-01', '2027-03-15', '2027-01-31');
    await host.updateComplete;
    cell(host, '2027-01-31').focus();
    await sendKeys({press: 'PageDown'});
    await host.updateComplete;
    expect(focused(host)).to.equal('2027-02-28');
    await sendKeys({press: 'PageDown'});
    await host.updateComplete;
    expect(focused(host)).to.equal('2027-03-15');
    const next = host.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Next month"]')!;
    expect(next.disabled).to.equal(true);
  });
});

describe('calendar file (.ics)', () => {
  it('writes UTC times for zoned times and floating times without a zone', () => {
    expect(icsDateTime('2026-12-01T10:00:00+08:00')).to.equal('20261201T020000Z');
    expect(icsDateTime('2026-12-01T10:00:00Z')).to.equal('20261201T100000Z');
    expect(icsDateTime('2026-12-01T10:00:00')).to.equal('20261201T100000');
    expect(() => icsDateTime('10:00')).to.throw();
  });

  it('escapes text, folds long lines at 75 octets and ends lines with CRLF', () => {
    const file = icsFile(
      {
        uid: 'bk_1@demo',
        title: 'Massage; hot stones, aroma',
        start: '2026-12-01T10:00:00+08:00',
        end: '2026-12-01T11:00:00+08:00',
        location: '88 Harbour Road, Wan Chai',
        description: `深層組織按摩 ${'x'.repeat(120)}\nsecond line`,
      },
      new Date('2026-11-30T00:00:00Z'),
    );
    expect(file.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(file.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(file).to.contain('SUMMARY:Massage\\; hot stones\\, aroma\r\n');
    expect(file).to.contain('DTSTAMP:20261130T000000Z');
    expect(file).to.contain('DTSTART:20261201T020000Z');
    for (const line of file.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    const unfolded = file.replace(/\r\n /g, '');
    expect(unfolded).to.contain(`DESCRIPTION:深層組織按摩 ${'x'.repeat(120)}\\nsecond line`);
  });
});
