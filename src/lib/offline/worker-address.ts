/**
 * The worker's address, on its own: the registration script every content page loads imports it,
 * and anything else it imported would be shipped to every page (the 1 kB budget of
 * tests/site/no-javascript.test.ts counts the script with all it imports).
 */

/** The worker's address; it must sit at the root to serve every page. */
export const SERVICE_WORKER_PATH = '/sw.js';
