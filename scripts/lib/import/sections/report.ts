/**
 * The report's lines about the detail page's sections: per field, how many records were read, how
 * many were read into structure, kept as text only, or said nothing; and, for the documents, how
 * the rows compare with the count-like words in the source.
 */
import { formatCount } from '../../../../src/lib/format/number';
import { SECTION_FIELDS, SECTION_KEY_OF, SECTION_LABELS } from './fields';
import type { Warning } from '../types';
import type { SectionTally } from './read';
import type { SectionOutcome } from './types';

const OUTCOME_WORDS: Record<SectionOutcome, string> = {
  structured: 'đọc thành cấu trúc',
  text: 'giữ dạng chữ',
  none: 'ghi «Không»',
  absent: 'trống',
};

/** Warnings about one section: their messages name the export's key, «thanh_phan_ho_so». */
function warningsAbout(warnings: readonly Warning[], key: string): number {
  return warnings.filter((warning) => warning.message.includes(`«${key}»`)).length;
}

export function sectionLines(tallies: readonly SectionTally[], warnings: readonly Warning[] = []): string[] {
  if (tallies.length === 0) return [];
  const lines = ['', `Các mục chi tiết (${formatCount(tallies.length)} bản ghi chi tiết):`];
  for (const field of SECTION_FIELDS) {
    const counts = new Map<SectionOutcome, number>();
    for (const tally of tallies) {
      const outcome = tally.outcomes[field];
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    }
    const parts = (['structured', 'text', 'none', 'absent'] as const)
      .filter((outcome) => counts.has(outcome))
      .map((outcome) => `${OUTCOME_WORDS[outcome]} ${formatCount(counts.get(outcome) ?? 0)}`);
    const warned = warningsAbout(warnings, SECTION_KEY_OF[field]);
    if (warned > 0) parts.push(`cảnh báo ${formatCount(warned)}`);
    lines.push(`  ${SECTION_LABELS[field]} («${SECTION_KEY_OF[field]}»): ${parts.join(', ')}`);
  }
  const rows = tallies.reduce((sum, tally) => sum + tally.documentRows, 0);
  const words = tallies.reduce((sum, tally) => sum + tally.countWords, 0);
  lines.push(
    `  Giấy tờ: ${formatCount(rows)} dòng; nguồn có ${formatCount(words)} cụm chữ dạng «… bản chính / bản sao», trong đó ${formatCount(words - rows)} không phải ô số lượng (nằm trong tên giấy tờ, như «nộp 02 bản chính tờ khai», hoặc ô không kèm tên giấy tờ: xem cảnh báo)`,
  );
  return lines;
}
