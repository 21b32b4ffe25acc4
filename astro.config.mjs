// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
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
  // React renders the search island on /tra-cuu/ only; every other page ships no JavaScript.
  integrations: [react()],
});
