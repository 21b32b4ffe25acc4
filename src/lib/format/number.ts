const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** "1.601": Vietnamese groups thousands with a dot. */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** "45,2%": Vietnamese uses a decimal comma. `share` is a fraction between 0 and 1. */
export function formatPercent(share: number): string {
  return percent.format(share);
}

/** "50.000 đồng": fees in words citizens read on official notices. */
export function formatVnd(amount: number): string {
  return `${integer.format(amount)} đồng`;
}
