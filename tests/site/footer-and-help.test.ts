/**
 * What every page tells a citizen about where to get help: the footer names no body that no
 * longer exists and no address that closed, and links to the help page; the 404 page does too.
 * And the online-only figure is the catalogue's own count, not a typed number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { onlyAcceptingFigure } from '../../src/lib/catalogue/methods';
import type { Procedure } from '../../src/lib/catalogue/schema';
import { DIST, builtHtmlFiles, urlPathOf } from '../support/built-pages';

/** Bodies merged or dissolved in 2025 that must never be offered as today's contact. */
const FORMER_BODIES = ['Sở Thông tin và Truyền thông'];

const footerOf = (html: string) => /<footer class="site-footer"[\s\S]*?<\/footer>/.exec(html)?.[0] ?? '';
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

describe('the footer of every page', () => {
  const pages = builtHtmlFiles().map((file) => ({ path: urlPathOf(file), footer: footerOf(read(file)) }));

  it('is on every page', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter(({ footer }) => footer === '').map(({ path }) => path)).toEqual([]);
  });

  it('links to the help page', () => {
    const without = pages.filter(({ footer }) => !footer.includes('href="/ho-tro/"'));
    expect(without.map(({ path }) => path)).toEqual([]);
  });

  it('names no closed address and no body that no longer exists', () => {
    expect(site.closedHosts.map((closed) => closed.host)).toContain('motcua.tiengiang.gov.vn');
    const offending = pages.flatMap(({ path, footer }) => [
      ...site.closedHosts
        .filter((closed) => footer.includes(closed.host))
        .map((closed) => `${path}: ${closed.host}`),
      ...FORMER_BODIES.filter((body) => footer.includes(body)).map((body) => `${path}: ${body}`),
    ]);
    expect(offending).toEqual([]);
  });

  it('gives each hotline as a number to call', () => {
    const footer = pages[0]?.footer ?? '';
    for (const hotline of site.contacts.hotlines) {
      expect(footer).toContain(`href="tel:${hotline.number.replace(/\s+/g, '')}"`);
    }
  });
});

describe('the help page and the page for a wrong address', () => {
  it('publishes /ho-tro/ with its sources', () => {
    const html = read('ho-tro/index.html');
    expect(html).toContain('<h1>Hỗ trợ và liên hệ</h1>');
    expect(html).toContain('Nguồn thông tin');
  });

  it('sends a reader who followed a wrong link to the help page', () => {
    const main = /<main[\s\S]*?<\/main>/.exec(read('404.html'))?.[0] ?? '';
    expect(main).toContain('href="/ho-tro/"');
  });
});

describe('the number of procedures that accept dossiers online only', () => {
  const catalogue = JSON.parse(readFileSync('content/catalogue/services.json', 'utf8')) as {
    procedures: Procedure[];
  };
  const figure = onlyAcceptingFigure(catalogue.procedures, 'truc-tuyen');

  it('is counted from the catalogue on the e-government explainer, and the list has them all', () => {
    expect(figure?.count).toBeGreaterThan(0);
    const html = read('chinh-quyen-dien-tu/chinh-quyen-dien-tu-la-gi/index.html');
    expect(html).toContain(`data-count="${figure?.count}"`);
    const list = read('thu-tuc/chi-truc-tuyen/index.html');
    expect(list).toContain(`${figure?.count} thủ tục`);
  });
});
