/**
 * Budgets and targets for `npm run audit` (scripts/audit.ts). The one place to change them; say in
 * the commit why a budget moved.
 *
 * Sizes in kB (1,000 bytes); "raw" is the file as built, "gzip" what travels (nginx, level 6).
 */
import { kB, type AuditConfig } from './lib/audit/config';

/** The service worker's registration, the one script of content pages (src/scripts/offline.ts). */
const OFFLINE_REGISTRATION = { raw: kB(2), gzip: kB(1) };

const config: AuditConfig = {
  budgets: [
    {
      pages: '/tra-cuu/',
      reason:
        'The one page with JavaScript: the React 19 search island with fuse.js, measured at ' +
        '249 / 82 kB when this was set (React DOM alone is about 58 kB gzip). The issue sets 90 kB ' +
        "gzip for all of the page's JavaScript. The index the island fetches is not counted here " +
        '(about 50 kB gzip, measured by npm run bench:search).',
      html: { raw: kB(60), gzip: kB(14) },
      css: { raw: kB(30), gzip: kB(8) },
      js: { raw: kB(270), gzip: kB(90) },
      // Issue 13: at most 75 kB gzip before anyone searches. The engine and fuse.js (about 15 kB
      // gzip) load on demand, with the index, once a search is wanted; "js" above counts them.
      jsAtLoad: { raw: kB(230), gzip: kB(75) },
    },
    {
      pages: '/thu-tuc/co-quan/',
      reason:
        'The A–Z list of every agency that carries out a procedure (about 290, some with ' +
        'sentence-long official names) on one page, so a citizen can find theirs with the ' +
        "browser's find-in-page. Raw HTML is larger than other pages; gzip, what travels, is not.",
      html: { raw: kB(100), gzip: kB(14) },
      css: { raw: kB(30), gzip: kB(8) },
      js: OFFLINE_REGISTRATION,
      jsAtLoad: OFFLINE_REGISTRATION,
    },
    {
      pages: '/thu-tuc/<code>/',
      reason:
        'Procedure pages carry the official texts a citizen needs (issue 10): the documents table, ' +
        'the steps, the conditions, the legal basis, and a QR code for the printed checklist (1 kB ' +
        'gzip). Measured on the real catalogue when this was set: HTML gzip p50 7.4 kB, p95 9.7 kB ' +
        '(the issue asks p95 ≤ 12 kB), largest 130 / 17.8 kB (2.001538, whose conditions run to ' +
        '44,600 characters); 38 pages over 60 kB raw. The ceiling is that longest text with room to ' +
        'spare; CSS stays shared, and no JavaScript but the offline registration (see "*").',
      html: { raw: kB(160), gzip: kB(22) },
      css: { raw: kB(30), gzip: kB(8) },
      js: OFFLINE_REGISTRATION,
      jsAtLoad: OFFLINE_REGISTRATION,
    },
    {
      pages: '*',
      reason:
        'Content pages: no JavaScript but the offline registration (issue 22: at most 1 kB gzip; ' +
        '932 / 635 bytes when set), loaded after the page. An HTML page within 14 kB gzip arrives ' +
        'in the first round trip of a slow mobile connection (TCP initial window); the stylesheet, ' +
        'shared by every page, is cached after the first. Built pages were at most 13.8 / 4.2 kB ' +
        'and the stylesheet 7.9 / 2.2 kB when these were set; the room left is for the procedure pages.',
      html: { raw: kB(60), gzip: kB(14) },
      css: { raw: kB(30), gzip: kB(8) },
      js: OFFLINE_REGISTRATION,
      jsAtLoad: OFFLINE_REGISTRATION,
    },
  ],
  validity: {
    extends: ['html-validate:standard', 'html-validate:a11y'],
    templateSample: 40,
  },
  lighthouse: {
    pages: [
      '/',
      '/huong-dan/cac-muc-do-dich-vu-cong-truc-tuyen/',
      '/thu-tuc/1.001193/',
      '/tra-cuu/',
      '/tin-tuc/ke-hoach-228-tuyen-truyen-chinh-quyen-dien-tu-2017/',
    ],
    performanceRuns: 3,
    targets: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
    enforced: ['accessibility', 'best-practices', 'seo'],
    // Issue 13: the search page had 1,280 ms of blocking time. Its target, 150 ms on an idle
    // machine, is not yet met every time: /tra-cuu/ measured 142 and 264 ms in two audits (median
    // of 3) on the 2-core machine, nearly all of it React hydrating the island in one long task;
    // the other pages 0–149 ms. The budget catches a return to the long tasks the issue found
    // without failing on that spread; lower it when hydration is split up.
    totalBlockingTimeMs: 400,
  },
};

export default config;
