/**
 * The words of the search box and the search page's island (/tra-cuu/). Kept apart from the rest
 * of the interface text so the island, which every search-page visitor downloads, carries only
 * its own strings.
 */
import { formatCount } from '../lib/format/number';
import { tierNames } from './tiers';

export const searchText = {
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
      'Ô tìm kiếm cần trình duyệt bật chức năng chạy chương trình trên trang. Nếu trang chưa tìm được, bạn vẫn tìm được mọi thủ tục theo danh mục bên dưới.',
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
    tiers: tierNames,
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
      event: 'Sự kiện',
    },
    /** Above the first procedures of a life event found by its everyday words. */
    eventFirstProcedures: 'Những thủ tục đầu tiên:',
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
} as const;
