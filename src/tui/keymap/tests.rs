//! The key tables against what the key bars and the help say.

use super::*;
use crate::i18n::Lang;
use crate::tui::keys::assert_written_as;

/// Every key bar of the app, as it reads in Vietnamese and in English.
const BARS: [(&Bar<Action>, &str, &str); 33] = [
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
        &AGENDA_PANE_BAR,
        "↑↓ nội dung  Enter xem ý kiến",
        "↑↓ item  Enter its opinions",
    ),
    (
        &QUEUE_PANE_BAR,
        "↑↓ chọn  Enter mời nói  d xóa",
        "↑↓ select  Enter give floor  d remove",
    ),
    (
        &OPINIONS_PANE_BAR,
        "↑↓/PgUp/PgDn/Home/End chọn  Enter sửa ý kiến  F thành phương án",
        "↑↓/PgUp/PgDn/Home/End select  Enter correct  F as an option",
    ),
    (&READ_PANE_BAR, "↑↓ chọn", "↑↓ select"),
    (
        &READ_OPINIONS_BAR,
        "↑↓/PgUp/PgDn/Home/End chọn",
        "↑↓/PgUp/PgDn/Home/End select",
    ),
    (
        &FLOOR_BAR,
        "o ghi ý kiến  u dừng lượt",
        "o write opinion  u stop turn",
    ),
    (
        &LIVE_BAR,
        "a đăng ký  n mời  Tab khung  ←→ nội dung  +/-/p/b có mặt  v biểu quyết  V bỏ phiếu  \
         s sửa biểu quyết  f phương án  i thêm nội dung  r sửa mục chọn  m sửa thông tin  g đại biểu  \
         l kết luận  h lịch sử sửa  t giờ nói  c chủ trì  \
         x xuất  e kết thúc họp  ? phím  q danh sách",
        "a queue  n next  Tab pane  ←→ item  +/-/p/b present  v vote  V ballot  \
         s correct vote  f options  i add item  r edit selected  m details  g guests  l conclusion  \
         h corrections  t time  c chair  x export  \
         e close meeting  ? keys  q meetings",
    ),
    (
        &LIVE_CLOSED_BAR,
        "Tab khung  ←→ nội dung  h lịch sử sửa  g đại biểu  f phương án  V phiếu các hộ  \
         b điểm danh  c chủ trì  x xuất  ? phím  q danh sách",
        "Tab pane  ←→ item  h corrections  g guests  f options  V household ballots  \
         b sign-in  c chair  x export  ? keys  q meetings",
    ),
    (
        &SIGN_IN_BAR,
        "Enter điểm danh  ↑↓ chọn  Tab tư cách  Ctrl+O ra về  Ctrl+Z hủy điểm danh  \
         Ctrl+N thêm hộ  Ctrl+E sửa hộ  Ctrl+D chuyển đi  Ctrl+F nhập tệp  Esc quay lại",
        "Enter sign in  ↑↓ select  Tab standing  Ctrl+O leaves  Ctrl+Z take back  Ctrl+N add  \
         Ctrl+E correct  Ctrl+D moved away  Ctrl+F import file  Esc back",
    ),
    (
        &SIGN_IN_EMPTY_BAR,
        "Ctrl+F nhập tệp  Ctrl+N thêm hộ  Esc quay lại",
        "Ctrl+F import file  Ctrl+N add  Esc back",
    ),
    (
        &SIGN_IN_CLOSED_BAR,
        "↑↓ chọn  Esc quay lại",
        "↑↓ select  Esc back",
    ),
    (
        &CHAIR_BAR,
        "←→ nội dung  Esc/c quay lại  ? phím  q thoát",
        "←→ item  Esc/c back  ? keys  q quit",
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
    (&PLEDGE_ITEM_BAR, "w hiến đất", "w pledges"),
    (
        &PLEDGES_BAR,
        "↑↓ chọn  a thêm  Enter sửa  d xóa  Esc đóng",
        "↑↓ select  a add  Enter correct  d remove  Esc close",
    ),
    (
        &PLEDGES_CLOSED_BAR,
        "↑↓ chọn  Esc đóng",
        "↑↓ select  Esc close",
    ),
    (
        &OPTIONS_BAR,
        "↑↓ chọn  a thêm  Enter sửa  d xóa  Esc đóng",
        "↑↓ select  a add  Enter correct  d remove  Esc close",
    ),
    (
        &OPTIONS_FIXED_BAR,
        "↑↓ chọn  Esc đóng",
        "↑↓ select  Esc close",
    ),
    (
        &FIND_HOUSEHOLD_BAR,
        "↓↑ chọn  Enter chọn hộ này  Esc hủy",
        "↓↑ select  Enter pick this household  Esc cancel",
    ),
    (
        &ROUND_BAR,
        "↑↓ chọn  a nhận phiếu  r sửa  K kiểm phiếu  Esc đóng",
        "↑↓ select  a enter a ballot  r correct  K count  Esc close",
    ),
    (
        &ROUND_COUNTED_BAR,
        "↑↓ chọn  Esc đóng",
        "↑↓ select  Esc close",
    ),
    (
        &HELP_BAR,
        "↑↓/PgUp/PgDn/Home/End cuộn  Esc đóng",
        "↑↓/PgUp/PgDn/Home/End scroll  Esc close",
    ),
    (
        &FORM_BAR,
        "Tab/Enter ô sau  ↑ ô trước  ←→ chọn  Ctrl+S lưu  Esc hủy",
        "Tab/Enter next  ↑ previous  ←→ choose  Ctrl+S save  Esc cancel",
    ),
    (
        &OFFERING_BAR,
        "↓↑ chọn người  Tab/Enter ô sau  Ctrl+S lưu  Esc hủy",
        "↓↑ pick a person  Tab/Enter next  Ctrl+S save  Esc cancel",
    ),
    (
        &SUGGESTING_BAR,
        "↓↑ chọn người  Enter điền vào  Tab ô sau  Ctrl+S lưu  Esc hủy",
        "↓↑ pick a person  Enter fill in  Tab next  Ctrl+S save  Esc cancel",
    ),
    (
        &VOTE_FORM_BAR,
        "số rồi Enter  ↑↓ ô  Ctrl+S lưu  Esc hủy",
        "type a count, Enter  ↑↓ field  Ctrl+S save  Esc cancel",
    ),
    (
        &EXPORT_FORM_BAR,
        "Enter ghi tệp vào thư mục này  Esc hủy",
        "Enter write the files there  Esc cancel",
    ),
    (
        &EDITOR_BAR,
        "Tab quan điểm  Alt+1..4 chọn  Ctrl+S lưu  Ctrl+Z hoàn tác  Esc đóng (giữ bản nháp)",
        "Tab stance  Alt+1..4 set  Ctrl+S save  Ctrl+Z undo  Esc close (draft kept)",
    ),
];

const HELP_VI: [&str; 43] = [
    "Danh sách cuộc họp",
    "  ↑ ↓        chọn cuộc họp          Enter   mở",
    "  n          tạo cuộc họp mới       s       mở cuộc họp mẫu",
    "  ?          bảng phím này          q       thoát",
    "Trong cuộc họp",
    "  ← →        nội dung trước / sau   Tab, Shift+Tab  chuyển khung",
    "  ↑ ↓        chọn trong khung",
    "  Enter      ở khung nội dung: xem ý kiến về nội dung đã chọn",
    "  Enter      ở khung đăng ký: mời người đã chọn phát biểu",
    "  Enter      ở khung ý kiến: sửa ý kiến đã chọn",
    "  PgUp, PgDn  lật trang ý kiến      Home, End  ý kiến đầu / mới nhất",
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
    "  w          hiến đất của nội dung đã chọn",
    "  f          phương án của nội dung đã chọn",
    "  F          ý kiến đã chọn thành một phương án",
    "  V          bỏ phiếu kín, phát phiếu đến từng hộ",
    "  b          điểm danh hộ dự họp    ?       bảng phím này",
    "Điểm danh",
    "  Enter      điểm danh hộ đã chọn",
    "  ↑, ↓, PgUp, PgDn  chọn",
    "  Tab        chủ hộ → thành viên → ủy quyền",
    "  Ctrl+O     hộ đã chọn ra về       Ctrl+Z  hủy điểm danh nhầm",
    "  Ctrl+N     thêm hộ                Ctrl+E  sửa hộ",
    "  Ctrl+D     chuyển đi              Ctrl+F  nhập tệp",
    "  Esc        quay lại",
    "Màn hình chủ trì (c)",
    "  ← →        nội dung trước / sau   Esc, c  quay lại",
    "  ?          bảng phím này          q       thoát (có hỏi lại)",
    "Ghi ý kiến",
    "  Alt+1..4   đồng ý / không / khác / câu hỏi  Tab  đổi quan điểm",
    "  Ctrl+S     lưu                    Esc     đóng, giữ bản nháp",
    "  Ctrl+Z     hoàn tác",
    "Ctrl+T bộ gõ tiếng Việt có sẵn: tắt → Telex → VNI",
    "Ctrl+C thoát (có hỏi lại)",
];

const HELP_EN: [&str; 43] = [
    "Meetings list",
    "  ↑ ↓        select a meeting       Enter   open",
    "  n          new meeting            s       open the sample meeting",
    "  ?          this list of keys      q       quit",
    "In a meeting",
    "  ← →        previous / next item   Tab, Shift+Tab  next pane",
    "  ↑ ↓        move in the pane",
    "  Enter      on the agenda: the opinions of the selected item",
    "  Enter      on the queue: give the floor to the selected speaker",
    "  Enter      on the opinions: correct the selected opinion",
    "  PgUp, PgDn  a page of opinions    Home, End  first / latest opinion",
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
    "  w          land pledges of the selected item",
    "  f          options of the selected item",
    "  F          the selected opinion as an option",
    "  V          secret ballot, ballots to every household",
    "  b          sign in the households  ?      this list of keys",
    "Sign-in",
    "  Enter      sign in the selected one",
    "  ↑, ↓, PgUp, PgDn  select",
    "  Tab        head → member → proxy",
    "  Ctrl+O     the selected one leaves  Ctrl+Z  take back a mistaken sign-in",
    "  Ctrl+N     add                    Ctrl+E  correct",
    "  Ctrl+D     moved away             Ctrl+F  import file",
    "  Esc        back",
    "Chair view (c)",
    "  ← →        previous / next item   Esc, c  back",
    "  ?          this list of keys      q       quits (asks first)",
    "Writing an opinion",
    "  Alt+1..4   support / oppose / other / question  Tab  next stance",
    "  Ctrl+S     save                   Esc     close, draft kept",
    "  Ctrl+Z     undo",
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

/// The rows of `table` that no line of the help names.
fn rows_missing_from_help(table: &'static KeyTable<Action>) -> Vec<&'static Binding<Action>> {
    let named: Vec<&Binding<Action>> = HELP
        .sections
        .iter()
        .filter(|section| std::ptr::eq(section.table, table))
        .flat_map(|section| section.lines)
        .flat_map(|line| match line {
            HelpLine::Keys(hints) => hints.iter().collect::<Vec<_>>(),
            HelpLine::Note(hint) => vec![hint],
            HelpLine::Heading(_) | HelpLine::Sentence(_) => Vec::new(),
        })
        .flat_map(|hint| hint.rows.iter().copied())
        .collect();
    table
        .bindings
        .iter()
        .copied()
        .filter(|row| !named.iter().any(|n| std::ptr::eq(*n, *row)))
        .collect()
}

#[test]
fn the_help_names_every_key_of_the_screens_and_the_editor() {
    for table in [&MEETINGS, &LIVE, &SIGN_IN, &CHAIR, &EDITOR, &ANYWHERE] {
        assert_eq!(
            rows_missing_from_help(table)
                .iter()
                .map(|row| row.keys)
                .collect::<Vec<_>>(),
            Vec::<&[Key]>::new()
        );
    }
}

/// The rows the live screen's bar names in a state.
fn live_bar_rows(
    focus: Pane,
    floor: bool,
    closed: bool,
    pledges: bool,
) -> Vec<&'static Binding<Action>> {
    live_bars(focus, floor, closed, pledges)
        .into_iter()
        .flat_map(|bar| bar.hints)
        .flat_map(|hint| hint.rows.iter().copied())
        .collect()
}

#[test]
fn the_live_bar_names_every_key_that_works_in_that_pane() {
    for focus in [Pane::Agenda, Pane::Queue, Pane::Opinions] {
        for (floor, pledges) in [(false, false), (true, false), (false, true), (true, true)] {
            let named = live_bar_rows(focus, floor, false, pledges);
            let missing: Vec<_> = LIVE
                .bindings
                .iter()
                .copied()
                .filter(|row| !named.iter().any(|n| std::ptr::eq(*n, *row)))
                .map(|row| row.keys)
                .collect();
            // Shift+Tab, the way back of Tab, is in the help; without a floor o and u do
            // nothing, d removes the speaker selected in the queue, and w opens the pledges of
            // an item that takes them.
            let mut expected: Vec<&[Key]> = vec![FOCUS_PREV.keys];
            if !pledges {
                expected.push(SHOW_PLEDGES.keys);
            }
            if !floor {
                expected.extend([OPEN_EDITOR.keys, RETURN_FLOOR.keys]);
            }
            if focus != Pane::Queue {
                expected.push(REMOVE_QUEUED.keys);
            }
            // F puts the selected opinion as an option: only in the opinions.
            if focus != Pane::Opinions {
                expected.push(OPTION_FROM_OPINION.keys);
            }
            // The pages of a list: only the opinions are that long.
            if focus != Pane::Opinions {
                expected.extend([
                    PAGE_UP.keys,
                    PAGE_DOWN.keys,
                    SCROLL_HOME.keys,
                    SCROLL_END.keys,
                ]);
            }
            expected.sort_by_key(|keys| {
                LIVE.bindings
                    .iter()
                    .position(|row| std::ptr::eq(row.keys, *keys))
            });
            assert_eq!(
                missing, expected,
                "{focus:?}, floor: {floor}, pledges: {pledges}"
            );
        }
    }
}

#[test]
fn a_closed_meeting_bar_names_no_key_that_would_write() {
    for focus in [Pane::Agenda, Pane::Queue, Pane::Opinions] {
        for row in live_bar_rows(focus, true, true, true) {
            let action = row.action.clone().expect("a key that does something");
            assert!(
                !crate::tui::update::changes_the_record(&action, focus),
                "{:?} on {focus:?}",
                row.keys
            );
        }
    }
}

#[test]
fn every_key_a_bar_names_does_what_its_row_says() {
    let states = [Pane::Agenda, Pane::Queue, Pane::Opinions]
        .into_iter()
        .flat_map(|focus| [(focus, false), (focus, true)]);
    let live: Vec<&Bar<Action>> = states
        .flat_map(|(focus, floor)| live_bars(focus, floor, false, true))
        .collect();
    for bar in BARS.iter().map(|(bar, ..)| *bar).chain(live) {
        for row in bar.hints.iter().flat_map(|hint| hint.rows) {
            for key in row.keys {
                let event = KeyEvent::new(key.code, key.held);
                if let Some(action) = &row.action {
                    assert_eq!(bar.table.action(event).as_ref(), Some(action), "{key:?}");
                }
            }
        }
    }
}
