/** The command line of `npm run import`. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Tier } from '../../../src/lib/catalogue/schema';
import { UsageError } from './errors';
import { parseTierList } from './parse-fields';

export const DEFAULT_OUT = 'content/catalogue/services.json';

export const USAGE = `Cách dùng: npm run import -- [tùy chọn] TỆP_HOẶC_THƯ_MỤC...

Đọc các tệp xuất (.xlsx danh sách, .json chi tiết, .csv của cổng một cửa), ghép thành danh mục
thủ tục hành chính và ghi vào ${DEFAULT_OUT}. Một thư mục được hiểu là mọi tệp .xlsx, .json, .csv
trong đó. Ngày xuất của mỗi tệp lấy từ manifest.json đặt cạnh tệp.

Tùy chọn:
  --out TỆP           ghi danh mục vào TỆP (mặc định ${DEFAULT_OUT})
  --dry-run           chỉ đọc, kiểm tra và báo cáo; không ghi gì
  --tiers tinh,xa     chỉ giữ thủ tục thực hiện ở các cấp này (tinh, xa, huyen, bo, khac)
  --allow-shrink      cho phép danh mục mới ít hơn danh mục cũ quá 20%, hoặc mất phần chi tiết
                      (giấy tờ, các bước, kết quả, căn cứ pháp lý) ở quá 5 điểm phần trăm thủ tục,
                      hoặc ghi đè một danh mục cũ không đọc được
  --accept-rejects    vẫn ghi dù có dòng bị từ chối; ghi danh sách dòng bị từ chối cạnh danh mục
  --verbose           in đủ mọi cảnh báo và mọi mã thay đổi
  --help              in hướng dẫn này

Danh mục mặc định của dự án: npm run import:default`;

export interface ImportOptions {
  inputs: string[];
  out: string;
  dryRun: boolean;
  tiers?: Tier[];
  allowShrink: boolean;
  acceptRejects: boolean;
  verbose: boolean;
}

/** The options, or 'help'. Throws UsageError with a message saying what to change. */
export function parseImportArgs(argv: readonly string[]): ImportOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        tiers: { type: 'string' },
        'allow-shrink': { type: 'boolean', default: false },
        'accept-rejects': { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError(`Chưa nêu tệp nguồn nào.\n\n${USAGE}`);
  let tiers: Tier[] | undefined;
  if (values.tiers !== undefined) {
    tiers = parseTierList(values.tiers);
    if (!tiers || tiers.length === 0) {
      throw new UsageError(
        `--tiers «${values.tiers}» không hợp lệ: dùng các mã tinh, xa, huyen, bo, khac, cách nhau bằng dấu phẩy.`,
      );
    }
  }
  const out = values.out ?? DEFAULT_OUT;
  // Writing the catalogue over an export would destroy the very file it was made from.
  const clash = positionals.find((input) => resolve(input) === resolve(out));
  if (clash !== undefined) {
    throw new UsageError(
      `--out «${out}» là một trong các tệp nguồn (${clash}): ghi vào đó sẽ xóa mất tệp xuất. Chọn một tệp khác cho --out.\n\n${USAGE}`,
    );
  }
  return {
    inputs: positionals,
    out,
    dryRun: values['dry-run'],
    ...(tiers ? { tiers } : {}),
    allowShrink: values['allow-shrink'],
    acceptRejects: values['accept-rejects'],
    verbose: values.verbose,
  };
}
