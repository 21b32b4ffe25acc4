/**
 * What feed readers, search engines and link previews get from the built site: a valid RSS 2.0
 * feed with every news item in full, a sitemap of every page, and a social card for every page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DIST, builtHtmlFiles, urlPathOf } from '../support/built-pages';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** News items that are published (drafts start with "_"). */
function publishedNewsCount(): number {
  return readdirSync('content/news').filter((name) => name.endsWith('.md') && !name.startsWith('_')).length;
}

describe('RSS feed at /rss.xml', () => {
  const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
  const feed = parser.parse(xml) as {
    rss: { '@version': string; channel: Record<string, unknown> & { item?: unknown } };
  };
  const channel = feed.rss.channel;
  const items = asList(channel.item) as Record<string, string | { '#text': string }>[];

  it('is well-formed XML in RSS 2.0 with a channel title, link, description and language', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed.rss['@version']).toBe('2.0');
    for (const field of ['title', 'link', 'description']) expect(channel[field], field).toBeTruthy();
    expect(channel['language']).toBe('vi');
  });

  it('has every published news item', () => {
    expect(items).toHaveLength(publishedNewsCount());
  });

  it('gives each item an absolute link to its page, a guid, a valid date and its full text', () => {
    for (const item of items) {
      const link = String(item['link']);
      expect(link).toMatch(/^https?:\/\//);
      expect(existsSync(join(DIST, new URL(link).pathname, 'index.html')), link).toBe(true);
      const guid = item['guid'];
      expect(typeof guid === 'object' ? guid['#text'] : guid).toBe(link);
      expect(Number.isNaN(Date.parse(String(item['pubDate']))), String(item['pubDate'])).toBe(false);
      const content = String(item['content:encoded']);
      expect(content.length).toBeGreaterThan(200);
      // Links inside the text work outside the site, and no script survives.
      expect(content).not.toMatch(/href="\/(?!\/)/);
      expect(content).not.toMatch(/<script/i);
    }
  });
});

describe('sitemap', () => {
  const index = parser.parse(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')) as {
    sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
  };
  const listed = asList(index.sitemapindex.sitemap).flatMap((sitemap) => {
    const file = join(DIST, new URL(sitemap.loc).pathname);
    const urls = parser.parse(readFileSync(file, 'utf8')) as {
      urlset: { url: { loc: string } | { loc: string }[] };
    };
    return asList(urls.urlset.url).map((url) => url.loc);
  });

  it('lists every page of the site meant for search engines, with absolute addresses, and nothing else', () => {
    // The 404 and offline pages say noindex: they are not places to send anyone.
    const pages = builtHtmlFiles()
      .filter((file) => !readFileSync(join(DIST, file), 'utf8').includes('<meta name="robots" content="noindex">'))
      .map(urlPathOf);
    expect(pages).not.toContain('/404.html');
    expect(pages).not.toContain('/ngoai-tuyen/');
    expect(listed.every((loc) => /^https?:\/\//.test(loc))).toBe(true);
    expect(new Set(listed.map((loc) => new URL(loc).pathname))).toEqual(new Set(pages));
  });
});

describe('social cards', () => {
  const ogImage = (html: string) => /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  const pages = builtHtmlFiles().map((file) => ({
    path: urlPathOf(file),
    html: readFileSync(join(DIST, file), 'utf8'),
  }));

  it('every page names a card with an absolute address and its size', () => {
    for (const { path, html } of pages) {
      expect(ogImage(html), path).toMatch(/^https?:\/\/.+\/the-chia-se\/[a-z0-9.-]+\.png$/);
      expect(html, path).toContain('<meta property="og:image:width" content="1200">');
      expect(html, path).toContain('<meta property="og:image:height" content="630">');
      expect(html, path).toMatch(/<meta property="og:title" content="[^"]+">/);
    }
  });

  it('every content page has a card of its own', () => {
    const content = pages.filter(({ path }) =>
      /^\/(chinh-quyen-dien-tu|huong-dan|buu-chinh-cong-ich|tin-tuc)\/[a-z0-9-]+\/$|^\/(gioi-thieu|kha-nang-tiep-can|truong-hoc)\/$/.test(
        path,
      ),
    );
    expect(content.length).toBeGreaterThan(20);
    for (const { path, html } of content) {
      expect(ogImage(html), path).toMatch(
        new RegExp(`/the-chia-se/${path.split('/').filter(Boolean).join('--')}\\.png$`),
      );
    }
  });

  it('each card is a valid PNG of 1200×630', async () => {
    const cards = new Set(pages.map(({ html }) => new URL(ogImage(html) ?? '').pathname));
    for (const card of cards) {
      const file = join(DIST, card);
      expect(existsSync(file), card).toBe(true);
      const meta = await sharp(file).metadata();
      expect([meta.format, meta.width, meta.height], card).toEqual(['png', 1200, 630]);
    }
  });
});
