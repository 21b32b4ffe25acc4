import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardFonts,
  cardSvg,
  layOutTitle,
  missingGlyphs,
  renderCardPng,
  wrapText,
} from '../../src/lib/social/card';

const run = promisify(execFile);
const fonts = cardFonts();
const card = {
  kicker: 'Hướng dẫn',
  title: 'Dịch vụ công trực tuyến mức độ 3: nộp hồ sơ qua mạng, đến nhận kết quả một lần',
  siteName: 'Dịch vụ công trực tuyến Tiền Giang',
};

describe('social card text', () => {
  it('has every Vietnamese letter, upper and lower case, with all tone marks', () => {
    const alphabet =
      'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ';
    expect(missingGlyphs(fonts.bold, alphabet + alphabet.toUpperCase())).toEqual([]);
    expect(missingGlyphs(fonts.regular, alphabet + alphabet.toUpperCase() + '“”–…«»')).toEqual([]);
  });

  it('wraps a long title into lines that fit the card', () => {
    const lines = wrapText(fonts.bold, card.title, 68, 1056);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(fonts.bold.getAdvanceWidth(line, 68)).toBeLessThanOrEqual(1056);
    expect(lines.join(' ')).toBe(card.title);
  });

  it('shrinks, then shortens with "…", a title too long for four lines', () => {
    const long = Array.from({ length: 40 }, () => 'thủ tục hành chính').join(' ');
    const { size, lines } = layOutTitle(fonts.bold, long);
    expect(size).toBe(46);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/…$/);
  });

  it('draws letters as shapes, never as <text> that would need installed fonts', () => {
    const svg = cardSvg(card);
    expect(svg).not.toMatch(/<text\b/);
    expect(svg.match(/<path /g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a title with a letter the font cannot draw', () => {
    expect(() => cardSvg({ ...card, title: 'Thủ tục 手続き' })).toThrow(/cannot draw/);
  });

  it('is a PNG of 1200×630', async () => {
    const meta = await sharp(await renderCardPng(card)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT]);
  });
});

describe('social cards on a machine where fontconfig finds no fonts', () => {
  // Inside the project (tmp/ is ignored by git) so the script finds sharp in node_modules.
  mkdirSync(join(process.cwd(), 'tmp'), { recursive: true });
  const scratch = mkdtempSync(join(process.cwd(), 'tmp', 'fonts-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('still draws the Vietnamese marks', async () => {
    // A fontconfig file with no font directories: any <text> would have nothing to draw with.
    const config = join(scratch, 'fonts.conf');
    writeFileSync(
      config,
      '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig></fontconfig>',
    );
    const script = join(scratch, 'render.mts');
    writeFileSync(
      script,
      `
      import { renderCardPng } from ${JSON.stringify(join(process.cwd(), 'src/lib/social/card.ts'))};
      import sharp from 'sharp';
      const base = { kicker: 'Tin tức', siteName: 'Dịch vụ công' };
      const raw = async (title) => (await sharp(await renderCardPng({ ...base, title })).raw().toBuffer());
      const [plain, marked] = [await raw('E E E'), await raw('Ệ Ễ Ể')];
      let differing = 0;
      for (let i = 0; i < plain.length; i += 1) if (plain[i] !== marked[i]) differing += 1;
      console.log(JSON.stringify({ differing }));
    `,
    );
    const { stdout } = await run('npx', ['tsx', script], {
      env: { ...process.env, FONTCONFIG_FILE: config, FONTCONFIG_PATH: scratch },
    });
    const { differing } = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { differing: number };
    // Marks above and below the letters change thousands of pixel values.
    expect(differing).toBeGreaterThan(2000);
  }, 60_000);
});
