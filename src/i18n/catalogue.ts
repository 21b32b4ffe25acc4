/**
 * The words of the procedure catalogue's pages: lists, a procedure's page, the statistics page
 * and the counts other pages quote from the catalogue.
 */
import { formatCount } from '../lib/format/number';
import { tierNames } from './tiers';

export const catalogueText = {
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
    tiers: { ...tierNames, 'chua-ro': 'Chưa rõ cấp' },
    tierLists: {
      tinh: 'Thủ tục giải quyết ở cấp tỉnh',
      xa: 'Thủ tục giải quyết ở cấp xã',
      huyen: 'Thủ tục giải quyết ở cấp huyện (đến 30/6/2025)',
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
    /** "1" alone: the number is kept, the unit never guessed. */
    unitMissing: (text: string) => `Nguồn chỉ ghi con số ${text}, không ghi là ngày hay giờ`,
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
      unknownApplicants: 'Chưa có thông tin ai được làm thủ tục này; xem trên Cổng Dịch vụ công quốc gia.',
      unknownTime: 'Chưa có thông tin về thời gian giải quyết; xem trên Cổng Dịch vụ công quốc gia.',
      unknownFee: 'Chưa có thông tin về phí, lệ phí; hỏi nơi nộp hồ sơ hoặc xem trên Cổng Dịch vụ công quốc gia.',
      unknownAgency: 'Chưa có thông tin về cơ quan giải quyết; xem trên Cổng Dịch vụ công quốc gia.',
      free: 'Miễn phí',
      timeRange: (min: string, max: string, unit: string) => `Từ ${min} đến ${max} ${unit}`,
      timeVaries: 'Khác nhau tùy cách nộp, xem bảng bên dưới.',
      feeAmount: (amount: string) => amount,
      feeRange: (min: string, max: string) => `Từ ${min} đến ${max}`,
      feeVaries: 'Khác nhau tùy trường hợp, xem bảng bên dưới.',
      /** The one fee rule's words (src/lib/catalogue/fees.ts, worded in src/i18n/describe-fee.ts). */
      fee: {
        seeNote: 'Có thu phí, lệ phí: xem ghi chú',
        partlyFree: 'Có khoản được miễn, có khoản phải nộp: xem ghi chú',
        seeNoteShort: 'có thu phí, lệ phí (xem ghi chú)',
        freeShort: 'miễn phí',
        byMethod: (method: string, fee: string) => `${method}: ${fee}`,
        labelled: (label: string, amount: string) => `${label}: ${amount}`,
        until: (date: string) => `áp dụng đến hết ngày ${date}`,
        lapsed: (date: string) => `mức này chỉ áp dụng đến hết ngày ${date}, nay đã hết hạn`,
        future: (date: string) => `áp dụng từ ngày ${date}`,
        noCurrentRate: 'Dữ liệu không ghi mức thu áp dụng sau ngày đó; hãy hỏi nơi nộp hồ sơ.',
        contradiction:
          'Lưu ý: ô phí, lệ phí của dữ liệu ghi là không thu tiền, nhưng phần ghi chú của cùng thủ tục lại nêu khoản phí. Trang này ghi theo phần có thu phí để bạn chuẩn bị đủ tiền; hãy hỏi lại nơi nộp hồ sơ.',
        regulations: (list: string) => `Văn bản quy định mức thu được nêu: ${list}.`,
        sourceSays: 'Nguyên văn dữ liệu về phí, lệ phí',
      },
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
        'Thủ tục này nhận hồ sơ qua dịch vụ bưu chính công ích: bạn có thể gửi hồ sơ, nhận kết quả, hoặc cả hai qua bưu điện. Dữ liệu của thủ tục không ghi việc bạn phải có mặt tại cơ quan.',
      postalWithVisit:
        'Thủ tục này nhận hồ sơ qua dịch vụ bưu chính công ích: phần gửi hồ sơ làm được qua bưu điện. Nhưng theo dữ liệu của thủ tục, bạn vẫn phải đến cơ quan để:',
      /** What a visit is for, in plain words (src/lib/catalogue/presence.ts). */
      presence: {
        appear: 'có mặt khi cơ quan giải quyết hoặc trao kết quả',
        sign: 'ký tên trước mặt cán bộ',
        photo: 'chụp ảnh, lấy vân tay',
        'show-original': 'đưa bản chính giấy tờ cho cán bộ đối chiếu',
        collect: 'nhận kết quả trực tiếp',
      },
      presenceQuote: 'Dữ liệu ghi:',
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
        'Thông tin thủ tục trên trang này lấy từ Cơ sở dữ liệu quốc gia về thủ tục hành chính. Khi trang này khác với cổng dịch vụ công chính thức, hãy hỏi lại nơi giải quyết thủ tục trước khi nộp hồ sơ.',
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
  /** What editors wrote about one procedure: a plain summary and a warning about its record. */
  procedureNotes: {
    summaryHeading: 'Tóm tắt',
    summaryBy: (date: string) =>
      `Ban biên tập viết bằng lời dễ hiểu, rà soát ngày ${date}. Dữ liệu chính thức của thủ tục ở phần dưới, đầy đủ.`,
    who: 'Ai làm',
    bring: 'Mọi người cần mang',
    steps: 'Các bước',
    time: 'Thời gian',
    cost: 'Chi phí',
    where: 'Nơi làm',
    returnedFor: 'Hồ sơ hay bị trả lại vì',
    differs: 'Khác với dữ liệu chính thức',
    newer: (summaryDate: string, dataDate: string, summaryIsNewer: boolean) =>
      summaryIsNewer
        ? `Bản tóm tắt (rà soát ngày ${summaryDate}) mới hơn dữ liệu chính thức (ngày ${dataDate}).`
        : `Dữ liệu chính thức (ngày ${dataDate}) mới hơn bản tóm tắt (rà soát ngày ${summaryDate}); khi hai bên khác nhau, hãy hỏi nơi nộp hồ sơ.`,
    sources: 'Nguồn của bản tóm tắt',
    warningHeading: 'Lưu ý về dữ liệu của thủ tục này',
    currentWay: 'Cách làm hiện nay:',
    warningBy: (date: string) => `Ban biên tập ghi chú ngày ${date}.`,
    warningSources: 'Nguồn của lưu ý',
    /** On a life-event page, beside the procedure. */
    warningOnEvent: 'Xem lưu ý về dữ liệu',
  },
  /** How many catalogue procedures accept post, on the postal pages. */
  postalCount: {
    heading: 'Những thủ tục nhận hồ sơ qua bưu điện',
    figure: (count: number, total: number) =>
      `Trong danh mục của trang này, ${formatCount(count)} trên ${formatCount(total)} thủ tục có cách nộp qua dịch vụ bưu chính.`,
    link: 'Xem danh sách thủ tục nộp được qua bưu điện',
    note: 'Danh sách lấy từ Cơ sở dữ liệu quốc gia về thủ tục hành chính; trước khi gửi, hãy xem trang của thủ tục để biết cách nộp và giấy tờ cần chuẩn bị.',
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
  /**
   * The sections of a procedure page that answer the citizen (issue 10): what to bring, the
   * conditions, the steps, what they receive, the legal basis, and the printed checklist.
   */
  procedurePage: {
    documentsHeading: 'Giấy tờ cần chuẩn bị',
    documentsIntro: (everyone: number, someCases: number) =>
      someCases === 0
        ? `Mọi người cần chuẩn bị ${formatCount(everyone)} giấy tờ dưới đây.`
        : everyone === 0
          ? `Có ${formatCount(someCases)} giấy tờ, mỗi giấy tờ chỉ cần trong một trường hợp được nêu.`
          : `Mọi người cần chuẩn bị ${formatCount(everyone)} giấy tờ; thêm tối đa ${formatCount(someCases)} giấy tờ nữa nếu bạn thuộc một trong các trường hợp được nêu.`,
    /** Under each group: the rows for some cases only, after those for everyone. */
    someCasesHeading: 'Chỉ cần khi bạn thuộc một trong các trường hợp sau',
    documentsFormsNote: (portal: string) =>
      `Các mẫu đơn, tờ khai có tên trong danh sách có thể tải về từ trang của thủ tục này trên ${portal}.`,
    documentsUnknown: 'Chưa có thông tin về giấy tờ cần chuẩn bị; xem trên Cổng Dịch vụ công quốc gia.',
    documentsAsText: 'Giấy tờ cần chuẩn bị (chép nguyên văn từ cơ sở dữ liệu quốc gia):',
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
    stepsUnknown: 'Chưa có thông tin về các bước; xem trên Cổng Dịch vụ công quốc gia.',
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
} as const;
