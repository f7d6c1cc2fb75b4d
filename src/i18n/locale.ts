import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';

/** The locales the widgets speak. */
export type FavLocale = 'en' | 'zh-Hant';

// One explicit import per locale so the bundler emits a chunk per locale, loaded only when used.
const localeLoaders = {
  'zh-Hant': () => import('../generated/locales/zh-Hant.js'),
};

type LocaleApi = ReturnType<typeof configureLocalization>;

// configureLocalization may run once per page, and a host page or a second copy of this bundle
// may already have called it: keep the result on a global symbol and never call it twice.
const API_KEY = Symbol.for('fav-widgets.localization');
const globalSlot = globalThis as unknown as Record<symbol, LocaleApi | null | undefined>;

function localeApi(): LocaleApi | null {
  if (globalSlot[API_KEY] !== undefined) return globalSlot[API_KEY] ?? null;
  try {
    globalSlot[API_KEY] = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => localeLoaders[locale as Exclude<FavLocale, 'en'>](),
    });
  } catch (error) {
    console.warn('fav-widgets: localization is already configured on this page; widgets stay in English.', error);
    globalSlot[API_KEY] = null;
  }
  return globalSlot[API_KEY] ?? null;
}

/** Maps a BCP 47 tag onto a locale we ship; any Chinese variant reads Traditional Chinese. */
export function normalizeLocale(tag: string | null | undefined): FavLocale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  if (lower.startsWith('zh')) return 'zh-Hant';
  if (lower.startsWith('en')) return 'en';
  return undefined;
}

/** The locale for an element: the nearest `lang` attribute (across shadow roots), then the browser. */
export function detectLocale(element: Element): FavLocale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const found = normalizeLocale(node.getAttribute('lang'));
      if (found) return found;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const found = normalizeLocale(tag);
    if (found) return found;
  }
  return 'en';
}

/** The locale the widgets currently render in. */
/** `value` when it is an IANA time zone this browser knows (`Asia/Hong_Kong`), else undefined. */
export function knownTimeZone(value: string | null | undefined): string | undefined {
  try {
    return value ? new Intl.DateTimeFormat('en', {timeZone: value}).resolvedOptions().timeZone : undefined;
  } catch {
    return undefined; // RangeError: not a zone
  }
}

export function activeLocale(): FavLocale {
  return (localeApi()?.getLocale() as FavLocale | undefined) ?? 'en';
}

/** Switches every widget on the page to `locale`, loading its strings on first use. */
export async function applyLocale(locale: FavLocale): Promise<void> {
  const api = localeApi();
  if (!api || api.getLocale() === locale) return;
  await api.setLocale(locale);
}
