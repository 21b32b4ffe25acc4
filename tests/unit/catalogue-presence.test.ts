/**
 * When a procedure's own record says the applicant must come in person, the postal box must say
 * so. The clauses are the national data's own (codes in the names).
 */
import { describe, expect, it } from 'vitest';
import { presenceDuties } from '../../src/lib/catalogue/presence';

const steps = (...lines: string[]) => ({ steps: lines });

describe('presence duties in a record', () => {
  it('finds that both partners must be present to marry (1.000894)', () => {
    const duties = presenceDuties(
      steps(
        '- Người yêu cầu đăng ký kết hôn (hai bên nam, nữ phải có mặt, xuất trình giấy tờ tuỳ thân để đối chiếu) kiểm tra thông tin trên Giấy chứng nhận kết hôn.',
      ),
    );
    expect(duties).toEqual([{ kind: 'appear', quote: expect.stringContaining('hai bên nam, nữ phải có mặt') }]);
  });

  it('finds signing before the official and fingerprints at the office (2.001035, 1.014063)', () => {
    expect(
      presenceDuties(steps('+ Các bên tham gia giao dịch phải ký trước mặt người thực hiện chứng thực.')).map((d) => d.kind),
    ).toEqual(['sign']);
    expect(
      presenceDuties(steps('Bước 4: Tiến hành thu nhận vân tay, chụp ảnh khuôn mặt của công dân.')).map((d) => d.kind),
    ).toEqual(['photo']);
  });

  it('ignores "có mặt" said of a third party: a board, employees', () => {
    expect(
      presenceDuties(
        steps(
          'Tổ Thẩm định tiến hành họp thẩm định hồ sơ khi có ít nhất hai phần ba số thành viên có mặt.',
          'Danh sách lao động là người dân tộc thiểu số có mặt thường xuyên trong năm.',
        ),
      ),
    ).toEqual([]);
  });

  it('ignores a case, a choice and a negation', () => {
    expect(
      presenceDuties(
        steps(
          'Trường hợp nộp hồ sơ trực tiếp cá nhân phải chụp ảnh trực tiếp tại cơ quan cấp giấy phép lái xe.',
          'Khi nộp hồ sơ, người yêu cầu đăng ký được lựa chọn nộp bản sao giấy tờ và xuất trình bản chính hoặc nộp bản chính.',
          '+ Không yêu cầu người yêu cầu chứng thực nộp, xuất trình bản chính các giấy tờ đã có dữ liệu.',
          'Trường hợp cha, mẹ nuôi vì lý do khách quan không thể có mặt tại buổi giao nhận con nuôi thì phải có ủy quyền.',
        ),
      ),
    ).toEqual([]);
  });

  it('reads the requirements too, and says each kind once', () => {
    const duties = presenceDuties({
      steps: ['Người nhận con nuôi phải có mặt tại Việt Nam để trực tiếp nhận con nuôi;', 'Người nhận con nuôi phải có mặt tại lễ giao nhận.'],
      requirements: 'Người lập di chúc phải ký trước mặt người thực hiện chứng thực.',
    });
    expect(duties.map((d) => d.kind)).toEqual(['appear', 'sign']);
  });
});
