/**
 * The words around the content on every page: navigation, labels, headings, buttons, notices.
 * Articles themselves are Markdown under content/. Province names come from src/config/site.ts
 * and are passed in as arguments.
 *
 * Vietnamese has no plural forms, so counts need no plural rules: "1 thủ tục", "12 thủ tục".
 */
import { formatCount } from '../lib/format/number';

export const siteText = {
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
      'Khi trang này khác với cổng dịch vụ công chính thức, hãy hỏi lại nơi giải quyết thủ tục trước khi nộp hồ sơ.',
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
      intro:
        'Gửi hồ sơ và nhận kết quả thủ tục hành chính qua bưu điện, với những thủ tục nhận cách nộp này; có thủ tục vẫn cần bạn có mặt ở một bước.',
    },
    news: {
      title: 'Tin tức',
      intro: 'Tin về dịch vụ công trực tuyến, và tin cũ về đề án Thành phố thông minh Mỹ Tho.',
    },
    catalogue: { title: 'Thủ tục hành chính' },
    events: {
      title: 'Việc cần làm theo sự kiện',
      intro:
        'Những việc trong đời như sinh con, kết hôn, mua đất hay xây nhà thường cần nhiều thủ tục. Mỗi trang dưới đây kể các thủ tục theo thứ tự bạn sẽ gặp.',
    },
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
        text: 'Mang hồ sơ đến Trung tâm Phục vụ hành chính công (bộ phận một cửa) của tỉnh hoặc của xã, phường. Với khai sinh, kết hôn, thường trú và các dịch vụ khác không còn nhận hồ sơ giấy, cán bộ ở đó hướng dẫn bạn nộp qua mạng.',
        link: 'Tra thủ tục để biết nơi nộp',
      },
    },
    latestNewsHeading: 'Tin mới',
    allNews: 'Tất cả tin tức',
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
      'Tin về chính quyền điện tử, dịch vụ công trực tuyến và đề án Thành phố thông minh Mỹ Tho, kèm nguồn của từng tin.',
    subscribe: 'Nhận tin mới tự động bằng ứng dụng đọc tin trên điện thoại hay máy tính',
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
  /** "Báo sai sót trên trang này", at the end of every procedure page and content page. */
  reportMistake: {
    heading: 'Báo sai sót trên trang này',
    procedure: (code: string) =>
      `Thông tin của thủ tục (giấy tờ, phí, thời gian, cơ quan) lấy từ Cơ sở dữ liệu quốc gia về thủ tục hành chính, trang này không tự sửa được. Nếu thấy sai, hãy gửi phản ánh đến cơ quan nhà nước, ghi rõ mã thủ tục ${code}, qua`,
    text: 'Thấy lỗi trong lời văn của trang này?',
    write: (name: string) => `Gửi thư cho ${name}`,
    writeNote: 'Thư đã ghi sẵn địa chỉ của trang; bạn chỉ cần viết chỗ sai.',
    subject: (title: string) => `Báo sai sót: ${title}`,
    body: (url: string, code?: string, catalogueDate?: string) =>
      [
        `Trang: ${url}`,
        ...(code ? [`Mã thủ tục: ${code}`] : []),
        ...(catalogueDate ? [`Dữ liệu thủ tục ngày: ${catalogueDate}`] : []),
        '',
        'Chỗ sai và thông tin đúng (kèm nguồn nếu có):',
        '',
      ].join('\n'),
    where: 'Nên báo sai sót ở đâu',
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
  /** Life events (/su-kien/): the index, each event's page, and the links to them elsewhere. */
  events: {
    /** The box that comes first when one "liên thông" procedure does several at once. */
    combinedHeading: 'Làm nhiều việc bằng một bộ hồ sơ',
    combinedText:
      'Thủ tục liên thông dưới đây làm cùng lúc các việc ghi trong tên của nó: bạn nộp một bộ hồ sơ ở một nơi, không phải làm từng thủ tục.',
    combinedAbove: 'Thủ tục liên thông ở đầu trang: giấy tờ và cách nộp xem ở đó.',
    stepsHeading: 'Các bước',
    step: (n: number, title: string) => `Bước ${n}. ${title}`,
    code: 'Mã thủ tục',
    /** "What to bring" in brief; the procedure's own page lists every document. */
    documents: (n: number) => `Giấy tờ cần chuẩn bị: ${formatCount(n)}, trong đó có:`,
    documentsOnPage: 'Giấy tờ cần chuẩn bị: xem ở trang thủ tục.',
    fee: (fee: string) => `Phí, lệ phí: ${fee}`,
    /** On the index: the first procedures of an event, and how many more it has. */
    firstProcedures: 'Các thủ tục đầu tiên:',
    moreProcedures: (n: number) => `và ${formatCount(n)} thủ tục khác`,
    /** On a procedure's page: the events it belongs to. */
    partOf: 'Thuộc sự kiện:',
    /** On the home page, under the top tasks. */
    homeHeading: 'Theo sự kiện trong đời',
    homeIntro: 'Các thủ tục cần làm khi có một việc lớn trong đời, theo thứ tự bạn sẽ gặp.',
    homeAll: 'Tất cả sự kiện trong đời',
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
