/**
 * Social cards: the 1200×630 picture that link previews show (Open Graph `og:image`).
 *
 * Every letter is drawn as an SVG path from a font file shipped in node_modules, and sharp only
 * rasterises shapes. SVG <text> would go through librsvg and fontconfig, which on a build machine
 * with no fonts installed draws empty boxes or drops the Vietnamese marks; paths cannot.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import opentype from 'opentype.js';
import sharp from 'sharp';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says: the page's section above its title, the site's name at the bottom. */
export interface CardText {
  kicker: string;
  title: string;
  siteName: string;
}

/**
 * The card's colours. A picture cannot read CSS custom properties, so these repeat the values of
 * --palette-navy, --palette-yellow and --palette-white in src/styles/tokens.css.
 */
const COLOURS = { background: '#0a3d6b', accent: '#ffdd00', text: '#ffffff' } as const;

const MARGIN = 72;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
/** Title sizes to try, largest first, until the title fits in MAX_TITLE_LINES. */
const SMALLEST_TITLE_SIZE = 46;
const TITLE_SIZES = [68, 60, 52, SMALLEST_TITLE_SIZE] as const;
const MAX_TITLE_LINES = 4;
const LINE_HEIGHT = 1.25;

/** Be Vietnam Pro: designed for Vietnamese, so stacked marks (ẩ, ỗ, Ặ) sit well. OFL licence. */
const FONT_FILES = {
  regular: '@expo-google-fonts/be-vietnam-pro/500Medium/BeVietnamPro_500Medium.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
} as const;

export interface CardFonts {
  regular: opentype.Font;
  bold: opentype.Font;
}

let loaded: CardFonts | undefined;

/**
 * The fonts, read once per process. Resolved from the project root rather than from this file,
 * because the build runs this module from a bundled copy elsewhere.
 */
export function cardFonts(): CardFonts {
  if (!loaded) {
    const require = createRequire(join(process.cwd(), 'package.json'));
    const read = (file: string) => {
      const bytes = readFileSync(require.resolve(file));
      return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    };
    loaded = { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold) };
  }
  return loaded;
}

/** Letters the font cannot draw; a card with one of these would show an empty box instead. */
export function missingGlyphs(font: opentype.Font, text: string): string[] {
  // Glyph 0 is ".notdef", the empty box fonts draw for letters they lack.
  return [...new Set(text.normalize('NFC'))].filter(
    (char) => !/\s/.test(char) && font.charToGlyphIndex(char) <= 0,
  );
}

/**
 * Breaks text into lines no wider than `maxWidth` at `size`, breaking only between words.
 * A single word wider than a line stays whole on its own line (Vietnamese words are short).
 * Word widths are measured once and added up: kerning across a space is too small to matter,
 * and measuring every candidate line again made each card noticeably slower to build.
 */
export function wrapText(font: opentype.Font, text: string, size: number, maxWidth: number): string[] {
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const space = font.getAdvanceWidth(' ', size);
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const word of words) {
    const wordWidth = font.getAdvanceWidth(word, size);
    if (line && width + space + wordWidth > maxWidth) {
      lines.push(line);
      line = word;
      width = wordWidth;
    } else {
      width = line ? width + space + wordWidth : wordWidth;
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest title size whose lines fit; the smallest size, cut with "…", if none does. */
export function layOutTitle(font: opentype.Font, title: string): { size: number; lines: string[] } {
  for (const size of TITLE_SIZES) {
    const lines = wrapText(font, title, size, TEXT_WIDTH);
    if (lines.length <= MAX_TITLE_LINES) return { size, lines };
  }
  const size = SMALLEST_TITLE_SIZE;
  const lines = wrapText(font, title, size, TEXT_WIDTH).slice(0, MAX_TITLE_LINES);
  lines[MAX_TITLE_LINES - 1] = `${lines[MAX_TITLE_LINES - 1]} …`;
  return { size, lines };
}

function textPath(
  font: opentype.Font,
  text: string,
  x: number,
  baseline: number,
  size: number,
  fill: string,
): string {
  const d = font.getPath(text.normalize('NFC'), x, baseline, size).toPathData(1);
  return `<path fill="${fill}" d="${d}"/>`;
}

/** The card as SVG made only of shapes: no <text>, so nothing depends on installed fonts. */
export function cardSvg(card: CardText, fonts: CardFonts = cardFonts()): string {
  for (const [font, text] of [
    [fonts.regular, card.kicker],
    [fonts.bold, card.title],
    [fonts.regular, card.siteName],
  ] as const) {
    const missing = missingGlyphs(font, text);
    if (missing.length > 0) {
      throw new Error(`The card font cannot draw ${missing.join(' ')} in "${text}"`);
    }
  }
  const kickerSize = 34;
  const kickerBaseline = MARGIN + kickerSize;
  const { size, lines } = layOutTitle(fonts.bold, card.title);
  const firstTitleBaseline = kickerBaseline + 40 + size * LINE_HEIGHT;
  const title = lines.map((line, index) =>
    textPath(fonts.bold, line, MARGIN, firstTitleBaseline + index * size * LINE_HEIGHT, size, COLOURS.text),
  );
  const footerBaseline = CARD_HEIGHT - MARGIN + 6;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.background}"/>`,
    `<rect x="0" y="0" width="${CARD_WIDTH}" height="16" fill="${COLOURS.accent}"/>`,
    textPath(fonts.regular, card.kicker, MARGIN, kickerBaseline, kickerSize, COLOURS.accent),
    ...title,
    `<rect x="${MARGIN}" y="${footerBaseline - 64}" width="${TEXT_WIDTH}" height="3" fill="${COLOURS.accent}"/>`,
    textPath(fonts.regular, card.siteName, MARGIN, footerBaseline, 32, COLOURS.text),
    '</svg>',
  ].join('');
}

/** The card as a PNG file's bytes. */
export async function renderCardPng(card: CardText, fonts?: CardFonts): Promise<Buffer> {
  return sharp(Buffer.from(cardSvg(card, fonts)))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}
