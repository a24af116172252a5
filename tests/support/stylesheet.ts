/**
 * Reads what the site's stylesheet says about an element, enough for the
 * chart tests: the declarations of the rules written for one exact selector
 * (outside any `@media` block, so what the screen shows), with `var(--name)`
 * resolved from `:root`. Works on the source stylesheet and on the minified
 * one the build writes alike.
 */

/** The stylesheet without comments and without its `@media` blocks. */
function screenRules(css: string): string {
  let text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (let at = text.indexOf('@media'); at !== -1; at = text.indexOf('@media')) {
    let depth = 0;
    let end = text.indexOf('{', at);
    for (; end < text.length; end++) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}' && --depth === 0) break;
    }
    text = text.slice(0, at) + text.slice(end + 1);
  }
  return text;
}

/** Declarations of every rule whose selector list holds `selector` exactly, later rules winning. */
export function declarationsFor(css: string, selector: string): Map<string, string> {
  const out = new Map<string, string>();
  const wanted = selector.replace(/\s+/g, ' ').trim();
  for (const rule of screenRules(css).matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = rule[1]!.split(',').map((s) => s.replace(/\s+/g, ' ').trim());
    if (!selectors.includes(wanted)) continue;
    for (const declaration of rule[2]!.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon > 0) out.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
    }
  }
  return out;
}

/** A value with each `var(--name)` replaced by what `:root` sets it to; an unknown name stays as written. */
export function resolveVariables(css: string, value: string): string {
  const root = declarationsFor(css, ':root');
  return value.replace(/var\(\s*(--[\w-]+)\s*\)/g, (whole, name: string) => root.get(name) ?? whole);
}
