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
  /** The search page /tra-cuu/ and its island. */
  searchPage: {
    title: 'Tra cứu thủ tục',
    lead: 'Tìm thủ tục hành chính theo tên, theo mã hoặc theo cách gọi quen thuộc như «CCCD», «sổ đỏ», «GPLX».',
    beforeScript:
      'Ô tìm kiếm cần JavaScript. Nếu trang chưa tìm được, bạn vẫn tìm được mọi thủ tục theo danh mục bên dưới.',
    filtersLegend: 'Lọc kết quả',
    groupLabel: 'Nhóm lĩnh vực',
    tierLabel: 'Cấp thực hiện',
    methodLabel: 'Cách nộp',
    levelLabel: 'Mức độ trực tuyến',
    any: 'Tất cả',
    tiers: { tinh: 'Cấp tỉnh', xa: 'Cấp xã', huyen: 'Cấp huyện', bo: 'Cấp bộ', khac: 'Cơ quan khác' },
    methods: {
      'truc-tuyen': 'Nộp trực tuyến',
      'buu-chinh': 'Nộp qua bưu điện',
      'truc-tiep': 'Nộp trực tiếp',
    },
    level: (level: number) => `Mức độ ${level}`,
    clearFilters: 'Bỏ lọc',
    loading: 'Đang tải dữ liệu tìm kiếm…',
    loadFailed:
      'Không tải được dữ liệu tìm kiếm. Hãy tải lại trang, hoặc tìm thủ tục theo danh mục bên dưới.',
    resultsHeading: 'Kết quả',
    found: (count: number, query: string) =>
      query
        ? `Tìm thấy ${formatCount(count)} kết quả cho «${query}».`
        : `Có ${formatCount(count)} thủ tục phù hợp.`,
    showing: (shown: number, count: number) =>
      `Đang hiện ${formatCount(shown)} trên ${formatCount(count)} kết quả.`,
    partial: 'Không có kết quả nào chứa đủ mọi từ bạn gõ; dưới đây là những kết quả chứa một phần.',
    noResults: (query: string) => `Không tìm thấy kết quả nào cho «${query}».`,
    noResultsFiltered: 'Không có thủ tục nào khớp với các điều kiện lọc đã chọn.',
    tryHeading: 'Bạn có thể thử:',
    tryTips: [
      'kiểm tra lỗi gõ, hoặc gõ ít từ hơn, ví dụ «khai sinh» thay vì «thủ tục đăng ký khai sinh cho con»;',
      'gõ tên thường gọi hoặc viết tắt, ví dụ «CCCD», «sổ đỏ», «GPLX»;',
      'gõ mã thủ tục nếu có, ví dụ 1.001193;',
      'bỏ bớt điều kiện lọc;',
      'tìm theo danh mục bên dưới.',
    ],
    more: 'Xem thêm kết quả',
    code: 'Mã thủ tục:',
    agency: 'Cơ quan thực hiện:',
    methodsLabel: 'Cách nộp hồ sơ',
    kinds: {
      procedure: 'Thủ tục',
      guide: 'Hướng dẫn',
      explainer: 'Chính quyền điện tử',
      postal: 'Bưu chính công ích',
      news: 'Tin tức',
    },
    topTasksHeading: 'Người dân thường cần',
    browseHeading: 'Tìm theo danh mục',
    browse: {
      all: 'Tất cả thủ tục hành chính',
      online: 'Thủ tục nộp được trực tuyến',
      postal: 'Thủ tục nộp được qua bưu điện',
      province: 'Thủ tục cấp tỉnh',
      commune: 'Thủ tục cấp xã',
    },
  },
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
    unknownField:
      'Trường này không nằm trong mẫu. Kiểm tra lỗi gõ (ví dụ «titel» thay vì «title») hoặc xóa trường đó.',
    inFile: (file: string) => `Lỗi ở tệp ${file}:`,
    atField: (path: string) => `trường «${path}»`,
  },
  notFound: {
    title: 'Không tìm thấy trang',
    lead: 'Địa chỉ bạn mở không có trên trang này. Có thể địa chỉ bị gõ sai hoặc trang đã được chuyển đi.',
    try: 'Bạn có thể:',
    goHome: 'Về trang chủ',
    search: 'Tìm thủ tục',
  },
} as const;
