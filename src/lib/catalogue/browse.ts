/**
 * Groupings of the catalogue for the browse pages (/thu-tuc/…): by topic group and field, by
 * agency, by tier, by submission method and by online level. Pure functions over plain arrays so
 * they are unit-tested and reused by the statistics page.
 */
import { slugify } from '../text/slug';
import { sortVietnamese, vietnameseCollator } from '../text/collate';
import { foldVietnamese } from '../text/fold';
import { acceptsMethod, acceptsOnly } from './methods';
import { METHODS, TIERS, type MethodKind, type Procedure, type Tier } from './schema';
import type { TopicGroup } from './topic-groups';

/** Procedures in Vietnamese alphabetical order of their names, then by code for equal names. */
export function sortByName<T extends Pick<Procedure, 'name' | 'code'>>(procedures: readonly T[]): T[] {
  return [...procedures].sort(
    (a, b) => vietnameseCollator.compare(a.name, b.name) || a.code.localeCompare(b.code),
  );
}

/** A named list of procedures with the URL segment that addresses it. */
export interface Listing<P> {
  /** URL segment, ASCII: "ho-tich", "so-tu-phap". */
  slug: string;
  /** Name as shown to citizens. */
  name: string;
  procedures: P[];
}

/** Longest URL segment for names that are whole sentences (some agency names are). */
const MAX_SLUG_LENGTH = 80;

function shortSlug(name: string): string {
  const slug = slugify(name);
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}

/**
 * Groups procedures under names that may be spelt in several ways ("Công an tỉnh", "Công An Tỉnh"):
 * spellings that fold to the same text are one group, shown with its most frequent spelling.
 * Each group gets a unique, stable slug; sorted by name in Vietnamese order.
 */
export function listingsByName<P extends Pick<Procedure, 'name' | 'code'>>(
  procedures: readonly P[],
  namesOf: (procedure: P) => readonly string[],
): Listing<P>[] {
  const groups = new Map<string, { spellings: Map<string, number>; procedures: P[] }>();
  for (const procedure of procedures) {
    for (const raw of new Set(namesOf(procedure))) {
      const key = foldVietnamese(raw).replace(/[.\s]+$/, '');
      if (!key) continue;
      const group = groups.get(key) ?? { spellings: new Map<string, number>(), procedures: [] as P[] };
      group.spellings.set(raw, (group.spellings.get(raw) ?? 0) + 1);
      if (group.procedures.at(-1) !== procedure) group.procedures.push(procedure);
      groups.set(key, group);
    }
  }
  const named = [...groups.values()].map((group) => ({
    name: mostFrequent(group.spellings),
    procedures: sortByName(group.procedures),
  }));
  const used = new Set<string>();
  return sortVietnamese(named, (listing) => listing.name).map((listing) => {
    const base = shortSlug(listing.name) || 'khac';
    let slug = base;
    for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`;
    used.add(slug);
    return { slug, ...listing };
  });
}

function mostFrequent(counts: Map<string, number>): string {
  return [...counts].sort(([a, x], [b, y]) => y - x || vietnameseCollator.compare(a, b))[0]?.[0] ?? '';
}

/** One topic group (nhóm lĩnh vực) with its fields. */
export interface TopicGroupListing<P> {
  id: string;
  name: string;
  shortName: string;
  fields: Listing<P>[];
  count: number;
}

/**
 * Topic groups in the order the group list gives them, each with its fields and procedures.
 * Groups without procedures are left out; procedures in an unknown group go to "khac".
 */
export function topicGroupListings<P extends Pick<Procedure, 'name' | 'code' | 'field' | 'topicGroup'>>(
  procedures: readonly P[],
  groups: readonly TopicGroup[],
): TopicGroupListing<P>[] {
  const known = new Set(groups.map((group) => group.id));
  return groups
    .map((group) => {
      const members = procedures.filter(
        (p) => p.topicGroup === group.id || (group.id === 'khac' && !known.has(p.topicGroup)),
      );
      return {
        id: group.id,
        name: group.ten,
        shortName: group.tenNgan,
        fields: listingsByName(members, (p) => [p.field]),
        count: members.length,
      };
    })
    .filter((group) => group.count > 0);
}

/** Procedures carried out at each tier, for the tiers that have any. */
export function tierListings<P extends Pick<Procedure, 'name' | 'code' | 'tiers'>>(
  procedures: readonly P[],
): { tier: Tier; procedures: P[] }[] {
  return TIERS.map((tier) => ({
    tier,
    procedures: sortByName(procedures.filter((p) => p.tiers.includes(tier))),
  })).filter((listing) => listing.procedures.length > 0);
}

/** Procedures offering each submission method (a procedure appears under every method it offers). */
export function methodListings<P extends Pick<Procedure, 'name' | 'code' | 'methods'>>(
  procedures: readonly P[],
): { method: MethodKind; procedures: P[] }[] {
  return METHODS.map((method) => ({
    method,
    procedures: sortByName(procedures.filter((p) => acceptsMethod(p, method))),
  }));
}

/** Procedures that can only be submitted online: neither in person nor by post, by name. */
export function onlineOnlyListing<P extends Pick<Procedure, 'name' | 'code' | 'methods'>>(
  procedures: readonly P[],
): P[] {
  return sortByName(procedures.filter((procedure) => acceptsOnly(procedure, 'truc-tuyen')));
}

/** Level listings: "2", "3", "4", "toan-trinh", "mot-phan", only for values some source states. */
export function levelListings<P extends Pick<Procedure, 'name' | 'code' | 'onlineLevel' | 'onlineMode'>>(
  procedures: readonly P[],
): { level: string; procedures: P[] }[] {
  const levels = ['2', '3', '4', 'toan-trinh', 'mot-phan'];
  return levels
    .map((level) => ({
      level,
      procedures: sortByName(
        procedures.filter((p) => String(p.onlineLevel) === level || p.onlineMode === level),
      ),
    }))
    .filter((listing) => listing.procedures.length > 0);
}

/** Other procedures of the same field, for "related procedures": nearest in alphabetical order. */
export function relatedInField<P extends Pick<Procedure, 'name' | 'code' | 'field'>>(
  procedure: P,
  sameField: readonly P[],
  limit = 6,
): P[] {
  const others = sameField.filter((p) => p.code !== procedure.code);
  if (others.length <= limit) return others;
  const position = sameField.findIndex((p) => p.code === procedure.code);
  const start = Math.max(0, Math.min(position - Math.floor(limit / 2), others.length - limit));
  return others.slice(start, start + limit);
}
