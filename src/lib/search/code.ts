/**
 * Procedure codes as citizens type them. An official letter says "1.001193", a phone keyboard
 * gives "1001193", the provincial portal prints "1.001193.000.00.00.H58": all mean 1.001193.
 */

/** A whole national code, with or without its dot, optionally followed by a provincial suffix. */
const WHOLE_CODE = /^(\d)\.?(\d{6})(?:\.[0-9a-z]+)*$/i;

/** The start of a code: digits and dots only, at least three digits ("1.001", "100119"). */
const CODE_START = /^\d(?:\.?\d*)$/;

/** A national code written anywhere inside a longer query ("thủ tục 1.001193 ở đâu"). */
const CODE_INSIDE = /(?:^|[^\d.])(\d)\.?(\d{6})(?![\d])/;

export type CodeQuery =
  { kind: 'exact'; code: string } | { kind: 'prefix'; digits: string } | { kind: 'none' };

/** Reads the query as a procedure code, the start of one, or neither. */
export function parseCodeQuery(query: string): CodeQuery {
  const compact = query.replace(/\s+/g, '');
  const whole = WHOLE_CODE.exec(compact);
  if (whole) return { kind: 'exact', code: `${whole[1]}.${whole[2]}` };
  if (CODE_START.test(compact)) {
    const digits = compact.replace('.', '');
    if (digits.length >= 3) return { kind: 'prefix', digits };
  }
  return { kind: 'none' };
}

/** A code mentioned inside a longer query, if any. */
export function codeInside(query: string): string | undefined {
  const match = CODE_INSIDE.exec(query);
  return match ? `${match[1]}.${match[2]}` : undefined;
}

/** "1.001193" → "1001193", the form prefixes are compared in. */
export function codeDigits(code: string): string {
  return code.replace('.', '');
}
