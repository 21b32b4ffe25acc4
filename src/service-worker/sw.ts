/**
 * The service worker: the site keeps working on a phone that loses its connection.
 *
 * - Installed, it stores the home page, the search page with its scripts and index, the offline
 *   page, the manifest and icons (Workbox's precache, kept in step with each deploy) and every
 *   stylesheet (the files cache, so pages saved from older deploys keep their styles).
 * - Pages: the network first; after PAGE_TIMEOUT_SECONDS, or with no network, the copy saved on
 *   the phone, with a notice saying so and since when. Pages a citizen opens are saved (the newest
 *   SAVED_PAGES_MAX, for SAVED_PAGES_MAX_DAYS); only canonical addresses, never a redirect.
 *   The stored home and search pages are never older than the scripts and index stored with them.
 * - Files with hashed names: the phone first, they never change.
 * - A page never saved, with no network: the offline page, listing the saved pages.
 * - "Lưu để xem khi mất mạng" asks, by message, to save a page and the procedures it links to.
 *
 * scripts/lib/offline/ bundles this file at the end of the build, with the list to precache.
 */
import { cacheNames, clientsClaim, setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { offlineText } from '../i18n/offline';
import { formatShortDate } from '../lib/format/date';
import {
  CACHE_PREFIX,
  FILES_CACHE,
  OFFLINE_PAGE_PATH,
  PAGE_TIMEOUT_SECONDS,
  PAGES_CACHE,
  NOT_OFFLINE_PATTERN,
  PRECACHED_PAGES,
  SAVED_FILES_MAX,
  SAVED_PAGES_MAX,
  SAVED_PAGES_MAX_DAYS,
  isHandledPath,
  isHashedFile,
  isStorablePage,
} from '../lib/offline/policy';
import {
  SAVED_AT_HEADER,
  TITLE_HEADER,
  escapeHtml,
  pageTitle,
  savedAt,
  withNotice,
  withSavedPages,
} from '../lib/offline/saved-copy';

declare const self: ServiceWorkerGlobalScope;
/** Written in by the build (scripts/lib/offline/service-worker.ts). */
declare const __PRECACHE__: PrecacheEntry[];
declare const __STYLESHEETS__: string[];
declare const __SITE_NAME__: string;

const DAY_SECONDS = 24 * 60 * 60;
const precachedPages = new Set<string>(PRECACHED_PAGES);

setCacheNameDetails({ prefix: CACHE_PREFIX });

// ---- What a saved page carries -------------------------------------------------------------

function isHtml(response: Response): boolean {
  return (response.headers.get('content-type') ?? '').includes('text/html');
}

/** Stores only whole pages (200, not redirected), marked with their title and the moment saved. */
const savePage: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (response.status !== 200 || response.redirected || !isHtml(response)) return null;
    const html = await response.text();
    const headers = new Headers(response.headers);
    headers.set(SAVED_AT_HEADER, new Date().toISOString());
    headers.set(TITLE_HEADER, encodeURIComponent(pageTitle(html, __SITE_NAME__)));
    return new Response(html, { status: 200, statusText: response.statusText, headers });
  },
  cachedResponseWillBeUsed: async ({ cachedResponse }) =>
    cachedResponse ? markedAsSaved(cachedResponse) : cachedResponse,
};

/** A stored page as shown: with the notice that it is the copy saved on the phone, and its day. */
async function markedAsSaved(response: Response): Promise<Response> {
  if (!isHtml(response)) return response;
  const day = savedAt(response.headers);
  const notice = `<p class="saved-copy">${escapeHtml(offlineText.savedCopy(day && formatShortDate(day)))}</p>`;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(withNotice(await response.text(), notice), { status: 200, headers });
}

// ---- Strategies ----------------------------------------------------------------------------

const pages = new NetworkFirst({
  cacheName: PAGES_CACHE,
  networkTimeoutSeconds: PAGE_TIMEOUT_SECONDS,
  plugins: [
    savePage,
    new ExpirationPlugin({
      maxEntries: SAVED_PAGES_MAX,
      maxAgeSeconds: SAVED_PAGES_MAX_DAYS * DAY_SECONDS,
      purgeOnQuotaError: true,
    }),
  ],
});

const files = new CacheFirst({
  cacheName: FILES_CACHE,
  plugins: [new ExpirationPlugin({ maxEntries: SAVED_FILES_MAX, purgeOnQuotaError: true })],
});

/** The network's answer within the timeout, or nothing. */
async function networkWithin(request: Request, seconds: number): Promise<Response | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, seconds * 1000));
  return Promise.race([fetch(request).catch(() => undefined), timeout]);
}

/**
 * The home, search and offline pages: from the network when it answers in time, else the copy
 * precached with this worker, whose scripts and index are the ones it stored beside it.
 */
async function precachedPage(request: Request, url: URL): Promise<Response> {
  const fresh = await networkWithin(request, PAGE_TIMEOUT_SECONDS);
  if (url.pathname === OFFLINE_PAGE_PATH) return offlinePage(fresh);
  if (fresh) return fresh;
  const stored = await matchPrecache(url.pathname);
  return stored ? markedAsSaved(stored) : offlinePage();
}

// ---- The offline page ----------------------------------------------------------------------

interface SavedPage {
  path: string;
  title: string;
  at: Date | undefined;
}

async function savedPages(): Promise<SavedPage[]> {
  const cache = await caches.open(PAGES_CACHE);
  const stored = await Promise.all(
    (await cache.keys()).map(async (request) => {
      const response = await cache.match(request);
      const title = response?.headers.get(TITLE_HEADER);
      return { path: new URL(request.url).pathname, title: title ? decodeURIComponent(title) : '', at: response && savedAt(response.headers) };
    }),
  );
  const precached = await Promise.all(
    PRECACHED_PAGES.filter((path) => path !== OFFLINE_PAGE_PATH).map(async (path) => {
      const response = await matchPrecache(path);
      return response && { path, title: pageTitle(await response.text(), __SITE_NAME__), at: savedAt(response.headers) };
    }),
  );
  const byPath = new Map<string, SavedPage>();
  for (const page of [...precached, ...stored]) if (page && page.title) byPath.set(page.path, page);
  return [...byPath.values()].sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0));
}

function savedPageItem(page: SavedPage): string {
  const day = page.at ? ` (${escapeHtml(offlineText.page.savedOn(formatShortDate(page.at)))})` : '';
  // Titles were read from the site's own <title>, already escaped as HTML.
  return `<li><a href="${escapeHtml(page.path)}">${page.title}</a>${day}</li>`;
}

/** The offline page (from the network when it answered, else precached), listing the saved pages. */
async function offlinePage(fresh?: Response): Promise<Response> {
  const page = fresh?.ok ? fresh : await matchPrecache(OFFLINE_PAGE_PATH);
  if (!page) return Response.error();
  const items = (await savedPages()).map(savedPageItem).join('');
  const headers = new Headers(page.headers);
  headers.delete('content-length');
  return new Response(withSavedPages(await page.text(), items), { status: 200, headers });
}

// ---- Routes --------------------------------------------------------------------------------

// Pages first: the precache route below would otherwise answer "/" from the phone, not the network.
registerRoute(
  new NavigationRoute(async ({ request, event, url }) => {
    if (precachedPages.has(url.pathname)) return precachedPage(request, url);
    if (!isStorablePage(url)) return fetch(request).catch(() => offlinePage());
    try {
      return await pages.handle({ request, event });
    } catch {
      return offlinePage();
    }
  }, { denylist: [NOT_OFFLINE_PATTERN] }),
);

precache(__PRECACHE__);
addRoute({ ignoreURLParametersMatching: [/.*/] });

registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin && request.method === 'GET' && isHandledPath(url.pathname) && isHashedFile(url.pathname),
  files,
);

// ---- Life cycle ----------------------------------------------------------------------------

self.addEventListener('install', (event) => {
  event.waitUntil(Promise.all(__STYLESHEETS__.map((url) => files.handle({ request: new Request(url), event }))));
  // A new deploy takes over at once: its pages come from the network, so nothing old is mixed in.
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  const kept = new Set([PAGES_CACHE, FILES_CACHE, cacheNames.precache]);
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => name.startsWith(`${CACHE_PREFIX}-`) && !kept.has(name)).map((name) => caches.delete(name))),
      ),
  );
});
clientsClaim();
cleanupOutdatedCaches();

// ---- "Lưu để xem khi mất mạng" -------------------------------------------------------------

interface SaveRequest {
  type: 'save-pages';
  urls: string[];
}

function isSaveRequest(data: unknown): data is SaveRequest {
  return (data as SaveRequest | null)?.type === 'save-pages' && Array.isArray((data as SaveRequest).urls);
}

/** Saves each page from the network; answers how many were saved, the first being the page itself. */
async function savePages(urls: string[], event: ExtendableEvent): Promise<{ page: boolean; procedures: number }> {
  const cache = await caches.open(PAGES_CACHE);
  const saved = await Promise.all(
    urls.map(async (href) => {
      const url = new URL(href, self.location.origin);
      if (url.origin !== self.location.origin || !isStorablePage(url)) return false;
      if (precachedPages.has(url.pathname)) return true;
      // Offline, the strategy fails; the page then counts as not saved (nothing else to report).
      await Promise.allSettled(pages.handleAll({ request: new Request(url), event }));
      return Boolean(await cache.match(url));
    }),
  );
  return { page: saved[0] ?? false, procedures: saved.slice(1).filter(Boolean).length };
}

self.addEventListener('message', (event) => {
  if (!isSaveRequest(event.data)) return;
  const [port] = event.ports;
  event.waitUntil(savePages(event.data.urls, event).then((result) => port?.postMessage(result)));
});
