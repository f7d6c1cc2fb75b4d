import {expect} from '@open-wc/testing';

// `npm test` runs `lit-localize extract` first, so locales/zh-Hant.xlf lists every msg() in src/.
describe('translations', () => {
  it('has a zh-Hant translation for every string', async () => {
    const response = await fetch('/locales/zh-Hant.xlf');
    expect(response.ok, 'locales/zh-Hant.xlf is served').to.equal(true);
    const xliff = new DOMParser().parseFromString(await response.text(), 'application/xml');
    const units = [...xliff.getElementsByTagName('trans-unit')];
    expect(units.length, 'strings were extracted').to.be.greaterThan(20);
    const missing = units
      .filter((unit) => !unit.getElementsByTagName('target')[0]?.textContent?.trim())
      .map((unit) => `${unit.getAttribute('id')}: ${unit.getElementsByTagName('source')[0]?.textContent}`);
    expect(missing, `untranslated strings:\n${missing.join('\n')}`).to.deep.equal([]);
  });

  it('keeps placeholders in every translation', async () => {
    const xliff = new DOMParser().parseFromString(await (await fetch('/locales/zh-Hant.xlf')).text(), 'application/xml');
    const problems: string[] = [];
    for (const unit of xliff.getElementsByTagName('trans-unit')) {
      const count = (tag: string) => unit.getElementsByTagName(tag)[0]?.getElementsByTagName('x').length ?? 0;
      if (count('source') !== count('target')) problems.push(unit.getAttribute('id') ?? '?');
    }
    expect(problems, 'translations that drop or add a ${…} placeholder').to.deep.equal([]);
  });

  it('names the id of every message (the built bundle leaves out the id hashing)', async () => {
    const xliff = new DOMParser().parseFromString(await (await fetch('/locales/zh-Hant.xlf')).text(), 'application/xml');
    const generated = [...xliff.getElementsByTagName('trans-unit')]
      .map((unit) => unit.getAttribute('id') ?? '')
      .filter((id) => !/^[a-z][\w-]*(\.[\w-]+)+$/.test(id));
    expect(generated, 'msg() calls without an {id: "group.name"} (see src/i18n/msg-id.ts)').to.deep.equal([]);
  });
});
