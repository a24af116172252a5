/**
 * Hostile addresses and texts, drawn from the usual XSS evasion classes
 * (OWASP's filter evasion cheat sheet, WHATWG URL parsing), each with why a
 * browser would run it or leave our site. Shared by the unit tests of the
 * address check and the minutes, and by the site test that builds content
 * full of them.
 */

/** Addresses that must never become a link or image: [address, why it is dangerous]. */
export const hostileAddresses: readonly (readonly [string, string])[] = [
  ['javascript:alert(1)', 'plain javascript: scheme'],
  ['JAVASCRIPT:alert(1)', 'schemes are case-insensitive'],
  ['JaVaScRiPt:alert(1)', 'mixed case'],
  [' javascript:alert(1)', 'leading space is stripped by the browser'],
  ['\u0001javascript:alert(1)', 'leading C0 control is stripped by the browser'],
  ['\u0000javascript:alert(1)', 'leading NUL'],
  ['java\tscript:alert(1)', 'tab inside the scheme is removed by the browser'],
  ['java\nscript:alert(1)', 'line feed inside the scheme is removed'],
  ['java\rscript:alert(1)', 'carriage return inside the scheme is removed'],
  ['jav&#x09;ascript:alert(1)', 'an encoded tab inside the scheme, decoded in an attribute'],
  ['&#106;avascript:alert(1)', 'decimal character reference'],
  ['&#x6A;avascript:alert(1)', 'hexadecimal character reference'],
  ['&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)', 'references with leading zeros and no semicolons'],
  ['javascript&colon;alert(1)', 'named reference for the colon'],
  ['javascript&#58;alert(1)', 'numeric reference for the colon'],
  ['&amp;#106;avascript:alert(1)', 'a reference encoded twice'],
  ['javascript%3Aalert(1)', 'percent-encoded colon'],
  ['%6A%61%76%61%73%63%72%69%70%74:alert(1)', 'percent-encoded scheme'],
  ['\ufeffjavascript:alert(1)', 'byte order mark before the scheme'],
  ['java\u200bscript:alert(1)', 'zero-width space inside the scheme'],
  ['javascript://%0Aalert(1)', 'comment trick: // then an encoded line break'],
  ['vbscript:msgbox(1)', 'vbscript: scheme'],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data: document with a script'],
  ['DATA:text/html,<script>alert(1)</script>', 'data: in upper case'],
  ['data:image/svg+xml,<svg onload=alert(1)>', 'data: SVG with an event handler'],
  ['file:///etc/passwd', 'file: scheme'],
  ['blob:https://kezdesu.kz/1', 'blob: scheme'],
  ['filesystem:https://kezdesu.kz/temporary/x', 'filesystem: scheme'],
  ['intent://scan/#Intent;scheme=zxing;end', 'intent: scheme opens apps on Android'],
  ['//evil.example/', 'protocol-relative: leads to another host'],
  ['\\\\evil.example/', 'backslashes are read as slashes'],
  ['/\\evil.example/', 'slash and backslash are read as //'],
  ['https://kezdesu.kz@evil.example/', 'user name that disguises the real host'],
  ['https://user:pass@evil.example/', 'credentials in the address'],
];

/** Addresses that must stay links: [address, what it is]. */
export const safeAddresses: readonly (readonly [string, string])[] = [
  ['https://akimat.example.kz/news/123', 'an https page'],
  ['HTTPS://AKIMAT.EXAMPLE.KZ/', 'an https page in capitals'],
  ['http://old-site.example.kz/doc.pdf', 'an http document'],
  ['https://example.kz/search?q=javascript:alert', 'a scheme-like word in the query is just text'],
  ['https://example.kz/%D0%B0%D0%BA%D0%B8%D0%BC', 'percent-encoded Cyrillic path'],
  ['/kk/issues/i-10-00042/', 'a path on the site'],
  ['../../issues/i-10-00042/', 'a relative path'],
  ['#agenda', 'a fragment'],
  ['?q=1', 'a query on the same page'],
];

/** Free text that must be shown as text, never run: [text, what it tries]. */
export const hostileTexts: readonly (readonly [string, string])[] = [
  ['<script>alert(1)</script>', 'a script element'],
  ['<img src=x onerror=alert(1)>', 'an image with an error handler'],
  ['"><svg onload=alert(1)>', 'breaking out of an attribute'],
  ["'><iframe src=javascript:alert(1)>", 'breaking out of a single-quoted attribute'],
  ['</title><script>alert(1)</script>', 'closing the title first'],
  ['</script><script>alert(1)</script>', 'closing a JSON script block'],
  ['<a href="javascript:alert(1)">x</a>', 'a link with a script address'],
  ['{{constructor.constructor("alert(1)")()}}', 'template injection'],
];
