//! The wording of the official minutes (biên bản), after Form 03 of Decree 59/2023/NĐ-CP, in
//! Vietnamese and in English. `{}` placeholders are filled in order by [`super::fill`].
//!
//! The words for stances, rules, outcomes and vote counts are not repeated here: the minutes use
//! the same ones as the screens (see [`super::Strings`]).

pub struct MinutesStrings {
    /// The `lang` attribute of the HTML document.
    pub lang_tag: &'static str,
    /// The HTML document's title, before the subject.
    pub doc_title: &'static str,

    // National heading (quốc hiệu, tiêu ngữ) and the title
    pub nation: &'static str,
    pub motto: &'static str,
    pub title: &'static str,
    pub title_sub: &'static str,
    /// The subject under the title: "Về việc {}".
    pub subject: &'static str,

    // Dates and times. Months are words in English, numbers in Vietnamese.
    pub month_names: [&'static str; 12],
    /// Days 1 to 9 written with a leading zero, as Vietnamese official documents do.
    pub zero_padded_days: bool,
    /// day, month, year
    pub date: &'static str,
    /// place, date
    pub place_date: &'static str,
    /// hour, minute (two digits each)
    pub time: &'static str,
    /// Printed where a value is unknown, to be filled in by hand.
    pub blank: &'static str,

    /// time, date, location, residential group, ward, subject
    pub opening: &'static str,

    // I. Attendance
    pub attendance_heading: &'static str,
    pub chair: &'static str,
    pub chair_with_title: &'static str,
    pub secretary: &'static str,
    /// residential group, households
    pub households_total: &'static str,
    /// households present, share of all households
    pub households_present: &'static str,
    pub households_absent: &'static str,
    pub quorum_met: &'static str,
    pub quorum_not_met: &'static str,

    // II. Proceedings
    pub content_heading: &'static str,
    pub no_items: &'static str,
    pub speakers_heading: &'static str,
    pub no_speakers: &'static str,
    pub votes_heading: &'static str,
    pub no_vote: &'static str,
    /// vote number, time, households present, all households
    pub vote_caption: &'static str,
    pub col_vote: &'static str,
    pub col_count: &'static str,
    /// all households
    pub col_of_total: &'static str,
    /// households present
    pub col_of_present: &'static str,
    pub result_label: &'static str,
    /// Why a vote without quorum decided nothing: households present, all households.
    pub no_quorum_reason: &'static str,
    /// number of votes, number of the latest vote
    pub revoted: &'static str,
    pub superseded: &'static str,
    /// number of corrections
    pub corrected: &'static str,

    // Closing and signatures
    /// time
    pub closing_same_day: &'static str,
    /// time, date
    pub closing_other_day: &'static str,
    pub closing_blank: &'static str,
    pub read_out: &'static str,
    pub secretary_role: &'static str,
    pub chair_role: &'static str,
    pub sign_hint: &'static str,

    // The fingerprint (in small type at the end)
    pub fingerprint: &'static str,
    pub fingerprint_open: &'static str,
    pub fingerprint_missing: &'static str,

    // Page numbers in the printed footer: "{page_before}3{page_between}4".
    pub page_before: &'static str,
    pub page_between: &'static str,
}

pub static VI: MinutesStrings = MinutesStrings {
    lang_tag: "vi",
    doc_title: "Biên bản cuộc họp của cộng đồng dân cư",

    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    title: "BIÊN BẢN",
    title_sub: "CUỘC HỌP CỦA CỘNG ĐỒNG DÂN CƯ",
    subject: "Về việc {}",

    // Months 1 and 2 take a leading zero in official documents, so that "tháng 01" cannot be
    // read as the start of "tháng 10" or "tháng 11".
    month_names: [
        "01", "02", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
    ],
    zero_padded_days: true,
    date: "ngày {} tháng {} năm {}",
    place_date: "{}, {}",
    time: "{} giờ {} phút",
    blank: "……",

    opening: "Hôm nay, vào hồi {}, {}, tại {}, {} ({}) tổ chức cuộc họp của cộng đồng dân cư về việc {}.",

    attendance_heading: "I. THÀNH PHẦN THAM DỰ",
    chair: "Chủ trì: {}.",
    chair_with_title: "Chủ trì: {}, chức vụ: {}.",
    secretary: "Thư ký: {}.",
    households_total: "Tổng số hộ gia đình của {}: {} hộ.",
    households_present: "Số hộ gia đình có đại diện tham dự: {} hộ, bằng {} tổng số hộ gia đình.",
    households_absent: "Số hộ gia đình không có đại diện tham dự: {} hộ.",
    quorum_met: "Số hộ gia đình tham dự trên 50% tổng số hộ gia đình: cuộc họp hợp lệ.",
    quorum_not_met: "Số hộ gia đình tham dự không quá 50% tổng số hộ gia đình: cuộc họp không đủ điều kiện để biểu quyết.",

    content_heading: "II. NỘI DUNG CUỘC HỌP",
    no_items: "Cuộc họp không có nội dung lấy ý kiến nào.",
    speakers_heading: "a) Ý kiến phát biểu",
    no_speakers: "Không có ý kiến phát biểu.",
    votes_heading: "b) Biểu quyết",
    no_vote: "Nội dung này chưa được biểu quyết.",
    vote_caption: "Biểu quyết giơ tay lần {}, lúc {}: {} trên {} hộ gia đình có đại diện tham dự.",
    col_vote: "Biểu quyết",
    col_count: "Số hộ",
    col_of_total: "Tỷ lệ trên tổng số hộ ({})",
    col_of_present: "Tỷ lệ trên số hộ có mặt ({})",
    result_label: "Kết quả",
    no_quorum_reason: "chỉ có {} trên {} hộ gia đình có mặt, không quá 50% tổng số hộ gia đình",
    revoted: "Nội dung này được biểu quyết {} lần; kết quả của lần sau cùng (lần {}) là kết quả chính thức.",
    superseded: "Lần biểu quyết này không được tính vì nội dung đã được biểu quyết lại.",
    corrected: "Số liệu của lần biểu quyết này đã được sửa {} lần; số liệu trước khi sửa và lý do sửa được lưu lại.",

    closing_same_day: "Cuộc họp kết thúc vào hồi {} cùng ngày.",
    closing_other_day: "Cuộc họp kết thúc vào hồi {}, {}.",
    closing_blank: "Cuộc họp kết thúc vào hồi …… giờ …… phút, ngày …… tháng …… năm …….",
    read_out: "Biên bản đã được đọc cho các hộ gia đình có mặt cùng nghe.",
    secretary_role: "THƯ KÝ",
    chair_role: "CHỦ TRÌ",
    sign_hint: "(Ký, ghi rõ họ tên)",

    fingerprint: "Dấu vân tay SHA-256 của nội dung cuộc họp khi kết thúc (kiểm tra bằng lệnh hopdan verify):",
    fingerprint_open: "Cuộc họp chưa kết thúc: biên bản này chưa có dấu vân tay SHA-256 và nội dung còn có thể thay đổi.",
    fingerprint_missing: "Cuộc họp đã kết thúc nhưng không có dấu vân tay SHA-256 (được kết thúc bằng phiên bản cũ của hopdan).",

    page_before: "Trang ",
    page_between: "/",
};

pub static EN: MinutesStrings = MinutesStrings {
    lang_tag: "en",
    doc_title: "Minutes of the meeting of the residential community",

    nation: "SOCIALIST REPUBLIC OF VIET NAM",
    motto: "Independence - Freedom - Happiness",
    title: "MINUTES",
    title_sub: "OF THE MEETING OF THE RESIDENTIAL COMMUNITY",
    subject: "Subject: {}",

    month_names: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    zero_padded_days: false,
    date: "{} {} {}",
    place_date: "{}, {}",
    time: "{}:{}",
    blank: "……",

    opening: "At {} on {}, at {}, {} ({}) held a meeting of the residential community concerning {}.",

    attendance_heading: "I. ATTENDANCE",
    chair: "Chair: {}.",
    chair_with_title: "Chair: {}, {}.",
    secretary: "Secretary: {}.",
    households_total: "Households of {}: {}.",
    households_present: "Households represented: {}, {} of all households.",
    households_absent: "Households not represented: {}.",
    quorum_met: "More than half of all households are represented: the meeting is quorate.",
    quorum_not_met: "Half of all households or fewer are represented: the meeting has no quorum to vote.",

    content_heading: "II. PROCEEDINGS",
    no_items: "The meeting had no agenda items.",
    speakers_heading: "a) Speakers",
    no_speakers: "Nobody spoke on this item.",
    votes_heading: "b) Vote",
    no_vote: "This item was not put to a vote.",
    vote_caption: "Show-of-hands vote {}, at {}: {} of {} households represented.",
    col_vote: "Vote",
    col_count: "Households",
    col_of_total: "Share of all households ({})",
    col_of_present: "Share of households present ({})",
    result_label: "Result",
    no_quorum_reason: "only {} of {} households were present, not more than half of all households",
    revoted: "This item was voted on {} times; the result of the latest vote (vote {}) is the one that counts.",
    superseded: "This vote does not count: the item was voted on again.",
    corrected: "Corrections of the counts of this vote: {}; the counts before each correction and its reason are kept.",

    closing_same_day: "The meeting closed at {} the same day.",
    closing_other_day: "The meeting closed at {} on {}.",
    closing_blank: "The meeting closed at ……:…… on …………………….",
    read_out: "These minutes were read out to the households present.",
    secretary_role: "SECRETARY",
    chair_role: "CHAIR",
    sign_hint: "(Signature and full name)",

    fingerprint: "SHA-256 fingerprint of the meeting's content when it was closed (check it with hopdan verify):",
    fingerprint_open: "The meeting is still open: these minutes have no SHA-256 fingerprint yet and may still change.",
    fingerprint_missing: "The meeting was closed without a SHA-256 fingerprint (by an older version of hopdan).",

    page_before: "Page ",
    page_between: " of ",
};
