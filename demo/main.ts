/**
 * The demo page: every widget on the mock tenant. By default the mock runs in a service worker, so
 * the widgets talk to https://api.favcrm.io as on a real site and DevTools shows each request; the
 * "In-page" mode uses `<fav-provider mock>` instead, which needs no worker at all.
 */
const provider = document.querySelector('fav-provider')!;
const controls = {
  locale: document.querySelector<HTMLSelectElement>('#locale')!,
  theme: document.querySelector<HTMLSelectElement>('#theme')!,
  tenant: document.querySelector<HTMLSelectElement>('#tenant')!,
  mode: document.querySelector<HTMLSelectElement>('#mode')!,
};

const saved = new URLSearchParams(location.search);
for (const [name, select] of Object.entries(controls)) {
  const value = saved.get(name);
  if (value && [...select.options].some((o) => o.value === value)) select.value = value;
}

/**
 * The theme select: a `theme` value, the default on a dark page, or one of the example theme files
 * in demo/themes/ (only `--fav-*` tokens), linked into the page over the default theme.
 */
function applyTheme(choice: string): void {
  const file = choice.endsWith('.css') ? choice : '';
  document.querySelector('#theme-file')?.remove();
  if (file) document.head.append(Object.assign(document.createElement('link'), {id: 'theme-file', rel: 'stylesheet', href: `./themes/${file}`}));
  provider.setAttribute('theme', file || choice === 'inherit-dark' ? 'inherit' : choice);
  const dark = ['dark', 'inherit-dark', 'dark.css'].includes(choice) || (choice === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.body.classList.toggle('dark', dark);
  // With theme="inherit" a widget picks its accents for the page's text colour when it renders.
  for (const widget of provider.querySelectorAll<HTMLElement & {requestUpdate?: () => void}>('*')) widget.requestUpdate?.();
}

function apply(): void {
  provider.setAttribute('locale', controls.locale.value);
  document.documentElement.lang = controls.locale.value;
  applyTheme(controls.theme.value);
  provider.setAttribute('company-id', controls.tenant.value);
  provider.toggleAttribute('mock', controls.mode.value === 'inline');
}

async function start(): Promise<void> {
  if (controls.mode.value === 'worker') {
    const {startMockWorker} = await import('../src/mock/browser.js');
    await startMockWorker();
  }
  apply();
  await import('../src/entries/index.js');
}

for (const [name, select] of Object.entries(controls)) {
  select.addEventListener('change', () => {
    const params = new URLSearchParams(location.search);
    params.set(name, select.value);
    history.replaceState(null, '', `?${params}`);
    if (name === 'mode') location.reload();
    else apply();
  });
}

/** The failure switches drive the same mock in both modes (the worker's handlers run in this page). */
async function wireFailureSwitches(): Promise<void> {
  const {mockControl} = await import('../src/mock/index.js');
  const {operationIds} = await import('../src/api/operations.js');
  const latency = document.querySelector<HTMLSelectElement>('#latency')!;
  const operation = document.querySelector<HTMLSelectElement>('#fail-operation')!;
  const kind = document.querySelector<HTMLSelectElement>('#fail-kind')!;
  const times = document.querySelector<HTMLSelectElement>('#fail-times')!;
  const status = document.querySelector<HTMLOutputElement>('#fail-status')!;
  operation.append(...operationIds.map((id) => new Option(id, id)));
  latency.addEventListener('change', () => mockControl.setLatency(Number(latency.value)));
  document.querySelector('#fail-apply')!.addEventListener('click', () => {
    const count = times.value === 'Infinity' ? Infinity : Number(times.value);
    const failure = kind.value === 'network' ? {network: true} : kind.value === 'malformed' ? {malformed: true} : {status: Number(kind.value)};
    mockControl.fail(operation.value as (typeof operationIds)[number], {...failure, times: count});
    status.value = `${operation.value} will fail (${kind.selectedOptions[0]!.text}).`;
  });
  document.querySelector('#fail-clear')!.addEventListener('click', () => {
    mockControl.clearFailures();
    status.value = 'No failures injected.';
  });
}

/** Shows each outcome event with its detail, as a host page's analytics would see it. */
function logEvents(): void {
  const log = document.querySelector<HTMLOListElement>('#event-log')!;
  const names = ['fav-signed-in', 'fav-signed-out', 'fav-session-expired', 'fav-before-booking', 'fav-booking-created', 'fav-before-booking-cancel', 'fav-booking-cancelled', 'fav-before-booking-reschedule', 'fav-booking-rescheduled', 'fav-before-registration', 'fav-registration-created', 'fav-payment-started', 'fav-access-checked', 'fav-cart-changed', 'fav-before-order', 'fav-order-created', 'fav-order-payment-started', 'fav-payment-status', 'fav-before-redeem', 'fav-offer-redeemed', 'fav-gift-claimed', 'fav-page-loaded', 'fav-post-loaded', 'fav-post-selected', 'fav-survey-started', 'fav-before-survey-submit', 'fav-survey-submitted', 'fav-before-contact', 'fav-contact-submitted', 'fav-error'];
  for (const name of names) {
    document.addEventListener(name, (event) => {
      const item = document.createElement('li');
      const title = document.createElement('strong');
      title.textContent = `${new Date().toLocaleTimeString()} ${name}`;
      const detail = document.createElement('pre');
      detail.textContent = JSON.stringify((event as CustomEvent).detail, null, 2);
      item.append(title, detail);
      log.prepend(item);
      while (log.children.length > 20) log.lastElementChild!.remove();
    });
  }
}

logEvents();
void start().then(wireFailureSwitches);
