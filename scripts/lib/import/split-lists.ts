/**
 * Lists that sources write as one text: the agencies that carry out a procedure and who may apply.
 * Names hold commas themselves, so a comma splits only where a new name clearly starts.
 */
import { foldLabel } from './parse-fields';
import { cleanLine, splitLines, unique } from './text';

/**
 * Words an agency's name starts with. The detail data joins agencies with ", " although names
 * contain commas themselves ("Sở Tài chính các tỉnh, thành phố"; "Bộ Văn hóa, Thể thao và Du
 * lịch"), so a comma only separates two agencies when a capitalised agency word follows it.
 */
const AGENCY_HEADS = [
  'ban',
  'bao hiem',
  'bo',
  'cac',
  'cang vu',
  'chi cuc',
  'chi nhanh',
  'chu tich',
  'co quan',
  'co so',
  'cong an',
  'cong doan',
  'cuc',
  'don vi',
  'giam doc',
  'hai quan',
  'hoi dong',
  'kho bac',
  'khu',
  'ngan hang',
  'nguoi dung dau',
  'phong',
  'quy',
  'so',
  'thi hanh an',
  'thu tuong',
  'thue',
  'to chuc',
  'toa an',
  'trung tam',
  'ubnd',
  'uy ban',
  'van phong',
];

function startsWithAgencyHead(text: string): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  const label = foldLabel(text);
  return AGENCY_HEADS.some((head) => label === head || label.startsWith(`${head} `));
}

/** Splits at ", " where `startsNewItem` says the next part starts a new item; never inside brackets. */
function splitCommas(text: string, startsNewItem: (rest: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === ',' && depth === 0 && startsNewItem(text.slice(i + 1).trimStart())) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => cleanLine(part).text).filter(Boolean);
}

/** "Sở Xây dựng, Uỷ ban Nhân dân cấp xã, phường, thị trấn" → the two agencies. Lines always separate. */
export function splitAgencies(text: string): string[] {
  return unique(splitLines(text).flatMap((line) => splitCommas(line, startsWithAgencyHead)));
}

/** "Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam" → two; "Cán bộ, công chức" stays one. */
export function splitApplicants(text: string): string[] {
  return unique(splitLines(text).flatMap((line) => splitCommas(line, (rest) => /^\p{Lu}/u.test(rest))));
}
