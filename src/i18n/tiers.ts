/**
 * The names of the tiers of government that carry out procedures, shared by the catalogue's pages
 * and the search island (which imports this small file, not the catalogue's words).
 */
export const tierNames = {
  tinh: 'Cấp tỉnh',
  xa: 'Cấp xã',
  huyen: 'Cấp huyện (đến 30/6/2025)',
  bo: 'Cấp bộ',
  khac: 'Cơ quan khác',
} as const;
