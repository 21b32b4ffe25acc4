/**
 * The response headers the portal's servers must send, in one place for code: the server tests
 * check responses against these, and a unit test checks that the nginx snippet
 * (scripts/deploy/nginx/snippets/dvc-tiengiang-headers.conf) and public/_headers say the same.
 */

/**
 * Sent on every response (pages, assets, the 404 page). The page's <meta> CSP, written by Astro
 * with hashes, carries script-src and style-src; this header adds frame-ancestors, which browsers
 * ignore in a <meta>, and repeats only directives that cannot conflict with the <meta> one.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const satisfies Record<string, string>;

/**
 * Sent on pictures besides SECURITY_HEADERS (which hold nosniff): opened on its own, a picture (an
 * SVG is a document that could carry script) may run nothing and load nothing.
 */
export const PICTURE_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
} as const satisfies Record<string, string>;

/**
 * Sent on the editors' web editor (/quan-tri/) instead of SECURITY_HEADERS: the same, but its
 * sign-in popup must be able to hand back the sign-in, and search engines must leave it out.
 */
export const EDITOR_HEADERS = {
  ...SECURITY_HEADERS,
  'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
  'X-Robots-Tag': 'noindex, nofollow',
} as const satisfies Record<string, string>;

/** Where the editor is served, as the _headers file writes the rule. */
export const EDITOR_PATTERN = '/quan-tri/*';

/** Picture types the servers send PICTURE_HEADERS with, as the _headers file lists them. */
export const PICTURE_PATTERNS = ['/*.svg', '/*.png', '/*.webp', '/*.jpg'] as const;

export const CACHE_CONTROL = {
  /** Pages, feeds, sitemap, favicon: revalidate every time (a 304 from the ETag is cheap). */
  revalidate: 'no-cache',
  /** /_astro/: the file name holds a hash of its content, so it never changes. */
  hashedAsset: 'public, max-age=31536000, immutable',
} as const;

/** Files of a fixed name the servers describe one by one: the offline worker and the manifest. */
export const FIXED_FILES = {
  '/sw.js': { 'Cache-Control': CACHE_CONTROL.revalidate },
  '/manifest.webmanifest': { 'Cache-Control': CACHE_CONTROL.revalidate, 'Content-Type': 'application/manifest+json' },
} as const satisfies Record<string, Record<string, string>>;

/** "add_header Name "value" always;" lines of an nginx file, as [name, value] pairs. */
export function nginxAddHeaders(conf: string): Array<[string, string]> {
  return [...conf.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"/gm)].map((match) => [
    match[1] ?? '',
    match[2] ?? '',
  ]);
}

/**
 * A _headers file (Netlify, Cloudflare Pages): a path pattern line, then indented "Name: value"
 * lines. Returns the headers per pattern, in file order.
 */
export function parseHeadersFile(text: string): Map<string, Array<[string, string]>> {
  const rules = new Map<string, Array<[string, string]>>();
  let current: Array<[string, string]> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = [];
      rules.set(line.trim(), current);
      continue;
    }
    const separator = line.indexOf(':');
    if (current === undefined || separator === -1) {
      throw new Error(`_headers: header line outside a path rule or without ":": "${line.trim()}"`);
    }
    current.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}
