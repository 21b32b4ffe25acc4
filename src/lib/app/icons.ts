/**
 * The app icons, drawn with sharp from one source picture (src/assets/app-icon.svg: the mark
 * alone) in the brand's colours: a rounded square for "any", the whole square for a phone that
 * cuts its own shape ("maskable"), the mark kept inside the middle 60% so no cut reaches it.
 */
import sharp from 'sharp';
import type { AppIcon } from './manifest';

/** Share of the icon the mark may fill: inside the safe circle of a maskable icon (80%). */
const MARK_SHARE = 0.6;
/** Corner radius of an "any" icon, as a share of its side (the favicon's 6 of 32). */
const CORNER_SHARE = 6 / 32;

export interface IconColours {
  background: string;
  mark: string;
}

export async function renderIcon(markSvg: string, icon: AppIcon, colours: IconColours): Promise<Buffer> {
  const side = icon.size;
  const markSide = Math.round(side * MARK_SHARE);
  const mark = await sharp(Buffer.from(markSvg.replaceAll('currentColor', colours.mark)))
    .resize(markSide, markSide)
    .png()
    .toBuffer();
  const radius = icon.purpose === 'any' ? Math.round(side * CORNER_SHARE) : 0;
  const background = `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}"><rect width="${side}" height="${side}" rx="${radius}" fill="${colours.background}"/></svg>`;
  return sharp(Buffer.from(background))
    .composite([{ input: mark, gravity: 'centre' }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}
