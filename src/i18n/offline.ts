/**
 * Words about using the site without a connection: the saved-copy notice, the save button, the
 * offline page. The service worker imports this file (and nothing else of src/i18n), so it stays
 * small.
 */
export const offlineText = {
  /** At the top of a page the phone shows from its own memory. */
  savedCopy: (day: string | undefined) =>
    `${day ? `Bạn đang xem bản đã lưu ngày ${day}` : 'Bạn đang xem bản đã lưu trên máy'}, vì máy chưa vào được mạng. Khi có mạng trở lại, hãy tải lại trang để xem bản mới nhất.`,
  save: {
    button: 'Lưu để xem khi mất mạng',
    hint: 'Lưu trang này và các trang thủ tục có trong trang vào máy, để mở lại ở nơi không có sóng.',
    saving: 'Đang lưu…',
    /** `{n}` is replaced in the browser by the number of procedure pages saved. */
    done: 'Đã lưu trang này và {n} trang thủ tục. Khi mất mạng, bạn vẫn mở lại được các trang đó trên máy này.',
    failed: 'Chưa lưu được. Hãy kiểm tra kết nối mạng rồi bấm lại.',
  },
  page: {
    title: 'Không có kết nối mạng',
    description: 'Máy chưa vào được mạng. Các trang đã lưu trên máy và tra cứu thủ tục vẫn dùng được.',
    lead: 'Điện thoại hoặc máy tính của bạn đang không vào được mạng, nên trang bạn vừa mở chưa tải được. Bạn vẫn xem được những trang dưới đây.',
    savedHeading: 'Các trang đã lưu trên máy này',
    noneSaved:
      'Chưa có trang nào được lưu. Lần sau, khi có mạng, hãy mở trang bạn cần, hoặc bấm “Lưu để xem khi mất mạng” trên trang thủ tục hay trang sự kiện.',
    savedOn: (day: string) => `lưu ngày ${day}`,
    searchHeading: 'Tra cứu thủ tục vẫn dùng được',
    searchText: 'Gõ tên thủ tục, mã thủ tục hoặc lời quen thuộc như “khai sinh”, kể cả khi mất mạng.',
    searchLink: 'Mở trang tra cứu thủ tục',
    eventsHeading: 'Việc cần làm theo sự kiện',
    eventsText: 'Trang sự kiện nào bạn đã mở hoặc đã lưu thì mở được khi mất mạng; các trang khác cần có mạng.',
    backOnline: 'Khi có mạng trở lại, hãy tải lại trang.',
  },
} as const;
