/**
 * The import's two kinds of failure that stop a run. Both carry a message for the operator: what is
 * wrong, where, and what to do. Anything else thrown during an import is a bug in the import.
 */

/** A whole file cannot be used: empty, unreadable, wrong headers, no data, a huge cell. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly advice: string,
  ) {
    super(`Lỗi ở tệp ${file}: ${problem} Cách sửa: ${advice}`);
  }
}

/** The command line asks for something the import cannot do. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
