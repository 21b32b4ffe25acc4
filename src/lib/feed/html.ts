/**
 * The full text of a news item for the RSS feed. Feed readers show it outside the site, so:
 * raw HTML in the Markdown is not rendered (markdown-it with html: false), what comes out is
 * sanitised once more, and every link and picture gets an absolute address.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Addresses that already say where they go, or are not web pages. */
const KEEP_AS_IS = /^(?:[a-z][a-z0-9+.-]*:|#)/i;

function absolute(href: string | undefined, base: string): string | undefined {
  if (href === undefined) return undefined;
  return KEEP_AS_IS.test(href) ? href : new URL(href, base).href;
}

/**
 * Markdown → safe HTML with absolute URLs. `pageUrl` is the item's own address: relative links are
 * resolved against it, as a browser on that page would.
 */
export function feedHtml(body: string, pageUrl: string): string {
  return sanitizeHtml(markdown.render(body), {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img'],
    allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title', 'width', 'height'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, href: absolute(attribs['href'], pageUrl) ?? '' },
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, src: absolute(attribs['src'], pageUrl) ?? '' },
      }),
    },
  });
}
