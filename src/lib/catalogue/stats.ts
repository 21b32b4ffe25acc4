/**
 * The catalogue in numbers, for /thong-ke/ and for figures quoted on guide pages. Every number is
 * counted from the catalogue at build time, never typed.
 */
import { METHODS, TIERS, type MethodKind, type Procedure, type Tier } from './schema';
import type { TopicGroup } from './topic-groups';
import { acceptsMethod, countAccepting } from './methods';

export interface Count<K> {
  key: K;
  count: number;
}

export interface CatalogueStats {
  total: number;
  byTier: Count<Tier | 'chua-ro'>[];
  byMethod: Count<MethodKind>[];
  byTopicGroup: Count<string>[];
  /** Procedures that accept at least one way of submitting without going in person. */
  onlineOrPostal: number;
  /** Procedures that can only be done in person, as far as the data says. */
  inPersonOnly: number;
}

export function catalogueStats(
  procedures: readonly Pick<Procedure, 'tiers' | 'methods' | 'topicGroup'>[],
  groups: readonly TopicGroup[],
): CatalogueStats {
  const tierCounts: Count<Tier | 'chua-ro'>[] = TIERS.map((tier) => ({
    key: tier,
    count: procedures.filter((p) => p.tiers.includes(tier)).length,
  }));
  tierCounts.push({ key: 'chua-ro', count: procedures.filter((p) => p.tiers.length === 0).length });
  const known = new Set(groups.map((group) => group.id));
  return {
    total: procedures.length,
    byTier: tierCounts.filter((entry) => entry.count > 0),
    byMethod: METHODS.map((kind) => ({ key: kind, count: countAccepting(procedures, kind) })),
    byTopicGroup: groups
      .map((group) => ({
        key: group.id,
        count: procedures.filter(
          (p) => p.topicGroup === group.id || (group.id === 'khac' && !known.has(p.topicGroup)),
        ).length,
      }))
      .filter((entry) => entry.count > 0)
      .sort((a, b) => b.count - a.count),
    onlineOrPostal: procedures.filter((p) => acceptsMethod(p, 'truc-tuyen') || acceptsMethod(p, 'buu-chinh'))
      .length,
    inPersonOnly: procedures.filter(
      (p) => p.methods.length > 0 && p.methods.every((method) => method.kind === 'truc-tiep'),
    ).length,
  };
}
