/** RSS 2.0 feed of news, with each item's full text: /rss.xml */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../config/site';
import { newsEntries } from '../data/sections';
import { vi } from '../i18n/vi';
import { feedHtml } from '../lib/feed/html';
import { entryPath } from '../lib/navigation';

export const GET: APIRoute = async () => {
  const news = await newsEntries();
  return rss({
    title: vi.feed.title(site.name),
    description: vi.feed.description,
    site: site.url,
    trailingSlash: true,
    customData: '<language>vi</language>',
    items: news.map((entry) => {
      const link = new URL(entryPath('news', entry.id), site.url).href;
      return {
        title: entry.data.title,
        link,
        pubDate: entry.data.date,
        description: entry.data.description,
        content: feedHtml(entry.body ?? '', link),
        categories: entry.data.tags,
      };
    }),
  });
};
