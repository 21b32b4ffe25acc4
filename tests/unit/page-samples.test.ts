/**
 * How the browser tests and `npm run screenshots` choose pages: one of each kind, and the
 * procedures whose data stretches the template furthest, picked from the catalogue.
 */
import { describe, expect, it } from 'vitest';
import { notableProcedures, onePerKind, pageKindOf, sampleTemplatePages } from '../../scripts/lib/built-site';
import { aProcedure } from '../support/procedure';

describe('page kinds', () => {
  it('name a page by the shape of its route', () => {
    expect(pageKindOf('/')).toBe('/');
    expect(pageKindOf('/404.html')).toBe('/404.html');
    expect(pageKindOf('/huong-dan/')).toBe('/huong-dan/');
    expect(pageKindOf('/huong-dan/theo-doi-ho-so/')).toBe('/huong-dan/*/');
    expect(pageKindOf('/thu-tuc/1.001193/')).toBe('/thu-tuc/*/');
    expect(pageKindOf('/thu-tuc/nhom/tu-phap/')).toBe('/thu-tuc/nhom/*/');
    expect(pageKindOf('/thu-tuc/nhom/tu-phap/ho-tich/')).toBe('/thu-tuc/nhom/*/*/');
    expect(pageKindOf('/thu-tuc/nhom/tu-phap/ho-tich/trang-3/')).toBe('/thu-tuc/nhom/*/*/trang-N/');
    expect(pageKindOf('/thu-tuc/co-quan/')).toBe('/thu-tuc/co-quan/');
    expect(pageKindOf('/truong-hoc/to-roi/dich-vu-cong-muc-do-2/')).toBe('/truong-hoc/to-roi/*/');
  });

  it('keep the first page of each kind', () => {
    expect(
      onePerKind([
        '/',
        '/huong-dan/',
        '/huong-dan/a/',
        '/huong-dan/b/',
        '/thu-tuc/1.000001/',
        '/thu-tuc/1.000002/',
        '/thu-tuc/cap/tinh/',
        '/thu-tuc/cap/xa/',
        '/thu-tuc/cap/xa/trang-2/',
      ]),
    ).toEqual([
      '/',
      '/huong-dan/',
      '/huong-dan/a/',
      '/thu-tuc/1.000001/',
      '/thu-tuc/cap/tinh/',
      '/thu-tuc/cap/xa/trang-2/',
    ]);
  });
});

describe('notable procedures', () => {
  const named = (code: string, length: number) => aProcedure({ code, name: 'x'.repeat(length) });

  it('are the longest names, then the most ways of submitting', () => {
    const procedures = [
      named('1.000001', 10),
      named('1.000002', 300),
      named('1.000003', 200),
      { ...named('1.000004', 5), methods: [{ kind: 'truc-tiep' as const }, { kind: 'truc-tuyen' as const }] },
    ];
    expect(notableProcedures(procedures, 2)).toEqual([
      { code: '1.000002', why: 'longest-name' },
      { code: '1.000003', why: 'longest-name' },
      { code: '1.000004', why: 'most-methods' },
    ]);
  });

  it('include the longest list of documents once the catalogue has documents', () => {
    const procedures = [
      named('1.000001', 300),
      { ...named('1.000002', 5), documents: [{}, {}, {}] },
      named('1.000003', 6),
    ];
    expect(notableProcedures(procedures, 1)).toContainEqual({ code: '1.000002', why: 'most-documents' });
  });

  it('are added to the sample once each, only when built', () => {
    const built = ['/', '/thu-tuc/1.000001/', '/thu-tuc/1.000002/', '/thu-tuc/1.000003/'];
    const notable = ['/thu-tuc/1.000002/', '/thu-tuc/1.000002/', '/thu-tuc/9.999999/'];
    expect(sampleTemplatePages(built, 1, notable)).toEqual(['/', '/thu-tuc/1.000001/', '/thu-tuc/1.000002/']);
  });
});
