/**
 * Step 7, safety: reasons to write nothing. Rejected rows (unless the operator accepts them), a
 * catalogue that shrinks by more than a fifth, or whose procedures lose their documents, steps,
 * result or legal basis (an export without its detail sections), or an old catalogue that cannot
 * be read to compare with (unless allowed); or one with no procedure at all.
 */
import type { BuildResult } from './build';
import { SECTION_SHARE_FIELDS, type CatalogueDiff, type SectionShareField } from './diff';

/** Losing more than this share of the procedures is almost always a wrong file or a wrong filter. */
export const MAX_SHRINK = 0.2;

/**
 * Losing more than this share (in points) of the procedures that have a section is almost always
 * an export whose detail sections are missing: every procedure page would say "no documents".
 */
export const MAX_SECTION_DROP = 0.05;

const SECTION_NAMES: Record<SectionShareField, string> = {
  documents: 'giấy tờ',
  steps: 'các bước',
  result: 'kết quả',
  legalBasis: 'căn cứ pháp lý',
};

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 1000) / 10}%`.replace('.', ',');
}

/** Each section whose share drops by more than MAX_SECTION_DROP, with its before and after. */
export function sectionDrops(diff: CatalogueDiff, nextCount: number): string[] {
  if (diff.previousCount === 0 || nextCount === 0) return [];
  // Compared in tenths of a point, so that 100% → 95% is exactly the 5 points allowed.
  const drop = (field: SectionShareField) =>
    Math.round((diff.sectionsBefore[field] / diff.previousCount - diff.sectionsAfter[field] / nextCount) * 1000);
  return SECTION_SHARE_FIELDS.filter((field) => drop(field) > MAX_SECTION_DROP * 1000).map(
    (field) =>
      `${SECTION_NAMES[field]}: ${percent(diff.sectionsBefore[field], diff.previousCount)} thủ tục có trước đây, ${percent(diff.sectionsAfter[field], nextCount)} bây giờ`,
  );
}

export interface SafetyOptions {
  acceptRejects: boolean;
  allowShrink: boolean;
}

export function shrinkRatio(diff: CatalogueDiff, nextCount: number): number {
  return diff.previousCount === 0 ? 0 : (diff.previousCount - nextCount) / diff.previousCount;
}

export function refusals(
  result: BuildResult,
  diff: CatalogueDiff,
  options: SafetyOptions,
  previousProblem?: string,
): string[] {
  const reasons: string[] = [];
  if (previousProblem && !options.allowShrink) {
    reasons.push(
      `Không đọc được danh mục hiện có để so sánh (${previousProblem}). Tệp có thể bị hỏng sau một lần ghi dở hoặc một lần gộp mã; khôi phục nó (git checkout -- <tệp>) rồi chạy lại; nếu chắc chắn muốn ghi đè, chạy lại với --allow-shrink.`,
    );
  }
  const count = result.catalogue.procedures.length;
  if (result.rejected.length > 0 && !options.acceptRejects) {
    reasons.push(
      `${result.rejected.length} dòng bị từ chối (xem danh sách ở trên). Sửa các dòng đó trong tệp nguồn rồi chạy lại; hoặc, nếu chấp nhận bỏ chúng, chạy lại với --accept-rejects (danh sách sẽ được ghi vào một tệp báo cáo cạnh danh mục).`,
    );
  }
  const shrink = shrinkRatio(diff, count);
  if (shrink > MAX_SHRINK && !options.allowShrink) {
    reasons.push(
      `Danh mục mới có ${count} thủ tục, ít hơn ${Math.round(shrink * 100)}% so với ${diff.previousCount} thủ tục của danh mục hiện có (giới hạn ${MAX_SHRINK * 100}%). Kiểm tra đã đưa đủ tệp nguồn và đúng --tiers chưa; nếu danh mục thật sự nhỏ đi, chạy lại với --allow-shrink.`,
    );
  }
  const drops = sectionDrops(diff, count);
  if (drops.length > 0 && !options.allowShrink) {
    reasons.push(
      `Các thủ tục mất phần chi tiết (giảm quá ${MAX_SECTION_DROP * 100} điểm phần trăm): ${drops.join('; ')}. Tệp xuất chi tiết có thể thiếu các mục này hoặc chưa được đưa vào; kiểm tra rồi chạy lại; nếu đúng là dữ liệu đã đổi, chạy lại với --allow-shrink.`,
    );
  }
  if (count === 0) {
    reasons.push('Không còn thủ tục nào để ghi. Kiểm tra tệp nguồn và giá trị --tiers.');
  }
  return reasons;
}
