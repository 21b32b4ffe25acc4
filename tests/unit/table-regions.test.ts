/** Tables in Markdown pages get a scrolling box named after the heading they sit under. */
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { vi } from '../../src/i18n/vi';
import { rehypeTableRegions } from '../../src/lib/markdown/table-regions';

const element = (tagName: string, children: Element['children'] = []): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const text = (value: string) => ({ type: 'text' as const, value });
const table = () => element('table', [element('tbody', [element('tr', [element('td', [text('1')])])])]);

function run(tree: Root, title?: string): Root {
  const file = { data: { astro: { frontmatter: title === undefined ? {} : { title } } } };
  rehypeTableRegions({ label: vi.article.tableLabel })(tree, file);
  return tree;
}

describe('tables in Markdown pages', () => {
  it('scroll in a focusable region named after the heading above them', () => {
    const tree = run({
      type: 'root',
      children: [element('h2', [text('Các '), element('em', [text('mốc')]), text(' chính')]), table()],
    });
    const box = tree.children[1] as Element;
    expect(box.tagName).toBe('section');
    expect(box.properties).toEqual({
      className: ['table-scroll'],
      ariaLabel: 'Bảng: Các mốc chính',
      tabIndex: 0,
    });
    expect((box.children[0] as Element).tagName).toBe('table');
  });

  it("are named after the page's title before any heading, and found inside other elements", () => {
    const tree = run(
      { type: 'root', children: [element('div', [table()]), element('h3', [text('Sau')]), table()] },
      'Các mức độ',
    );
    const inner = (tree.children[0] as Element).children[0] as Element;
    expect(inner.properties['ariaLabel']).toBe('Bảng: Các mức độ');
    expect((tree.children[2] as Element).properties['ariaLabel']).toBe('Bảng: Sau');
  });
});
