/**
 * What editors see: the build's and `npm run check`'s messages about content files and the
 * synonym table, the schema's field errors and `npm run new`'s replies. Never shown on the site.
 */
import type { CalendarDateProblem } from '../lib/content/calendar-date';

export const editorsText = {
  /**
   * Messages editors see when content/search/synonyms.json is wrong (the build stops with them).
   */
  searchData: {
    inFile: (file: string) => `Lỗi ở tệp ${file}:`,
    notJson: 'Tệp không đúng dạng JSON; kiểm tra dấu phẩy, dấu ngoặc và dấu nháy kép.',
    atGroup: (position: number, terms: string) => `nhóm thứ ${position} (${terms})`,
    atOptionalWord: (position: number) => `từ thứ ${position} trong «optionalWords»`,
    atField: (path: string) => `trường «${path}»`,
    atTop: 'phần đầu tệp',
    noWords: 'cách nói này không có chữ hay số nào.',
    duplicate: (term: string, group: number) =>
      `«${term}» đã có ở nhóm thứ ${group}; một cách nói chỉ được ở một nhóm, hãy gộp hai nhóm lại.`,
    unknownGroup: (code: string, group: string) =>
      `Thủ tục ${code}: nhóm lĩnh vực «${group}» không có trong content/catalogue/nhom-linh-vuc.json.`,
  },
  /**
   * Messages editors see when a page's front matter is wrong (in the build and in `npm run check`).
   * They name the field as written in the file and say what to write instead.
   */
  schema: {
    required: (field: string, label: string) =>
      `Thiếu «${field}» (${label}). Thêm dòng «${field}: …» vào phần đầu bài.`,
    notText: (field: string, label: string) => `«${field}» (${label}) phải là một đoạn chữ.`,
    emptyText: (field: string, label: string) => `«${field}» (${label}) đang để trống.`,
    tooLong: (field: string, label: string, max: number) =>
      `«${field}» (${label}) dài quá ${max} ký tự; hãy viết ngắn lại.`,
    badDate: (field: string, label: string) =>
      `«${field}» (${label}) phải là một ngày viết theo dạng năm-tháng-ngày, ví dụ 2025-07-01.`,
    notOnCalendar: (
      field: string,
      label: string,
      written: string,
      problem: Exclude<CalendarDateProblem, { kind: 'format' }>,
    ) =>
      `«${field}» (${label}) ghi «${written}», nhưng ${
        problem.kind === 'month'
          ? `một năm chỉ có 12 tháng, không có tháng ${problem.month}`
          : `tháng ${problem.month} năm ${problem.year} không có ngày ${problem.day} (tháng này có ${problem.daysInMonth} ngày)`
      }. Sửa lại cho đúng ngày, viết theo dạng năm-tháng-ngày, ví dụ 2025-07-01.`,
    badUrl: 'Địa chỉ nguồn («url») phải là một địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://.',
    noSources:
      'Trang có thông tin thực tế phải nêu ít nhất một nguồn trong «sources» (mỗi nguồn có «title» và «url»).',
    reviewBeforeUpdate: 'Ngày rà soát («reviewBy») phải sau ngày cập nhật («updated»).',
    imagePath: 'Ảnh («image») phải là đường dẫn đến tệp ảnh, ví dụ ./ten-anh.jpg.',
    imageNeedsAlt: 'Có ảnh («image») thì phải có lời mô tả ảnh («imageAlt») cho người khiếm thị.',
    badCode: 'Mã thủ tục phải có dạng một chữ số, dấu chấm, sáu chữ số, ví dụ 1.001193.',
    badNumber: (field: string, label: string) => `«${field}» (${label}) phải là một số.`,
    handoutTooLong: (max: number) =>
      `Tờ rơi («handout») chỉ có chỗ cho ${max} dòng; hãy gộp hoặc bớt các dòng.`,
    unknownField:
      'Trường này không nằm trong mẫu. Kiểm tra lỗi gõ (ví dụ «titel» thay vì «title») hoặc xóa trường đó.',
    atField: (path: string) => `trường «${path}»`,
    codeNeedsQuotes:
      'Viết mã thủ tục trong ngoặc kép, ví dụ "1.001193": không có ngoặc, mã được đọc thành một số và mất số 0 ở cuối (2.001230 thành 2.00123).',
    eventNoWords: 'Sự kiện cần ít nhất một cách gọi quen thuộc trong «words», ví dụ «sinh con», «có em bé».',
    eventNoSteps: 'Sự kiện cần ít nhất một bước trong «steps», mỗi bước có «title» và «procedures».',
    eventEmptyStep: 'Bước này chưa có thủ tục nào: thêm ít nhất một «code» vào «procedures».',
    eventCombinedNotListed:
      'Mã trong «combined» (thủ tục liên thông) phải là một trong các mã đã kể ở «steps».',
    eventUnknownCode: (code: string, catalogue: string) =>
      `Không có thủ tục mã ${code} trong danh mục (${catalogue}). Kiểm tra lại mã, hoặc bỏ thủ tục này nếu danh mục không còn nó.`,
    eventSharedWord: (word: string, other: string) =>
      `Cách gọi «${word}» đã có ở sự kiện ${other}; mỗi cách gọi chỉ được ở một sự kiện để tìm kiếm biết dẫn về đâu.`,
    listTooLong: (field: string, max: number) => `«${field}» có nhiều hơn ${max} dòng; hãy giữ những dòng quan trọng nhất.`,
    summaryNoPapers: 'Tóm tắt cần ít nhất một dòng trong «bring»: giấy tờ mọi người đều phải mang.',
    summarySteps: (min: number, max: number) =>
      `«steps» cần từ ${min} đến ${max} dòng ngắn, theo thứ tự người dân làm.`,
    recordNoteKind: '«kind» phải là outdated (bản ghi mô tả cách làm cũ) hoặc defective (bản ghi có chỗ sai).',
    noteUnknownCode: (code: string, catalogue: string) =>
      `Không có thủ tục mã ${code} trong danh mục (${catalogue}). Tóm tắt và lưu ý chỉ viết cho thủ tục có trong danh mục.`,
    noteFileName: (code: string, expected: string) =>
      `Tệp viết về thủ tục ${code} phải đặt tên theo mã: ${expected}.md.`,
    noteDuplicate: (code: string, other: string) => `Thủ tục ${code} đã có một tệp khác: ${other}; gộp hai tệp làm một.`,
    summaryStale: (updated: string, asOf: string) =>
      `Dữ liệu thủ tục được cập nhật ngày ${asOf}, sau ngày tóm tắt này được rà soát (${updated}). Đọc lại bản ghi trên trang thủ tục, sửa tóm tắt nếu cần, rồi đổi «updated».`,
    eventOnlineInPerson: (code: string) =>
      `Bước này nói “trực tuyến”, nhưng dữ liệu của thủ tục ${code} chỉ ghi cách nộp trực tiếp. Kiểm tra lại, hoặc viết một lưu ý trong content/luu-y-ban-ghi/ nếu dữ liệu đã cũ.`,
    eventGoneBodies: (code: string, words: string) =>
      `Dữ liệu của thủ tục ${code} còn nhắc ${words}, những thứ đã không còn. Đọc kỹ bản ghi; nếu nó đã cũ, viết một lưu ý trong content/luu-y-ban-ghi/ để trang sự kiện và trang thủ tục báo cho người dân.`,
  },
  /**
   * `npm run check`: what is wrong in content/, said to the editor who can fix it, with the file,
   * the line or field, and what to do.
   */
  contentCheck: {
    error: 'LỖI',
    warning: 'CẢNH BÁO',
    atLine: (line: number) => `dòng ${line}`,
    noFrontmatter:
      'Tệp không có phần đầu bài. Dòng đầu tiên phải là ---, tiếp theo là các trường (title, description …), rồi một dòng --- nữa.',
    yamlSyntax: (reason: string) =>
      `Phần đầu bài (giữa hai dòng ---) viết sai cú pháp: ${reason}. Kiểm tra dấu hai chấm, dấu gạch đầu dòng và khoảng thụt lề ở dòng này; chữ có dấu hai chấm thì đặt trong ngoặc kép.`,
    badJson: (reason: string) => `Tệp JSON viết sai cú pháp: ${reason}. Kiểm tra dấu phẩy và ngoặc.`,
    brokenLink: (href: string) =>
      `Liên kết «${href}» dẫn đến một trang không có trên trang web. Sửa lại địa chỉ, hoặc bỏ liên kết.`,
    missingSlash: (href: string) => `Liên kết «${href}» thiếu dấu / ở cuối; hãy viết «${href}/».`,
    relativeLink: (href: string) =>
      `Liên kết «${href}» phải bắt đầu bằng / (ví dụ /huong-dan/…/) hoặc là một địa chỉ web đầy đủ (https://…).`,
    unknownProcedure: (code: string) =>
      `Danh mục không có thủ tục mã ${code}. Kiểm tra lại mã thủ tục trên Cổng Dịch vụ công quốc gia.`,
    unknownGroup: (href: string) =>
      `Liên kết «${href}» dẫn đến một nhóm thủ tục không có trong content/catalogue/nhom-linh-vuc.json.`,
    vagueLinkText: (text: string) =>
      `Chữ của liên kết «${text}» không cho biết liên kết dẫn đến đâu. Người dùng phần mềm đọc màn hình thường nghe riêng chữ này; hãy viết tên trang đích, ví dụ «Cách nộp hồ sơ qua bưu điện».`,
    closedHost: (href: string, was: string) =>
      `Liên kết «${href}» dẫn đến ${was}, địa chỉ này đã ngừng phục vụ người dân. Hãy dẫn người đọc đến nơi đang hoạt động (ví dụ Cổng Dịch vụ công quốc gia); muốn ghi lại như một phần lịch sử, đưa địa chỉ này vào «sources».`,
    missingImage: (src: string) =>
      `Không tìm thấy ảnh «${src}». Đặt tệp ảnh cạnh bài viết và ghi đường dẫn dạng ./ten-anh.jpg.`,
    placeholder: (text: string) => `Còn chữ mẫu «${text}» chưa thay. Hãy viết nội dung thật vào chỗ này.`,
    rawHtml: (tag: string, allowed: string) =>
      `Bài không được chứa mã HTML «<${tag}>»: trang chỉ đăng chữ, không chạy mã. Hãy viết bằng Markdown (tiêu đề bằng ##, chữ đậm bằng **…**, liên kết bằng [chữ](/dia-chi/), ảnh bằng ![mô tả](./anh.jpg)); chỉ được dùng các thẻ ${allowed}.`,
    rawHtmlAttribute: (tag: string, attribute: string) =>
      `Thẻ «<${tag}>» không được có thuộc tính «${attribute}»: thuộc tính có thể chạy mã hoặc đổi cách trang hiện. Xóa thuộc tính đó.`,
    badScheme: (href: string) =>
      `Liên kết «${href.slice(0, 60)}» không được phép: chỉ dẫn đến trang web an toàn (https://…), thư điện tử (mailto:…), số điện thoại (tel:…) hoặc một trang của trang này (bắt đầu bằng /).`,
    notPicture: (src: string, allowed: string) =>
      `«${src}» không phải loại ảnh được đăng (chỉ nhận ${allowed}). Ảnh SVG có thể chứa mã chạy được nên không được đăng; hãy lưu ảnh dạng JPG hoặc PNG.`,
    pictureTooLarge: (src: string, size: string, max: string) =>
      `Ảnh «${src}» nặng ${size}, quá giới hạn ${max}. Thu nhỏ ảnh (ví dụ chụp lại hoặc lưu với chất lượng thấp hơn) rồi thay tệp.`,
    fileTooLarge: (size: string, max: string) =>
      `Tệp nặng ${size}, quá giới hạn ${max} cho một bài. Bài dài như vậy khó đọc trên điện thoại; hãy tách thành nhiều bài.`,
    missingFrontImage: (src: string) =>
      `Không tìm thấy ảnh «${src}» ghi ở «image». Đặt tệp ảnh cạnh bài viết, cùng thư mục, và ghi đường dẫn dạng ./ten-anh.jpg.`,
    duplicateAddress: (path: string, other: string) =>
      `Tệp này có cùng địa chỉ ${path} với ${other}: một trong hai sẽ bị mất khi đăng. Đổi tên một trong hai tệp.`,
    overdue: (date: string) =>
      `Đã quá ngày cần rà soát lại (${date}). Hãy đọc lại bài, sửa những gì đã cũ, rồi đổi «updated» và «reviewBy».`,
    buildRefused: (errors: number) =>
      `Trang web không được dựng: nội dung có ${errors} lỗi mà «npm run check» cũng báo. Sửa các dòng dưới đây rồi dựng lại; bản dựng trước (dist/) được giữ nguyên.`,
    buildStopped: (file: string) =>
      `Trang web chưa dựng được vì phần đầu bài của ${file} có lỗi. Sửa các dòng dưới đây rồi dựng lại (hoặc chạy «npm run check» để xem mọi lỗi):`,
    summary: (files: number, errors: number, warnings: number) =>
      `Đã kiểm tra ${files} tệp: ${errors} lỗi, ${warnings} cảnh báo.`,
    fixErrors: 'Sửa các lỗi trên rồi chạy lại «npm run check». Trang web chỉ được dựng khi không còn lỗi.',
  },
  /** `npm run build`: what the person who builds the site reads at the end. */
  build: {
    failed: (dist: string) =>
      `Dựng trang không thành công: ${dist}/ giữ nguyên bản dựng tốt gần nhất, không có gì bị thay. Xem lỗi ở trên.`,
    compressed: (files: string, raw: string, gzip: string, brotli: string, seconds: string) =>
      `Đã nén sẵn ${files} tệp chữ (${raw}): gzip ${gzip}, brotli ${brotli}, trong ${seconds} giây.`,
    done: (dist: string) => `Đã dựng xong; ${dist}/ là bản mới.`,
    serviceWorker: (files: number, size: string, budget: string) =>
      `Đã viết sw.js: khi cài, máy người dùng lưu sẵn ${files} tệp, ${size} (giới hạn ${budget}).`,
    editorWritten: (version: string, host: string, repo: string, size: string, gzip: string) =>
      `Đã viết trình biên tập /quan-tri/ (Sveltia CMS ${version}, tải ${size} khi mở, nén ${gzip}), lưu bài vào ${repo} trên ${host}.`,
    editorRepoExample:
      'Trình biên tập đang trỏ tới kho mẫu: đặt EDITOR_REPO (và cách đăng nhập, xem README, mục “The editors’ web editor”) trước khi dùng thật.',
    precacheOverBudget: (budget: string, leftOut: string) =>
      `Lưu sẵn cả chỉ mục tìm kiếm thì vượt ${budget}, nên bỏ ra: ${leftOut}. Chỉ mục sẽ được lưu lần đầu người dùng tra cứu.`,
  },
  /** `npm run new`: creating a new page from the template. */
  newEntry: {
    usage: (collections: string) =>
      `Cách dùng: npm run new -- <mục> "Tiêu đề bài". Mục là một trong: ${collections}.`,
    unknownCollection: (name: string, collections: string) =>
      `Không có mục «${name}». Chọn một trong: ${collections}.`,
    emptyTitle: 'Tiêu đề không được để trống và phải có ít nhất một chữ cái hoặc chữ số.',
    exists: (path: string) =>
      `Tệp ${path} đã có, nên không ghi đè. Mở tệp đó để sửa, hoặc đặt một tiêu đề khác.`,
    created: (path: string, address: string) =>
      `Đã tạo ${path} (sẽ có địa chỉ ${address}). Mở tệp, thay các chữ mẫu, ghi nguồn, rồi chạy «npm run check».`,
    placeholderDescription: 'VIẾT MÔ TẢ: một hoặc hai câu nói bài này giúp người đọc việc gì.',
    placeholderSource: 'VIẾT NGUỒN: tên văn bản hoặc bài báo, kèm số, ngày và cơ quan ban hành',
    placeholderBody: 'VIẾT NỘI DUNG: câu đầu tiên nói điều quan trọng nhất với người đọc.',
    /** A life event's template (content/su-kien/): a word, a step and a code to replace. */
    placeholderWord: 'VIẾT CÁCH GỌI: điều người dân hay nói, ví dụ «sinh con»',
    placeholderStep: 'VIẾT BƯỚC: việc người dân làm ở bước này',
    placeholderCode: 'VIẾT MÃ THỦ TỤC trong ngoặc kép, ví dụ "1.001193"',
  },
} as const;
