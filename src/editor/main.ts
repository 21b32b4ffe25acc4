/**
 * The editors' web editor at /quan-tri/ (Sveltia CMS from npm, pinned in package.json), bundled by
 * scripts/lib/editor/ into dist/quan-tri/ with its fonts and Vietnamese words, so its code and
 * words come from this site only. It reads its configuration from config.yml beside the page,
 * written at build time from the collections' schemas (src/lib/content/editor-config.ts).
 */
import './prefer-vietnamese';
import CMS from '@sveltia/cms';

// The preview shows body text with the site's own styles.
CMS.registerPreviewStyle(new URL('xem-truoc.css', document.baseURI).href);
void CMS.init();
