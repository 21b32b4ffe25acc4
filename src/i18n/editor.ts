/**
 * The editors' web editor (/quan-tri/) in Vietnamese: the collections' names and each field's
 * label and hint, as an editor at a provincial agency reads them. The fields themselves come from
 * the front-matter schemas (src/lib/content/editor-fields.ts); a unit test fails when a field has
 * no words here or words here name no field.
 *
 * A hint is found by, in order: "collection:path" (a field one collection words its own way),
 * "path" ("sources.title"), then the field's name. Limits such as "at most 120 characters" are
 * added from the schema, not written here.
 */
import type { MarkdownCollectionName } from '../lib/content/collections';
import type { EditorWords } from '../lib/content/editor-config';
import { FIELD_LABELS } from './schema-problems';

export interface CollectionWords {
  label: string;
  singular: string;
  description: string;
}

export const EDITOR_COLLECTIONS: Record<MarkdownCollectionName, CollectionWords> = {
  news: { label: 'Tin tức', singular: 'Tin', description: 'Tin về dịch vụ công trực tuyến, mới nhất trước.' },
  guides: {
    label: 'Hướng dẫn',
    singular: 'Hướng dẫn',
    description: 'Hướng dẫn từng bước: tạo tài khoản, nộp hồ sơ, nộp phí, theo dõi hồ sơ.',
  },
  explainers: {
    label: 'Chính quyền điện tử',
    singular: 'Bài',
    description: 'Chính quyền điện tử là gì, tỉnh đã làm gì, người dân được gì.',
  },
  postal: { label: 'Bưu chính công ích', singular: 'Bài', description: 'Gửi hồ sơ và nhận kết quả qua bưu điện.' },
  pages: { label: 'Trang riêng', singular: 'Trang', description: 'Giới thiệu, hỗ trợ, trường học, khả năng tiếp cận.' },
  events: {
    label: 'Sự kiện trong đời',
    singular: 'Sự kiện',
    description: 'Sinh con, kết hôn, mua đất…: các thủ tục theo thứ tự người dân gặp.',
  },
  summaries: {
    label: 'Tóm tắt thủ tục',
    singular: 'Tóm tắt',
    description: 'Tóm tắt dễ hiểu của thủ tục người dân hay làm, hiện đầu trang thủ tục.',
  },
  recordNotes: {
    label: 'Lưu ý về dữ liệu thủ tục',
    singular: 'Lưu ý',
    description: 'Cảnh báo khi bản ghi chính thức của một thủ tục đã cũ hoặc có vẻ sai.',
  },
  radio: { label: 'Bài phát thanh', singular: 'Bài phát thanh', description: 'Bài đọc trên loa, đài phát thanh xã.' },
  posters: { label: 'Áp phích', singular: 'Áp phích', description: 'Áp phích A4 có mã QR, dán ở nơi làm thủ tục.' },
  articles: { label: 'Bài cho báo chí', singular: 'Bài', description: 'Bài báo và trang tin của cơ quan được đăng lại.' },
  lessons: { label: 'Tiết học', singular: 'Tiết học', description: 'Giáo án 45 phút cho trường học.' },
};

interface FieldWords {
  /** Shown above the field; the schema messages' name for it when left out. */
  label?: string;
  hint: string;
}

export const EDITOR_FIELD_WORDS: Record<string, FieldWords> = {
  title: { hint: 'Tên của trang, nói trang giúp người đọc việc gì.' },
  'posters:title': { hint: 'Dòng chữ lớn của áp phích, đọc được từ xa vài mét.' },
  'recordNotes:title': { hint: 'Lời cảnh báo trong vài chữ, ví dụ “Bản ghi này mô tả cách làm cũ”.' },
  description: { hint: 'Một hoặc hai câu hiện dưới tiêu đề trong danh sách và khi chia sẻ trang.' },
  updated: { hint: 'Ngày bạn kiểm tra và sửa nội dung lần cuối.' },
  'news:updated': { hint: 'Chỉ điền khi tin được sửa sau ngày đăng.' },
  reviewBy: {
    hint: 'Ngày phải có người đọc lại, không quá sáu tháng sau ngày cập nhật. Quá ngày này, trang báo cho người đọc rằng thông tin có thể đã cũ.',
  },
  order: { hint: 'Số thứ tự trong danh sách của mục: 1 đứng đầu. Để trống thì xếp theo tên.' },
  sources: {
    hint: 'Nơi có mọi thông tin trên trang: văn bản, trang chính thức hoặc bài báo. Cần ít nhất một nguồn.',
  },
  'pages:sources': { hint: 'Nơi có các thông tin trên trang, nếu trang nêu thông tin lấy từ nơi khác.' },
  'sources.title': {
    label: 'Tên nguồn',
    hint: 'Tên văn bản như người đọc sẽ tìm, có số, ngày và cơ quan ban hành, ví dụ “Kế hoạch 228/KH-UBND ngày 18/8/2017 của UBND tỉnh Tiền Giang”.',
  },
  'sources.url': {
    label: 'Địa chỉ của nguồn',
    hint: 'Địa chỉ đầy đủ, bắt đầu bằng https://. Chỉ để trống khi văn bản không có bản công khai trên mạng.',
  },
  handout: { hint: 'Các bước chính, mỗi bước một dòng ngắn, in trên tờ rơi một trang có mã QR.' },
  date: { hint: 'Ngày đăng tin. Danh sách tin xếp theo ngày này, mới nhất trước.' },
  tags: { hint: 'Chọn trong các chủ đề đã có, để các tin cùng chủ đề đi với nhau.' },
  image: { hint: 'Ảnh kèm tin: JPEG, PNG, WebP hoặc AVIF, không quá 5 MB. Ảnh được lưu cạnh bài.' },
  imageAlt: { hint: 'Ảnh cho thấy gì, viết cho người không nhìn thấy ảnh. Bắt buộc khi có ảnh.' },
  words: {
    hint: 'Những cách người dân gọi sự kiện này, như họ gõ vào ô tìm kiếm: “cưới vợ”, “lấy chồng”. Mỗi cách gọi chỉ thuộc một sự kiện.',
  },
  'events:steps': { hint: 'Các thủ tục theo thứ tự người dân gặp, gom thành bước khi thứ tự quan trọng.' },
  'steps.title': { label: 'Bước này', hint: 'Bước này làm gì, trong vài chữ: “Đăng ký khai sinh cho con”.' },
  'steps.procedures': { hint: 'Các thủ tục làm ở bước này.' },
  'steps.procedures.code': { hint: 'Chọn thủ tục trong danh mục: gõ mã hoặc vài chữ của tên để tìm.' },
  'steps.procedures.note': {
    hint: 'Chỉ điền khi thủ tục chỉ cần trong vài trường hợp: “Nếu con dưới 6 tuổi”.',
  },
  combined: {
    hint: 'Thủ tục liên thông làm nhiều việc một lần; phải là một trong các thủ tục ở các bước. Để trống nếu không có.',
  },
  basedOn: { hint: 'Các trang của trang web mà tài liệu này soạn từ đó; mọi thông tin phải có ở các trang ấy.' },
  target: { hint: 'Trang mà mã QR trên áp phích mở ra.' },
  lines: { hint: 'Các dòng dưới dòng chữ lớn: các bước hoặc việc cần làm.' },
  code: { hint: 'Chọn thủ tục trong danh mục: gõ mã hoặc vài chữ của tên để tìm.' },
  who: { hint: 'Ai làm thủ tục, và ai làm thay cho ai, trong một hoặc hai câu.' },
  bring: { hint: 'Giấy tờ mọi người đều phải mang (không kể giấy tờ cho trường hợp riêng), mỗi thứ một dòng.' },
  'summaries:steps': { hint: 'Từ 3 đến 6 dòng ngắn, theo thứ tự.' },
  time: { hint: 'Thời gian giải quyết, như bản ghi hoặc nguồn đã nêu.' },
  cost: {
    hint: 'Phí, lệ phí, như bản ghi hoặc nguồn đã nêu. Không bao giờ ghi “Miễn phí” khi bản ghi nêu một khoản phí.',
  },
  where: { hint: 'Nơi nộp hồ sơ.' },
  returnedFor: { hint: 'Lý do hồ sơ hay bị trả lại, chỉ khi một nguồn nêu rõ.' },
  recordNote: { hint: 'Chỗ bản tóm tắt khác bản ghi chính thức: bên nào mới hơn và vì sao.' },
  kind: { hint: 'Bản ghi đã cũ, hay có vẻ sai.' },
  currentWay: { hint: 'Cách làm hôm nay, nếu có: tên và địa chỉ chính thức.' },
  'currentWay.name': { label: 'Tên', hint: 'Tên dịch vụ hoặc trang, như trang chính thức ghi.' },
  'currentWay.url': { label: 'Địa chỉ', hint: 'Địa chỉ chính thức, bắt đầu bằng https://.' },
};

/** The two kinds of record note, as an editor chooses between them. */
export const RECORD_NOTE_KIND_LABELS: Record<string, string> = {
  outdated: 'Đã cũ: bản ghi mô tả cách làm cũ',
  defective: 'Có vẻ sai: bản ghi có chỗ sai hoặc thiếu',
};

export const editorText = {
  /** The editor's title, in the browser tab and on its sign-in page. */
  appTitle: (siteName: string) => `Biên tập: ${siteName}`,
  body: {
    label: 'Nội dung',
    hint: 'Dùng các nút trên thanh công cụ để in đậm, làm liên kết, danh sách và tiêu đề mục. Liên kết trong trang này viết như /huong-dan/theo-doi-ho-so/.',
  },
  /** Added to a hint from the schema's own limit. */
  atMost: (max: number) => `Tối đa ${max} ký tự.`,
  listBounds: (min: number | undefined, max: number | undefined) =>
    min !== undefined && max !== undefined
      ? `Từ ${min} đến ${max} dòng.`
      : max !== undefined
        ? `Tối đa ${max} dòng.`
        : min !== undefined && min > 1
          ? `Ít nhất ${min} dòng.`
          : '',
  patterns: {
    url: 'Địa chỉ phải bắt đầu bằng https:// hoặc http://.',
    sitePath: 'Địa chỉ trong trang này, bắt đầu và kết thúc bằng “/”, ví dụ /huong-dan/theo-doi-ho-so/.',
  },
  /** The page shown while the editor loads, and to a browser without JavaScript. */
  page: {
    loading: 'Đang mở trình biên tập…',
    noScript: 'Trình biên tập cần trình duyệt bật JavaScript (phần chạy chương trình của trang web).',
  },
};

/** The words for one field of one collection: its label and hint, without limits. */
export function fieldWords(collection: MarkdownCollectionName, path: string): FieldWords & { label: string } {
  const name = path.split('.').at(-1) ?? path;
  const words = EDITOR_FIELD_WORDS[`${collection}:${path}`] ?? EDITOR_FIELD_WORDS[path] ?? EDITOR_FIELD_WORDS[name];
  if (!words) throw new Error(`No editor words for the field ${path} of ${collection} (src/i18n/editor.ts).`);
  const label =
    words.label ?? EDITOR_FIELD_WORDS[path]?.label ?? EDITOR_FIELD_WORDS[name]?.label ?? FIELD_LABELS[name] ?? name;
  return { ...words, label };
}

/** The words editor-config.ts needs, for a site of this name. */
export function editorWords(siteName: string): EditorWords {
  return {
    appTitle: editorText.appTitle(siteName),
    collection: (name) => EDITOR_COLLECTIONS[name],
    field: (collection, path) => {
      const { label, hint } = fieldWords(collection, path);
      return { label, hint };
    },
    body: editorText.body,
    atMost: editorText.atMost,
    listBounds: editorText.listBounds,
    patterns: editorText.patterns,
    choice: (value) => RECORD_NOTE_KIND_LABELS[value] ?? value,
  };
}
