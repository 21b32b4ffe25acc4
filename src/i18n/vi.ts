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
import type { CalendarDateProblem } from '../lib/content/calendar-date';
import { formatCount } from '../lib/format/number';

export const vi = {
  layout: {
    skipLink: 'Bỏ qua để đến nội dung chính',
    mainNavLabel: 'Các mục chính',
    /** The phone header's button that opens the sections. */
    menu: 'Các mục',
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
    helpLink: 'Hỗ trợ và liên hệ: hỏi ở đâu khi gặp khó khăn với hồ sơ',
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
        text: 'Mang hồ sơ đến Trung tâm Phục vụ hành chính công (bộ phận một cửa) của tỉnh hoặc của xã, phường.',
        link: 'Tra thủ tục để biết nơi nộp',
      },
    },
    latestNewsHeading: 'Tin mới',
    allNews: 'Tất cả tin tức',
  },
  catalogue: {
    intro:
      'Danh mục thủ tục hành chính người dân và doanh nghiệp làm ở cấp tỉnh và cấp xã. Chọn một cách xem, rồi chọn thủ tục để biết có nộp qua mạng hay qua bưu điện được không, mất bao lâu và tốn bao nhiêu.',
    count: (n: number) => `${formatCount(n)} thủ tục`,
    countOf: (shown: string, total: string) => `${shown} trong ${total} thủ tục`,
    byMethodHeading: 'Theo cách nộp hồ sơ',
    byTierHeading: 'Theo cấp giải quyết',
    byGroupHeading: 'Theo lĩnh vực',
    byAgencyHeading: 'Theo cơ quan thực hiện',
    byLevelHeading: 'Theo mức độ dịch vụ công trực tuyến',
    allAgencies: 'Xem tất cả cơ quan thực hiện',
    agenciesTitle: 'Thủ tục theo cơ quan thực hiện',
    agenciesIntro: 'Tên cơ quan lấy theo dữ liệu thủ tục; một thủ tục có thể do nhiều cơ quan thực hiện.',
    fieldsIn: (group: string) => `Các lĩnh vực trong nhóm ${group}`,
    searchInstead: 'Biết tên thủ tục? Tìm nhanh hơn',
    methods: {
      'truc-tuyen': 'Trực tuyến',
      'buu-chinh': 'Bưu chính',
      'truc-tiep': 'Trực tiếp',
    },
    methodLists: {
      'truc-tuyen': 'Thủ tục nộp được trực tuyến',
      'buu-chinh': 'Thủ tục nộp được qua bưu chính',
      'truc-tiep': 'Thủ tục nộp được trực tiếp',
    },
    methodListIntros: {
      'truc-tuyen': 'Những thủ tục có thể khai và gửi hồ sơ qua mạng, theo dữ liệu thủ tục.',
      'buu-chinh': 'Những thủ tục có thể gửi hồ sơ qua dịch vụ bưu chính công ích, theo dữ liệu thủ tục.',
      'truc-tiep': 'Những thủ tục có thể nộp hồ sơ trực tiếp tại cơ quan, theo dữ liệu thủ tục.',
    },
    tiers: {
      tinh: 'Cấp tỉnh',
      xa: 'Cấp xã',
      huyen: 'Cấp huyện (trước năm 2025)',
      bo: 'Cấp bộ',
      khac: 'Cơ quan khác',
      'chua-ro': 'Chưa rõ cấp',
    },
    tierLists: {
      tinh: 'Thủ tục giải quyết ở cấp tỉnh',
      xa: 'Thủ tục giải quyết ở cấp xã',
      huyen: 'Thủ tục giải quyết ở cấp huyện (trước năm 2025)',
      bo: 'Thủ tục giải quyết ở cấp bộ',
      khac: 'Thủ tục do cơ quan khác giải quyết',
    },
    levels: {
      '2': 'Mức độ 2',
      '3': 'Mức độ 3',
      '4': 'Mức độ 4',
      'toan-trinh': 'Toàn trình',
      'mot-phan': 'Một phần',
    } as Record<string, string>,
    units: {
      'ngay-lam-viec': 'ngày làm việc',
      ngay: 'ngày',
      gio: 'giờ',
      thang: 'tháng',
      nam: 'năm',
    },
    unitMissing: (text: string) => `${text} (dữ liệu không ghi đơn vị)`,
    onlineOnlyList: 'Thủ tục chỉ nộp được trực tuyến',
    onlineOnlyIntro:
      'Những thủ tục mà dữ liệu chỉ ghi một cách nộp: trực tuyến. Không nộp trực tiếp hay qua bưu điện được.',
    levelList: (level: string) => `Thủ tục ${level.toLowerCase()}`,
    listIntroSorted: 'Xếp theo thứ tự chữ cái của tên thủ tục.',
    pagination: {
      label: 'Phân trang',
      previous: 'Trang trước',
      next: 'Trang sau',
      page: (n: number) => `Trang ${n}`,
      pageOf: (n: number, total: number) => `Trang ${n}/${total}`,
    },
    item: {
      code: 'Mã',
      agency: 'Cơ quan:',
      methodsLabel: 'Cách nộp:',
    },
    procedure: {
      code: 'Mã thủ tục:',
      beforeHeading: 'Trước khi bắt đầu',
      whoHeading: 'Ai được làm',
      timeHeading: 'Thời gian giải quyết',
      feeHeading: 'Phí, lệ phí',
      whereHeading: 'Nơi nộp hồ sơ',
      unknownApplicants: 'Dữ liệu không ghi đối tượng; xem trên cổng chính thức.',
      unknownTime: 'Dữ liệu không ghi thời gian; xem trên cổng chính thức.',
      unknownFee: 'Dữ liệu không ghi phí, lệ phí; xem trên cổng chính thức.',
      unknownAgency: 'Dữ liệu không ghi cơ quan thực hiện; xem trên cổng chính thức.',
      free: 'Miễn phí',
      timeRange: (min: string, max: string, unit: string) => `Từ ${min} đến ${max} ${unit}`,
      timeVaries: 'Khác nhau tùy cách nộp, xem bảng bên dưới.',
      feeAmount: (amount: string) => amount,
      feeRange: (min: string, max: string) => `Từ ${min} đến ${max}`,
      feeVaries: 'Khác nhau tùy trường hợp, xem bảng bên dưới.',
      postageNote: 'Nộp qua bưu điện thì trả thêm cước bưu chính, ngoài phí, lệ phí.',
      doItHeading: 'Làm thủ tục',
      doItButton: (portal: string) => `Làm thủ tục này trên ${portal}`,
      findOnPortal: (portal: string) => `Tìm thủ tục này trên ${portal}`,
      doItNote: 'Trang chính thức mở ra ở cổng dịch vụ công; bạn cần tài khoản để nộp hồ sơ trực tuyến.',
      findNote: (code: string) =>
        `Trên cổng, gõ mã thủ tục ${code} vào ô tìm kiếm; bạn cần tài khoản để nộp hồ sơ trực tuyến.`,
      inPersonOnly: 'Theo dữ liệu, thủ tục này chỉ nộp trực tiếp tại cơ quan.',
      postalHeading: 'Nộp qua bưu điện',
      postalText:
        'Thủ tục này nhận hồ sơ qua dịch vụ bưu chính công ích: bạn có thể gửi hồ sơ, nhận kết quả, hoặc cả hai qua bưu điện mà không phải đến cơ quan.',
      postalLink: 'Cách nộp hồ sơ và nhận kết quả qua bưu điện',
      levelHeading: 'Nộp trực tuyến làm được đến đâu',
      levelStated: (level: string) =>
        `Dữ liệu ghi thủ tục này là dịch vụ công trực tuyến ${level.toLowerCase()}.`,
      levelUnknown:
        'Dữ liệu không ghi mức độ của dịch vụ; hướng dẫn các mức độ giúp bạn biết phần nào làm qua mạng.',
      levelLink: 'Các mức độ của dịch vụ công trực tuyến',
      levelLinkFor: (level: string) => `Hướng dẫn dùng dịch vụ công trực tuyến ${level.toLowerCase()}`,
      methodsHeading: 'Các cách nộp hồ sơ',
      methodsCaption: 'Thời gian và phí, lệ phí theo từng cách nộp',
      methodColumn: 'Cách nộp',
      timeColumn: 'Thời gian giải quyết',
      feeColumn: 'Phí, lệ phí',
      descriptionColumn: 'Ghi chú',
      notStated: 'Không ghi',
      detailsHeading: 'Thông tin khác',
      field: 'Lĩnh vực:',
      tiers: 'Cấp thực hiện:',
      agencies: 'Cơ quan thực hiện:',
      competentAuthority: 'Cơ quan có thẩm quyền:',
      issuingAgencies: 'Cơ quan công bố:',
      decision: 'Quyết định công bố:',
      procedureType: 'Loại thủ tục:',
      relatedHeading: (field: string) => `Thủ tục khác trong lĩnh vực ${field}`,
      allInField: (field: string) => `Tất cả thủ tục lĩnh vực ${field}`,
      lastUpdated: 'Dữ liệu cập nhật ngày:',
      officialPrevails:
        'Thông tin trên trang này được lấy từ dữ liệu công khai. Khi có khác biệt, thông tin trên cổng dịch vụ công chính thức có giá trị.',
    },
  },
  stats: {
    intro: 'Danh mục thủ tục hành chính qua các con số, đếm từ dữ liệu thủ tục mỗi khi trang được cập nhật.',
    totalLead: (n: string, date: string) => `Danh mục có ${n} thủ tục, theo dữ liệu ngày ${date}.`,
    shareOnline: (share: string) => `${share} số thủ tục nộp được trực tuyến.`,
    sharePostal: (share: string) => `${share} số thủ tục nộp được qua bưu chính.`,
    shareOnlineOrPostal: (share: string) =>
      `${share} số thủ tục nộp được trực tuyến hoặc qua bưu chính, không phải đến cơ quan để nộp.`,
    byTier: 'Số thủ tục theo cấp giải quyết',
    byMethod: 'Số thủ tục theo cách nộp hồ sơ',
    byGroup: 'Số thủ tục theo lĩnh vực',
    tierNote: 'Một thủ tục có thể được giải quyết ở nhiều cấp, nên tổng các cột có thể lớn hơn số thủ tục.',
    methodNote: 'Một thủ tục thường có nhiều cách nộp, nên tổng các cột lớn hơn số thủ tục.',
    categoryColumn: 'Nhóm',
    countColumn: 'Số thủ tục',
    shareColumn: 'Tỉ lệ',
    chartAlt: (title: string) => `Biểu đồ cột: ${title}. Số liệu có trong bảng ngay dưới.`,
    planHeading: 'Con số trong Kế hoạch năm 2017',
    planIntro:
      'Kế hoạch 228/KH-UBND ngày 18/8/2017 của UBND tỉnh Tiền Giang nêu số dịch vụ công trực tuyến của tỉnh lúc đó trên Cổng Dịch vụ hành chính công. Chúng tôi trích đúng như kế hoạch ghi:',
    planNote:
      'Các con số này đếm theo mức độ (Nghị định 43/2011) và gồm cả cấp huyện; danh mục ở trên đếm theo dữ liệu quốc gia năm 2026, không có mức độ, nên hai bên không so sánh trực tiếp được. Kế hoạch không giải thích phần chênh lệch giữa 795 và tổng 318 + 370.',
    planSourceLabel: 'Nguồn:',
  },
  search: {
    label: 'Tên hoặc mã thủ tục',
    hint: 'Gõ có dấu hay không dấu đều được, ví dụ: dang ky khai sinh',
    submit: 'Tìm',
  },
  /** The search page /tra-cuu/ and its island. */
  searchPage: {
    title: 'Tra cứu thủ tục',
    lead: 'Tìm thủ tục hành chính theo tên, theo mã hoặc theo cách gọi quen thuộc như “CCCD” (căn cước công dân), “sổ đỏ”, “GPLX” (giấy phép lái xe).',
    beforeScript:
      'Ô tìm kiếm cần trình duyệt bật chức năng chạy chương trình trên trang (JavaScript). Nếu trang chưa tìm được, bạn vẫn tìm được mọi thủ tục theo danh mục bên dưới.',
    filtersLegend: 'Lọc kết quả',
    /** After "Lọc kết quả" while filters are set: "Lọc kết quả (đã chọn 2)". */
    filtersChosen: (count: number) => `đã chọn ${formatCount(count)}`,
    /** After the result count, the filters that narrowed it: "Đang lọc: Cấp tỉnh, Nộp trực tuyến." */
    filtersApplied: (labels: string[]) => `Đang lọc: ${labels.join(', ')}.`,
    groupLabel: 'Nhóm lĩnh vực',
    tierLabel: 'Cấp thực hiện',
    methodLabel: 'Cách nộp',
    levelLabel: 'Mức độ trực tuyến',
    any: 'Tất cả',
    tiers: {
      tinh: 'Cấp tỉnh',
      xa: 'Cấp xã',
      huyen: 'Cấp huyện (trước năm 2025)',
      bo: 'Cấp bộ',
      khac: 'Cơ quan khác',
    },
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
        ? `Tìm thấy ${formatCount(count)} kết quả cho “${query}”.`
        : `Có ${formatCount(count)} thủ tục phù hợp.`,
    showing: (shown: number, count: number) =>
      `Đang hiện ${formatCount(shown)} trên ${formatCount(count)} kết quả.`,
    partial: 'Không có kết quả nào chứa đủ mọi từ bạn gõ; dưới đây là những kết quả chứa một phần.',
    noResults: (query: string) => `Không tìm thấy kết quả nào cho “${query}”.`,
    noResultsFiltered: 'Không có thủ tục nào khớp với các điều kiện lọc đã chọn.',
    tryHeading: 'Bạn có thể thử:',
    tryTips: [
      'kiểm tra lỗi gõ, hoặc gõ ít từ hơn, ví dụ “khai sinh” thay vì “thủ tục đăng ký khai sinh cho con”;',
      'gõ tên thường gọi hoặc viết tắt, ví dụ “CCCD”, “sổ đỏ”, “GPLX”;',
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
    /** The name of a table's scrolling box, for screen readers: the heading it sits under. */
    tableLabel: (topic: string) => `Bảng: ${topic}`,
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
    subscribe: 'Nhận tin mới bằng ứng dụng đọc tin (nguồn tin RSS)',
  },
  /** How many catalogue procedures accept post, on the postal pages. */
  postalCount: {
    heading: 'Những thủ tục nhận hồ sơ qua bưu điện',
    figure: (count: number, total: number) =>
      `Trong danh mục của trang này, ${formatCount(count)} trên ${formatCount(total)} thủ tục có cách nộp qua dịch vụ bưu chính.`,
    link: 'Xem danh sách thủ tục nộp được qua bưu điện',
    note: 'Danh sách lấy từ Cơ sở dữ liệu quốc gia về thủ tục hành chính; trước khi gửi, hãy xem trang của thủ tục để biết cách nộp và giấy tờ cần chuẩn bị.',
  },
  /** Where to report a problem with this portal, at the end of the accessibility page. */
  feedback: {
    heading: 'Báo cho chúng tôi',
    sendTo: 'Nếu bạn không dùng được một phần nào của trang, hãy báo qua',
    whatToSay: 'Ghi rõ địa chỉ trang và việc bạn đang làm.',
    noAddress:
      'Trang này chưa có địa chỉ nhận góp ý riêng. Khi gặp khó khăn với một thủ tục hay một hồ sơ, bạn có thể hỏi Trung tâm Phục vụ hành chính công hoặc gửi phản ánh trên Cổng Dịch vụ công quốc gia.',
    helpLink: 'Hỗ trợ và liên hệ: nơi hỏi khi gặp khó khăn',
  },
  /** How many catalogue procedures accept dossiers online only, on the e-government explainer. */
  onlineOnlyCount: {
    heading: 'Những thủ tục chỉ nộp được trực tuyến',
    figure: (count: number, total: number) =>
      `Trong danh mục của trang này, ${formatCount(count)} trên ${formatCount(total)} thủ tục chỉ nhận hồ sơ trực tuyến: không nhận trực tiếp, cũng không nhận qua bưu điện.`,
    link: 'Xem danh sách thủ tục chỉ nộp được trực tuyến',
    note: (date: string) =>
      `Đếm từ Cơ sở dữ liệu quốc gia về thủ tục hành chính, dữ liệu ngày ${date}. Nếu không quen dùng mạng, bạn có thể đến Trung tâm Phục vụ hành chính công để được hướng dẫn.`,
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
   * The sections of a procedure page that answer the citizen (issue 10): what to bring, the
   * conditions, the steps, what they receive, the legal basis, and the printed checklist.
   */
  procedurePage: {
    documentsHeading: 'Giấy tờ cần chuẩn bị',
    documentsIntro: (count: number) =>
      `Dữ liệu thủ tục liệt kê ${formatCount(count)} giấy tờ. Dòng nào ghi “Trường hợp …” thì chỉ cần khi bạn thuộc trường hợp đó.`,
    documentsFormsNote: (portal: string) =>
      `Các mẫu đơn, tờ khai có tên trong danh sách có thể tải về từ trang của thủ tục này trên ${portal}.`,
    documentsUnknown: 'Dữ liệu không ghi giấy tờ cần chuẩn bị; xem trên cổng dịch vụ công chính thức.',
    documentsAsText: 'Dữ liệu ghi phần giấy tờ thành đoạn văn, không thành bảng:',
    documentsNotes: 'Ghi chú khác về giấy tờ',
    ungrouped: 'Giấy tờ',
    groupSummary: (heading: string, count: number) => `${heading} (${formatCount(count)} mục)`,
    originals: (n: number) => `${formatCount(n)} bản chính`,
    copies: (n: number) => `${formatCount(n)} bản sao`,
    bothCounts: (originals: string, copies: string) => `${originals} và ${copies}`,
    note: 'Ghi chú',
    notesOnScreen: (count: number) =>
      `Bản in này không có ${formatCount(count)} ghi chú về các giấy tờ; đọc đầy đủ trên trang thủ tục (mã QR ở cuối trang).`,
    forms: 'Mẫu đơn, tờ khai:',
    conditionsHeading: 'Điều kiện',
    conditionsIntro: 'Dữ liệu thủ tục ghi các yêu cầu, điều kiện sau:',
    stepsHeading: 'Các bước thực hiện',
    stepsMore: (count: number) => `Xem tiếp ${formatCount(count)} đoạn nữa`,
    stepsUnknown: 'Dữ liệu không ghi các bước; xem trên cổng dịch vụ công chính thức.',
    resultHeading: 'Kết quả',
    resultIntro: 'Khi thủ tục được giải quyết, bạn nhận được:',
    resultIntroSeveral: 'Tùy trường hợp, bạn nhận được:',
    receivingAddress: 'Nơi tiếp nhận hồ sơ (theo dữ liệu):',
    legalBasisHeading: 'Căn cứ pháp lý',
    legalBasisSummary: (count: number) =>
      `Xem ${formatCount(count)} văn bản pháp luật làm căn cứ cho thủ tục này`,
    legalNumber: (number: string) => `số ${number}`,
    printHeading: 'Mang theo khi đi nộp hồ sơ',
    printScan: 'Quét mã QR để mở lại trang thủ tục này:',
    printHint:
      'Muốn in? Dùng lệnh In của trình duyệt: trang in ra là danh sách giấy tờ có ô để đánh dấu, mang theo khi đi nộp hồ sơ.',
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
    unknownGroup: (href: string) =>
      `Liên kết «${href}» dẫn đến một nhóm thủ tục không có trong content/catalogue/nhom-linh-vuc.json.`,
    vagueLinkText: (text: string) =>
      `Chữ của liên kết «${text}» không cho biết liên kết dẫn đến đâu. Người dùng phần mềm đọc màn hình thường nghe riêng chữ này; hãy viết tên trang đích, ví dụ «Cách nộp hồ sơ qua bưu điện».`,
    closedHost: (href: string, was: string) =>
      `Liên kết «${href}» dẫn đến ${was}, địa chỉ này đã ngừng phục vụ người dân. Hãy dẫn người đọc đến nơi đang hoạt động (ví dụ Cổng Dịch vụ công quốc gia); muốn ghi lại như một phần lịch sử, đưa địa chỉ này vào «sources».`,
    missingImage: (src: string) =>
      `Không tìm thấy ảnh «${src}». Đặt tệp ảnh cạnh bài viết và ghi đường dẫn dạng ./ten-anh.jpg.`,
    placeholder: (text: string) => `Còn chữ mẫu «${text}» chưa thay. Hãy viết nội dung thật vào chỗ này.`,
    overdue: (date: string) =>
      `Đã quá ngày cần rà soát lại (${date}). Hãy đọc lại bài, sửa những gì đã cũ, rồi đổi «updated» và «reviewBy».`,
    buildStopped: (file: string) =>
      `Trang web chưa dựng được vì phần đầu bài của ${file} có lỗi. Sửa các dòng dưới đây rồi dựng lại (hoặc chạy «npm run check» để xem mọi lỗi):`,
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
    help: 'Cần người giúp? Xem nơi hỗ trợ và liên hệ',
    title: 'Không tìm thấy trang',
    lead: 'Địa chỉ bạn mở không có trên trang này. Có thể địa chỉ bị gõ sai hoặc trang đã được chuyển đi.',
    try: 'Bạn có thể:',
    goHome: 'Về trang chủ',
    search: 'Tìm thủ tục',
  },
} as const;
