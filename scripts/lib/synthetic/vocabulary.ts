/**
 * Words the synthetic catalogue is built from. They follow the shape of real procedure names
 * ("Cấp lại giấy phép … cho …", "Đăng ký … đối với …") so that search and page weights behave as
 * they would on a large real catalogue. None of these records is real.
 */
export const ACTIONS = [
  'Cấp',
  'Cấp lại',
  'Cấp đổi',
  'Điều chỉnh',
  'Gia hạn',
  'Thu hồi',
  'Đăng ký',
  'Đăng ký lại',
  'Đăng ký thay đổi',
  'Xác nhận',
  'Thẩm định',
  'Phê duyệt',
  'Công nhận',
  'Chứng thực',
  'Thông báo',
  'Giải quyết',
  'Hỗ trợ',
  'Chấm dứt',
] as const;

export const OBJECTS = [
  'giấy phép xây dựng',
  'giấy chứng nhận quyền sử dụng đất',
  'giấy phép lái xe',
  'giấy chứng nhận đăng ký hộ kinh doanh',
  'giấy phép kinh doanh',
  'chứng chỉ hành nghề',
  'thẻ căn cước',
  'giấy xác nhận tình trạng hôn nhân',
  'phiếu lý lịch tư pháp',
  'giấy chứng nhận đủ điều kiện an toàn thực phẩm',
  'giấy phép khai thác tài nguyên nước',
  'giấy chứng nhận cơ sở an toàn dịch bệnh động vật',
  'quyết định trợ cấp xã hội',
  'giấy phép hoạt động cơ sở giáo dục',
  'giấy chứng nhận đăng ký phương tiện',
  'bản sao trích lục hộ tịch',
  'giấy phép tổ chức lễ hội',
  'giấy chứng nhận đủ điều kiện kinh doanh dược',
  'hồ sơ hưởng chế độ người có công',
  'giấy phép môi trường',
] as const;

export const QUALIFIERS = [
  '',
  'cho công dân Việt Nam',
  'cho người nước ngoài',
  'đối với hộ gia đình, cá nhân',
  'đối với tổ chức',
  'trong trường hợp bị mất, hư hỏng',
  'do thay đổi thông tin',
  'thực hiện tại cấp tỉnh',
  'thực hiện tại cấp xã',
  'có yếu tố nước ngoài',
  'cho doanh nghiệp nhỏ và vừa',
  'đối với công trình cấp III, cấp IV',
] as const;

/** Fields (lĩnh vực) with the topic group each belongs to. */
export const FIELDS = [
  ['Hộ tịch', 'tu-phap'],
  ['Chứng thực', 'tu-phap'],
  ['Lý lịch tư pháp', 'tu-phap'],
  ['Đất đai', 'dat-dai'],
  ['Tài nguyên nước', 'dat-dai'],
  ['Môi trường', 'dat-dai'],
  ['Hoạt động xây dựng', 'xay-dung'],
  ['Quy hoạch xây dựng, kiến trúc', 'xay-dung'],
  ['Đường bộ', 'giao-thong'],
  ['Đường thủy nội địa', 'giao-thong'],
  ['Thú y', 'nong-nghiep'],
  ['Trồng trọt', 'nong-nghiep'],
  ['Thành lập và hoạt động của hộ kinh doanh', 'kinh-te'],
  ['Thuế', 'kinh-te'],
  ['Dược phẩm', 'y-te'],
  ['An toàn thực phẩm', 'y-te'],
  ['Giáo dục đào tạo', 'giao-duc'],
  ['Bảo trợ xã hội', 'lao-dong'],
  ['Người có công', 'lao-dong'],
  ['Văn hóa', 'van-hoa'],
  ['Báo chí', 'thong-tin'],
  ['Đăng ký, quản lý cư trú', 'noi-vu'],
  ['Quản lý xuất nhập cảnh', 'noi-vu'],
  ['Lĩnh vực chưa phân nhóm', 'khac'],
] as const;

export const AGENCIES = [
  'Ủy ban nhân dân cấp xã',
  'Sở Tư pháp',
  'Sở Nông nghiệp và Môi trường',
  'Sở Xây dựng',
  'Sở Tài chính',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Công an cấp tỉnh',
  'Công an cấp xã',
  'Văn phòng đăng ký đất đai',
  'Chủ tịch Ủy ban nhân dân cấp tỉnh',
] as const;

export const APPLICANTS = [
  'Công dân Việt Nam',
  'Người nước ngoài',
  'Doanh nghiệp',
  'Hợp tác xã',
  'Tổ chức (không bao gồm doanh nghiệp, HTX)',
] as const;

export const FEE_TEXTS = [
  ['Miễn phí', 0],
  ['50.000 VNĐ', 50000],
  ['100.000 VNĐ (đồng/lần)', 100000],
  ['200.000 VNĐ', 200000],
  ['Theo quy định của Bộ Tài chính', undefined],
] as const;
