/**
 * The one file another province (or the merged Đồng Tháp province) edits to deploy this portal.
 *
 * Every value here is shown to citizens, so each one must be true and, where it is a fact,
 * traceable: the `source` next to a value says where it was checked. Leave an optional value out
 * rather than guess it; the pages hide what is missing.
 */
import type { EditorBackend, EditorHost } from '../lib/content/editor-config';

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

/** A web address that served citizens once and no longer does (a closed portal, a merged body's site). */
export interface ClosedHost {
  /** The host name as written in links: "motcua.tiengiang.gov.vn" (its subdomains count too). */
  host: string;
  /** What it was, for the editor who meets it in `npm run check`. */
  was: string;
  /** Where its closing is recorded. */
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
  /** The name under the icon on a phone's home screen: about 12 letters fit. */
  shortName: string;
  /** One sentence saying what the portal is, for search engines and link previews. */
  description: string;
  province: {
    /** "Tiền Giang" */
    name: string;
    /**
     * How running text names the area the portal serves, with its status today:
     * "Tiền Giang (nay thuộc tỉnh Đồng Tháp)".
     */
    fullName: string;
    /**
     * The province this one now belongs to, when it was merged into another: "Đồng Tháp". Text
     * that names it (an office "… tỉnh Đồng Tháp") speaks of this portal's own area.
     */
    nowPartOf?: string;
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
    /**
     * The province's own portal for citizens, only while it still takes dossiers. Provincial
     * portals closed their citizen pages from 1/7/2025, so the default has none.
     */
    provincial?: Link;
  };
  /**
   * The body responsible for this portal's content, shown in the footer. Name only a body that
   * exists today and has agreed to it; left out, the footer names none.
   */
  agency?: Link;
  contacts: {
    /** Numbers shown in every page's footer; each with where it was checked. */
    hotlines: Hotline[];
    /**
     * Where readers report a problem with this portal itself (accessibility, a wrong fact in its
     * text). A `mailto:` address gets the page's address filled in. Name only an address someone
     * answers; left out, pages send readers to the help page instead.
     */
    feedback?: Link;
    /**
     * The official channel for feedback on administrative procedures, where a wrong procedure
     * record is reported (the catalogue is the state's data, not ours to correct).
     */
    procedureFeedback: Link & { source: Source };
  };
  /**
   * Hosts that closed. `npm run check` refuses a link to one of them in a page's text; a page's
   * `sources` may still cite one, as history.
   */
  closedHosts: ClosedHost[];
  /**
   * Where the editors' web editor (/quan-tri/) reads and commits the content: the repository host
   * (GitHub by default; GitLab, or an agency's own Gitea or Forgejo), the repository and branch,
   * and how editors sign in (README, "The editors' web editor"). Nothing here is secret. For a
   * deployment, set them by environment when building: EDITOR_HOST, EDITOR_REPO, EDITOR_BRANCH,
   * EDITOR_AUTH_URL, EDITOR_API_ROOT, EDITOR_APP_ID.
   */
  editor: EditorBackend;
}

/** Where the built site is served. Local preview is the default, so canonical URLs are right there. */
const url = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');

/** Where the closing of the provincial portals from 1/7/2025 was announced. */
const PROVINCIAL_PORTALS_CLOSED: Source = {
  title:
    'Lao động Thủ đô, 6/2025: Cổng dịch vụ công của 63 tỉnh, thành sẽ xóa giao diện từ ngày 1/7 (họp báo Chính phủ ngày 4/6/2025)',
  url: 'https://laodongthudo.vn/cong-dich-vu-cong-cua-63-tinh-thanh-se-xoa-giao-dien-tu-ngay-17-191567.html',
};

const EDITOR_HOSTS: readonly EditorHost[] = ['github', 'gitlab', 'gitea'];
/** A repository name to replace: the build warns while the editor points to it. */
export const EDITOR_REPO_EXAMPLE = 'ten-to-chuc/dich-vu-cong-tien-giang';

function editorHost(value: string | undefined): EditorHost {
  if (value === undefined) return 'github';
  if ((EDITOR_HOSTS as readonly string[]).includes(value)) return value as EditorHost;
  throw new Error(`EDITOR_HOST must be one of ${EDITOR_HOSTS.join(', ')}, not "${value}".`);
}

export const site: SiteConfig = {
  url,
  name: 'Dịch vụ công trực tuyến Tiền Giang',
  shortName: 'DVC Tiền Giang',
  description:
    'Trang hướng dẫn người dân Tiền Giang (nay thuộc tỉnh Đồng Tháp) dùng dịch vụ công trực tuyến, nộp hồ sơ và nhận kết quả qua bưu điện, tra cứu thủ tục hành chính.',
  province: {
    name: 'Tiền Giang',
    fullName: 'Tiền Giang (nay thuộc tỉnh Đồng Tháp)',
    nowPartOf: 'Đồng Tháp',
    notice: {
      text: 'Từ ngày 1/7/2025, Tiền Giang thuộc tỉnh Đồng Tháp mới; chính quyền địa phương chỉ còn hai cấp: tỉnh và xã.',
      short: 'Từ 1/7/2025, Tiền Giang thuộc tỉnh Đồng Tháp.',
      source: {
        title:
          'Truyền hình Tiền Giang, bản tin tháng 6/2025: lễ công bố thành lập tỉnh Đồng Tháp mới, bộ máy cấp tỉnh và cấp xã hoạt động từ 1/7/2025',
        url: 'http://www.thtg.vn/canh-sat-giao-thong-tang-cuong-xu-ly-4-nhom-hanh-vi-vi-pham-tren-cao-toc/',
      },
    },
  },
  portals: {
    national: { name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' },
  },
  contacts: {
    procedureFeedback: {
      name: 'mục Phản ánh, kiến nghị của Cổng Dịch vụ công quốc gia',
      url: 'https://dichvucong.gov.vn/p/phananhkiennghi/pakn-gioi-thieu.html',
      source: {
        title: 'Cổng Dịch vụ công quốc gia, giới thiệu Hệ thống phản ánh, kiến nghị',
        url: 'https://dichvucong.gov.vn/p/phananhkiennghi/pakn-gioi-thieu.html',
      },
    },
    hotlines: [
      {
        label: 'Đường dây nóng Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp',
        number: '0277 3898989',
        source: {
          title:
            'Thư viện Nhà đất: địa chỉ và đường dây nóng Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp (theo Thông báo 44/UBND-HCC năm 2025)',
          url: 'https://thuviennhadat.vn/bat-dong-san/dia-chi-moi-trung-tam-phuc-vu-hanh-chinh-cong-tinh-dong-thap-co-so-2-o-dau-29007.html',
        },
      },
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
  closedHosts: [
    {
      host: 'motcua.tiengiang.gov.vn',
      was: 'Cổng Dịch vụ hành chính công tỉnh Tiền Giang (từ năm 2017)',
      source: PROVINCIAL_PORTALS_CLOSED,
    },
    {
      host: 'dichvucong.tiengiang.gov.vn',
      was: 'Cổng dịch vụ công tỉnh Tiền Giang (địa chỉ về sau của cổng tỉnh)',
      source: PROVINCIAL_PORTALS_CLOSED,
    },
    {
      host: 'stttt.tiengiang.gov.vn',
      was: 'Trang của Sở Thông tin và Truyền thông tỉnh Tiền Giang, sở đã hợp nhất vào Sở Khoa học và Công nghệ từ 1/3/2025',
      source: {
        title:
          'ICTVietnam, 10/3/2025: Sở Khoa học và Công nghệ được thành lập và đi vào hoạt động trên cả nước',
        url: 'https://ictvietnam.vn/print/69097.html',
      },
    },
  ],
  editor: {
    host: editorHost(process.env.EDITOR_HOST),
    // The repository this site is built from: "owner/name" on the host above.
    repo: process.env.EDITOR_REPO ?? EDITOR_REPO_EXAMPLE,
    branch: process.env.EDITOR_BRANCH ?? 'main',
    authUrl: process.env.EDITOR_AUTH_URL,
    apiRoot: process.env.EDITOR_API_ROOT,
    appId: process.env.EDITOR_APP_ID,
  },
};
