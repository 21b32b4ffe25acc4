/**
 * What the service worker keeps on a phone, and for how long. The worker (src/service-worker/)
 * and the build step that writes it (scripts/lib/offline/) both read these, so the numbers the
 * README and the help page give are the numbers the phone uses.
 */
import { EDITOR_PATH } from '../navigation';

/** A page's network answer is awaited this long before the saved copy is shown instead. */
export const PAGE_TIMEOUT_SECONDS = 3;
/** Pages a citizen opened or saved: the oldest is dropped first beyond this many… */
export const SAVED_PAGES_MAX = 200;
/** …and any page not opened again within this many days. */
export const SAVED_PAGES_MAX_DAYS = 30;
/** Styles and scripts kept for saved pages (old builds' files stay until dropped as old). */
export const SAVED_FILES_MAX = 120;

/** What is stored on install may not exceed this (the search index is the largest part). */
export const PRECACHE_BUDGET_BYTES = 1_000_000;

/** The cache names, versioned so a change of layout starts clean (old names are deleted). */
export const CACHE_PREFIX = 'dvc';
export const PAGES_CACHE = `${CACHE_PREFIX}-trang-v1`;
export const FILES_CACHE = `${CACHE_PREFIX}-tep-v1`;

export { SERVICE_WORKER_PATH } from './worker-address';
/** The page shown when a page was never saved and the network is gone. */
export const OFFLINE_PAGE_PATH = '/ngoai-tuyen/';
/** Pages stored on install, beside the offline page: the home page and the search. */
export const PRECACHED_PAGES = ['/', '/tra-cuu/', OFFLINE_PAGE_PATH] as const;

/** Addresses the worker leaves to the network: the editors' admin is its own application. */
const NOT_OFFLINE = [EDITOR_PATH];

/**
 * Whether an address is a page the worker may store: a canonical address (the site writes every
 * page as a folder ending in "/"), with no query, outside the editors' admin. "/huong-dan" (which
 * the server redirects) and "/tra-cuu/?q=…" are not stored under their own names.
 */
export function isStorablePage(url: URL): boolean {
  return (
    url.pathname.endsWith('/') &&
    url.search === '' &&
    !NOT_OFFLINE.some((path) => url.pathname.startsWith(path))
  );
}

/** The editors' admin, which the worker never answers for (navigations included). */
export const NOT_OFFLINE_PATTERN = new RegExp(`^${EDITOR_PATH}`);

/** Whether the worker handles a request at all (the admin and other origins are left alone). */
export function isHandledPath(pathname: string): boolean {
  return !NOT_OFFLINE.some((path) => pathname.startsWith(path));
}

/** Built files that never change under one name (hashed names): read from the phone first. */
export function isHashedFile(pathname: string): boolean {
  return pathname.startsWith('/_astro/') || /^\/tra-cuu\/chi-muc-[0-9a-f]+\.json$/.test(pathname);
}
