/**
 * Links and images in minutes: every hostile address is refused by the
 * check with its line and the fix, in inline links, images and reference
 * definitions; and the renderer alone, given minutes nobody checked, never
 * writes one into the HTML. Tags written as text stay text.
 */
import { describe, expect, it } from 'vitest';
import { say } from '../../src/lib/i18n/messages.ts';
import { checkMinutes, renderUncheckedMinutes } from '../../src/lib/minutes/mdx.ts';
import { hostileAddresses, hostileTexts, safeAddresses } from '../support/hostile.ts';
import { startTags } from '../support/site.ts';

/** Markdown's own escape for a link destination: angle brackets keep spaces and odd characters in one piece. */
const destination = (address: string) => `<${address.replace(/[<>\\]/g, (c) => `\\${c}`)}>`;

/** Ways minutes can carry an address, each on line 3. */
const spellings = {
  link: (a: string) => `# Хаттама\n\n[құжат](${destination(a)})\n`,
  image: (a: string) => `# Хаттама\n\n![сурет](${destination(a)})\n`,
  reference: (a: string) => `# Хаттама\n\n[құжат][1]\n\n[1]: ${destination(a)}\n`,
} as const;

/** Every href and src the HTML would give a browser. */
function addressesIn(html: string): string[] {
  return startTags(`<div>${html}</div>`).flatMap((tag) => ['href', 'src'].flatMap((name) => (tag.attributes.has(name) ? [tag.attributes.get(name)!] : [])));
}

describe('addresses in minutes', () => {
  for (const [kind, write] of Object.entries(spellings)) {
    it.each(hostileAddresses)(`refuses a hostile ${kind}, or it is no link at all: %j (%s)`, (address) => {
      const checked = checkMinutes(write(address));
      if (checked.problems.length === 0) {
        // Markdown did not read it as an address (a line break inside one, say): it is text, and nothing links.
        expect(addressesIn(checked.html)).toEqual([]);
        return;
      }
      // Refused: nothing of the file is published, and the editor is told the line and the fix.
      expect(checked.html).toBe('');
      for (const problem of checked.problems) expect(problem.message).toMatch(/ — /);
      const line = kind === 'reference' ? 5 : 3;
      expect(checked.problems.map((p) => p.line).some((l) => l === line || l === line + 1)).toBe(true);
    });

    it(`refuses nearly every hostile ${kind} by name`, () => {
      const refused = hostileAddresses.filter(([address]) => checkMinutes(write(address)).problems.some((p) => p.message.includes(' leads to ')));
      // Only addresses with a line break inside cannot be a Markdown link at all.
      expect(hostileAddresses.length - refused.length).toBeLessThanOrEqual(2);
    });

    it.each(hostileAddresses)(`renders a hostile ${kind} inert even unchecked: %j`, (address) => {
      let html: string;
      try {
        html = renderUncheckedMinutes(write(address));
      } catch {
        return; // Not even readable as MDX: nothing to publish.
      }
      for (const found of addressesIn(html)) expect(found === '' || !/^\s*[a-z][a-z0-9+.-]*:/i.test(found) || /^https?:/i.test(found.trim())).toBe(true);
      expect(addressesIn(html).filter((a) => /javascript|vbscript|data:|file:|blob:|intent:|filesystem:|evil\.example/i.test(a))).toEqual([]);
    });
  }

  it.each(safeAddresses)('keeps a link to %j (%s)', (address) => {
    const checked = checkMinutes(spellings.link(address));
    expect(checked.problems).toEqual([]);
    expect(addressesIn(checked.html)).toEqual([address]);
  });

  it('opens a link to another site with no handle on ours, and a link on the site as it is', () => {
    const checked = checkMinutes('[шешім](https://akimat.example.kz/d/1) және [мәселе](/kk/issues/i-10-00042/)\n');
    expect(checked.html).toBe('<p><a href="https://akimat.example.kz/d/1" rel="noopener noreferrer">шешім</a> және <a href="/kk/issues/i-10-00042/">мәселе</a></p>');
  });

  it('shows an e-mail address written as text as text, not as a link', () => {
    const checked = checkMinutes('Баспасөз қызметі: press@akimat.example.kz\n');
    expect(checked.problems).toEqual([]);
    expect(checked.html).toBe('<p>Баспасөз қызметі: <span>press@akimat.example.kz</span></p>');
  });

  it('names the line and the fix for the example in the editors\' words', () => {
    const { problems } = checkMinutes('Кіріспе\n\n[документ](javascript:alert(1))\n');
    expect(problems.map(({ line, message }) => ({ line, message }))).toEqual([
      {
        line: 3,
        message: 'a link leads to "javascript:alert(1)": it is a "javascript:" address, which is not allowed on the site — write a web address in full, starting with https://, or a path on this site starting with /',
      },
    ]);
    // The same in the words of a Kazakh and of a Russian editor.
    expect(problems.map((p) => say(p.says, 'kk'))).toEqual([
      'сілтеме "javascript:alert(1)" мекенжайына апарады: "javascript:" мекенжайы, ондай мекенжайларға сайтта рұқсат жоқ — https:// деп басталатын толық веб-мекенжайды немесе осы сайттағы / деп басталатын жолды жазыңыз',
    ]);
    expect(problems.map((p) => say(p.says, 'ru'))).toEqual([
      'ссылка ведёт на "javascript:alert(1)": это адрес "javascript:", такие адреса на сайте запрещены — напишите веб-адрес полностью, начиная с https://, или путь на этом сайте, начиная с /',
    ]);
  });

  it('tells each reason an address is refused in Kazakh and Russian, not only the scheme', () => {
    const told = (source: string) => checkMinutes(source).problems.map((p) => [p.message, say(p.says, 'kk'), say(p.says, 'ru')]);
    expect(told('![схема](//evil.example/x.png)\n')).toEqual([
      [
        'an image leads to "//evil.example/x.png": it starts with // and so leads to another site without saying how — write a web address in full, starting with https://, or a path on this site starting with /',
        'сурет "//evil.example/x.png" мекенжайына апарады: // деп басталады, сондықтан https:// көрсетілмей басқа сайтқа апарады — https:// деп басталатын толық веб-мекенжайды немесе осы сайттағы / деп басталатын жолды жазыңыз',
        'изображение ведёт на "//evil.example/x.png": начинается с // и поэтому ведёт на другой сайт, не указывая, как — напишите веб-адрес полностью, начиная с https://, или путь на этом сайте, начиная с /',
      ],
    ]);
    expect(told('[акт][1]\n\n[1]: https://user:pw@akimat.example.kz/\n')).toEqual([
      [
        'the link reference [1] leads to "https://user:pw@akimat.example.kz/": it has a user name or password before "@", which can disguise where the link goes — remove the part before @',
        '[1] сілтеме анықтамасы "https://user:pw@akimat.example.kz/" мекенжайына апарады: "@" алдында пайдаланушы аты немесе құпиясөз бар, ол сілтеменің қайда апаратынын жасыруы мүмкін — @ алдындағы бөлікті өшіріңіз',
        'ссылка-сноска [1] ведёт на "https://user:pw@akimat.example.kz/": перед "@" стоит имя пользователя или пароль, а так можно скрыть, куда ведёт ссылка — удалите часть до @',
      ],
    ]);
  });

  it.each(hostileTexts)('never lets text written as markup run: %j (%s)', (text) => {
    const checked = checkMinutes(`${text.replace(/[{}]/g, (c) => `\\${c}`)}\n`);
    // Raw HTML is refused outright; what passes is text.
    if (checked.problems.length > 0) expect(checked.html).toBe('');
    expect(startTags(`<div>${checked.html}</div>`).map((t) => t.name).filter((n) => !['div', 'p', 'span', 'a'].includes(n))).toEqual([]);
    for (const tag of startTags(`<div>${checked.html}</div>`)) expect([...tag.attributes.keys()].filter((k) => k.startsWith('on'))).toEqual([]);
  });
});
