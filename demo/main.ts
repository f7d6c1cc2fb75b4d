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

function apply(): void {
  provider.setAttribute('locale', controls.locale.value);
  document.documentElement.lang = controls.locale.value;
  provider.setAttribute('theme', controls.theme.value);
  const dark =
    controls.theme.value === 'dark' ||
    (controls.theme.value === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.body.classList.toggle('dark', dark);
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

void start();
