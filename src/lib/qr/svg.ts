/**
 * QR codes for printed handouts, drawn at build time as SVG (no script, no image request).
 * Error correction M keeps a code readable when a photocopy is smudged.
 */
import { encode } from 'uqr';

/** Quiet zone of four modules on each side, as the QR standard asks for reliable scanning. */
const QUIET_ZONE = 4;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface QrOptions {
  /**
   * One of the eight masks (0–7) instead of the one the standard's penalty score prefers. Scoring
   * all eight costs about 1.7 ms a code, 40 s of a build of 25,000 procedure pages that each carry
   * one; every mask gives a valid code (tests/unit/qr.test.ts scans them).
   */
  mask?: number;
}

/**
 * An SVG QR code for `url`. `label` becomes its accessible name (role="img"), so a screen reader
 * says where the code leads instead of reading nothing.
 */
export function qrSvg(url: string, label: string, options: QrOptions = {}): string {
  const { data, size } = encode(url, {
    ecc: 'M',
    border: 0,
    ...(options.mask === undefined ? {} : { maskPattern: options.mask }),
  });
  // One rectangle per horizontal run of dark modules: a third of the bytes of one per module, which
  // matters on procedure pages, where every page carries its own code for the printed checklist.
  const dark: string[] = [];
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end += 1;
      const width = end - x + 1;
      dark.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${width}v1h-${width}z`);
      x = end;
    }
  });
  const side = size + 2 * QUIET_ZONE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" aria-label="${escapeXml(label)}" shape-rendering="crispEdges">`,
    `<rect width="${side}" height="${side}" fill="#ffffff"/>`,
    `<path fill="#000000" d="${dark.join('')}"/>`,
    '</svg>',
  ].join('');
}
