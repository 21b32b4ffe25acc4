import { describe, expect, it } from 'vitest';
import { catalogueStats } from '../../src/lib/catalogue/stats';
import { layoutBarChart } from '../../src/lib/charts/bar-chart';
import { governmentServiceJsonLd, serialiseJsonLd } from '../../src/lib/catalogue/json-ld';
import { pagePathOf, pageParam, pageWindow, paginate } from '../../src/lib/pagination';
import type { Procedure } from '../../src/lib/catalogue/schema';
import { aProcedure } from '../support/procedure';

const base: Procedure = aProcedure({
  methods: [{ kind: 'truc-tuyen' }, { kind: 'buu-chinh' }, { kind: 'truc-tiep' }],
  sourceUrl: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/x',
});

describe('catalogueStats', () => {
  const groups = [
    { id: 'tu-phap', ten: 'Tư pháp - Hộ tịch', tenNgan: 'Tư pháp, Hộ tịch' },
    { id: 'khac', ten: 'Khác', tenNgan: 'Khác' },
  ];
  const stats = catalogueStats(
    [
      base,
      { ...base, code: '1.000001', tiers: ['tinh'], methods: [{ kind: 'truc-tiep' }], topicGroup: 'la' },
      { ...base, code: '1.000002', tiers: [], methods: [{ kind: 'buu-chinh' }, { kind: 'truc-tiep' }] },
    ],
    groups,
  );

  it('counts procedures by tier, method and group', () => {
    expect(stats.total).toBe(3);
    expect(stats.byTier).toEqual([
      { key: 'tinh', count: 1 },
      { key: 'xa', count: 1 },
      { key: 'chua-ro', count: 1 },
    ]);
    expect(stats.byMethod).toEqual([
      { key: 'truc-tuyen', count: 1 },
      { key: 'buu-chinh', count: 2 },
      { key: 'truc-tiep', count: 3 },
    ]);
    expect(stats.byTopicGroup).toEqual([
      { key: 'tu-phap', count: 2 },
      { key: 'khac', count: 1 },
    ]);
  });

  it('counts what can be done without going in person to submit', () => {
    expect(stats.onlineOrPostal).toBe(2);
    expect(stats.inPersonOnly).toBe(1);
  });
});

describe('layoutBarChart', () => {
  it('scales bars to the largest value and keeps small non-zero values visible', () => {
    const chart = layoutBarChart(
      [
        { label: 'A', value: 1000 },
        { label: 'B', value: 1 },
        { label: 'C', value: 0 },
      ],
      { width: 600, valueRoom: 100 },
    );
    expect(chart.bars.map((bar) => bar.width)).toEqual([500, 1, 0]);
    expect(chart.height).toBe(3 * chart.rowHeight);
  });
});

describe('JSON-LD', () => {
  it('describes the procedure as a GovernmentService with its channels', () => {
    const data = governmentServiceJsonLd(base, {
      pageUrl: 'http://localhost:4321/thu-tuc/1.001193/',
      areaServed: 'Tiền Giang',
      methodNames: { 'truc-tuyen': 'Trực tuyến', 'buu-chinh': 'Bưu chính', 'truc-tiep': 'Trực tiếp' },
    });
    expect(data).toMatchObject({ '@type': 'GovernmentService', identifier: '1.001193', name: base.name });
    expect(data['availableChannel']).toHaveLength(3);
  });

  it('cannot close its script element, whatever a name contains', () => {
    expect(serialiseJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('pagination', () => {
  it('keeps page 1 at the list address and numbers the rest', () => {
    const pages = paginate(
      Array.from({ length: 120 }, (_, i) => i),
      50,
      '/thu-tuc/cap/xa/',
    );
    expect(pages.map((page) => [page.path, page.items.length])).toEqual([
      ['/thu-tuc/cap/xa/', 50],
      ['/thu-tuc/cap/xa/trang-2/', 50],
      ['/thu-tuc/cap/xa/trang-3/', 20],
    ]);
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('trang-3');
    expect(pagePathOf('/a/', 1)).toBe('/a/');
  });

  it('shows a few page numbers around the current one, with gaps', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 500)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 500]);
  });

  it('always has one page, even for an empty list', () => {
    expect(paginate([], 50, '/x/')).toHaveLength(1);
  });
});
