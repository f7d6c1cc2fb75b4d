/**
 * The showcase page: the mock tenant's own website as a small business would build it, every
 * widget on `<fav-provider mock>` in the brand theme. The language buttons switch the provider's
 * `locale` and the page's own text (its `data-en` / `data-zh` attributes).
 */
const provider = document.querySelector('fav-provider')!;
const buttons = [...document.querySelectorAll<HTMLButtonElement>('.language button')];

function setLocale(locale: string): void {
  provider.setAttribute('locale', locale);
  document.documentElement.lang = locale;
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
  for (const element of document.querySelectorAll<HTMLElement>('[data-en]')) {
    element.textContent = (locale === 'zh-Hant' ? element.dataset.zh : element.dataset.en) ?? element.textContent;
  }
  const params = new URLSearchParams(location.search);
  params.set('locale', locale);
  history.replaceState(null, '', `?${params}${location.hash}`);
}

for (const button of buttons) button.addEventListener('click', () => setLocale(button.dataset.locale!));
setLocale(new URLSearchParams(location.search).get('locale') === 'zh-Hant' ? 'zh-Hant' : 'en');
await import('../src/entries/index.js');

export {};
