import {expect, fixture, html as testHtml} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {sendKeys} from '../support/commands.js';
import {renderTabs} from '../../src/ui/tabs.js';
import {tabStyles} from '../../src/ui/tabs.styles.js';
import {tokenStyles} from '../../src/ui/tokens.styles.js';

type Tab = 'upcoming' | 'past' | 'cancelled';
const TABS: readonly Tab[] = ['upcoming', 'past', 'cancelled'];
const LABELS: Record<Tab, string> = {upcoming: 'Upcoming', past: 'Past', cancelled: 'Cancelled'};

/** A widget with three tabs; selecting one shows its panel. */
class TabsHost extends LitElement {
  static override styles = [tokenStyles, tabStyles];
  static override properties = {selected: {}};
  selected: Tab = 'upcoming';
  readonly chosen: Tab[] = [];
  override render() {
    return renderTabs(
      {
        tabs: TABS,
        selected: this.selected,
        label: 'My bookings',
        labelOf: (tab) => LABELS[tab],
        panelId: 'bookings-panel',
        onSelect: (tab) => {
          this.chosen.push(tab);
          this.selected = tab;
        },
      },
      html`<p>${LABELS[this.selected]} bookings</p>`,
    );
  }
}
customElements.define('tabs-host', TabsHost);

const tabsOf = (host: TabsHost) => [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];

describe('renderTabs: tabs with their panel (APG, automatic activation)', () => {
  it('names the tab list and wires each tab to the panel, the selected one in the tab order', async () => {
    const host = await fixture<TabsHost>(testHtml`<tabs-host></tabs-host>`);
    const list = host.shadowRoot!.querySelector('[role="tablist"]')!;
    expect(list.getAttribute('aria-label')).to.equal('My bookings');
    expect(list.getAttribute('part')).to.equal('tabs');
    expect(tabsOf(host).map((tab) => [tab.id, tab.textContent!.trim(), tab.getAttribute('aria-selected'), tab.tabIndex, tab.getAttribute('part')])).to.deep.equal([
      ['tab-upcoming', 'Upcoming', 'true', 0, 'tab tab-selected'],
      ['tab-past', 'Past', 'false', -1, 'tab'],
      ['tab-cancelled', 'Cancelled', 'false', -1, 'tab'],
    ]);
    expect(tabsOf(host).every((tab) => tab.getAttribute('aria-controls') === 'bookings-panel')).to.equal(true);
    const panel = host.shadowRoot!.querySelector('[role="tabpanel"]')!;
    expect(panel.id).to.equal('bookings-panel');
    expect(panel.getAttribute('aria-labelledby')).to.equal('tab-upcoming');
    expect(panel.textContent).to.contain('Upcoming bookings');
    await expect(host).to.be.accessible();
  });

  it('selects with a click', async () => {
    const host = await fixture<TabsHost>(testHtml`<tabs-host></tabs-host>`);
    tabsOf(host)[1]!.click();
    await host.updateComplete;
    expect(host.selected).to.equal('past');
    expect(host.shadowRoot!.querySelector('[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal('tab-past');
  });

  it('moves and selects with the arrow keys (wrapping), Home and End, the focus following', async () => {
    const host = await fixture<TabsHost>(testHtml`<tabs-host></tabs-host>`);
    tabsOf(host)[0]!.focus();
    const press = async (key: string) => {
      await sendKeys({press: key});
      await host.updateComplete;
      return [host.selected, host.shadowRoot!.activeElement?.id];
    };
    expect(await press('ArrowRight')).to.deep.equal(['past', 'tab-past']);
    expect(await press('ArrowRight')).to.deep.equal(['cancelled', 'tab-cancelled']);
    expect(await press('ArrowRight')).to.deep.equal(['upcoming', 'tab-upcoming']);
    expect(await press('ArrowLeft')).to.deep.equal(['cancelled', 'tab-cancelled']);
    expect(await press('Home')).to.deep.equal(['upcoming', 'tab-upcoming']);
    expect(await press('End')).to.deep.equal(['cancelled', 'tab-cancelled']);
    const before = host.chosen.length;
    await press('ArrowDown');
    expect(host.chosen).to.have.length(before);
  });
});
