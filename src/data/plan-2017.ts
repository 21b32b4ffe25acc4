/**
 * The 2017 plan's own figures on online services, quoted as the plan states them (Kế hoạch
 * 228/KH-UBND, section I). They are not corrected or recomputed: 318 + 370 is not 795, and the
 * plan does not say what the rest are.
 */
export const plan2017 = {
  source:
    'Kế hoạch 228/KH-UBND ngày 18/8/2017 của UBND tỉnh Tiền Giang về tuyên truyền xây dựng chính quyền điện tử, dịch vụ công trực tuyến năm 2017',
  quote:
    'trên 1.500 dịch vụ công trực tuyến đạt mức độ 2, 795 dịch vụ công trực tuyến mức độ 3 (bao gồm 318 thủ tục cấp sở, 370 thủ tục cấp huyện và cấp xã) và 113 dịch vụ công trực tuyến mức độ 4',
  figures: [
    { level: 'Mức độ 2', stated: 'trên 1.500' },
    { level: 'Mức độ 3', stated: '795 (bao gồm 318 thủ tục cấp sở, 370 thủ tục cấp huyện và cấp xã)' },
    { level: 'Mức độ 4', stated: '113' },
  ],
} as const;
