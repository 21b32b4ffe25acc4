/**
 * The schemas' problems (src/lib/content/schema-problems.ts) in the words the editor who typed the
 * field reads: each names the field as it is written in the file, with its Vietnamese name.
 */
import type { SchemaProblem } from '../lib/content/schema-problems';
import { editorsText } from './editors';
import { kit } from './kit';

const m = editorsText.schema;

/** Vietnamese names of front-matter fields, used in messages. */
export const FIELD_LABELS: Record<string, string> = {
  title: 'Tiêu đề',
  description: 'Mô tả ngắn',
  updated: 'Ngày cập nhật',
  reviewBy: 'Ngày cần rà soát lại',
  sources: 'Nguồn thông tin',
  date: 'Ngày đăng',
  tags: 'Chủ đề',
  image: 'Ảnh',
  imageAlt: 'Mô tả ảnh',
  order: 'Thứ tự trong mục',
  label: 'Tên việc cần làm',
  handout: 'Tóm tắt để in',
  code: 'Mã thủ tục',
  basedOn: 'Soạn từ các bài',
  target: 'Trang mã QR dẫn đến',
  lines: 'Các dòng của áp phích',
  words: 'Cách gọi quen thuộc',
  steps: 'Các bước',
  procedures: 'Các thủ tục của bước',
  note: 'Khi nào cần',
  combined: 'Thủ tục liên thông',
  who: 'Ai làm',
  bring: 'Mọi người cần mang',
  time: 'Thời gian',
  cost: 'Chi phí',
  where: 'Nơi làm',
  returnedFor: 'Hồ sơ hay bị trả lại vì',
  recordNote: 'Khác với dữ liệu chính thức',
  kind: 'Loại lưu ý',
  currentWay: 'Cách làm hiện nay',
  name: 'Tên',
};

function label(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

export function describeSchemaProblem(problem: SchemaProblem): string {
  switch (problem.kind) {
    case 'required':
      return m.required(problem.field, label(problem.field));
    case 'notText':
      return m.notText(problem.field, label(problem.field));
    case 'emptyText':
      return m.emptyText(problem.field, label(problem.field));
    case 'tooLong':
      return m.tooLong(problem.field, label(problem.field), problem.max);
    case 'badDate':
      return m.badDate(problem.field, label(problem.field));
    case 'notOnCalendar':
      return m.notOnCalendar(problem.field, label(problem.field), problem.written, problem.problem);
    case 'badNumber':
      return m.badNumber(problem.field, label(problem.field));
    case 'badUrl':
      return m.badUrl;
    case 'noSources':
      return m.noSources;
    case 'reviewBeforeUpdate':
      return m.reviewBeforeUpdate;
    case 'imagePath':
      return m.imagePath;
    case 'imageNeedsAlt':
      return m.imageNeedsAlt;
    case 'badCode':
      return m.badCode;
    case 'codeNeedsQuotes':
      return m.codeNeedsQuotes;
    case 'handoutTooLong':
      return m.handoutTooLong(problem.max);
    case 'unknownField':
      return m.unknownField;
    case 'eventNoWords':
      return m.eventNoWords;
    case 'eventNoSteps':
      return m.eventNoSteps;
    case 'eventEmptyStep':
      return m.eventEmptyStep;
    case 'eventCombinedNotListed':
      return m.eventCombinedNotListed;
    case 'listTooLong':
      return m.listTooLong(problem.field, problem.max);
    case 'summaryNoPapers':
      return m.summaryNoPapers;
    case 'summarySteps':
      return m.summarySteps(problem.min, problem.max);
    case 'recordNoteKind':
      return m.recordNoteKind;
    case 'kitBasedOn':
      return kit.schema.basedOn;
    case 'kitTarget':
      return kit.schema.target;
    case 'posterLines':
      return kit.schema.lines(problem.max);
  }
}
