/**
 * The sections of a procedure's detail page that the detail export carries since 2026-12-01, by
 * the export's key, with our field and the name operators see in the report.
 */
export const SECTION_KEYS = {
  thanh_phan_ho_so: 'documents',
  trinh_tu_thuc_hien: 'steps',
  yeu_cau_dieu_kien: 'requirements',
  ket_qua_thuc_hien: 'result',
  can_cu_phap_ly: 'legalBasis',
  dia_chi_tiep_nhan: 'receivingAddress',
} as const;

export type SectionKey = keyof typeof SECTION_KEYS;
export type SectionField = (typeof SECTION_KEYS)[SectionKey];

/** Each section's text as the export gives it; '' when it gives none. */
export type RawSections = Record<SectionField, string>;

export const SECTION_FIELDS = Object.values(SECTION_KEYS);

export const SECTION_KEY_OF = Object.fromEntries(
  Object.entries(SECTION_KEYS).map(([key, field]) => [field, key]),
) as Record<SectionField, SectionKey>;

export const SECTION_LABELS: Record<SectionField, string> = {
  documents: 'Thành phần hồ sơ',
  steps: 'Trình tự thực hiện',
  requirements: 'Yêu cầu, điều kiện',
  result: 'Kết quả',
  legalBasis: 'Căn cứ pháp lý',
  receivingAddress: 'Địa chỉ tiếp nhận',
};

export function emptySections(): RawSections {
  return { documents: '', steps: '', requirements: '', result: '', legalBasis: '', receivingAddress: '' };
}
