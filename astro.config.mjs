// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { site } from './src/config/site.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: site.url,
  // Every page is a folder with index.html and every URL ends in "/": the addresses printed on
  // handouts keep working on any static host.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The portal is static; nothing runs on the server.
  output: 'static',
  // sitemap-index.xml lists every page except the 404 page, which is not a place to send anyone.
  integrations: [sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/404') })],
});
