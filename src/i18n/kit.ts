/**
 * Words of the "Tài liệu tuyên truyền" kit (issue 15): its pages' headings and labels, the
 * reuse notice, and what `npm run check` says about radio scripts, posters and lessons. Kept
 * apart from vi.ts so the kit can be merged without touching the site's main dictionary.
 */
export const kit = {
  title: 'Tài liệu tuyên truyền',
  description:
    'Bài đọc trên loa truyền thanh, áp phích in khổ A4, bài viết cho báo và trang thông tin, giáo án cho trường học: soạn từ các bài hướng dẫn của trang, được dùng lại tự do, chỉ cần ghi nguồn.',
  intro:
    'Dành cho đài truyền thanh xã, phường, báo, trang thông tin của cơ quan, trường học và bộ phận một cửa. Mỗi tài liệu soạn từ các bài hướng dẫn của trang, có ngày cập nhật và nguồn. Bạn được in, đọc, đăng lại, sửa cho hợp địa phương, chỉ cần ghi nguồn.',
  schoolsLink: 'Tài liệu tuyên truyền cho trường học và địa phương',
  kinds: {
    radio: {
      title: 'Bài đọc trên loa truyền thanh',
      intro:
        'Mỗi bài đọc khoảng một phút, câu ngắn, dễ nghe. Mỗi bài có một tệp chữ (chỉ có chữ, không có hình, máy nào cũng mở được) để tải về, in ra hoặc chép vào máy.',
      crumb: 'Bài đọc trên loa',
    },
    posters: {
      title: 'Áp phích in khổ A4',
      intro:
        'Mỗi áp phích in vừa một trang A4, chữ to, có mã QR dẫn đến bài hướng dẫn. Dán ở nơi đông người qua lại.',
      crumb: 'Áp phích',
    },
    articles: {
      title: 'Bài viết cho báo và trang thông tin',
      intro:
        'Bài dài 400 đến 600 chữ, có ảnh chia sẻ. Báo, đài và trang thông tin của cơ quan được đăng lại nguyên văn hoặc rút gọn, kèm dòng ghi nguồn.',
      crumb: 'Bài viết',
    },
    lessons: {
      title: 'Cho trường học',
      intro:
        'Giáo án một tiết 45 phút cho lớp trung học phổ thông, và tờ rơi in sẵn có mã QR cho từng mức độ.',
      crumb: 'Giáo án',
    },
  },
  /** Link to the schools page's printable handouts, from the kit. */
  handoutsLink: 'Tờ rơi in sẵn có mã QR cho từng mức độ dịch vụ công trực tuyến',
  radio: {
    readingTime: 'Thời gian đọc',
    length: 'Độ dài',
    /** "khoảng 1 phút 10 giây": the rate is RADIO_WORDS_PER_MINUTE in src/lib/kit/radio.ts. */
    duration: (minutes: number, seconds: number) =>
      `khoảng ${minutes > 0 ? `${minutes} phút` : ''}${minutes > 0 && seconds > 0 ? ' ' : ''}${seconds > 0 ? `${seconds} giây` : ''}`,
    words: (count: number) => `${count} chữ`,
    rate: (perMinute: number) => `tính theo tốc độ đọc ${perMinute} chữ một phút`,
    scriptHeading: 'Bài đọc',
    download: (title: string) => `Tải bài đọc “${title}” dạng tệp chữ (chỉ có chữ, máy nào cũng mở được)`,
    readerNote:
      'Đọc chậm, rõ. Đọc địa chỉ web từng chữ. Số điện thoại đọc từng nhóm số, hai lần như trong bài.',
  },
  poster: {
    scan: 'Quét mã để đọc hướng dẫn',
    printHint: 'Để in: chọn In trong trình duyệt, khổ giấy A4, hướng dọc. Áp phích vừa một trang.',
    footer: (siteName: string, updated: string) => `${siteName} · cập nhật ${updated} · được dùng lại tự do, chỉ cần ghi nguồn (giấy phép CC BY 4.0)`,
    qrLabel: (url: string) => `Mã QR dẫn đến ${url}`,
    promotes: 'Áp phích dẫn đến',
  },
  article: {
    shareCard: 'Ảnh chia sẻ của bài',
    shareCardAlt: (title: string) => `Ảnh chia sẻ: tiêu đề “${title}” trên nền xanh của trang`,
    shareCardLink: 'Tải ảnh chia sẻ (ảnh nằm ngang, dùng khi đăng bài lên trang thông tin hay mạng xã hội)',
  },
  lesson: {
    handouts: 'Tờ rơi dùng trong tiết học',
  },
  basedOnHeading: 'Soạn từ các bài của trang',
  reuse: {
    heading: 'Dùng lại tài liệu này',
    who: 'Mọi cơ quan, đài truyền thanh, báo, trường học và người dân được in, đọc, đăng lại, dịch và sửa cho hợp địa phương, kể cả để làm việc có thu tiền.',
    how: 'Điều kiện duy nhất: ghi nguồn bằng dòng dưới đây, và nói rõ nếu bạn đã sửa bài.',
    licence: 'Giấy phép dùng lại: Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0). Nghĩa là ai cũng được in, đăng lại, dịch, sửa tài liệu, chỉ cần ghi nguồn.',
    attributionLabel: 'Dòng ghi nguồn',
    /** The line to print under a republished article or poster. */
    attribution: (title: string, siteName: string, url: string) =>
      `Nguồn: “${title}”, ${siteName}, ${url}. Giấy phép dùng lại CC BY 4.0.`,
    checkFirst:
      'Trước khi dùng, xem ngày cập nhật: tài liệu đã quá ngày rà soát thì đối chiếu lại với bài hướng dẫn gốc.',
  },
  /** What `npm run check` says about the kit's files. */
  check: {
    radioWords: (count: number, min: number, max: number, seconds: number) =>
      `Bài đọc có ${count} chữ (đọc mất khoảng ${seconds} giây); bài đọc trên loa phải dài từ ${min} đến ${max} chữ, khoảng một phút. Hãy viết ${count < min ? 'thêm' : 'ngắn lại'}.`,
    radioMarkup: (what: string) =>
      `Bài đọc trên loa chỉ gồm các đoạn chữ thường, không có ${what}: người nghe không thấy được. Viết thành câu.`,
    radioPhoneUnknown: (phone: string, known: string) =>
      `Số điện thoại ${phone} không nằm trong các số đã có nguồn (${known}). Chỉ dùng số đã có nguồn, ở trang Hỗ trợ và liên hệ.`,
    radioPhoneOnce: (phone: string) =>
      `Số điện thoại ${phone} chỉ được đọc một lần; người nghe cần nghe hai lần mới kịp ghi lại.`,
    radioAddress: (address: string, kind: 'repeated' | 'not-plain') =>
      kind === 'repeated'
        ? `Địa chỉ web ${address} được đọc hơn một lần; đọc một lần, rõ ràng, là đủ.`
        : `Địa chỉ web ${address} khó đọc trên loa: bỏ «https://» và phần sau dấu «/», chỉ đọc tên như dichvucong.gov.vn.`,
    articleWords: (count: number, min: number, max: number) =>
      `Bài viết có ${count} chữ; bài cho báo phải dài từ ${min} đến ${max} chữ. Hãy viết ${count < min ? 'thêm' : 'ngắn lại'}.`,
    lessonMinutes: (total: number, expected: number) =>
      `Các hoạt động của giáo án cộng lại ${total} phút, nhưng một tiết học là ${expected} phút. Sửa số phút ghi trong ngoặc, ví dụ «(10 phút)».`,
    lessonNoQuiz:
      'Giáo án cần phần «## Câu hỏi kiểm tra» và phần «## Đáp án» để thầy cô kiểm tra nhanh cuối tiết.',
    targetMissing: (path: string) =>
      `«target» ghi ${path}, nhưng trang không có trang nào ở địa chỉ đó, nên mã QR sẽ mở một trang lỗi. Ghi địa chỉ trang mà áp phích giới thiệu.`,
    basedOnMissing: (path: string) =>
      `«basedOn» ghi ${path}, nhưng trang không có bài nào ở địa chỉ đó. Ghi địa chỉ của một bài hướng dẫn, ví dụ /huong-dan/theo-doi-ho-so/.`,
  },
  /** What `npm run new` writes in a new kit file, refused by `npm run check` until replaced. */
  newEntry: {
    placeholderPath: '/viet-dia-chi-bai-huong-dan/',
    placeholderLine: 'VIẾT DÒNG NGẮN: một việc người đọc cần làm',
  },
  /** Front-matter rules of the kit's collections (see src/lib/content/kit-schemas.ts). */
  schema: {
    basedOn:
      '«basedOn» là danh sách địa chỉ các bài của trang mà tài liệu soạn từ đó, mỗi địa chỉ bắt đầu và kết thúc bằng «/», ví dụ /huong-dan/theo-doi-ho-so/.',
    target:
      '«target» là địa chỉ trên trang mà mã QR dẫn đến, bắt đầu và kết thúc bằng «/», ví dụ /buu-chinh-cong-ich/nop-ho-so-nhan-ket-qua-qua-buu-dien/.',
    lines: (max: number) => `Áp phích chỉ có chỗ cho ${max} dòng ngắn («lines»); hãy bớt chữ.`,
  },
} as const;
