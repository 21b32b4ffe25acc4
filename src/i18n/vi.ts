/**
 * Every piece of interface text on the portal, in Vietnamese. Components never hard-code words:
 * they read them from here, so wording is reviewed in one file and changed in one place.
 *
 * Content (articles, guides, news) lives in Markdown under content/; this file is only for the
 * words around it: navigation, labels, buttons, messages. Province-specific names come from
 * src/config/site.ts and are passed in as arguments.
 *
 * Vietnamese has no plural forms, so counts need no plural rules: "1 thủ tục", "12 thủ tục".
 */
import { formatCount } from '../lib/format/number';

export const vi = {
  layout: {
    skipLink: 'Bỏ qua để đến nội dung chính',
    mainNavLabel: 'Các mục chính',
    breadcrumbLabel: 'Bạn đang ở',
    home: 'Trang chủ',
    footerLabel: 'Thông tin về trang',
    noticeLabel: 'Thông báo',
    noticeSource: 'Nguồn',
    notOfficialPortal: (portalName: string) =>
      `Đây là trang hướng dẫn, không phải nơi nộp hồ sơ. Muốn nộp hồ sơ trực tuyến, hãy vào ${portalName}.`,
  },
  footer: {
    aboutHeading: 'Về trang này',
    responsible: 'Cơ quan chịu trách nhiệm nội dung:',
    contactHeading: 'Liên hệ, hỗ trợ',
    portalsHeading: 'Nộp hồ sơ trực tuyến',
    catalogueSource: 'Dữ liệu thủ tục hành chính: Cơ sở dữ liệu quốc gia về thủ tục hành chính.',
    officialPrevails:
      'Khi thông tin ở đây khác với cổng dịch vụ công chính thức, thông tin trên cổng chính thức có giá trị.',
    hotlineSource: 'nguồn',
    linksHeading: 'Liên kết',
  },
  sections: {
    explainers: {
      title: 'Chính quyền điện tử',
      intro:
        'Chính quyền điện tử là gì, tỉnh đã làm những gì và người dân được lợi gì khi làm thủ tục qua mạng.',
    },
    guides: {
      title: 'Hướng dẫn',
      intro:
        'Hướng dẫn từng bước: dùng dịch vụ công trực tuyến theo từng mức độ, tạo tài khoản, nộp phí và theo dõi hồ sơ.',
    },
    postal: {
      title: 'Bưu chính công ích',
      intro: 'Gửi hồ sơ và nhận kết quả thủ tục hành chính qua bưu điện, không phải đến cơ quan nhà nước.',
    },
    news: {
      title: 'Tin tức',
      intro: 'Tin về dịch vụ công trực tuyến và Thành phố thông minh Mỹ Tho.',
    },
    catalogue: { title: 'Thủ tục hành chính' },
    search: { title: 'Tra cứu' },
    stats: { title: 'Thống kê' },
    schools: { title: 'Trường học' },
  },
  home: {
    title: 'Làm thủ tục hành chính dễ hơn, nhanh hơn',
    lead: 'Tìm thủ tục bạn cần, xem có thể nộp qua mạng hay qua bưu điện không, và làm theo hướng dẫn từng bước.',
    searchHeading: 'Tìm thủ tục',
    topTasksHeading: 'Người dân thường cần',
    waysHeading: 'Ba cách nộp hồ sơ',
    ways: {
      online: {
        title: 'Nộp trực tuyến',
        text: 'Khai và gửi hồ sơ qua mạng, ở nhà hay bất cứ đâu, vào bất cứ lúc nào.',
        link: 'Cách nộp hồ sơ trực tuyến',
      },
      postal: {
        title: 'Nộp qua bưu điện',
        text: 'Nhân viên bưu điện nhận hồ sơ tại nhà hoặc tại bưu cục và mang kết quả về cho bạn.',
        link: 'Cách gửi hồ sơ qua bưu điện',
      },
      inPerson: {
        title: 'Nộp trực tiếp',
        text: 'Mang hồ sơ đến bộ phận một cửa của cơ quan giải quyết thủ tục.',
        link: 'Tra thủ tục để biết nơi nộp',
      },
    },
    latestNewsHeading: 'Tin mới',
    allNews: 'Tất cả tin tức',
  },
  search: {
    label: 'Tên hoặc mã thủ tục',
    hint: 'Gõ có dấu hay không dấu đều được, ví dụ: dang ky khai sinh',
    submit: 'Tìm',
  },
  pages: {
    about: 'Giới thiệu',
    accessibility: 'Khả năng tiếp cận',
  },
  article: {
    updated: 'Cập nhật:',
    reviewBy: 'Rà soát lại trước:',
    overdue: 'Trang này đã quá hạn rà soát, một số thông tin có thể đã cũ.',
    published: 'Ngày đăng:',
    sourcesHeading: 'Nguồn thông tin',
    tags: 'Chủ đề:',
    inThisSection: 'Trong mục này',
    readMore: (title: string) => `Đọc bài: ${title}`,
  },
  list: {
    empty: 'Chưa có bài nào trong mục này.',
    count: (n: number, noun: string) => `${formatCount(n)} ${noun}`,
  },
  /** Link previews (Open Graph) and the social card pictures. */
  social: {
    sectionKicker: 'Chuyên mục',
    pageKicker: 'Về trang này',
    imageAlt: (title: string) => `Ảnh giới thiệu trang: ${title}`,
  },
  /** The RSS feed of news: /rss.xml */
  feed: {
    title: (siteName: string) => `Tin tức: ${siteName}`,
    description:
      'Tin về chính quyền điện tử, dịch vụ công trực tuyến và Thành phố thông minh Mỹ Tho, kèm nguồn của từng tin.',
    subscribe: 'Nhận tin mới qua RSS',
  },
  /** How many catalogue procedures accept post, on the postal pages. */
  postalCount: {
    heading: 'Những thủ tục nhận hồ sơ qua bưu điện',
    figure: (count: number, total: number) =>
      `Trong danh mục của trang này, ${formatCount(count)} trên ${formatCount(total)} thủ tục có cách nộp qua dịch vụ bưu chính.`,
    link: 'Xem danh sách thủ tục nộp được qua bưu điện',
    note: 'Danh sách lấy từ Cơ sở dữ liệu quốc gia về thủ tục hành chính; trước khi gửi, hãy xem trang của thủ tục để biết cách nộp và giấy tờ cần chuẩn bị.',
  },
  /** The schools page and its printable handouts. */
  schools: {
    handoutsHeading: 'Tờ rơi in sẵn cho từng mức độ',
    handoutsIntro:
      'Mỗi tờ rơi vừa một trang giấy A4, có mã QR dẫn đến bài hướng dẫn đầy đủ. Mở tờ rơi, rồi dùng lệnh In của trình duyệt.',
    handoutLink: (title: string) => `Tờ rơi: ${title}`,
    guideLink: (title: string) => `Bài hướng dẫn: ${title}`,
    qrLabel: (url: string) => `Mã QR dẫn đến ${url}`,
  },
  handout: {
    crumb: 'Tờ rơi',
    title: (guideTitle: string) => `Tờ rơi: ${guideTitle}`,
    keySteps: 'Các bước chính',
    scan: 'Quét mã QR hoặc gõ địa chỉ dưới đây để đọc hướng dẫn đầy đủ:',
    printHint: 'Để in tờ rơi này, dùng lệnh In của trình duyệt (phím Ctrl + P).',
    updated: (date: string) => `Thông tin cập nhật ngày ${date}.`,
    officialPortal: (name: string, url: string) => `Nộp hồ sơ trực tuyến tại ${name}: ${url}`,
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
    badUrl: 'Địa chỉ nguồn («url») phải là một địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://.',
    noSources:
      'Trang có thông tin thực tế phải nêu ít nhất một nguồn trong «sources» (mỗi nguồn có «title» và «url»).',
    reviewBeforeUpdate: 'Ngày rà soát («reviewBy») phải sau ngày cập nhật («updated»).',
    imageNeedsAlt: 'Có ảnh («image») thì phải có lời mô tả ảnh («imageAlt») cho người khiếm thị.',
    badCode: 'Mã thủ tục phải có dạng một chữ số, dấu chấm, sáu chữ số, ví dụ 1.001193.',
    badNumber: (field: string, label: string) => `«${field}» (${label}) phải là một số.`,
    handoutTooLong: (max: number) =>
      `Tờ rơi («handout») chỉ có chỗ cho ${max} dòng; hãy gộp hoặc bớt các dòng.`,
    unknownField:
      'Trường này không nằm trong mẫu. Kiểm tra lỗi gõ (ví dụ «titel» thay vì «title») hoặc xóa trường đó.',
    inFile: (file: string) => `Lỗi ở tệp ${file}:`,
    atField: (path: string) => `trường «${path}»`,
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
    unverifiedProcedure: (href: string) =>
      `Chưa kiểm tra được liên kết «${href}» vì danh mục thủ tục còn trống; liên kết sẽ được kiểm tra khi có danh mục.`,
    unknownGroup: (href: string) =>
      `Liên kết «${href}» dẫn đến một nhóm thủ tục không có trong content/catalogue/nhom-linh-vuc.json.`,
    vagueLinkText: (text: string) =>
      `Chữ của liên kết «${text}» không cho biết liên kết dẫn đến đâu. Người dùng phần mềm đọc màn hình thường nghe riêng chữ này; hãy viết tên trang đích, ví dụ «Cách nộp hồ sơ qua bưu điện».`,
    missingImage: (src: string) =>
      `Không tìm thấy ảnh «${src}». Đặt tệp ảnh cạnh bài viết và ghi đường dẫn dạng ./ten-anh.jpg.`,
    placeholder: (text: string) => `Còn chữ mẫu «${text}» chưa thay. Hãy viết nội dung thật vào chỗ này.`,
    overdue: (date: string) =>
      `Đã quá ngày cần rà soát lại (${date}). Hãy đọc lại bài, sửa những gì đã cũ, rồi đổi «updated» và «reviewBy».`,
    summary: (files: number, errors: number, warnings: number) =>
      `Đã kiểm tra ${files} tệp: ${errors} lỗi, ${warnings} cảnh báo.`,
    fixErrors: 'Sửa các lỗi trên rồi chạy lại «npm run check». Trang web chỉ được dựng khi không còn lỗi.',
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
  },
  notFound: {
    title: 'Không tìm thấy trang',
    lead: 'Địa chỉ bạn mở không có trên trang này. Có thể địa chỉ bị gõ sai hoặc trang đã được chuyển đi.',
    try: 'Bạn có thể:',
    goHome: 'Về trang chủ',
    search: 'Tìm thủ tục',
  },
} as const;
