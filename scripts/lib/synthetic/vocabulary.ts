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

/** The detail page's sections: words that start a document row, clauses that fill text, … */
export const DOCUMENT_HEADS = [
  'Đơn đề nghị cấp',
  'Tờ khai đăng ký',
  'Bản sao có chứng thực',
  'Văn bản đề nghị điều chỉnh',
  'Giấy tờ chứng minh về',
  'Bản chính hoặc bản sao',
  'Trường hợp ủy quyền thì nộp văn bản ủy quyền và',
] as const;

export const CLAUSES = [
  'theo mẫu ban hành kèm theo thông tư hướng dẫn',
  'do cơ quan có thẩm quyền cấp còn giá trị sử dụng',
  'trường hợp nộp hồ sơ trực tuyến thì tải lên bản chụp hoặc bản sao điện tử',
  'cán bộ tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ',
  'nếu hồ sơ chưa đầy đủ thì hướng dẫn người nộp bổ sung, hoàn thiện',
  'trong thời hạn quy định kể từ ngày nhận đủ hồ sơ hợp lệ',
  'Ủy ban nhân dân cấp xã xem xét, giải quyết và trả kết quả',
  'người nộp hồ sơ nhận kết quả tại bộ phận một cửa hoặc qua dịch vụ bưu chính công ích',
  'đối với trường hợp đã có thông tin trong Cơ sở dữ liệu quốc gia về dân cư thì không phải nộp',
  'kèm theo danh mục tài liệu có liên quan (nếu có)',
] as const;

export const GROUP_HEADINGS = [
  'Giấy tờ phải nộp',
  'Giấy tờ phải xuất trình',
  'Trường hợp ủy quyền thực hiện thủ tục',
  'Lưu ý',
  'Trường hợp nộp hồ sơ qua hệ thống bưu chính',
] as const;

export const FORM_FILES = [
  'Mẫu số 01.docx',
  'Mau 05 - Phu luc I_36.2025.TT-TEST_02.7.2025.doc',
  'Mẫu đơn đề nghị CẤP LẠI GIẤY CHỨNG NHẬN ĐĂNG KÝ (dùng cho trường hợp bị mất, hư hỏng) (1).docx',
  'TK01a.pdf',
] as const;

export const LAW_KINDS = ['Luật', 'Nghị định', 'Thông tư', 'Quyết định'] as const;
