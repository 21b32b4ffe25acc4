/**
 * The date of each export, from a `manifest.json` beside the files. The catalogue's "as of" date is
 * the newest of them: it must come from the sources, never from the day the import ran.
 *
 *   { "exports": [ { "file": "danh-sach.csv", "exportedOn": "2026-07-20", "evidence": "…" } ] }
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { ImportFileError } from './errors';

export const MANIFEST_FILE = 'manifest.json';

const manifestSchema = z.object({
  exports: z.array(
    z.object({
      file: z.string().min(1),
      exportedOn: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .refine((date) => !Number.isNaN(Date.parse(date)), 'không phải ngày có thật'),
      evidence: z.string().optional(),
    }),
  ),
});

type Manifest = z.infer<typeof manifestSchema>;

function readManifest(path: string, display: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ImportFileError(
      display,
      `Không đọc được tệp mô tả nguồn (${error instanceof Error ? error.message : String(error)}).`,
      'Sửa cú pháp JSON của tệp (dấu ngoặc, dấu phẩy, ngoặc kép).',
    );
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportFileError(
      display,
      `Tệp mô tả nguồn sai mẫu ở «${issue?.path.join('.') ?? ''}»: ${issue?.message ?? ''}.`,
      'Mỗi mục cần «file» (tên tệp) và «exportedOn» (ngày xuất, dạng năm-tháng-ngày, ví dụ 2026-07-20).',
    );
  }
  return parsed.data;
}

/** Reads each folder's manifest once. */
export class ExportDates {
  private readonly manifests = new Map<string, Manifest | undefined>();

  /** The export date of `path` (absolute); `display` is the path shown to the operator. */
  dateOf(path: string, display: string): string {
    const folder = dirname(path);
    const manifestPath = join(folder, MANIFEST_FILE);
    const manifestDisplay = join(dirname(display), MANIFEST_FILE).replaceAll('\\', '/');
    if (!this.manifests.has(folder)) {
      this.manifests.set(
        folder,
        existsSync(manifestPath) ? readManifest(manifestPath, manifestDisplay) : undefined,
      );
    }
    const entry = this.manifests.get(folder)?.exports.find((e) => e.file === basename(path));
    if (!entry) {
      throw new ImportFileError(
        display,
        `Không biết tệp được xuất ngày nào: ${manifestDisplay} không có mục cho «${basename(path)}».`,
        `Thêm vào ${manifestDisplay} mục { "file": "${basename(path)}", "exportedOn": "năm-tháng-ngày" } với ngày xuất ghi trên cổng hoặc trong tệp; ngày này thành ngày cập nhật của danh mục.`,
      );
    }
    return entry.exportedOn;
  }
}

/** The newest export date: the day the catalogue is "as of". */
export function newestDate(dates: readonly string[]): string | undefined {
  return [...dates].sort().at(-1);
}
