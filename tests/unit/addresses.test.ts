/**
 * Which addresses may reach a page (src/lib/security/addresses.ts): every
 * hostile spelling is refused with a message that says what to write
 * instead, and ordinary web addresses and site paths pass.
 */
import { describe, expect, it } from 'vitest';
import { say } from '../../src/lib/i18n/messages.ts';
import { checkAddress, relFor, safeHref } from '../../src/lib/security/addresses.ts';
import { Url } from '../../src/schemas/common.ts';
import { hostileAddresses, safeAddresses } from '../support/hostile.ts';

describe('addresses that may be published', () => {
  it.each(hostileAddresses)('refuses %j (%s)', (address) => {
    const verdict = checkAddress(address);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.message).toMatch(/ — |retype it by hand/);
    expect(safeHref(address)).toBeUndefined();
  });

  it.each(safeAddresses)('allows %j (%s)', (address) => {
    expect(checkAddress(address).ok).toBe(true);
    expect(safeHref(address)).toBe(address);
  });

  it('says which scheme is refused and what to write instead', () => {
    expect(checkAddress('JaVaScRiPt:alert(1)')).toMatchObject({
      ok: false,
      message: 'is a "javascript:" address, which is not allowed on the site — write a web address in full, starting with https://, or a path on this site starting with /',
    });
    expect(checkAddress('&#106;avascript:alert(1)')).toMatchObject({ ok: false, message: expect.stringContaining('"javascript:"') });
  });

  it('tells web addresses from paths on the site', () => {
    expect(checkAddress('https://example.kz/')).toEqual({ ok: true, kind: 'web' });
    expect(checkAddress('/kk/')).toEqual({ ok: true, kind: 'site' });
  });

  it('opens links to other sites with no handle on our page, and leaves our own paths alone', () => {
    expect(relFor('https://akimat.example.kz/')).toBe('noopener noreferrer');
    expect(relFor('/kk/issues/i-10-00042/')).toBeUndefined();
    expect(relFor('https://kezdesu.kz/kk/', 'https://kezdesu.kz')).toBeUndefined();
  });
});

describe('URL fields of the content', () => {
  it.each(hostileAddresses)('refuse %j (%s)', (address) => {
    const result = Url.safeParse(address);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/ — /);
  });

  it('take only full web addresses, not paths', () => {
    expect(Url.safeParse('https://akimat.example.kz/news/1').success).toBe(true);
    expect(Url.safeParse('/kk/').error?.issues[0]?.message).toBe('is not a web address — write it in full, starting with https://');
  });
});

describe('refused addresses in the editor’s language', () => {
  /** What the refusal of `address` says in Kazakh and in Russian. */
  const told = (address: string): [string, string] => {
    const verdict = checkAddress(address);
    if (verdict.ok) throw new Error(`${address} was allowed`);
    return [say(verdict.says, 'kk'), say(verdict.says, 'ru')];
  };

  it('a scheme that is not allowed', () => {
    expect(told('data:text/html,hi')).toEqual([
      '"data:" мекенжайы, ондай мекенжайларға сайтта рұқсат жоқ — https:// деп басталатын толық веб-мекенжайды немесе осы сайттағы / деп басталатын жолды жазыңыз',
      'это адрес "data:", такие адреса на сайте запрещены — напишите веб-адрес полностью, начиная с https://, или путь на этом сайте, начиная с /',
    ]);
  });

  it('an invisible character', () => {
    expect(told('https://exa\u200bmple.kz/')).toEqual([
      'мекенжайдың ішінде көрінбейтін немесе басқарушы таңба бар — мекенжайды қолмен қайта теріңіз: https:// деп басталатын толық веб-мекенжайды немесе осы сайттағы / деп басталатын жолды жазыңыз',
      'в адресе есть невидимый или управляющий символ — наберите адрес вручную: напишите веб-адрес полностью, начиная с https://, или путь на этом сайте, начиная с /',
    ]);
  });

  it('a user name before @', () => {
    expect(told('https://akimat.kz@evil.example/')).toEqual([
      '"@" алдында пайдаланушы аты немесе құпиясөз бар, ол сілтеменің қайда апаратынын жасыруы мүмкін — @ алдындағы бөлікті өшіріңіз',
      'перед "@" стоит имя пользователя или пароль, а так можно скрыть, куда ведёт ссылка — удалите часть до @',
    ]);
  });

  it('an address starting with //', () => {
    expect(told('//evil.example/')).toEqual([
      '// деп басталады, сондықтан https:// көрсетілмей басқа сайтқа апарады — https:// деп басталатын толық веб-мекенжайды немесе осы сайттағы / деп басталатын жолды жазыңыз',
      'начинается с // и поэтому ведёт на другой сайт, не указывая, как — напишите веб-адрес полностью, начиная с https://, или путь на этом сайте, начиная с /',
    ]);
  });

  it('an address that cannot be opened', () => {
    expect(told('https://[bad/')).toEqual([
      'ашуға болатын веб-мекенжай емес — https:// деп басталатын толық веб-мекенжайды немесе осы сайттағы / деп басталатын жолды жазыңыз',
      'это не веб-адрес, который можно открыть — напишите веб-адрес полностью, начиная с https://, или путь на этом сайте, начиная с /',
    ]);
  });
});
