/**
 * What the island loads only when a search is wanted: the search engine with fuse.js and the
 * index file's decoder. Kept out of the page's first script so a visitor who came for a common
 * task downloads and runs none of it; it arrives while the index file does.
 */
export { decodeSearchAsset } from '../../lib/search/asset-decode';
export { createSearchIndex, search } from '../../lib/search/engine';
