/**
 * The legal basis (căn cứ pháp lý). The export writes the table header `Tên văn bản pháp lýMã văn
 * bản`, then each document's title and number glued together and to the next title:
 * "…Luật Hộ tịch123/2015/NĐ-CPThông tư số 08/2025/TT-BTP …08/2025/TT-BTP…".
 *
 * A number ends where the next title starts (a capital then a small letter: "…TT-BTCNghị định") or
 * at the end of the text. Where it starts is plain when a letter or a space comes before it
 * ("…Trung ương85/2019/TT-BTC"). When the title ends in digits too ("Luật 49/2019/QH14" +
 * "49/2019/QH14" arrives as "…QH1449/2019/QH14"), the split is the one where the title ends with
 * the number it is given; if there is none, the title is kept whole and the number left out.
 */
import type { LegalBasis } from '../../../../src/lib/catalogue/schema';
import { cleanLine } from '../text';
import { saysNothing } from './absent';
import type { Parsed, SectionWarning } from './types';

export const LEGAL_BASIS_HEADER = 'Tên văn bản pháp lýMã văn bản';

/**
 * A document number: up to four digits (or "66.7"), the year, the issuer's letters ("49/2019/QH14", "66.7/2025/NQ-CP",
 * "163/QĐ-BTP", "290/2005/QĐ-TTg", "46/2005/TTLT/BQP-BTC"). "TTg" (Thủ tướng) is the one issuer
 * written with a small letter.
 */
const NUMBER = String.raw`(?:\d{1,3}\.\d{1,2}|\d{1,4})\/(?:\d{4}\/)?[A-ZĐ](?:[A-ZĐ0-9-]|\/(?=[A-ZĐ]))*(?:-TTg|(?<=[A-ZĐ0-9]))`;
/** Words an all-capitals title starts with ("…TT-BCAQUY ĐỊNH MỨC THU…"). */
const CAPITALS_TITLE =
  'QUY ĐỊNH|SỬA ĐỔI|HƯỚNG DẪN|BAN HÀNH|NGHỊ ĐỊNH|THÔNG TƯ|QUYẾT ĐỊNH|NGHỊ QUYẾT|LUẬT |BỘ |CHÍNH PHỦ|QUY CHẾ';
/** The end of a document number, where the next title begins (or the text ends); never inside "QĐ-TTg". */
const NUMBER_THEN_TITLE = new RegExp(
  `${NUMBER}(?=\\s?(?!Tg)(?:\\p{Lu}\\p{Ll}|${CAPITALS_TITLE})|\\s*$)`,
  'gu',
);
const DOCUMENT_NUMBER = new RegExp(`^${NUMBER}$`, 'u');

/**
 * A number cell that names the kind of document too ("Thông tư số 03/2023/TT-BTP"), glued to the
 * end of the title before it ("…Bộ Tư phápThông tư số").
 */
const KIND_GLUED_TO_TITLE =
  /(?:(?<=\p{Ll})(?:Luật|Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Nghị quyết|Pháp lệnh|Chỉ thị)(?: số)?|(?<=[\p{L}.)])số)\s*$/u;

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * Where the number at the end of `pair` starts, or undefined when that cannot be told. `candidate`
 * is where the leftmost match began; the number may start later in the same run of digits.
 * In order of trust: the title names the same number ("Luật 49/2019/QH14" + "49/2019/QH14"); the
 * title ends with a year ("Luật Cư trú 2020" + "68/2020/QH14"); nothing but a letter, a space or a
 * stop comes before it. Digits or an issuer's letters ("…/QH" + "1360/…") before it leave it open.
 */
function numberStart(pair: string, candidate: number): number | undefined {
  const starts: number[] = [];
  for (let k = candidate; k < pair.length && /[\d.]/u.test(pair[k] ?? ''); k += 1) {
    if (/\d/u.test(pair[k] ?? '') && DOCUMENT_NUMBER.test(pair.slice(k))) starts.push(k);
  }
  const titleBefore = (k: number) => pair.slice(0, k).trimEnd();
  return (
    starts.find((k) => k > 0 && namesNumber(titleBefore(k), pair.slice(k))) ??
    starts.find((k) => /(?:^|\D)(?:19|20)\d{2}$/u.test(titleBefore(k))) ??
    starts.find((k) => !/\d$|[/-][A-ZĐ]+$/u.test(titleBefore(k)))
  );
}

/** Whether the title names this whole number: "số 595/QĐ-BHXH" names "595/QĐ-BHXH", not "5/QĐ-BHXH". */
function namesNumber(title: string, number: string): boolean {
  const escaped = number.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`(?<![\\d.])${escaped}(?![A-ZĐ0-9])`, 'u').test(title);
}

function entryOf(pair: string, numberFrom: number, warnings: SectionWarning[]): LegalBasis | undefined {
  const start = numberStart(pair, numberFrom);
  if (start === undefined) {
    const title = cleanLine(pair).text;
    warnings.push({
      kind: 'legal-basis-no-number',
      message: `không tách được số hiệu khỏi tên văn bản «${shorten(title)}»; giữ nguyên tên, không ghi số hiệu.`,
    });
    return { title };
  }
  const number = cleanLine(pair.slice(start)).text;
  const title = cleanLine(pair.slice(0, start).replace(KIND_GLUED_TO_TITLE, '')).text;
  return title ? { title, number } : { title: number, number };
}

export function parseLegalBasis(text: string): Parsed<LegalBasis[]> {
  const warnings: SectionWarning[] = [];
  if (saysNothing(text) || /^Không có thông tin/u.test(text)) {
    if (!saysNothing(text)) {
      warnings.push({
        kind: 'legal-basis-no-header',
        message: `ghi «Không có thông tin» rồi dính thêm chữ của mục khác («${shorten(text)}»); coi như không có.`,
      });
    }
    return { outcome: 'absent', warnings };
  }
  if (!text.startsWith(LEGAL_BASIS_HEADER)) {
    warnings.push({
      kind: 'legal-basis-no-header',
      message: `không có dòng tiêu đề «Tên văn bản pháp lý / Mã văn bản»; giữ cả đoạn làm một văn bản, không tách số hiệu.`,
    });
    return { value: [{ title: cleanLine(text).text }], outcome: 'text', warnings };
  }
  const body = text.slice(LEGAL_BASIS_HEADER.length);
  const entries: LegalBasis[] = [];
  let position = 0;
  for (const match of body.matchAll(NUMBER_THEN_TITLE)) {
    const end = match.index + match[0].length;
    const entry = entryOf(body.slice(position, end), match.index - position, warnings);
    if (entry) entries.push(entry);
    position = end;
  }
  const rest = cleanLine(body.slice(position)).text;
  if (rest && !saysNothing(rest)) {
    warnings.push({
      kind: 'legal-basis-no-number',
      message: `văn bản «${shorten(rest)}» không kèm số hiệu; giữ nguyên tên.`,
    });
    entries.push({ title: rest });
  }
  if (entries.length === 0) return { outcome: 'absent', warnings };
  return { value: entries, outcome: 'structured', warnings };
}
