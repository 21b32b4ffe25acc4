/**
 * Browse lists shared by the hub page (/thu-tuc/) and the list routes, computed once per build.
 */
import {
  levelListings,
  listingsByName,
  methodListings,
  onlineOnlyListing,
  tierListings,
  topicGroupListings,
} from '../lib/catalogue/browse';
import { LOCAL_TIERS, type Procedure } from '../lib/catalogue/schema';
import { pageParam, paginate } from '../lib/pagination';
import { loadCatalogue } from './catalogue';

/** Procedures per list page: enough to scan, small enough for a phone on a slow connection. */
export const PAGE_SIZE = 50;

async function computeBrowse() {
  const { procedures, groups } = await loadCatalogue();
  return {
    groups: topicGroupListings(procedures, groups),
    agencies: listingsByName(procedures, (procedure: Procedure) => procedure.agencies),
    tiers: tierListings(procedures).filter((listing) => LOCAL_TIERS.includes(listing.tier)),
    methods: methodListings(procedures),
    onlineOnly: onlineOnlyListing(procedures),
    levels: levelListings(procedures),
  };
}

let browse: ReturnType<typeof computeBrowse> | undefined;

export function loadBrowse(): ReturnType<typeof computeBrowse> {
  browse ??= computeBrowse();
  return browse;
}

/** One list of procedures to publish at `basePath`, page by page. */
export interface PagedList<Extra> {
  basePath: string;
  /** Route parameters naming the list (the `page` parameter is added). */
  params: Record<string, string>;
  procedures: Procedure[];
  /** Props the list's page needs besides the page itself. */
  extra: Extra;
}

/** getStaticPaths entries for lists of procedures, each split into pages at stable addresses. */
export function pagedListPaths<Extra>(lists: readonly PagedList<Extra>[]) {
  return lists.flatMap(({ basePath, params, procedures, extra }) =>
    paginate(procedures, PAGE_SIZE, basePath).map((page) => ({
      params: { ...params, page: pageParam(page.number) },
      props: { ...extra, page, basePath, count: procedures.length },
    })),
  );
}
