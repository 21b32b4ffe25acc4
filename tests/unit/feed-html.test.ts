import { describe, expect, it } from 'vitest';
import { feedHtml } from '../../src/lib/feed/html';

const page = 'https://dvc.example.gov.vn/tin-tuc/ra-mat/';

describe('news text in the RSS feed', () => {
  it('renders Markdown', () => {
    expect(feedHtml('## Tiêu đề\n\n- một\n- hai', page)).toBe(
      '<h2>Tiêu đề</h2>\n<ul>\n<li>một</li>\n<li>hai</li>\n</ul>\n',
    );
  });

  it('never passes raw HTML or scripts through', () => {
    const html = feedHtml('Chữ <script>alert(1)</script> <b onclick="x()">đậm</b>', page);
    // The words stay as visible text; no tag or attribute survives.
    expect(html).not.toMatch(/<script|<b\b|<[^>]*onclick/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('never makes a javascript: link', () => {
    expect(feedHtml('[bấm](javascript:alert(1))', page)).not.toMatch(/href="javascript:/);
  });

  it('makes site links and pictures absolute', () => {
    const html = feedHtml('[Hướng dẫn mức độ 3](/huong-dan/muc-do-3/) ![Ảnh hội nghị](./anh.jpg)', page);
    expect(html).toContain('href="https://dvc.example.gov.vn/huong-dan/muc-do-3/"');
    expect(html).toContain('src="https://dvc.example.gov.vn/tin-tuc/ra-mat/anh.jpg"');
  });

  it('keeps outside links and phone numbers as they are', () => {
    const html = feedHtml('[Cổng DVC](https://dichvucong.gov.vn) [gọi](tel:1900545481)', page);
    expect(html).toContain('href="https://dichvucong.gov.vn"');
    expect(html).toContain('href="tel:1900545481"');
  });
});
