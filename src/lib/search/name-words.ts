/**
 * The words the ranking priors (priors.ts) read a procedure's name by, folded (no diacritics, lower
 * case), as the catalogue's names use them: the verbs that undo, end or act again, the words that
 * open a name before what it gives, special cases, levels, and words that only place a version.
 * Kept apart from the rules so that a word found missing in a name is added here, in one place.
 */

/** Verbs (folded) that undo or end what another procedure does, as names begin with them. */
export const UNDOING_VERBS = [
  ['xoa'],
  ['huy'],
  ['thu', 'hoi'],
  ['dung'],
  ['cham', 'dut'],
  ['tam', 'ngung'],
  ['giai', 'the'],
  ['dinh', 'chi'],
  ['tra', 'lai'],
];
/**
 * Verbs (folded) that act again on what another procedure gave (amend, extend, reissue, redo), as
 * names begin with them, longest first. Someone who types the plain thing wants it first.
 */
export const FOLLOW_UP_VERBS = [
  ['sua', 'doi', 'bo', 'sung'],
  ['dang', 'ky', 'thay', 'doi'],
  ['dang', 'ky', 'cap', 'nhat'],
  ['cap', 'dieu', 'chinh'],
  ['cap', 'gia', 'han'],
  ['dang', 'ky', 'lai'],
  ['sua', 'doi'],
  ['bo', 'sung'],
  ['dieu', 'chinh'],
  ['gia', 'han'],
  ['cap', 'lai'],
  ['cap', 'doi'],
  ['thay', 'doi'],
  ['cap', 'nhat'],
];
/**
 * Words that open a name before the thing it gives ("Cấp giấy phép …", "Đăng ký thường trú",
 * "… Quyết định giao khu vực biển", "Cấp giấy chứng nhận đăng ký …"): left out of a name's stem,
 * so that "Gia hạn giấy phép xây dựng" and "Cấp giấy phép xây dựng" are versions of one
 * procedure, and so are "Xóa đăng ký tàu cá" and "Cấp giấy chứng nhận đăng ký tàu cá".
 */
export const GIVING_WORDS = [
  ['cap', 'moi'],
  ['cap'],
  ['dang', 'ky'],
  ['giai', 'quyet'],
  ['quyet', 'dinh'],
  ['giay', 'chung', 'nhan'],
  ['chung', 'nhan'],
  ['thanh', 'lap'],
  ['noi', 'dung'],
  ['thuc', 'hien', 'thu', 'tuc'],
];
/** Words a name may start with before its verb ("Thủ tục xóa đăng ký …"). */
export const NAME_OPENERS = new Set(['thu', 'tuc']);
/**
 * Phrases (folded) that make a version of a procedure for a special case. A query without them is
 * about the everyday case.
 */
export const SPECIAL_CASES = [
  ['nuoc', 'ngoai'],
  ['bien', 'gioi'],
  ['duong', 'sat'],
  ['cap', 'tinh'],
  ['cap', 'trung', 'uong'],
  ['luu', 'dong'],
  ['dac', 'biet'],
];
/**
 * Phrases that name a tier: a query holding one has chosen its level. Phrases, not single words:
 * folded, "tinh" is also "tình" (tình trạng), "xa" also "xả" (xả thải), "phuong" also "phương"
 * (phương tiện).
 */
export const TIER_PHRASES = [
  ['cap', 'tinh'],
  ['cap', 'xa'],
  ['cap', 'huyen'],
  ['cap', 'phuong'],
  ['cap', 'trung', 'uong'],
  ['cap', 'bo'],
];

/** Words that only place a version ("… (thực hiện tại cấp tỉnh)", "… có yếu tố nước ngoài tại khu vực …"). */
export const PLACING_WORDS = new Set([
  'thuc',
  'hien',
  'tai',
  'co',
  'yeu',
  'to',
  'khu',
  'vuc',
  'o',
  'doi',
  'voi',
  'cho',
  'nguoi',
]);
