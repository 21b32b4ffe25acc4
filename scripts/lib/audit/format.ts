/** "12.3 kB", or "0" for nothing at all. */
export function formatKb(bytes: number): string {
  return bytes === 0 ? '0' : `${(bytes / 1000).toFixed(1)} kB`;
}
