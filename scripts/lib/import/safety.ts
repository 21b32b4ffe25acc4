/**
 * Step 7, safety: reasons to write nothing. Rejected rows (unless the operator accepts them), a
 * catalogue that shrinks by more than a fifth (unless allowed), or one with no procedure at all.
 */
import type { BuildResult } from './build';
import type { CatalogueDiff } from './diff';

/** Losing more than this share of the procedures is almost always a wrong file or a wrong filter. */
export const MAX_SHRINK = 0.2;

export interface SafetyOptions {
  acceptRejects: boolean;
  allowShrink: boolean;
}

export function shrinkRatio(diff: CatalogueDiff, nextCount: number): number {
  return diff.previousCount === 0 ? 0 : (diff.previousCount - nextCount) / diff.previousCount;
}

export function refusals(result: BuildResult, diff: CatalogueDiff, options: SafetyOptions): string[] {
  const reasons: string[] = [];
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
  if (count === 0) {
    reasons.push('Không còn thủ tục nào để ghi. Kiểm tra tệp nguồn và giá trị --tiers.');
  }
  return reasons;
}
