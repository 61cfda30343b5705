//! Every word hopdan shows, in Vietnamese (the default: the users are Vietnamese officials) and
//! in English. One struct per language, so that a string missing in either fails to compile.
//! Error messages are built from these strings by [`crate::messages`].

use std::fmt;
use std::str::FromStr;

use crate::domain::{DecisionRule, MeetingId, MeetingStatus, Outcome, Stance, Threshold, VoteBase};

mod minutes;

pub use minutes::MinutesStrings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "vi" => Ok(Lang::Vi),
            "en" => Ok(Lang::En),
            other => Err(format!("unknown language \"{other}\" (use vi or en)")),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        })
    }
}

impl Lang {
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }
}

/// Fills `{}` placeholders in order: `fill("{} of {}", &[&3, &4])` is `"3 of 4"`.
pub fn fill(template: &str, args: &[&dyn fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        if let Some(arg) = args.next() {
            out.push_str(&arg.to_string());
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

pub struct Strings {
    pub decimal_separator: char,
    pub window_too_small: &'static str,

    // Meetings screen
    pub meetings_title: &'static str,
    pub meetings_empty: &'static str,
    pub meetings_empty_hint: &'static str,
    pub col_id: &'static str,
    pub col_date: &'static str,
    pub col_status: &'static str,
    pub col_title: &'static str,
    pub status_open: &'static str,
    pub status_closed: &'static str,

    // Meeting form
    pub meeting_form_title: &'static str,
    pub field_title: &'static str,
    pub field_ward: &'static str,
    pub field_group: &'static str,
    pub field_location: &'static str,
    pub field_started_at: &'static str,
    pub field_chair: &'static str,
    pub field_chair_title: &'static str,
    pub field_secretary: &'static str,
    pub field_households_total: &'static str,
    pub field_households_present: &'static str,

    // Agenda item form
    pub item_form_title: &'static str,
    pub field_item_title: &'static str,
    pub field_item_description: &'static str,
    pub field_vote_base: &'static str,
    pub field_threshold: &'static str,

    // Speaker form, attendance form
    pub speaker_form_title: &'static str,
    pub field_speaker_name: &'static str,
    pub field_speaker_address: &'static str,
    pub present_form_title: &'static str,

    // Vote form
    pub vote_form_title: &'static str,
    pub revote_form_title: &'static str,
    pub correct_vote_title: &'static str,
    pub field_votes_for: &'static str,
    pub field_votes_against: &'static str,
    pub field_votes_abstain: &'static str,
    pub field_reason: &'static str,
    pub vote_preview: &'static str,

    // Form errors
    pub err_required: &'static str,
    pub err_not_a_count: &'static str,
    pub err_count_too_large: &'static str,
    pub err_present_exceeds_total: &'static str,
    pub err_cast_exceeds_present: &'static str,
    pub err_bad_time: &'static str,
    pub err_reason_required: &'static str,

    // Live screen
    pub agenda_title: &'static str,
    pub queue_title: &'static str,
    pub queue_empty: &'static str,
    pub floor_title: &'static str,
    pub floor_empty: &'static str,
    pub opinions_title: &'static str,
    pub opinions_empty: &'static str,
    pub vote_title: &'static str,
    pub no_vote_yet: &'static str,
    pub no_items: &'static str,
    pub present_label: &'static str,
    pub households: &'static str,
    pub quorum_yes: &'static str,
    pub quorum_no: &'static str,
    pub turn: &'static str,
    pub closed_banner: &'static str,
    pub corrected_times: &'static str,
    /// Beside the speaker, when the turn belongs to another item than the one on screen.
    pub floor_item: fn(item_no: u32) -> String,

    // Speaking time and turns
    pub field_speaking_limit: &'static str,
    pub speaking_limit_form_title: &'static str,
    pub err_speaking_limit_too_long: &'static str,
    pub saved_speaking_limit: &'static str,
    pub saved_no_speaking_limit: &'static str,
    /// Seconds left, shown in the last 30 seconds of a turn.
    pub clock_left: &'static str,
    pub clock_time_up: &'static str,
    /// Beside a resident who has not spoken yet in the meeting.
    pub turn_new: &'static str,
    /// Beside a resident who has spoken before: which turn this is for them.
    pub turn_nth: &'static str,

    // Opinion editor
    pub editor_title: &'static str,
    pub editor_correct_title: &'static str,
    pub stance_label: &'static str,
    pub editor_placeholder: &'static str,

    // Chair view
    pub chair_title: &'static str,
    pub chair_no_vote: &'static str,
    pub of_all_households: &'static str,
    pub of_present: &'static str,
    pub not_voting: &'static str,
    pub rule_label: &'static str,
    /// A rule in words from its threshold and its base: "trên 50% tổng số hộ".
    pub rule_words: &'static str,
    pub quorum_line: &'static str,

    // The chair's screen in another window (`hopdan show`)
    pub show_live: &'static str,
    pub show_browsing: &'static str,
    pub show_item_of: &'static str,
    pub show_no_meeting: &'static str,
    pub show_no_floor: &'static str,
    pub show_next: &'static str,
    pub show_queue_more: &'static str,
    pub show_limit: &'static str,
    /// A speaking-time limit of whole minutes.
    pub show_minutes: &'static str,
    pub show_no_limit: &'static str,
    pub keys_show: &'static str,
    pub keys_show_browsing: &'static str,
    pub show_help_lines: &'static [&'static str],

    // Confirmations
    pub confirm_title: &'static str,
    pub confirm_remove_queued: &'static str,
    pub confirm_return_floor: &'static str,
    pub confirm_quit: &'static str,
    pub confirm_discard_form: &'static str,
    pub yes_no: &'static str,

    // Status messages
    pub saved_meeting: &'static str,
    pub saved_item: &'static str,
    pub saved_queued: &'static str,
    pub saved_floor: &'static str,
    pub saved_opinion: &'static str,
    pub saved_correction: &'static str,
    pub saved_vote: &'static str,
    pub saved_present: &'static str,
    pub removed_queued: &'static str,
    pub returned_floor: &'static str,
    /// The export key wrote the CSV files and the minutes: the folder.
    pub exported_with_minutes: &'static str,
    /// The wording of the official minutes.
    pub minutes: &'static MinutesStrings,
    pub sample_loaded: &'static str,
    /// A form opened again holds what was typed in it before a crash or a kill.
    pub draft_restored: &'static str,
    /// At start: the form of a new meeting was being filled in when the app last stopped.
    pub meeting_draft_waiting: &'static str,
    pub queue_is_empty: &'static str,
    pub floor_is_taken: &'static str,
    pub no_floor: &'static str,
    pub no_item_selected: &'static str,
    pub no_vote_to_correct: &'static str,
    pub nothing_selected: &'static str,
    pub meeting_closed: &'static str,
    pub opinion_empty: &'static str,

    // Error messages (built by the functions of `errors.rs`). Details from the system (an OS
    // message, SQLite's words) are appended after a colon or in brackets, as they come.
    pub err_not_a_database: &'static str,
    pub err_cannot_open: &'static str,
    pub err_newer_schema: &'static str,
    pub err_no_database: &'static str,
    pub err_older_schema: &'static str,
    pub err_corrupt: &'static str,
    pub err_busy: &'static str,
    pub err_in_use: &'static str,
    pub err_read_only: &'static str,
    pub err_disk_full: &'static str,
    pub err_floor_taken: &'static str,
    pub err_ends_before_start: &'static str,
    pub err_altered_since_closing: &'static str,
    pub err_backup_over_database: &'static str,
    pub err_backup: &'static str,
    pub err_migration: &'static str,
    pub err_database: &'static str,
    // What the database does not hold
    pub missing_meeting: fn(meeting: MeetingId) -> String,
    pub missing_agenda_item: fn(meeting: MeetingId, item_no: u32) -> String,
    pub missing_queue_entry: fn(meeting: MeetingId, queue_id: i64) -> String,
    pub missing_turn: fn(meeting: MeetingId, item_no: u32, turn_no: u32) -> String,
    pub missing_vote: fn(meeting: MeetingId, item_no: u32, vote_no: u32) -> String,
    // A row of a meeting's files, inside a sentence: "ý kiến thứ 4 của nội dung 1"
    pub row_meeting: &'static str,
    pub row_agenda_item: fn(item_no: u32) -> String,
    pub row_opinion: fn(item_no: u32, turn_no: u32) -> String,
    pub row_vote: fn(item_no: u32, vote_no: u32) -> String,
    // Counts and codes read from a file
    pub err_count_empty: &'static str,
    pub err_count_not_whole: &'static str,
    pub err_count_too_large_value: &'static str,
    pub err_code: &'static str,
    // Import: where (file, line, column), then what
    pub import_at_line_column: &'static str,
    pub import_at_line: &'static str,
    pub import_at_column: &'static str,
    pub import_in_file: &'static str,
    pub import_missing: &'static str,
    pub import_missing_from: &'static str,
    pub import_unreadable: &'static str,
    pub import_not_csv: &'static str,
    pub import_not_utf8: &'static str,
    pub import_empty: &'static str,
    pub import_wrong_header: &'static str,
    pub import_field_count: &'static str,
    pub import_no_meeting_row: &'static str,
    pub import_extra_meeting_row: &'static str,
    pub import_bad_meeting_id: &'static str,
    pub import_other_meeting: &'static str,
    pub import_zero: &'static str,
    pub import_no_time: &'static str,
    pub import_bad_time: &'static str,
    pub import_ends_before_start: &'static str,
    pub import_not_voting: &'static str,
    pub import_wrong_result: &'static str,
    pub import_unknown_item: &'static str,
    pub import_duplicate: &'static str,
    // Export
    pub export_create_dir: &'static str,
    pub export_write: &'static str,
    // Command line
    pub cli_no_meeting_to_export: &'static str,
    pub cli_no_data_dir: &'static str,
    pub cli_current_dir: &'static str,
    pub cli_demo_temp_dir: &'static str,
    pub cli_terminal_failed: &'static str,
    pub verify_intact: &'static str,
    pub verify_open: &'static str,
    pub verify_unsealed: &'static str,
    pub verify_altered: &'static str,
    pub change_changed: &'static str,
    pub change_removed: &'static str,
    pub change_added: &'static str,

    // Key hints (bottom bar) and help
    pub keys_meetings: &'static str,
    pub keys_meetings_empty: &'static str,
    pub keys_live: &'static str,
    pub keys_live_floor: &'static str,
    pub keys_live_closed: &'static str,
    pub confirm_close: &'static str,
    pub confirm_close_waiting: &'static str,
    pub saved_closed: &'static str,
    pub history_title: &'static str,
    pub history_empty: &'static str,
    pub history_vote: &'static str,
    pub history_opinion: &'static str,
    pub history_reason: &'static str,
    pub history_before: &'static str,
    pub keys_form: &'static str,
    pub keys_vote_form: &'static str,
    pub keys_editor: &'static str,
    pub keys_chair: &'static str,
    pub keys_confirm: &'static str,
    pub keys_help: &'static str,
    pub help_title: &'static str,
    pub help_lines: &'static [&'static str],
    /// The toggle of the built-in input method and its mode, in the key bar: "Ctrl+T gõ: {}".
    pub keys_typing: &'static str,
    pub typing_off: &'static str,

    // Words for domain values
    pub stance_support: &'static str,
    pub stance_oppose: &'static str,
    pub stance_other: &'static str,
    pub stance_question: &'static str,
    pub base_all: &'static str,
    pub base_present: &'static str,
    pub base_cast: &'static str,
    pub threshold_half: &'static str,
    pub threshold_two_thirds: &'static str,
    pub threshold_three_quarters: &'static str,
    pub outcome_passed: &'static str,
    pub outcome_failed: &'static str,
    pub outcome_no_quorum: &'static str,
}

impl Strings {
    pub fn stance(&self, stance: Stance) -> &'static str {
        match stance {
            Stance::Support => self.stance_support,
            Stance::Oppose => self.stance_oppose,
            Stance::Other => self.stance_other,
            Stance::Question => self.stance_question,
        }
    }

    pub fn vote_base(&self, base: VoteBase) -> &'static str {
        match base {
            VoteBase::AllHouseholds => self.base_all,
            VoteBase::Present => self.base_present,
            VoteBase::Cast => self.base_cast,
        }
    }

    pub fn threshold(&self, threshold: Threshold) -> &'static str {
        match threshold {
            Threshold::MoreThanHalf => self.threshold_half,
            Threshold::TwoThirds => self.threshold_two_thirds,
            Threshold::ThreeQuarters => self.threshold_three_quarters,
        }
    }

    /// A decision rule in words: "trên 50% tổng số hộ", "two thirds of households present".
    pub fn rule(&self, rule: DecisionRule) -> String {
        fill(
            self.rule_words,
            &[&self.threshold(rule.threshold), &self.vote_base(rule.base)],
        )
    }

    pub fn outcome(&self, outcome: Outcome) -> &'static str {
        match outcome {
            Outcome::Passed => self.outcome_passed,
            Outcome::Failed => self.outcome_failed,
            Outcome::NoQuorum => self.outcome_no_quorum,
        }
    }

    pub fn status(&self, status: MeetingStatus) -> &'static str {
        match status {
            MeetingStatus::Open => self.status_open,
            MeetingStatus::Closed => self.status_closed,
        }
    }
}

pub static VI: Strings = Strings {
    decimal_separator: ',',
    window_too_small: "Cửa sổ quá nhỏ. Hãy phóng to cửa sổ (tối thiểu 80×24).",

    meetings_title: "Cuộc họp",
    meetings_empty: "Chưa có cuộc họp nào.",
    meetings_empty_hint: "Nhấn n để tạo cuộc họp mới, s để mở cuộc họp mẫu.",
    col_id: "Mã",
    col_date: "Ngày",
    col_status: "Trạng thái",
    col_title: "Nội dung",
    status_open: "đang họp",
    status_closed: "đã kết thúc",

    meeting_form_title: "Cuộc họp mới",
    field_title: "Về việc",
    field_ward: "Phường/xã",
    field_group: "Tổ dân phố",
    field_location: "Địa điểm",
    field_started_at: "Bắt đầu lúc",
    field_chair: "Chủ trì",
    field_chair_title: "Chức vụ chủ trì",
    field_secretary: "Thư ký",
    field_households_total: "Tổng số hộ",
    field_households_present: "Số hộ có mặt",

    item_form_title: "Thêm nội dung lấy ý kiến",
    field_item_title: "Nội dung",
    field_item_description: "Mô tả",
    field_vote_base: "Tính trên",
    field_threshold: "Tỷ lệ thông qua",

    speaker_form_title: "Đăng ký phát biểu",
    field_speaker_name: "Họ tên",
    field_speaker_address: "Địa chỉ hộ",
    present_form_title: "Số hộ có mặt",

    vote_form_title: "Biểu quyết giơ tay",
    revote_form_title: "Biểu quyết lại (lần {})",
    correct_vote_title: "Sửa kết quả biểu quyết lần {}",
    field_votes_for: "Tán thành",
    field_votes_against: "Không tán thành",
    field_votes_abstain: "Không biểu quyết",
    field_reason: "Lý do sửa",
    vote_preview: "Kết quả nếu lưu",

    err_required: "Cần nhập {}.",
    err_not_a_count: "{}: \"{}\" không phải số nguyên ≥ 0.",
    err_count_too_large: "{}: số quá lớn.",
    err_present_exceeds_total: "Số hộ có mặt ({}) lớn hơn tổng số hộ ({}).",
    err_cast_exceeds_present: "Tán thành + không tán thành + không biểu quyết ({}) lớn hơn số hộ có mặt ({}).",
    err_bad_time: "Thời gian phải có dạng 2022-06-12 08:30.",
    err_reason_required: "Cần ghi lý do sửa.",

    agenda_title: "Nội dung lấy ý kiến",
    queue_title: "Đăng ký phát biểu",
    queue_empty: "Chưa có ai đăng ký. Nhấn a để thêm.",
    floor_title: "Đang phát biểu",
    floor_empty: "Chưa ai phát biểu. Nhấn n để mời người tiếp theo.",
    opinions_title: "Ý kiến về nội dung {} ({})",
    opinions_empty: "Chưa có ý kiến nào về nội dung này.",
    vote_title: "Biểu quyết",
    no_vote_yet: "Chưa biểu quyết. Nhấn v để nhập kết quả.",
    no_items: "Chưa có nội dung lấy ý kiến. Nhấn i để thêm.",
    present_label: "Có mặt",
    households: "hộ",
    quorum_yes: "đủ số hộ",
    quorum_no: "KHÔNG đủ số hộ",
    turn: "Lượt",
    closed_banner: "Cuộc họp đã kết thúc: chỉ xem",
    corrected_times: "đã sửa {} lần",
    floor_item: |item_no| format!("nội dung {item_no}"),

    field_speaking_limit: "Phút mỗi lượt nói",
    speaking_limit_form_title: "Thời gian mỗi lượt phát biểu (0: không giới hạn)",
    err_speaking_limit_too_long: "{}: tối đa 1440 phút (24 giờ).",
    saved_speaking_limit: "Mỗi lượt phát biểu tối đa {} phút.",
    saved_no_speaking_limit: "Không giới hạn thời gian phát biểu.",
    clock_left: "còn {}",
    clock_time_up: "HẾT GIỜ",
    turn_new: "mới",
    turn_nth: "lần {}",

    editor_title: "Ý kiến của {}",
    editor_correct_title: "Sửa ý kiến lượt {} của {}",
    stance_label: "Quan điểm",
    editor_placeholder: "Ghi tóm tắt ý kiến phát biểu…",

    chair_title: "KẾT QUẢ BIỂU QUYẾT",
    chair_no_vote: "Chưa biểu quyết nội dung này",
    of_all_households: "so với tổng số hộ",
    of_present: "so với số hộ có mặt",
    not_voting: "Không tham gia",
    rule_label: "Điều kiện thông qua",
    rule_words: "{} {}",
    quorum_line: "Có mặt {}/{} hộ: {}",

    show_live: "● TRỰC TIẾP",
    show_browsing: "XEM LẠI · Esc: về trực tiếp",
    show_item_of: "Nội dung {}/{}",
    show_no_meeting: "Chưa có cuộc họp nào. Cuộc họp sẽ hiện ở đây ngay khi thư ký tạo.",
    show_no_floor: "Chưa có ai phát biểu",
    show_next: "Tiếp theo",
    show_queue_more: "và {} người nữa",
    show_limit: "tối đa {} mỗi lượt",
    show_minutes: "{} phút",
    show_no_limit: "không giới hạn thời gian",
    keys_show: "←→ xem nội dung khác  ? phím  q thoát",
    keys_show_browsing: "←→ nội dung  Esc/f về trực tiếp  ? phím  q thoát",
    show_help_lines: &[
        "Màn hình chủ trì: chỉ xem, tự cập nhật theo máy thư ký",
        "  ← →        xem nội dung trước / sau",
        "  Esc, f     về nội dung đang thảo luận (trực tiếp)",
        "  q          thoát",
        "Nội dung đang thảo luận: của người đang phát biểu,",
        "nếu không thì nội dung thư ký đang mở.",
    ],

    confirm_title: "Xác nhận",
    confirm_remove_queued: "Xóa {} khỏi danh sách phát biểu?",
    confirm_return_floor: "Dừng lượt của {} và đưa về đầu danh sách? Ý kiến đang ghi sẽ không được lưu.",
    confirm_quit: "Thoát hopdan?",
    confirm_discard_form: "Bỏ những gì đã nhập?",
    yes_no: "y: đồng ý   n: không",

    saved_meeting: "Đã tạo cuộc họp.",
    saved_item: "Đã lưu nội dung {}.",
    saved_queued: "Đã thêm {} vào danh sách phát biểu.",
    saved_floor: "{} bắt đầu phát biểu.",
    saved_opinion: "Đã lưu ý kiến của {} (lượt {}).",
    saved_correction: "Đã lưu sửa đổi.",
    saved_vote: "Đã lưu biểu quyết: {}.",
    saved_present: "Số hộ có mặt: {}.",
    removed_queued: "Đã xóa {} khỏi danh sách.",
    returned_floor: "{} trở lại đầu danh sách.",
    exported_with_minutes: "Đã xuất CSV và biên bản (minutes.html) vào {}",
    minutes: &minutes::VI,
    sample_loaded: "Đã mở cuộc họp mẫu.",
    draft_restored: "Đã khôi phục nội dung đang nhập dở.",
    meeting_draft_waiting: "Có một cuộc họp mới đang nhập dở: nhấn n để nhập tiếp.",
    queue_is_empty: "Danh sách phát biểu đang trống.",
    floor_is_taken: "Đang có người phát biểu: lưu ý kiến của họ trước.",
    no_floor: "Chưa ai đang phát biểu.",
    no_item_selected: "Chưa có nội dung lấy ý kiến.",
    no_vote_to_correct: "Nội dung này chưa có biểu quyết để sửa.",
    nothing_selected: "Chưa chọn mục nào.",
    meeting_closed: "Cuộc họp đã kết thúc: không thể sửa.",
    opinion_empty: "Ý kiến đang trống.",

    err_not_a_database: "Tệp {} không phải tệp dữ liệu hopdan; tệp được giữ nguyên.",
    err_cannot_open: "Không mở được tệp dữ liệu {}: {}",
    err_newer_schema: "Cơ sở dữ liệu do phiên bản hopdan mới hơn tạo ra (lược đồ {}, phiên bản này chỉ đọc được đến lược đồ {}); tệp được giữ nguyên, hãy cập nhật hopdan.",
    err_no_database: "Chưa có dữ liệu hopdan ở {}; hãy mở tệp này bằng hopdan một lần trước (tệp không được tạo ra).",
    err_older_schema: "Cơ sở dữ liệu do phiên bản hopdan cũ hơn tạo ra (lược đồ {}, phiên bản này dùng lược đồ {}); hãy mở nó bằng hopdan một lần trước để cập nhật.",
    err_corrupt: "Tệp dữ liệu bị hỏng ({}); hãy khôi phục từ bản sao lưu.",
    err_busy: "Cơ sở dữ liệu đang được chương trình khác sử dụng; hãy thử lại sau giây lát.",
    err_in_use: "Tệp dữ liệu {} đang được mở trong một cửa sổ hopdan khác; hãy đóng cửa sổ đó trước.",
    err_read_only: "Không ghi được vào cơ sở dữ liệu: tệp, thư mục chứa tệp hoặc ổ đĩa chỉ cho phép đọc.",
    err_disk_full: "Ổ đĩa đã đầy: hãy giải phóng dung lượng rồi thử lại; dữ liệu đã lưu không bị mất.",
    err_floor_taken: "{} vẫn đang phát biểu; hãy kết thúc lượt của người này trước.",
    err_ends_before_start: "Cuộc họp không thể kết thúc ({}) trước thời điểm bắt đầu ({}).",
    err_altered_since_closing: "Cuộc họp {} đã bị thay đổi sau khi kết thúc nên không lập biên bản; xem thay đổi bằng lệnh: hopdan verify --meeting {}",
    err_backup_over_database: "Tệp {} chính là cơ sở dữ liệu đang dùng; hãy chọn một tệp khác cho bản sao lưu.",
    err_backup: "Không ghi được bản sao lưu {}: {}",
    err_migration: "Không nâng cấp được cơ sở dữ liệu lên phiên bản hopdan này: {}",
    err_database: "Lỗi cơ sở dữ liệu: {}",
    missing_meeting: |meeting| format!("Không tìm thấy cuộc họp {meeting}."),
    missing_agenda_item: |meeting, item_no| {
        format!("Không tìm thấy nội dung {item_no} của cuộc họp {meeting}.")
    },
    missing_queue_entry: |meeting, queue_id| {
        format!("Không tìm thấy lượt đăng ký phát biểu {queue_id} của cuộc họp {meeting}.")
    },
    missing_turn: |meeting, item_no, turn_no| {
        format!(
            "Không tìm thấy lượt phát biểu {turn_no} thuộc nội dung {item_no} của cuộc họp \
             {meeting}."
        )
    },
    missing_vote: |meeting, item_no, vote_no| {
        format!(
            "Không tìm thấy lần biểu quyết {vote_no} thuộc nội dung {item_no} của cuộc họp \
             {meeting}."
        )
    },
    row_meeting: "thông tin cuộc họp",
    row_agenda_item: |item_no| format!("nội dung {item_no}"),
    row_opinion: |item_no, turn_no| format!("ý kiến thứ {turn_no} của nội dung {item_no}"),
    row_vote: |item_no, vote_no| format!("biểu quyết lần {vote_no} của nội dung {item_no}"),
    err_count_empty: "Cần ghi một số.",
    err_count_not_whole: "\"{}\" không phải số nguyên ≥ 0.",
    err_count_too_large_value: "\"{}\" là số quá lớn.",
    err_code: "\"{}\" không phải một trong các giá trị: {}.",
    import_at_line_column: "{} dòng {}, cột {}: {}",
    import_at_line: "{} dòng {}: {}",
    import_at_column: "{}, cột {}: {}",
    import_in_file: "{}: {}",
    import_missing: "Thiếu tệp này.",
    import_missing_from: "Không có tệp này trong thư mục {}.",
    import_unreadable: "Không đọc được tệp: {}",
    import_not_csv: "Không phải dữ liệu CSV hợp lệ: {}",
    import_not_utf8: "Văn bản không được mã hóa đúng chuẩn UTF-8.",
    import_empty: "Tệp trống; dòng đầu tiên phải là dòng tiêu đề {}.",
    import_wrong_header: "Dòng tiêu đề phải là \"{}\", không phải \"{}\".",
    import_field_count: "Dòng này có {} cột, cần đúng {} cột.",
    import_no_meeting_row: "Không có dòng thông tin cuộc họp (cần đúng một dòng).",
    import_extra_meeting_row: "Có dòng thông tin cuộc họp thứ hai (chỉ được có đúng một dòng).",
    import_bad_meeting_id: "\"{}\" không phải mã cuộc họp (mã là một số nguyên).",
    import_other_meeting: "Mã cuộc họp {} khác với mã {} trong meeting.csv.",
    import_zero: "\"{}\" phải từ 1 trở lên.",
    import_no_time: "Cần ghi thời gian.",
    import_bad_time: "\"{}\" không phải thời gian theo ISO 8601 kèm múi giờ, ví dụ 2022-06-12T08:30:00+07:00.",
    import_ends_before_start: "Thời gian kết thúc cuộc họp ({}) sớm hơn thời gian bắt đầu ({}).",
    import_not_voting: "{} khác với số hộ có mặt − tán thành − không tán thành − không biểu quyết = {}.",
    import_wrong_result: "\"{}\" khác với \"{}\" là kết quả tính từ các số này (thông qua khi tán thành {} {}).",
    import_unknown_item: "Nội dung {} không có trong agenda.csv.",
    import_duplicate: "{} xuất hiện hai lần (lần đầu ở dòng {}).",
    export_create_dir: "Không tạo được thư mục {}: {}",
    export_write: "Không ghi được tệp {}: {}",
    cli_no_meeting_to_export: "Chưa có cuộc họp nào để xuất.",
    cli_no_data_dir: "Không xác định được thư mục dữ liệu của người dùng trên máy này; hãy chỉ rõ tệp dữ liệu bằng --db PATH.",
    cli_current_dir: "Không đọc được thư mục hiện hành: {}",
    cli_demo_temp_dir: "Không tạo được thư mục tạm cho bản chạy thử: {}",
    cli_terminal_failed: "Cửa sổ dòng lệnh gặp lỗi: {}",
    verify_intact: "Cuộc họp {} còn nguyên như khi kết thúc. Dấu vân tay SHA-256: {}",
    verify_open: "Cuộc họp {} chưa kết thúc nên chưa có dấu vân tay để kiểm tra.",
    verify_unsealed: "Cuộc họp {} đã kết thúc nhưng không có dấu vân tay (kết thúc bằng phiên bản cũ), nên không kiểm tra được.",
    verify_altered: "Cuộc họp {} đã bị thay đổi sau khi kết thúc:",
    change_changed: "đã bị sửa",
    change_removed: "đã bị xóa",
    change_added: "được thêm vào",

    keys_meetings: "↑↓ chọn  Enter mở  n tạo mới  s mẫu  ? phím  q thoát",
    keys_meetings_empty: "n tạo cuộc họp  s mở cuộc họp mẫu  ? phím  q thoát",
    keys_live: "a đăng ký  n mời  Tab khung  ←→ nội dung  +/- có mặt  v biểu quyết  t giờ nói  c chủ trì  x xuất  ? phím",
    keys_live_floor: "o ghi ý kiến  u dừng lượt  a đăng ký  +/- có mặt  v biểu quyết  t giờ nói  c chủ trì  x xuất  ? phím",
    keys_live_closed: "←→ nội dung  Tab khung  h lịch sử sửa  c chủ trì  x xuất  ? phím  q danh sách",
    confirm_close: "Kết thúc cuộc họp? Sau đó biên bản chỉ xem được, không sửa được nữa.",
    confirm_close_waiting: "{} người đang chờ hoặc đang phát biểu sẽ được xóa khỏi danh sách.",
    saved_closed: "Đã kết thúc cuộc họp. Dấu vân tay SHA-256: {}",
    history_title: "Lịch sử sửa đổi",
    history_empty: "Nội dung này chưa có sửa đổi nào.",
    history_vote: "Biểu quyết lần {}",
    history_opinion: "Ý kiến lượt {}",
    history_reason: "Lý do",
    history_before: "Trước khi sửa",
    keys_form: "Tab/Enter ô sau  ↑ ô trước  ←→ chọn  Ctrl+S lưu  Esc hủy",
    keys_vote_form: "số rồi Enter  ↑↓ ô  Esc hủy",
    keys_editor: "Tab quan điểm  Alt+1..4 chọn  Ctrl+S lưu  Esc đóng (giữ bản nháp)",
    keys_chair: "←→ nội dung  Esc/c quay lại  q thoát",
    keys_confirm: "y đồng ý  n không",
    keys_help: "Esc đóng",
    help_title: "Phím tắt",
    help_lines: &[
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
        "  h          lịch sử sửa đổi        e       kết thúc cuộc họp",
        "Ghi ý kiến",
        "  Tab        đổi quan điểm          Alt+1..4  đồng ý / không / khác / câu hỏi",
        "  Ctrl+S     lưu                    Esc     đóng, giữ bản nháp",
        "Ctrl+T bộ gõ tiếng Việt có sẵn: tắt → Telex → VNI",
        "Ctrl+C thoát (có hỏi lại)",
    ],
    keys_typing: "Ctrl+T gõ: {}",
    typing_off: "tắt",

    stance_support: "Đồng ý",
    stance_oppose: "Không đồng ý",
    stance_other: "Ý kiến khác",
    stance_question: "Câu hỏi",
    base_all: "tổng số hộ",
    base_present: "số hộ có mặt",
    base_cast: "số hộ biểu quyết",
    threshold_half: "trên 50%",
    threshold_two_thirds: "từ 2/3",
    threshold_three_quarters: "từ 3/4",
    outcome_passed: "THÔNG QUA",
    outcome_failed: "KHÔNG THÔNG QUA",
    outcome_no_quorum: "KHÔNG ĐỦ SỐ HỘ",
};

pub static EN: Strings = Strings {
    decimal_separator: '.',
    window_too_small: "The window is too small. Please enlarge it (at least 80×24).",

    meetings_title: "Meetings",
    meetings_empty: "No meetings yet.",
    meetings_empty_hint: "Press n to create a meeting, s to open the sample meeting.",
    col_id: "ID",
    col_date: "Date",
    col_status: "Status",
    col_title: "Subject",
    status_open: "open",
    status_closed: "closed",

    meeting_form_title: "New meeting",
    field_title: "Subject",
    field_ward: "Ward",
    field_group: "Residential group",
    field_location: "Location",
    field_started_at: "Started at",
    field_chair: "Chair",
    field_chair_title: "Chair's title",
    field_secretary: "Secretary",
    field_households_total: "All households",
    field_households_present: "Households present",

    item_form_title: "Add an agenda item",
    field_item_title: "Item",
    field_item_description: "Description",
    field_vote_base: "Counted against",
    field_threshold: "Needed to pass",

    speaker_form_title: "Request to speak",
    field_speaker_name: "Name",
    field_speaker_address: "Household address",
    present_form_title: "Households present",

    vote_form_title: "Show-of-hands vote",
    revote_form_title: "Re-vote (vote {})",
    correct_vote_title: "Correct vote {}",
    field_votes_for: "For",
    field_votes_against: "Against",
    field_votes_abstain: "Abstain",
    field_reason: "Reason",
    vote_preview: "Result if saved",

    err_required: "{} is required.",
    err_not_a_count: "{}: \"{}\" is not a whole number ≥ 0.",
    err_count_too_large: "{}: the number is too large.",
    err_present_exceeds_total: "Households present ({}) exceed all households ({}).",
    err_cast_exceeds_present: "For + against + abstain ({}) exceed the households present ({}).",
    err_bad_time: "Write the time as 2022-06-12 08:30.",
    err_reason_required: "A reason for the correction is required.",

    agenda_title: "Agenda",
    queue_title: "Waiting to speak",
    queue_empty: "Nobody is waiting. Press a to add a speaker.",
    floor_title: "Speaking now",
    floor_empty: "Nobody has the floor. Press n for the next speaker.",
    opinions_title: "Opinions on item {} ({})",
    opinions_empty: "No opinions on this item yet.",
    vote_title: "Vote",
    no_vote_yet: "Not voted yet. Press v to enter the counts.",
    no_items: "No agenda items yet. Press i to add one.",
    present_label: "Present",
    households: "households",
    quorum_yes: "quorum",
    quorum_no: "NO quorum",
    turn: "Turn",
    closed_banner: "This meeting is closed: read only",
    corrected_times: "corrected {} times",
    floor_item: |item_no| format!("agenda item {item_no}"),

    field_speaking_limit: "Minutes per turn",
    speaking_limit_form_title: "Speaking time per turn (0: no limit)",
    err_speaking_limit_too_long: "{}: at most 1440 minutes (24 hours).",
    saved_speaking_limit: "Each turn may last up to {} minutes.",
    saved_no_speaking_limit: "No limit on speaking time.",
    clock_left: "{} left",
    clock_time_up: "TIME UP",
    turn_new: "new",
    turn_nth: "turn {}",

    editor_title: "Opinion of {}",
    editor_correct_title: "Correct turn {} of {}",
    stance_label: "Stance",
    editor_placeholder: "Summarise what the speaker says…",

    chair_title: "VOTE RESULT",
    chair_no_vote: "This item has not been voted on yet",
    of_all_households: "of all households",
    of_present: "of those present",
    not_voting: "Not voting",
    rule_label: "Passes with",
    rule_words: "{} of {}",
    quorum_line: "Present {}/{} households: {}",

    show_live: "● LIVE",
    show_browsing: "BROWSING · Esc: back to live",
    show_item_of: "Item {} of {}",
    show_no_meeting: "No meeting yet. It appears here as soon as the secretary creates it.",
    show_no_floor: "Nobody has the floor",
    show_next: "Next",
    show_queue_more: "and {} more",
    show_limit: "up to {} per turn",
    show_minutes: "{} min",
    show_no_limit: "no time limit",
    keys_show: "←→ look at other items  ? keys  q quit",
    keys_show_browsing: "←→ item  Esc/f back to live  ? keys  q quit",
    show_help_lines: &[
        "Chair's screen: read only, follows the secretary's computer",
        "  ← →        look at the previous / next item",
        "  Esc, f     back to the item being discussed (live)",
        "  q          quit",
        "The item being discussed: that of the speaker who has the",
        "floor, else the one the secretary has open.",
    ],

    confirm_title: "Confirm",
    confirm_remove_queued: "Remove {} from the speaker queue?",
    confirm_return_floor: "Stop the turn of {} and put them back at the head of the queue? The opinion being typed will not be saved.",
    confirm_quit: "Quit hopdan?",
    confirm_discard_form: "Discard what was typed?",
    yes_no: "y: yes   n: no",

    saved_meeting: "Meeting created.",
    saved_item: "Item {} saved.",
    saved_queued: "{} added to the speaker queue.",
    saved_floor: "{} has the floor.",
    saved_opinion: "Opinion of {} saved (turn {}).",
    saved_correction: "Correction saved.",
    saved_vote: "Vote saved: {}.",
    saved_present: "Households present: {}.",
    removed_queued: "{} removed from the queue.",
    returned_floor: "{} is back at the head of the queue.",
    exported_with_minutes: "Exported the CSV files and the minutes (minutes.html) to {}",
    minutes: &minutes::EN,
    sample_loaded: "Sample meeting opened.",
    draft_restored: "Restored what was being typed.",
    meeting_draft_waiting: "A new meeting was being typed: press n to go on with it.",
    queue_is_empty: "The speaker queue is empty.",
    floor_is_taken: "Someone has the floor: save their opinion first.",
    no_floor: "Nobody has the floor.",
    no_item_selected: "There is no agenda item yet.",
    no_vote_to_correct: "This item has no vote to correct.",
    nothing_selected: "Nothing is selected.",
    meeting_closed: "This meeting is closed and cannot be changed.",
    opinion_empty: "The opinion is empty.",

    err_not_a_database: "{} is not a hopdan database file; it was left unchanged.",
    err_cannot_open: "Cannot open the database file {}: {}",
    err_newer_schema: "The database was written by a newer version of hopdan (schema {}, this version knows up to schema {}); it was left unchanged: please update hopdan.",
    err_no_database: "There is no hopdan data at {} yet; open that file once with hopdan first (it was not created).",
    err_older_schema: "The database was written by an older version of hopdan (schema {}, this version uses schema {}); open it once with hopdan first to update it.",
    err_corrupt: "The database file is damaged ({}); restore it from a backup.",
    err_busy: "The database is in use by another program; try again in a moment.",
    err_in_use: "The database {} is open in another hopdan window; close that one first.",
    err_read_only: "The database cannot be written: the file, its folder or the disk is read-only.",
    err_disk_full: "The disk is full: free some space and try again; nothing already saved was lost.",
    err_floor_taken: "{} still has the floor; end their turn first.",
    err_ends_before_start: "The meeting cannot end ({}) before it starts ({}).",
    err_altered_since_closing: "Meeting {} was changed after it was closed, so no minutes were written; to see what changed: hopdan verify --meeting {}",
    err_backup_over_database: "{} is the database itself; choose another file for the backup.",
    err_backup: "Cannot write the backup {}: {}",
    err_migration: "The database could not be updated to this version of hopdan: {}",
    err_database: "Database error: {}",
    missing_meeting: |meeting| format!("There is no meeting {meeting}."),
    missing_agenda_item: |meeting, item_no| {
        format!("There is no agenda item {item_no} of meeting {meeting}.")
    },
    missing_queue_entry: |meeting, queue_id| {
        format!("There is no queue entry {queue_id} of meeting {meeting}.")
    },
    missing_turn: |meeting, item_no, turn_no| {
        format!("There is no turn {turn_no} on agenda item {item_no} of meeting {meeting}.")
    },
    missing_vote: |meeting, item_no, vote_no| {
        format!("There is no vote {vote_no} on agenda item {item_no} of meeting {meeting}.")
    },
    row_meeting: "the meeting details",
    row_agenda_item: |item_no| format!("item {item_no}"),
    row_opinion: |item_no, turn_no| format!("opinion {turn_no} of item {item_no}"),
    row_vote: |item_no, vote_no| format!("vote {vote_no} of item {item_no}"),
    err_count_empty: "A count is required.",
    err_count_not_whole: "\"{}\" is not a whole number ≥ 0.",
    err_count_too_large_value: "\"{}\" is too large.",
    err_code: "\"{}\" is not one of: {}.",
    import_at_line_column: "{} line {}, column {}: {}",
    import_at_line: "{} line {}: {}",
    import_at_column: "{}, column {}: {}",
    import_in_file: "{}: {}",
    import_missing: "The file is missing.",
    import_missing_from: "The file is missing from the folder {}.",
    import_unreadable: "The file cannot be read: {}",
    import_not_csv: "It is not valid CSV: {}",
    import_not_utf8: "The text is not valid UTF-8.",
    import_empty: "The file is empty; its first line must be the header {}.",
    import_wrong_header: "The header must be \"{}\", not \"{}\".",
    import_field_count: "The row has {} fields, expected {}.",
    import_no_meeting_row: "There is no meeting row (exactly one is expected).",
    import_extra_meeting_row: "There is a second meeting row (exactly one is expected).",
    import_bad_meeting_id: "\"{}\" is not a meeting id (a whole number).",
    import_other_meeting: "Meeting id {} differs from {} in meeting.csv.",
    import_zero: "\"{}\" must be 1 or more.",
    import_no_time: "A time is required.",
    import_bad_time: "\"{}\" is not a time in ISO 8601 with its offset, such as 2022-06-12T08:30:00+07:00.",
    import_ends_before_start: "The meeting ends ({}) before it starts ({}).",
    import_not_voting: "{} differs from households present − for − against − abstain = {}.",
    import_wrong_result: "\"{}\" differs from \"{}\", the result of these counts (to pass, {} of {} must be for).",
    import_unknown_item: "Item {} is not in agenda.csv.",
    import_duplicate: "{} appears twice (first on line {}).",
    export_create_dir: "Cannot create the folder {}: {}",
    export_write: "Cannot write {}: {}",
    cli_no_meeting_to_export: "There is no meeting to export.",
    cli_no_data_dir: "No user data folder is known on this system; give the database file with --db PATH.",
    cli_current_dir: "The current folder cannot be read: {}",
    cli_demo_temp_dir: "Cannot create a temporary folder for the demo: {}",
    cli_terminal_failed: "The terminal failed: {}",
    verify_intact: "Meeting {} is intact, as it was when closed. SHA-256 fingerprint: {}",
    verify_open: "Meeting {} is still open, so it has no fingerprint to check yet.",
    verify_unsealed: "Meeting {} was closed without a fingerprint (by an older version), so it cannot be checked.",
    verify_altered: "Meeting {} was changed after it was closed:",
    change_changed: "changed",
    change_removed: "removed",
    change_added: "added",

    keys_meetings: "↑↓ select  Enter open  n new  s sample  ? keys  q quit",
    keys_meetings_empty: "n new meeting  s open the sample  ? keys  q quit",
    keys_live: "a queue  n next  Tab pane  ←→ item  +/- present  v vote  t time  c chair  x export  ? keys",
    keys_live_floor: "o write opinion  u stop turn  a queue  +/- present  v vote  t time  c chair  x export  ? keys",
    keys_live_closed: "←→ item  Tab pane  h corrections  c chair  x export  ? keys  q meetings",
    confirm_close: "Close the meeting? After that the record can be read but no longer changed.",
    confirm_close_waiting: "{} people waiting or speaking will be taken off the list.",
    saved_closed: "Meeting closed. SHA-256 fingerprint: {}",
    history_title: "Corrections",
    history_empty: "This item has no corrections.",
    history_vote: "Vote {}",
    history_opinion: "Opinion, turn {}",
    history_reason: "Reason",
    history_before: "Before",
    keys_form: "Tab/Enter next  ↑ previous  ←→ choose  Ctrl+S save  Esc cancel",
    keys_vote_form: "type a count, Enter  ↑↓ field  Esc cancel",
    keys_editor: "Tab stance  Alt+1..4 set  Ctrl+S save  Esc close (draft kept)",
    keys_chair: "←→ item  Esc/c back  q quit",
    keys_confirm: "y yes  n no",
    keys_help: "Esc close",
    help_title: "Keys",
    help_lines: &[
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
        "  h          corrections history    e       close the meeting",
        "Writing an opinion",
        "  Tab        next stance            Alt+1..4  support / oppose / other / question",
        "  Ctrl+S     save                   Esc     close, draft kept",
        "Ctrl+T built-in Vietnamese typing: off → Telex → VNI",
        "Ctrl+C quits (asks first)",
    ],
    keys_typing: "Ctrl+T typing: {}",
    typing_off: "off",

    stance_support: "Support",
    stance_oppose: "Oppose",
    stance_other: "Other",
    stance_question: "Question",
    base_all: "all households",
    base_present: "households present",
    base_cast: "households voting",
    threshold_half: "more than half",
    threshold_two_thirds: "two thirds",
    threshold_three_quarters: "three quarters",
    outcome_passed: "PASSED",
    outcome_failed: "NOT PASSED",
    outcome_no_quorum: "NO QUORUM",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_placeholders_in_order() {
        assert_eq!(fill("{} of {}", &[&3, &"4"]), "3 of 4");
        assert_eq!(fill("no args", &[]), "no args");
        assert_eq!(fill("{} and {}", &[&1]), "1 and ");
    }

    #[test]
    fn languages_parse() {
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
        assert_eq!("vi".parse::<Lang>(), Ok(Lang::Vi));
        assert!("fr".parse::<Lang>().is_err());
    }

    #[test]
    fn both_languages_have_the_same_number_of_help_lines() {
        assert_eq!(VI.help_lines.len(), EN.help_lines.len());
        assert_eq!(VI.show_help_lines.len(), EN.show_help_lines.len());
    }
}
