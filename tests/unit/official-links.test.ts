import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { linkProblem, officialHosts, officialLink } from '../../src/lib/official-links';

const national = { name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' };

describe('official hosts', () => {
  it('are the portals the site configuration lists, with or without a provincial portal', () => {
    expect(officialHosts({ national })).toEqual(['dichvucong.gov.vn']);
    expect(officialHosts({ national, provincial: undefined })).toEqual(['dichvucong.gov.vn']);
    const provincial = { name: 'Cổng tỉnh', url: 'https://dichvucong.dongthap.gov.vn/' };
    expect(officialHosts({ national, provincial })).toEqual([
      'dichvucong.gov.vn',
      'dichvucong.dongthap.gov.vn',
    ]);
    expect(officialHosts(site.portals)).toContain('dichvucong.gov.vn');
  });
});

describe('a link taken from the data', () => {
  const hosts = ['dichvucong.gov.vn'];

  it('is kept when it is a clean https:// address on an official portal', () => {
    const url = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7';
    expect(linkProblem(url, hosts)).toBeUndefined();
    expect(officialLink(url, hosts)).toBe(url);
  });

  it('is dropped when it leads elsewhere', () => {
    expect(linkProblem('https://example.org/thu-tuc/1.001193', hosts)).toBe('not-official');
    expect(linkProblem('https://dichvucong.gov.vn.example.org/x', hosts)).toBe('not-official');
    expect(officialLink('https://example.org/', hosts)).toBeUndefined();
  });

  it('is dropped when it is not a clean https:// address', () => {
    for (const text of [
      'https://dichvucong.gov.vn/x"><script>alert(1)</script>',
      'http://dichvucong.gov.vn/x',
      'javascript:alert(1)',
      'https://user:pass@dichvucong.gov.vn/x',
      'https://dichvucong.gov.vn:8443/x',
      'https://dichvucong.gov.vn/a b',
      'dichvucong.gov.vn/x',
      '',
    ]) {
      expect(linkProblem(text, hosts), text).toBe('not-https');
    }
    expect(officialLink(undefined, hosts)).toBeUndefined();
  });
});
