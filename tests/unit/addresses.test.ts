/**
 * Which addresses may reach a page (src/lib/security/addresses.ts): every
 * hostile spelling is refused with a message that says what to write
 * instead, and ordinary web addresses and site paths pass.
 */
import { describe, expect, it } from 'vitest';
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
