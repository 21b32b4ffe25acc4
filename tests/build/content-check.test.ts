/**
 * `npm run check` as editors run it: on a fixture of broken pages it names each file, line and
 * field in Vietnamese and fails; on the real content it passes.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function check(root?: string): Promise<{ code: number; output: string }> {
  const args = ['tsx', 'scripts/check-content.ts', ...(root ? [root] : [])];
  return run('npx', args).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, output: error.stdout }),
  );
}

describe('npm run check', () => {
  it('passes on the real content', async () => {
    const { code, output } = await check();
    expect(output).toMatch(/Đã kiểm tra \d+ tệp: 0 lỗi/);
    expect(code).toBe(0);
  }, 60_000);

  it('names the file, line and field of every problem in a broken fixture, and fails', async () => {
    const { code, output } = await check('tests/fixtures/check/broken');
    const news = 'content/news/tin-hong.md';
    const guide = 'content/guides/cu-phap-sai.md';
    const explainer = 'content/explainers/lien-ket-hong.md';
    const events = 'content/su-kien';
    expect(code).toBe(1);
    for (const line of [
      // Schema: missing, wrong and mistyped fields, each on its line.
      `LỖI ${news}:1 (trường «title»): Thiếu «title» (Tiêu đề).`,
      `LỖI ${news}:4 (trường «date»): «date» (Ngày đăng) phải là một ngày`,
      `LỖI ${news}:9 (trường «sources.0.url»): Địa chỉ nguồn («url») phải là một địa chỉ web đầy đủ`,
      `LỖI ${news}:2 (trường «titel»): Trường này không nằm trong mẫu.`,
      `LỖI ${news}:12: Chữ của liên kết «tại đây» không cho biết liên kết dẫn đến đâu.`,
      // YAML syntax, with the line of the mistake.
      `LỖI ${guide}:7: Phần đầu bài (giữa hai dòng ---) viết sai cú pháp`,
      // Links and pictures.
      `LỖI ${explainer}:10: Liên kết «/buu-chinh-cong-ich/khong-co-bai-nay/» dẫn đến một trang không có`,
      `LỖI ${explainer}:12: Liên kết «/huong-dan» thiếu dấu / ở cuối`,
      `LỖI ${explainer}:12: Liên kết «lien-ket-khac/» phải bắt đầu bằng /`,
      `LỖI ${explainer}:14: Không tìm thấy ảnh «./khong-co-anh.jpg».`,
      `LỖI ${explainer}:16: Chữ của liên kết «Xem thêm.» không cho biết`,
      // The home page's top tasks.
      'LỖI content/top-tasks.json:3 (trường «1.code»): Mã thủ tục phải có dạng một chữ số, dấu chấm, sáu chữ số',
      // Life events: an empty step and an unquoted code (the schema), a code the catalogue lacks
      // on its own line, an everyday word another event has, two files with one address.
      `LỖI ${events}/buoc-rong.md:10 (trường «steps.0.procedures»): Bước này chưa có thủ tục nào`,
      `LỖI ${events}/buoc-rong.md:13 (trường «steps.1.procedures.0.code»): Viết mã thủ tục trong ngoặc kép`,
      `LỖI ${events}/ma-sai.md:12 (trường «steps.0.procedures.1.code»): Không có thủ tục mã 9.999999 trong danh mục`,
      `LỖI ${events}/sinh-con.md:8 (trường «words.1»): Cách gọi «Sinh Con» đã có ở sự kiện ${events}/ma-sai.md`,
      `LỖI ${events}/sinh-con.md:1: Tệp này có cùng địa chỉ /su-kien/sinh-con/ với ${events}/sinh con.md`,
      // A passed review date is a warning, not an error.
      `CẢNH BÁO ${news}:6 (trường «reviewBy»): Đã quá ngày cần rà soát lại`,
    ]) {
      expect(output).toContain(line);
    }
    expect(output).toContain('Đã kiểm tra 8 tệp: 17 lỗi, 1 cảnh báo.');
  }, 60_000);
});
