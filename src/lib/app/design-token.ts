/**
 * A design token's value as written in src/styles/tokens.css, following var() references
 * ("--color-brand: var(--palette-navy)" gives "#0a3d6b"), for what cannot read CSS: the web app
 * manifest's theme colour and the app icons.
 */
export function tokenValue(css: string, name: string, seen: ReadonlySet<string> = new Set()): string {
  if (seen.has(name)) throw new Error(`The design token ${name} refers to itself.`);
  const declaration = new RegExp(`${name.replace(/[-]/g, '\\-')}\\s*:\\s*([^;]+);`).exec(css);
  if (!declaration?.[1]) throw new Error(`The design token ${name} is not in tokens.css.`);
  const value = declaration[1].trim();
  const reference = /^var\((--[\w-]+)\)$/.exec(value);
  return reference?.[1] ? tokenValue(css, reference[1], new Set([...seen, name])) : value;
}
