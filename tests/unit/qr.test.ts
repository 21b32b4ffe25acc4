import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr/svg';

/** Reads a QR code the way a phone camera would: from pixels. */
async function scan(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
    .resize(400, 400, { kernel: 'nearest' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('QR codes on handouts', () => {
  const url = 'https://dvc.example.gov.vn/huong-dan/dich-vu-cong-muc-do-3/';

  it('scan back to the guide address', async () => {
    expect(await scan(qrSvg(url, 'Mã QR'))).toBe(url);
  });

  it('scan back with any fixed mask, as procedure pages draw them', async () => {
    for (const code of ['1.001193', '2.002011', '9.024999']) {
      const address = `https://dvc.example.gov.vn/thu-tuc/${code}/`;
      for (let mask = 0; mask < 8; mask += 1)
        expect(await scan(qrSvg(address, 'Mã QR', { mask }))).toBe(address);
    }
  });

  it('have an accessible name and no script', () => {
    const svg = qrSvg(url, 'Mã QR dẫn đến "hướng dẫn" & mẫu');
    expect(svg).toMatch(/role="img" aria-label="Mã QR dẫn đến &quot;hướng dẫn&quot; &amp; mẫu"/);
    expect(svg).not.toMatch(/<script/);
  });
});
