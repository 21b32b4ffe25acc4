/**
 * Named examples of procedures, each made for one shape of data the procedure template must
 * handle: documentation of what the template does and test data at once, as a design system's
 * component examples are. The fixture site (build.ts) carries them beside the real procedures the
 * content names; browser tests visit their pages and say what a citizen sees there.
 *
 * Codes start at 8.000000, a prefix no real national code uses (synthetic data uses 9.).
 */
import type { Procedure } from '../../../src/lib/catalogue/schema';

export interface NamedCase {
  code: string;
  /** What the case is for, as a test or a reviewer names it. */
  name: string;
  procedure: Procedure;
}

/** A plain, complete procedure; each case changes what it is about. */
function base(code: string, name: string): Procedure {
  return {
    code,
    name,
    field: 'Hộ tịch',
    topicGroup: 'tu-phap',
    tiers: ['xa'],
    agencies: ['Ủy ban nhân dân cấp xã'],
    applicants: ['Công dân Việt Nam'],
    methods: [{ kind: 'truc-tiep', time: { value: 5, unit: 'ngay-lam-viec', text: '5 Ngày làm việc' } }],
    documents: [{ name: 'Tờ khai theo mẫu', originals: 1, copies: 0 }],
    steps: ['Bước 1: Nộp hồ sơ.', 'Bước 2: Nhận kết quả.'],
    result: [{ name: 'Giấy xác nhận' }],
  };
}

/** Vietnamese letters with no space or hyphen to break at: 20 characters, 250 times. */
export const UNBROKEN_NAME = 'Thủtụcđăngkýkhaisinh'.repeat(250);

const FEE_NOTE =
  '(Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần. Trường hợp tổ chức, cá nhân nộp hồ sơ theo hình thức trực tuyến: Kể từ ngày 01/12/2023 đến hết ngày 31/12/2025, áp dụng mức thu lệ phí là 115.000 đồng/lần cấp.)';

export const NAMED_CASES: NamedCase[] = [
  {
    code: '8.000001',
    name: 'a name of 5,000 letters with no place to break, and long unbroken values around it',
    procedure: {
      ...base('8.000001', UNBROKEN_NAME),
      tiers: ['tinh', 'xa'],
      applicants: ['Côngdân'.repeat(100)],
      decision: `1234/QĐ-${'UBND'.repeat(100)}`,
      methods: [
        { kind: 'truc-tuyen', description: 'Ghichú'.repeat(300) },
        { kind: 'buu-chinh', fee: { text: `${'50.000'.repeat(50)}đ` } },
      ],
    },
  },
  {
    code: '8.000002',
    name: 'a record that says nothing: no documents, steps, result, time, fee or agency',
    procedure: {
      code: '8.000002',
      name: 'Thủ tục mẫu không có thông tin chi tiết',
      field: 'Hộ tịch',
      topicGroup: 'tu-phap',
      tiers: [],
      agencies: [],
      applicants: [],
      methods: [{ kind: 'truc-tiep' }],
    },
  },
  {
    code: '8.000003',
    name: 'documents given as text, not as a table',
    procedure: {
      ...base('8.000003', 'Thủ tục mẫu có giấy tờ ghi thành đoạn văn'),
      documents: undefined,
      documentsText: 'Đơn đề nghị theo mẫu.\nBản sao giấy tờ tùy thân của người đề nghị.',
    } as Procedure,
  },
  {
    code: '8.000004',
    name: 'the fee cell says free, the description names 135.000 đồng and a rate that lapsed',
    procedure: {
      ...base('8.000004', 'Thủ tục mẫu có phí ghi trái nhau'),
      methods: [
        {
          kind: 'truc-tuyen',
          time: { value: 5, unit: 'ngay-lam-viec', text: '5 Ngày làm việc' },
          fee: { text: 'Miễn phí', amountVnd: 0 },
          description: FEE_NOTE,
          feeFacts: {
            amounts: [
              { amount: 135000, currency: 'VND', per: 'lần', label: 'Lệ phí cấp giấy phép lái xe' },
              { amount: 115000, currency: 'VND', per: 'lần cấp', from: '2023-12-01', until: '2025-12-31' },
            ],
            mentionsFee: true,
          },
        },
      ],
    },
  },
  {
    code: '8.000005',
    name: 'a postal method whose steps say both partners must be present, and a time with no unit',
    procedure: {
      ...base('8.000005', 'Thủ tục mẫu nộp qua bưu điện nhưng phải có mặt'),
      methods: [
        { kind: 'buu-chinh', time: { value: 1, text: '1' }, fee: { text: 'Miễn phí', amountVnd: 0 } },
        { kind: 'truc-tiep', time: { value: 1, text: '1' }, fee: { text: 'Miễn phí', amountVnd: 0 } },
      ],
      steps: [
        'Bước 1: Nộp hồ sơ.',
        '- Người yêu cầu đăng ký kết hôn (hai bên nam, nữ phải có mặt, xuất trình giấy tờ tuỳ thân để đối chiếu) kiểm tra thông tin và ký tên.',
      ],
    },
  },
  {
    code: '8.000006',
    name: 'documents for everyone and for some cases, in two groups, one long enough to fold',
    procedure: {
      ...base('8.000006', 'Thủ tục mẫu có nhiều giấy tờ theo trường hợp'),
      documents: [
        { name: 'Trường hợp ủy quyền: văn bản ủy quyền', originals: 1, copies: 0, group: 'Giấy tờ phải nộp' },
        { name: 'Tờ khai theo mẫu', originals: 1, copies: 0, group: 'Giấy tờ phải nộp' },
        { name: 'Nếu là người nước ngoài: hộ chiếu', originals: 0, copies: 1, group: 'Giấy tờ phải nộp' },
        ...Array.from({ length: 12 }, (_, i) => ({
          name: `Ghi chú số ${i + 1} về giấy tờ`,
          originals: 0,
          copies: 0,
          group: 'Lưu ý',
        })),
      ],
    },
  },
  {
    code: '8.000007',
    name: 'every way of submitting, each with its own fee',
    procedure: {
      ...base('8.000007', 'Thủ tục mẫu nộp được theo cả ba cách'),
      methods: [
        { kind: 'truc-tuyen', fee: { text: '10,000 VNĐ', amountVnd: 10000 }, feeFacts: { amounts: [{ amount: 10000, currency: 'VND' }] } },
        { kind: 'buu-chinh', fee: { text: 'Miễn phí', amountVnd: 0 } },
        { kind: 'truc-tiep', fee: { text: '20,000 VNĐ', amountVnd: 20000 }, feeFacts: { amounts: [{ amount: 20000, currency: 'VND' }] } },
      ],
    },
  },
];
