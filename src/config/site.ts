/**
 * The one file another province (or the merged Đồng Tháp province) edits to deploy this portal.
 *
 * Every value here is shown to citizens, so each one must be true and, where it is a fact,
 * traceable: the `source` next to a value says where it was checked. Leave an optional value out
 * rather than guess it; the pages hide what is missing.
 */

export interface Link {
  /** The name a citizen sees, e.g. "Cổng Dịch vụ công quốc gia". */
  name: string;
  url: string;
}

export interface Source {
  title: string;
  url: string;
}

export interface Hotline {
  /** What the number is for, in plain words. */
  label: string;
  /** As it should be read and dialled, grouped for reading: "1900 54 54 81". */
  number: string;
  source: Source;
}

export interface SiteConfig {
  /**
   * Public address where `dist/` is served, without a trailing slash. Used for canonical URLs, the
   * sitemap, RSS and printed QR codes. Set SITE_URL when building for a real host.
   */
  url: string;
  /** Portal name in the header, the page titles and social cards. */
  name: string;
  /** One sentence saying what the portal is, for search engines and link previews. */
  description: string;
  province: {
    /** "Tiền Giang" */
    name: string;
    /** The province with its title, as used in running text: "tỉnh Tiền Giang". */
    fullName: string;
    /** A change of status readers must know about; shown as a dated notice on every page. */
    notice?: {
      text: string;
      /**
       * The same fact in one short line (about 45 characters) for the top of every page but the
       * home page, which shows `text` in full. Without it, `text` is shown everywhere.
       */
      short?: string;
      source: Source;
    };
  };
  portals: {
    /** Where citizens submit online today, for every province. */
    national: Link;
    /** The province's own one-stop portal. */
    provincial: Link;
  };
  /** The agency responsible for this portal's content. */
  agency: Link;
  contacts: {
    hotlines: Hotline[];
  };
}

/** Where the built site is served. Local preview is the default, so canonical URLs are right there. */
const url = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');

export const site: SiteConfig = {
  url,
  name: 'Dịch vụ công trực tuyến Tiền Giang',
  description:
    'Trang hướng dẫn người dân tỉnh Tiền Giang sử dụng dịch vụ công trực tuyến, nộp hồ sơ và nhận kết quả qua bưu điện, tra cứu thủ tục hành chính.',
  province: {
    name: 'Tiền Giang',
    fullName: 'tỉnh Tiền Giang',
    notice: {
      text: 'Năm 2025, tỉnh Tiền Giang và tỉnh Đồng Tháp hợp nhất thành tỉnh Đồng Tháp; chính quyền địa phương còn hai cấp: tỉnh và xã.',
      short: 'Tiền Giang nay thuộc Đồng Tháp.',
      source: {
        title: 'Thư viện Pháp luật',
        url: 'https://thuvienphapluat.vn/phap-luat-doanh-nghiep/cau-hoi-thuong-gap/dong-thap-sap-nhap-voi-tinh-nao-ten-goi-moi-dong-thap-sau-sap-nhap-9514.html',
      },
    },
  },
  portals: {
    national: { name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' },
    provincial: {
      name: 'Cổng Dịch vụ hành chính công tỉnh Tiền Giang',
      url: 'https://motcua.tiengiang.gov.vn',
    },
  },
  agency: {
    name: 'Sở Thông tin và Truyền thông tỉnh Tiền Giang',
    url: 'http://stttt.tiengiang.gov.vn',
  },
  contacts: {
    hotlines: [
      {
        label: 'Tổng đài Bưu điện Việt Nam (nộp hồ sơ, nhận kết quả qua bưu điện)',
        number: '1900 54 54 81',
        source: {
          title: 'Bưu điện Việt Nam: công bố giá cước dịch vụ bưu chính công ích',
          url: 'http://www.vnpost.vn/en-us/bai-viet/chi-tiet/id/91010/key/cong-bo-gia-cuoc-tai-trung-tam-dich-vu-hanh-chinh-cong-truc-tuyen-tinh-khanh-hoa',
        },
      },
    ],
  },
};
