import { vietnameseCollator } from '../text/collate';

interface Ordered {
  data: { title: string; order?: number | undefined };
}

interface Dated {
  data: { title: string; date: Date };
}

/** Section lists: entries with an `order` first (1, 2, 3 …), then the rest in Vietnamese alphabetical order. */
export function byOrderThenTitle<T extends Ordered>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => {
    const orderA = a.data.order ?? Number.POSITIVE_INFINITY;
    const orderB = b.data.order ?? Number.POSITIVE_INFINITY;
    return orderA === orderB ? vietnameseCollator.compare(a.data.title, b.data.title) : orderA - orderB;
  });
}

/** News lists: newest first; same-day items by title so the order never flips between builds. */
export function newestFirst<T extends Dated>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      b.data.date.getTime() - a.data.date.getTime() || vietnameseCollator.compare(a.data.title, b.data.title),
  );
}
