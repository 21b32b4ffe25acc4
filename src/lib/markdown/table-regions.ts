/**
 * A rehype plugin for the Markdown pages: each table is wrapped in a box that scrolls sideways on
 * its own (`.table-scroll` in src/styles/base.css), so a wide table never widens the page on a
 * phone. The box is a region a keyboard can focus and scroll, named after the heading above the
 * table, or the page's title when the table comes before any heading.
 */
import type { Element, ElementContent, Parent, Root } from 'hast';

export interface TableRegionOptions {
  /** The region's name, in the site's language: ("Các mốc chính") → "Bảng: Các mốc chính". */
  label: (topic: string) => string;
}

interface AstroFile {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const HEADING = /^h[1-6]$/;

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function scrollBox(table: Element, label: string): Element {
  return {
    type: 'element',
    // A <section> with a name is a region landmark.
    tagName: 'section',
    properties: { className: ['table-scroll'], ariaLabel: label, tabIndex: 0 },
    children: [table],
  };
}

/** Wraps the tables among `parent`'s children, naming each after the last heading before it. */
function wrapTables(parent: Parent, fallback: string, options: TableRegionOptions): void {
  let topic = fallback;
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child;
    if (HEADING.test(child.tagName)) {
      topic = textOf(child).trim() || topic;
      return child;
    }
    if (child.tagName === 'table') return scrollBox(child, options.label(topic));
    wrapTables(child, topic, options);
    return child;
  });
}

export function rehypeTableRegions(options: TableRegionOptions) {
  return (tree: Root, file: AstroFile): void => {
    const title = file.data.astro?.frontmatter?.['title'];
    wrapTables(tree, typeof title === 'string' ? title : '', options);
  };
}
