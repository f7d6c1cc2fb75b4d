/** Fixture text in both languages; handlers pick one by the request's Accept-Language. */
export interface Text {
  en: string;
  zh: string;
}

export type MockLocale = 'en' | 'zh';

export const t = (en: string, zh: string): Text => ({en, zh});

export function pick(text: Text | string | null | undefined, locale: MockLocale): string | null {
  if (text === null || text === undefined) return null;
  return typeof text === 'string' ? text : text[locale];
}

export function localeOf(request: Request): MockLocale {
  return (request.headers.get('accept-language') ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
