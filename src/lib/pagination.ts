/**
 * Splitting long lists into pages with stable addresses: page 1 at the list's own URL,
 * page n at "<list>/trang-<n>/". Stable URLs matter because citizens bookmark and share them.
 */

export interface Page<T> {
  items: T[];
  /** 1-based page number. */
  number: number;
  total: number;
  path: string;
}

export function pagePathOf(basePath: string, pageNumber: number): string {
  return pageNumber <= 1 ? basePath : `${basePath}trang-${pageNumber}/`;
}

/** The rest-parameter value for a page: undefined for page 1, "trang-<n>" after it. */
export function pageParam(pageNumber: number): string | undefined {
  return pageNumber <= 1 ? undefined : `trang-${pageNumber}`;
}

export function paginate<T>(items: readonly T[], pageSize: number, basePath: string): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: total }, (_, index) => ({
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    number: index + 1,
    total,
    path: pagePathOf(basePath, index + 1),
  }));
}

/**
 * Page numbers to show around the current page: the first, the last, and `radius` on each side,
 * with gaps between. Keeps a list of 500 pages to a handful of links on a phone.
 */
export function pageWindow(current: number, total: number, radius = 2): (number | 'gap')[] {
  const shown = new Set([1, total]);
  for (let n = current - radius; n <= current + radius; n += 1) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, index) => {
    const previous = sorted[index - 1];
    return previous !== undefined && n - previous > 1 ? ['gap' as const, n] : [n];
  });
}
