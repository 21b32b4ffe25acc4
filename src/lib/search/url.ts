/**
 * The search page's state in its address: /tra-cuu/?q=khai+sinh&cap=xa&cach=truc-tuyen.
 * The address is what citizens share and what the back button restores, so reading it must accept
 * anything (a hand-edited or old link) and keep only values the page knows.
 */
import { ONLINE_LEVELS, TIERS, type OnlineLevel, type Tier } from '../catalogue/constants';
import type { GroupChoice } from './asset-format';
import type { SearchFilters } from './engine';

/** Parameter names, short and without diacritics so shared links stay readable. */
export const PARAMS = { query: 'q', group: 'nhom', tier: 'cap', method: 'cach', level: 'muc' } as const;

/** The submission methods a citizen can filter on: in person is possible for almost everything. */
export const FILTER_METHODS = ['truc-tuyen', 'buu-chinh'] as const;
export type FilterMethod = (typeof FILTER_METHODS)[number];

export interface SearchState {
  query: string;
  filters: SearchFilters;
}

function oneOf<T extends string | number>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => String(candidate) === value);
}

/** Reads the state from a query string; unknown or malformed values are dropped. */
export function readSearchState(search: string, knownGroups: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchFilters = {};
  const group = oneOf(params.get(PARAMS.group), knownGroups);
  const tier = oneOf<Tier>(params.get(PARAMS.tier), TIERS);
  const method = oneOf<FilterMethod>(params.get(PARAMS.method), FILTER_METHODS);
  const level = oneOf<OnlineLevel>(params.get(PARAMS.level), ONLINE_LEVELS);
  if (group) filters.group = group;
  if (tier) filters.tier = tier;
  if (method) filters.method = method;
  if (level) filters.level = level;
  return { query: params.get(PARAMS.query) ?? '', filters };
}

/** The query string for a state ("?q=khai+sinh&cap=xa"), or "" when there is nothing to keep. */
export function writeSearchState({ query, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set(PARAMS.query, query.trim());
  if (filters.group) params.set(PARAMS.group, filters.group);
  if (filters.tier) params.set(PARAMS.tier, filters.tier);
  if (filters.method) params.set(PARAMS.method, filters.method);
  if (filters.level) params.set(PARAMS.level, String(filters.level));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filter choices the catalogue has, passed to the page at build time. */
export interface FilterChoices {
  groups: GroupChoice[];
  tiers: Tier[];
  levels: OnlineLevel[];
}
