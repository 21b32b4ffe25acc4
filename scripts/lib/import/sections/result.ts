/**
 * What the citizen receives (kết quả thực hiện). The export glues each result's name to its code,
 * and the next result to that: "Giấy khai sinhMã: KQ.G15.000031", "Quyết định …Mã: KQ.G19.000505Văn
 * bản từ chối …Mã: KQ.G19.000506". Each name becomes one result, with its code apart.
 */
import type { ProcedureResult } from '../../../../src/lib/catalogue/schema';
import { cleanLine } from '../text';
import { saysNothing } from './absent';
import type { Parsed, SectionWarning } from './types';

/**
 * "Mã: KQ.G15.000031", "Mã: 000.00.00.G04-KQ3336": capitals, digits, dots and dashes. Unless it
 * ends the text, a code ends with a digit, so the next result's first word ("…000031Văn bản") is
 * not taken into it. A few records carry placeholder codes in small letters ("Mã: utwChứng chỉ …")
 * or no digit ("Mã: VBTT"): kept apart the same way.
 */
const RESULT_CODE = /Mã:\s*([A-Z0-9][A-Z0-9.-]*$|[A-Z0-9][A-Z0-9.-]*\d|[a-z0-9]+(?=\p{Lu}|\s|$))/gu;
const LIST_MARKER = /^(?:[-+*•–]\s*)+/u;

function nameOf(text: string): string {
  return cleanLine(text).text.replace(LIST_MARKER, '').trim();
}

export function parseResult(text: string): Parsed<ProcedureResult[]> {
  const warnings: SectionWarning[] = [];
  if (saysNothing(text)) return { outcome: 'absent', warnings };
  const results: ProcedureResult[] = [];
  let position = 0;
  for (const match of text.matchAll(RESULT_CODE)) {
    const name = nameOf(text.slice(position, match.index));
    const resultCode = match[1] ?? '';
    position = match.index + match[0].length;
    if (name) results.push({ name, resultCode });
    else {
      warnings.push({
        kind: 'result-unreadable',
        message: `mã kết quả «${resultCode}» không kèm tên kết quả nào; bỏ qua mã này.`,
      });
    }
  }
  const rest = nameOf(text.slice(position));
  if (rest && !saysNothing(rest)) results.push({ name: rest });
  if (results.length === 0) return { outcome: 'absent', warnings };
  return { value: results, outcome: 'structured', warnings };
}
