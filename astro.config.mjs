// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { site } from './src/config/site.ts';
import { vi } from './src/i18n/vi.ts';
import { rehypeTableRegions } from './src/lib/markdown/table-regions.ts';
import { contentGate } from './scripts/lib/content-check/content-gate.ts';
import { serviceWorker } from './scripts/lib/offline/integration.ts';
import { webEditor } from './scripts/lib/editor/integration.ts';
import { OFFLINE_PAGE_PATH } from './src/lib/offline/policy.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: site.url,
  // A copy of the project built beside it (the tests' fixture site) keeps its own cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Every page is a folder with index.html and every URL ends in "/": the addresses printed on
  // handouts keep working on any static host.
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Four pages rendered at a time: a page spends part of its time waiting (collections, social
    // card images through sharp's thread pool), so overlapping them took the real build from 31 s
    // to 21 s on a 2-core machine; 8 gained almost nothing more.
    concurrency: 4,
    // Styles go in cached files, never inline: with the CSP below, every inline <style> must be
    // hashed into every page, which took the 25,000-procedure build from 120 s to 158 s. Pages
    // also get smaller, and Lighthouse scores did not move.
    inlineStylesheets: 'never',
  },
  // The portal is static; nothing runs on the server.
  output: 'static',
  markdown: {
    // Tables in Markdown pages scroll in their own box on a phone instead of widening the page.
    rehypePlugins: [[rehypeTableRegions, { label: vi.article.tableLabel }]],
  },
  integrations: [
    // Every check of `npm run check` first: the build publishes nothing the checker refuses.
    contentGate(),
    // React renders the search island on /tra-cuu/ only; every other page ships no JavaScript.
    react(),
    // sitemap-index.xml lists every page except the 404 and offline pages, which are not places
    // to send anyone.
    sitemap({
      filter: (page) => !['/404', OFFLINE_PAGE_PATH].some((path) => new URL(page).pathname.startsWith(path)),
    }),
    // dist/quan-tri/: the editors' web editor, its forms made from the collections' schemas.
    webEditor(),
    // Last: dist/sw.js, written from what the build wrote (what a phone stores on install).
    serviceWorker(),
  ],
  vite: {
    build: {
      // Scripts stay files, never inlined into pages: the one script content pages load (the
      // service worker's registration) must be a file the CSP's 'self' allows without a hash.
      assetsInlineLimit: 0,
    },
  },
  experimental: {
    // Content-Security-Policy as a <meta> in every page, with a sha256 hash of each script and style
    // Astro emits (scoped <style> blocks included), so neither scripts nor styles need
    // 'unsafe-inline'. A <script is:inline> is NOT hashed: it would be blocked, so do not use one.
    // frame-ancestors cannot be set in a <meta>: the server sends it as a header
    // (scripts/deploy/nginx/, public/_headers).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
