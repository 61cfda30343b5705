//! The key tables against what the key bars and the help say.

use super::*;
use crate::i18n::Lang;
use crate::tui::keys::assert_written_as;

/// Every key bar of the app, as it reads in Vietnamese and in English.
const BARS: [(&Bar<Action>, &str, &str); 14] = [
    (
        &MEETINGS_BAR,
        "↑↓ chọn  Enter mở  n tạo mới  s mẫu  ? phím  q thoát",
        "↑↓ select  Enter open  n new  s sample  ? keys  q quit",
    ),
    (
        &MEETINGS_EMPTY_BAR,
        "n tạo cuộc họp  s mở cuộc họp mẫu  ? phím  q thoát",
        "n new meeting  s open the sample  ? keys  q quit",
    ),
    (
        &LIVE_BAR,
        "a đăng ký  n mời  Tab khung  ←→ nội dung  +/- có mặt  v biểu quyết  t giờ nói  \
         c chủ trì  x xuất  ? phím",
        "a queue  n next  Tab pane  ←→ item  +/- present  v vote  t time  c chair  \
         x export  ? keys",
    ),
    (
        &LIVE_FLOOR_BAR,
        "o ghi ý kiến  u dừng lượt  a đăng ký  +/- có mặt  v biểu quyết  t giờ nói  \
         c chủ trì  x xuất  ? phím",
        "o write opinion  u stop turn  a queue  +/- present  v vote  t time  c chair  \
         x export  ? keys",
    ),
    (
        &LIVE_CLOSED_BAR,
        "←→ nội dung  Tab khung  h lịch sử sửa  c chủ trì  x xuất  ? phím  q danh sách",
        "←→ item  Tab pane  h corrections  c chair  x export  ? keys  q meetings",
    ),
    (
        &CHAIR_BAR,
        "←→ nội dung  Esc/c quay lại  q thoát",
        "←→ item  Esc/c back  q quit",
    ),
    (
        &CONFIRM_BAR,
        "y/c đồng ý  n/k/Esc không",
        "y/c yes  n/k/Esc no",
    ),
    (&READING_BAR, "Esc đóng", "Esc close"),
    (
        &GUESTS_BAR,
        "↑↓ chọn  a thêm  Enter sửa  d xóa  Esc đóng",
        "↑↓ select  a add  Enter correct  d remove  Esc close",
    ),
    (&GUESTS_CLOSED_BAR, "Esc đóng", "Esc close"),
    (
        &FORM_BAR,
        "Tab/Enter ô sau  ↑ ô trước  ←→ chọn  Ctrl+S lưu  Esc hủy",
        "Tab/Enter next  ↑ previous  ←→ choose  Ctrl+S save  Esc cancel",
    ),
    (
        &SUGGESTING_BAR,
        "↓↑ chọn người đã phát biểu  Enter điền vào  Tab ô sau  Ctrl+S lưu  Esc hủy",
        "↓↑ pick an earlier speaker  Enter fill in  Tab next  Ctrl+S save  Esc cancel",
    ),
    (
        &VOTE_FORM_BAR,
        "số rồi Enter  ↑↓ ô  Ctrl+S lưu  Esc hủy",
        "type a count, Enter  ↑↓ field  Ctrl+S save  Esc cancel",
    ),
    (
        &EDITOR_BAR,
        "Tab quan điểm  Alt+1..4 chọn  Ctrl+S lưu  Ctrl+Z hoàn tác  Esc đóng (giữ bản nháp)",
        "Tab stance  Alt+1..4 set  Ctrl+S save  Ctrl+Z undo  Esc close (draft kept)",
    ),
];

const HELP_VI: [&str; 21] = [
    "Danh sách cuộc họp",
    "  ↑ ↓        chọn cuộc họp          Enter   mở",
    "  n          tạo cuộc họp mới       s       mở cuộc họp mẫu",
    "Trong cuộc họp",
    "  ← →        nội dung trước / sau   Tab     chuyển khung",
    "  ↑ ↓        chọn trong khung       Enter   mời / sửa ý kiến đã chọn",
    "  a          đăng ký phát biểu      n       mời người tiếp theo",
    "  o          ghi ý kiến người đang nói  u   dừng lượt, về đầu danh sách",
    "  d          xóa khỏi danh sách     t       giờ nói mỗi lượt",
    "  + -        số hộ có mặt ±1        p       nhập số hộ có mặt",
    "  i          thêm nội dung          v       biểu quyết",
    "  s          sửa biểu quyết         c       màn hình chủ trì",
    "  x          xuất CSV, biên bản     q       về danh sách cuộc họp",
    "  g          đại biểu tham dự       l       kết luận của chủ trì",
    "  h          lịch sử sửa đổi        e       kết thúc cuộc họp",
    "  m          sửa thông tin cuộc họp  r      sửa mục đang chọn",
    "Ghi ý kiến",
    "  Alt+1..4   đồng ý / không / khác / câu hỏi  Tab  đổi quan điểm",
    "  Ctrl+S     lưu                    Esc     đóng, giữ bản nháp",
    "Ctrl+T bộ gõ tiếng Việt có sẵn: tắt → Telex → VNI",
    "Ctrl+C thoát (có hỏi lại)",
];

const HELP_EN: [&str; 21] = [
    "Meetings list",
    "  ↑ ↓        select a meeting       Enter   open",
    "  n          new meeting            s       open the sample meeting",
    "In a meeting",
    "  ← →        previous / next item   Tab     next pane",
    "  ↑ ↓        move in the pane       Enter   give floor / edit opinion",
    "  a          add a speaker          n       next speaker",
    "  o          write the opinion      u       stop the turn, back to queue",
    "  d          remove from the queue  t       speaking time per turn",
    "  + -        households present ±1  p       type households present",
    "  i          add an agenda item     v       vote",
    "  s          correct the vote       c       chair view",
    "  x          export CSV, minutes    q       back to the meetings",
    "  g          guests and officials   l       the chair's conclusion",
    "  h          corrections history    e       close the meeting",
    "  m          edit meeting details   r       edit the selected entry",
    "Writing an opinion",
    "  Alt+1..4   support / oppose / other / question  Tab  next stance",
    "  Ctrl+S     save                   Esc     close, draft kept",
    "Ctrl+T built-in Vietnamese typing: off → Telex → VNI",
    "Ctrl+C quits (asks first)",
];

#[test]
fn the_bars_and_the_help_read_as_written() {
    assert_written_as(&BARS, &HELP, &HELP_VI, &HELP_EN);
    assert_eq!(
        TYPING_HINT.say_with(Lang::Vi.strings().keys, "Telex"),
        "Ctrl+T gõ: Telex"
    );
    assert_eq!(
        TYPING_HINT.say_with(Lang::En.strings().keys, "VNI"),
        "Ctrl+T typing: VNI"
    );
}

#[test]
fn the_bars_and_the_help_name_only_rows_of_their_tables() {
    for (bar, ..) in BARS {
        assert_eq!(bar.stray_rows().count(), 0);
    }
    assert_eq!(HELP.stray_rows().count(), 0);
    assert_eq!(TYPING_HINT.stray_rows(&ANYWHERE).count(), 0);
}
