//! The wording of the official minutes (biên bản), after Form 03 of Decree 59/2023/NĐ-CP, in
//! Vietnamese and in English. A sentence with values in it is a function of those values, by name.
//!
//! The words for stances, rules, outcomes and vote counts are not repeated here: the minutes use
//! the same ones as the screens (see [`super::Strings`]).

pub struct MinutesStrings {
    /// The `lang` attribute of the HTML document.
    pub lang_tag: &'static str,

    // National heading (quốc hiệu, tiêu ngữ) and the title
    pub nation: &'static str,
    pub motto: &'static str,
    /// The title chosen for the minutes (SPEC §13): biên bản, the default, nghị quyết, bản ghi
    /// nhớ, bản thỏa thuận.
    pub title: &'static str,
    pub title_resolution: &'static str,
    pub title_memorandum: &'static str,
    pub title_agreement: &'static str,
    /// After the title, in capitals as well; in sentence case, the title and this are the title
    /// of the HTML page.
    pub title_sub: &'static str,
    /// The subject under the title: "Về việc …".
    pub subject: fn(subject: &str) -> String,

    // Dates and times. Months are words in English, numbers in Vietnamese.
    /// A date in words (month 1 to 12): "ngày 05 tháng 01 năm 2023", "5 January 2023".
    pub date: fn(day: u32, month: u32, year: i32) -> String,
    /// The line under the national heading: "Thanh Khê Tây, ngày 12 tháng 6 năm 2022".
    pub place_date: fn(place: &str, date: &str) -> String,
    pub time: fn(hour: u32, minute: u32) -> String,
    /// Printed where a value is unknown, to be filled in by hand.
    pub blank: &'static str,
    /// A ward typed without its kind ("Thanh Khê Tây"), as it reads in a sentence.
    pub ward: fn(name: &str) -> String,
    /// A residential group typed as its number alone ("27").
    pub group: fn(number: &str) -> String,

    pub opening: fn(
        time: &str,
        date: &str,
        location: &str,
        residential_group: &str,
        ward: &str,
        subject: &str,
    ) -> String,

    // I. Attendance
    pub attendance_heading: &'static str,
    pub chair: fn(chair: &str) -> String,
    pub chair_with_title: fn(chair: &str, chair_title: &str) -> String,
    pub secretary: fn(secretary: &str) -> String,
    /// The guests and officials present, each "name — role", already joined.
    pub guests: fn(guests: &str) -> String,
    pub households_total: fn(residential_group: &str, households: u32) -> String,
    /// `share` is of all households, written as a percentage.
    pub households_present: fn(present: u32, share: &str) -> String,
    pub households_absent: fn(absent: u32) -> String,
    pub quorum_met: &'static str,
    pub quorum_not_met: &'static str,
    /// With a register: the households signed in, with the share of all households, the list
    /// being an appendix of the minutes.
    pub households_present_listed: fn(present: u32, share: &str) -> String,
    /// With a register: the households whose representative left before the close.
    pub households_left: fn(left: u32) -> String,

    // II. Proceedings
    pub content_heading: &'static str,
    pub no_items: &'static str,
    pub speakers_heading: &'static str,
    pub no_speakers: &'static str,
    pub votes_heading: &'static str,
    /// Over the chair's conclusion on an item, after its speakers and its vote.
    pub conclusion_heading: &'static str,
    /// A dotted line where the chair's conclusion is written by hand when none was typed.
    pub conclusion_blank: &'static str,
    pub no_vote: &'static str,
    pub vote_caption: fn(vote_no: u32, at: &str, present: u32, total: u32) -> String,
    pub col_vote: &'static str,
    pub col_count: &'static str,
    pub col_of_total: fn(total: u32) -> String,
    pub col_of_present: fn(present: u32) -> String,
    pub result_label: &'static str,
    /// Why a vote without quorum decided nothing.
    pub no_quorum_reason: fn(present: u32, total: u32) -> String,
    pub revoted: fn(votes: usize, latest_vote_no: u32) -> String,
    pub superseded: &'static str,
    pub corrected: fn(corrections: u32) -> String,
    /// One correction of a vote: the counts for / against / abstain before and after it
    /// ("25/5/1"), when and why.
    pub vote_corrected: fn(before: &str, after: &str, at: &str, reason: &str) -> String,
    /// After an opinion that was corrected: when and why.
    pub opinion_corrected: fn(at: &str, reason: &str) -> String,
    /// After the votes of an item that takes land pledges: agreed of affected, their share and
    /// the area agreed in m² ("121,5").
    pub pledge_summary: fn(agreed: u32, affected: u32, share: &str, area: &str) -> String,
    // Items with several options (phương án, SPEC §15)
    /// Over the list of an item's options, where the item is presented.
    pub options_heading: &'static str,
    /// An option by its number and title: "Phương án 2: 3 m toàn tuyến".
    pub option_titled: fn(option_no: u32, title: &str) -> String,
    /// Option numbers in a sentence: "2 và 3", "1, 3 và 4".
    pub option_list: fn(options: &[u32]) -> String,
    /// The caption of a run-off vote: a later vote between two options.
    pub run_off_caption:
        fn(first: u32, second: u32, vote_no: u32, at: &str, present: u32, total: u32) -> String,
    pub col_option: &'static str,
    pub col_option_votes: &'static str,
    /// The row of the households that abstained: raised a hand for no option.
    pub option_abstain: &'static str,
    /// The adopted option (its title may be empty), its votes of the base of its rule, the
    /// share and the base in words ("tổng số hộ").
    pub option_adopted: fn(
        option_no: u32,
        title: &str,
        votes: u32,
        base: u32,
        share: &str,
        base_words: &str,
    ) -> String,
    /// No option adopted under `rule` (in words); `run_off` is one of the three below.
    pub options_not_adopted: fn(rule: &str, run_off: &str) -> String,
    pub run_off_between: fn(first: u32, second: u32) -> String,
    /// The leader, and the options tied for second place (an `option_list`).
    pub run_off_tie_for_second: fn(leader: u32, tied: &str) -> String,
    /// The options tied at the top (an `option_list`).
    pub run_off_tie_at_top: fn(tied: &str) -> String,
    /// One correction of an options vote: when and why.
    pub option_vote_corrected: fn(at: &str, reason: &str) -> String,
    // Corrections of the meeting's details and of agenda items, after the items
    pub other_corrections_heading: &'static str,
    pub meeting_corrected: fn(at: &str, reason: &str) -> String,
    pub item_corrected: fn(item_no: u32, at: &str, reason: &str) -> String,

    // Closing and signatures
    pub closing_same_day: fn(time: &str) -> String,
    pub closing_other_day: fn(time: &str, date: &str) -> String,
    pub closing_blank: &'static str,
    pub read_out: &'static str,
    pub secretary_role: &'static str,
    pub chair_role: &'static str,
    pub sign_hint: &'static str,

    // The appendices: the households present and the land pledges of each item
    /// Under an appendix's title: the minutes it belongs to, by their date.
    /// `document`: the title and what follows it in sentence case ("Biên bản cuộc họp của cộng
    /// đồng dân cư", "Nghị quyết cuộc họp…").
    pub appendix_of: fn(document: &str, date: &str) -> String,
    pub attendance_list_title: &'static str,
    pub col_no: &'static str,
    /// The household: its number and address.
    pub col_household: &'static str,
    pub col_representative: &'static str,
    pub col_standing: &'static str,
    pub col_signature: &'static str,
    pub standing_head: &'static str,
    pub standing_member: &'static str,
    pub standing_proxy: &'static str,
    /// After the standing of a representative who left before the close.
    pub left_at: fn(time: &str) -> String,
    /// After a representative left: when the household signed in again.
    pub came_back_at: fn(time: &str) -> String,
    pub pledges_title: &'static str,
    /// Under the title of a list of pledges: the item it belongs to.
    pub pledges_item: fn(item_no: u32, title: &str) -> String,
    pub col_head: &'static str,
    pub col_frontage: &'static str,
    pub col_depth: &'static str,
    pub col_area: &'static str,
    pub col_structures: &'static str,
    pub col_consent: &'static str,
    pub consent_agreed: &'static str,
    pub consent_undecided: &'static str,
    pub consent_refused: &'static str,
    /// Under a list of pledges: the households affected, agreed (with their share of those
    /// affected), undecided and refused.
    pub pledge_counts:
        fn(affected: u32, agreed: u32, share: &str, undecided: u32, refused: u32) -> String,
    /// Under a list of pledges: the area the households agreed to give, in m² ("121,5").
    pub pledge_area_agreed: fn(area: &str) -> String,

    // Votes taken by ballot (SPEC §12): how the minutes tell them
    /// The caption of a secret ballot at the meeting.
    pub secret_caption: fn(vote_no: u32, at: &str, present: u32, total: u32) -> String,
    /// The caption of a household-ballot round: when the ballots went out, how many came back.
    pub round_caption: fn(vote_no: u32, opened: &str, returned: u32, total: u32) -> String,
    /// A run-off taken by ballot, said after its caption.
    pub run_off_sentence: fn(first: u32, second: u32) -> String,
    /// The ballots of a secret ballot as the committee sorted them.
    pub count_issued: fn(ballots: u32) -> String,
    pub count_returned: fn(ballots: u32) -> String,
    pub count_valid: fn(ballots: u32) -> String,
    pub count_invalid: fn(ballots: u32) -> String,
    /// Under the sheets of a secret ballot: what its choices are counted on, and Form 02.
    pub secret_on_valid: &'static str,
    /// The counting committee, its members already joined.
    pub committee: fn(members: &str) -> String,
    /// The head of the counting committee among its members.
    pub committee_head: fn(name: &str) -> String,
    /// The two witness households (each a `witness_household`).
    pub witnesses: fn(first: &str, second: &str) -> String,
    /// A witness household, with its head's name from the register when there is one.
    pub witness_household: fn(household_no: &str, head: &str) -> String,
    /// A household-ballot round: ballots delivered, returned, and those not returned.
    pub round_returns: fn(returned: u32, total: u32, not_returned: u32) -> String,
    /// A household-ballot round has no quorum test and is measured against all households.
    pub round_base: fn(total: u32) -> String,
    pub round_counted: fn(at: &str) -> String,
    pub round_open: &'static str,
    /// The date by which a counted round's result is reported (Decree 59/2023 Art. 4(7)).
    pub reporting_deadline: fn(date: &str) -> String,
    pub col_ballots: &'static str,
    pub col_of_valid: fn(valid: u32) -> String,
    pub col_of_returned: fn(returned: u32) -> String,
    /// The third choice of a ballot: neither for nor against.
    pub ballot_other: &'static str,
    /// The row of a secret ballot's table: present, but no valid ballot.
    pub secret_not_counted: &'static str,
    /// The row of a household-ballot round's table, and a household's answer in Form 04.
    pub not_returned: &'static str,

    // Form 02: the record of a secret ballot's count (biên bản kiểm phiếu)
    pub count_title: &'static str,
    pub count_opening:
        fn(time: &str, date: &str, location: &str, item_no: u32, title: &str) -> String,
    pub count_committee_heading: &'static str,
    /// One member of the committee: its place in the list, name and role.
    pub member_line: fn(position: usize, name: &str, role: &str) -> String,
    pub role_head: &'static str,
    pub role_member: &'static str,
    pub witnesses_heading: &'static str,
    /// One witness: its place and its household (a `witness_household`).
    pub witness_line: fn(position: usize, household: &str) -> String,
    pub count_heading: &'static str,
    pub count_results_heading: &'static str,
    /// The choices on the valid ballots, with their share of them.
    pub count_for: fn(ballots: u32, share: &str) -> String,
    pub count_against: fn(ballots: u32, share: &str) -> String,
    pub count_other: fn(ballots: u32, share: &str) -> String,
    /// An option (`option_titled`) and the valid ballots marking it.
    pub count_option: fn(option: &str, ballots: u32, share: &str) -> String,
    pub count_no_option: fn(ballots: u32, share: &str) -> String,
    pub count_read_out: &'static str,
    pub sign_count_head: &'static str,
    pub sign_count_members: &'static str,
    pub sign_witnesses: &'static str,

    // Form 04: the results of a household-ballot round
    pub tally_title: &'static str,
    pub tally_title_sub: &'static str,
    pub tally_opening: fn(time: &str, date: &str, group: &str, item_no: u32, title: &str) -> String,
    pub tally_opened: fn(at: &str) -> String,
    pub tally_delivered: fn(ballots: u32) -> String,
    pub tally_returned: fn(ballots: u32, share: &str) -> String,
    pub tally_not_returned: fn(households: u32, share: &str) -> String,
    /// The answers, with their share of all households.
    pub tally_for: fn(households: u32, share: &str) -> String,
    pub tally_against: fn(households: u32, share: &str) -> String,
    pub tally_other: fn(households: u32, share: &str) -> String,
    pub tally_option: fn(option: &str, households: u32, share: &str) -> String,
    pub tally_no_option: fn(households: u32, share: &str) -> String,
    pub tally_list_note: &'static str,
    pub sign_group_head: &'static str,
    pub sign_front_head: &'static str,
    pub tally_list_title: &'static str,
    /// Under the list's title: the record it belongs to, by its date.
    pub tally_list_of: fn(date: &str) -> String,
    pub col_answer: &'static str,
    pub col_received: &'static str,
    pub col_collected: &'static str,

    // The ballot delivered to each household (phiếu lấy ý kiến)
    pub sheet_title: &'static str,
    pub sheet_household: fn(household_no: &str) -> String,
    pub sheet_address: fn(address: &str) -> String,
    pub sheet_head: fn(name: &str) -> String,
    pub sheet_question: fn(title: &str) -> String,
    pub sheet_mark: &'static str,
    pub sheet_other_opinion: &'static str,
    /// The place and date, to fill in by hand.
    pub sheet_date: &'static str,
    pub sign_household: &'static str,

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

    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    title: "BIÊN BẢN",
    title_resolution: "NGHỊ QUYẾT",
    title_memorandum: "BẢN GHI NHỚ",
    title_agreement: "BẢN THỎA THUẬN",
    title_sub: "CUỘC HỌP CỦA CỘNG ĐỒNG DÂN CƯ",
    subject: |subject| format!("Về việc {subject}"),

    // Days 1 to 9 are written with a leading zero, and so are months 1 and 2, so that "tháng 01"
    // cannot be read as the start of "tháng 10" or "tháng 11".
    date: |day, month, year| {
        let month = if month <= 2 {
            format!("{month:02}")
        } else {
            month.to_string()
        };
        format!("ngày {day:02} tháng {month} năm {year}")
    },
    place_date: |place, date| format!("{place}, {date}"),
    time: |hour, minute| format!("{hour:02} giờ {minute:02} phút"),
    blank: "……",
    // The kind in lower case before the name, as Decree 30/2020 writes administrative units in
    // running text; the heading puts it in capitals.
    ward: |name| format!("phường {name}"),
    group: |number| format!("Tổ dân phố {number}"),

    opening: |time, date, location, residential_group, ward, subject| {
        format!(
            "Hôm nay, vào hồi {time}, {date}, tại {location}, {residential_group} ({ward}) tổ chức \
             cuộc họp của cộng đồng dân cư về việc {subject}."
        )
    },

    attendance_heading: "I. THÀNH PHẦN THAM DỰ",
    chair: |chair| format!("Chủ trì: {chair}."),
    chair_with_title: |chair, chair_title| format!("Chủ trì: {chair}, chức vụ: {chair_title}."),
    secretary: |secretary| format!("Thư ký: {secretary}."),
    guests: |guests| format!("Đại biểu tham dự: {guests}."),
    households_total: |residential_group, households| {
        format!("Tổng số hộ gia đình của {residential_group}: {households} hộ.")
    },
    households_present: |present, share| {
        format!(
            "Số hộ gia đình có đại diện tham dự: {present} hộ, bằng {share} tổng số hộ gia đình."
        )
    },
    households_absent: |absent| format!("Số hộ gia đình không có đại diện tham dự: {absent} hộ."),
    quorum_met: "Số hộ gia đình tham dự trên 50% tổng số hộ gia đình: cuộc họp hợp lệ.",
    quorum_not_met: "Số hộ gia đình tham dự không quá 50% tổng số hộ gia đình: cuộc họp không đủ điều kiện để biểu quyết.",
    households_present_listed: |present, share| {
        format!(
            "Số hộ gia đình có đại diện tham dự: {present} hộ (có danh sách kèm theo), bằng \
             {share} tổng số hộ gia đình."
        )
    },
    households_left: |left| {
        format!(
            "Số hộ gia đình có đại diện ra về trước khi kết thúc cuộc họp: {left} hộ (số hộ có \
             mặt tại mỗi lần biểu quyết được ghi tại lần biểu quyết đó)."
        )
    },

    content_heading: "II. NỘI DUNG CUỘC HỌP",
    no_items: "Cuộc họp không có nội dung lấy ý kiến nào.",
    speakers_heading: "a) Ý kiến phát biểu",
    no_speakers: "Không có ý kiến phát biểu.",
    votes_heading: "b) Biểu quyết",
    no_vote: "Nội dung này chưa được biểu quyết.",
    conclusion_heading: "c) Kết luận của chủ trì",
    conclusion_blank: "…………………………………………………………………………………………",
    vote_caption: |vote_no, at, present, total| {
        format!(
            "Biểu quyết giơ tay lần {vote_no}, lúc {at}: {present} trên {total} hộ gia đình có \
             đại diện tham dự."
        )
    },
    col_vote: "Biểu quyết",
    col_count: "Số hộ",
    col_of_total: |total| format!("Tỷ lệ trên tổng số hộ ({total})"),
    col_of_present: |present| format!("Tỷ lệ trên số hộ có mặt ({present})"),
    result_label: "Kết quả",
    no_quorum_reason: |present, total| {
        format!(
            "chỉ có {present} trên {total} hộ gia đình có mặt, không quá 50% tổng số hộ gia đình"
        )
    },
    revoted: |votes, latest_vote_no| {
        format!(
            "Nội dung này được biểu quyết {votes} lần; kết quả của lần sau cùng \
             (lần {latest_vote_no}) là kết quả chính thức."
        )
    },
    superseded: "Lần biểu quyết này không được tính vì nội dung đã được biểu quyết lại.",
    corrected: |corrections| {
        format!(
            "Số liệu của lần biểu quyết này đã được sửa {corrections} lần; số liệu trước khi sửa \
             và lý do sửa được lưu lại."
        )
    },
    vote_corrected: |before, after, at, reason| {
        format!(
            "Số hộ tán thành/không tán thành/không biểu quyết đã sửa từ {before} thành {after} \
             lúc {at}, lý do: {reason}."
        )
    },
    opinion_corrected: |at, reason| format!("(Đã sửa lúc {at}, lý do: {reason}.)"),
    pledge_summary: |agreed, affected, share, area| {
        format!(
            "Số hộ đồng ý hiến đất: {agreed}/{affected} hộ ({share}), diện tích {area} m² (có \
             danh sách kèm theo)."
        )
    },
    options_heading: "Các phương án đưa ra lấy ý kiến:",
    option_titled: |option_no, title| format!("Phương án {option_no}: {title}"),
    option_list: |options| list_words(options, "và"),
    run_off_caption: |first, second, vote_no, at, present, total| {
        format!(
            "Biểu quyết lại giữa phương án {first} và phương án {second} (lần {vote_no}), lúc \
             {at}: {present} trên {total} hộ gia đình có đại diện tham dự."
        )
    },
    col_option: "Phương án",
    col_option_votes: "Số hộ biểu quyết",
    option_abstain: "Không biểu quyết chọn phương án nào",
    option_adopted: |option_no, title, votes, base, share, base_words| {
        let option = if title.trim().is_empty() {
            format!("Phương án {option_no}")
        } else {
            format!("Phương án {option_no} ({title})")
        };
        format!("{option} được thông qua với {votes}/{base} hộ ({share} {base_words}).")
    },
    options_not_adopted: |rule, run_off| {
        format!(
            "Chưa phương án nào đạt {rule} và nhiều phiếu hơn mỗi phương án còn lại: {run_off}."
        )
    },
    run_off_between: |first, second| {
        format!("biểu quyết lại giữa phương án {first} và phương án {second}")
    },
    run_off_tie_for_second: |leader, tied| {
        format!(
            "phương án {leader} nhiều phiếu nhất, các phương án {tied} bằng phiếu nhau; chủ trì \
             chọn phương án vào vòng biểu quyết lại cùng phương án {leader}"
        )
    },
    run_off_tie_at_top: |tied| {
        format!(
            "các phương án {tied} bằng phiếu nhau và nhiều phiếu nhất; chủ trì chọn hai phương \
             án vào vòng biểu quyết lại"
        )
    },
    option_vote_corrected: |at, reason| {
        format!("Số liệu của lần biểu quyết này đã được sửa lúc {at}, lý do: {reason}.")
    },
    other_corrections_heading: "Các nội dung đã sửa",
    meeting_corrected: |at, reason| {
        format!("Thông tin cuộc họp đã được sửa lúc {at}, lý do: {reason}.")
    },
    item_corrected: |item_no, at, reason| {
        format!("Nội dung {item_no} đã được sửa lúc {at}, lý do: {reason}.")
    },

    closing_same_day: |time| format!("Cuộc họp kết thúc vào hồi {time} cùng ngày."),
    closing_other_day: |time, date| format!("Cuộc họp kết thúc vào hồi {time}, {date}."),
    closing_blank: "Cuộc họp kết thúc vào hồi …… giờ …… phút, ngày …… tháng …… năm …….",
    read_out: "Biên bản đã được đọc cho các hộ gia đình có mặt cùng nghe.",
    secretary_role: "THƯ KÝ",
    chair_role: "CHỦ TRÌ",
    sign_hint: "(Ký, ghi rõ họ tên)",

    appendix_of: |document, date| format!("(Kèm theo {document} {date})"),
    attendance_list_title: "DANH SÁCH HỘ GIA ĐÌNH DỰ HỌP",
    col_no: "STT",
    col_household: "Hộ gia đình (số hộ, địa chỉ)",
    col_representative: "Người đại diện",
    col_standing: "Tư cách",
    col_signature: "Ký tên",
    standing_head: "Chủ hộ",
    standing_member: "Thành viên được hộ cử",
    standing_proxy: "Người được ủy quyền",
    left_at: |time| format!("ra về lúc {time}"),
    came_back_at: |time| format!("vào lại lúc {time}"),
    pledges_title: "DANH SÁCH HỘ GIA ĐÌNH ĐĂNG KÝ HIẾN ĐẤT",
    pledges_item: |item_no, title| format!("Nội dung {item_no}: {title}"),
    col_head: "Chủ hộ",
    col_frontage: "Mặt tiền (m)",
    col_depth: "Lùi vào (m)",
    col_area: "Diện tích (m²)",
    col_structures: "Công trình phải di dời",
    col_consent: "Ý kiến của hộ",
    consent_agreed: "Đồng ý hiến",
    consent_undecided: "Chưa đồng ý",
    consent_refused: "Không đồng ý",
    pledge_counts: |affected, agreed, share, undecided, refused| {
        format!(
            "Tổng số hộ có đất trong chỉ giới mở rộng: {affected} hộ; đồng ý hiến: {agreed} hộ \
             ({share}); chưa đồng ý: {undecided} hộ; không đồng ý: {refused} hộ."
        )
    },
    pledge_area_agreed: |area| format!("Tổng diện tích các hộ đồng ý hiến: {area} m²."),

    secret_caption: |vote_no, at, present, total| {
        format!(
            "Biểu quyết bằng hình thức bỏ phiếu kín lần {vote_no}, lúc {at}: {present} trên \
             {total} hộ gia đình có đại diện tham dự."
        )
    },
    round_caption: |vote_no, opened, returned, total| {
        format!(
            "Biểu quyết bằng hình thức phát phiếu lấy ý kiến đến từng hộ gia đình (lần {vote_no}, \
             phát phiếu từ {opened}): {returned} trên {total} hộ gia đình gửi lại phiếu."
        )
    },
    run_off_sentence: |first, second| {
        format!("Biểu quyết lại giữa phương án {first} và phương án {second}.")
    },
    count_issued: |n| format!("Số phiếu phát ra: {n} phiếu."),
    count_returned: |n| format!("Số phiếu thu vào: {n} phiếu."),
    count_valid: |n| format!("Số phiếu hợp lệ: {n} phiếu."),
    count_invalid: |n| format!("Số phiếu không hợp lệ: {n} phiếu."),
    secret_on_valid: "Số phiếu tán thành, không tán thành và có ý kiến khác được tính trên số \
                      phiếu hợp lệ (có biên bản kiểm phiếu kèm theo).",
    committee: |members| format!("Tổ kiểm phiếu: {members}."),
    committee_head: |name| format!("{name} (Tổ trưởng)"),
    witnesses: |first, second| {
        format!("Người chứng kiến kiểm phiếu: đại diện {first} và đại diện {second}.")
    },
    witness_household: |household_no, head| {
        if head.trim().is_empty() {
            format!("hộ {household_no}")
        } else {
            format!("hộ {household_no} (chủ hộ {})", head.trim())
        }
    },
    round_returns: |returned, total, not_returned| {
        format!(
            "Số phiếu phát ra: {total} phiếu (mỗi hộ gia đình một phiếu); số phiếu thu về: \
             {returned} phiếu; số hộ không gửi lại phiếu: {not_returned} hộ, được tính là không \
             biểu quyết."
        )
    },
    round_base: |total| {
        format!(
            "Lấy ý kiến bằng phiếu không xét điều kiện số hộ tham dự; kết quả được tính trên \
             tổng số {total} hộ gia đình."
        )
    },
    round_counted: |at| format!("Kiểm phiếu lúc {at}."),
    round_open: "Đang thu phiếu, chưa kiểm phiếu: số liệu dưới đây là số phiếu đã thu được đến \
                 nay.",
    reporting_deadline: |date| {
        format!("Hạn báo cáo kết quả về UBND phường và Ban Thường trực Ủy ban MTTQ: {date}.")
    },
    col_ballots: "Số phiếu",
    col_of_valid: |valid| format!("Tỷ lệ trên số phiếu hợp lệ ({valid})"),
    col_of_returned: |returned| format!("Tỷ lệ trên số phiếu thu về ({returned})"),
    ballot_other: "Ý kiến khác",
    secret_not_counted: "Không có phiếu hợp lệ",
    not_returned: "Không gửi lại phiếu",

    count_title: "BIÊN BẢN KIỂM PHIẾU",
    count_opening: |time, date, location, item_no, title| {
        format!(
            "Hôm nay, vào hồi {time}, {date}, tại {location}, Tổ kiểm phiếu đã tiến hành kiểm \
             phiếu biểu quyết bằng hình thức bỏ phiếu kín về nội dung {item_no}: {title}."
        )
    },
    count_committee_heading: "Tổ kiểm phiếu gồm:",
    member_line: |position, name, role| format!("{position}. Ông (bà) {name} – {role}."),
    role_head: "Tổ trưởng",
    role_member: "Thành viên",
    witnesses_heading: "Người chứng kiến kiểm phiếu:",
    witness_line: |position, household| format!("{position}. Đại diện {household}."),
    count_heading: "Số phiếu:",
    count_results_heading: "Kết quả kiểm phiếu (trên số phiếu hợp lệ):",
    count_for: |n, share| format!("Số phiếu tán thành: {n} phiếu, bằng {share} số phiếu hợp lệ."),
    count_against: |n, share| {
        format!("Số phiếu không tán thành: {n} phiếu, bằng {share} số phiếu hợp lệ.")
    },
    count_other: |n, share| {
        format!("Số phiếu có ý kiến khác: {n} phiếu, bằng {share} số phiếu hợp lệ.")
    },
    count_option: |option, n, share| format!("{option} – {n} phiếu, bằng {share} số phiếu hợp lệ."),
    count_no_option: |n, share| {
        format!("Không chọn phương án nào: {n} phiếu, bằng {share} số phiếu hợp lệ.")
    },
    count_read_out: "Biên bản kiểm phiếu đã được công bố tại cuộc họp.",
    sign_count_head: "TỔ TRƯỞNG TỔ KIỂM PHIẾU",
    sign_count_members: "THÀNH VIÊN TỔ KIỂM PHIẾU",
    sign_witnesses: "NGƯỜI CHỨNG KIẾN",

    tally_title: "BIÊN BẢN TỔNG HỢP KẾT QUẢ",
    tally_title_sub: "LẤY Ý KIẾN HỘ GIA ĐÌNH",
    tally_opening: |time, date, group, item_no, title| {
        format!(
            "Hôm nay, vào hồi {time}, {date}, {group} tổng hợp kết quả lấy ý kiến các hộ gia \
             đình bằng phiếu về nội dung {item_no}: {title}."
        )
    },
    tally_opened: |at| format!("Phiếu lấy ý kiến được phát đến các hộ gia đình từ {at}."),
    tally_delivered: |n| format!("Số phiếu phát ra: {n} phiếu (mỗi hộ gia đình một phiếu)."),
    tally_returned: |n, share| {
        format!("Số phiếu thu về: {n} phiếu, bằng {share} tổng số hộ gia đình.")
    },
    tally_not_returned: |n, share| {
        format!(
            "Số hộ không gửi lại phiếu (tính là không biểu quyết): {n} hộ, bằng {share} tổng \
             số hộ gia đình."
        )
    },
    tally_for: |n, share| format!("Số hộ tán thành: {n} hộ, bằng {share} tổng số hộ gia đình."),
    tally_against: |n, share| {
        format!("Số hộ không tán thành: {n} hộ, bằng {share} tổng số hộ gia đình.")
    },
    tally_other: |n, share| {
        format!("Số hộ có ý kiến khác: {n} hộ, bằng {share} tổng số hộ gia đình.")
    },
    tally_option: |option, n, share| {
        format!("{option} – {n} hộ, bằng {share} tổng số hộ gia đình.")
    },
    tally_no_option: |n, share| {
        format!("Không chọn phương án nào: {n} hộ, bằng {share} tổng số hộ gia đình.")
    },
    tally_list_note: "Danh sách các hộ gia đình và ý kiến của từng hộ kèm theo biên bản này.",
    sign_group_head: "TỔ TRƯỞNG TỔ DÂN PHỐ",
    sign_front_head: "TRƯỞNG BAN CÔNG TÁC MẶT TRẬN",
    tally_list_title: "DANH SÁCH Ý KIẾN CỦA CÁC HỘ GIA ĐÌNH",
    tally_list_of: |date| {
        format!("(Kèm theo Biên bản tổng hợp kết quả lấy ý kiến hộ gia đình {date})")
    },
    col_answer: "Ý kiến",
    col_received: "Thời gian nhận phiếu",
    col_collected: "Người thu phiếu",

    sheet_title: "PHIẾU LẤY Ý KIẾN HỘ GIA ĐÌNH",
    sheet_household: |household_no| format!("Số hộ: {household_no}"),
    sheet_address: |address| format!("Địa chỉ: {address}"),
    sheet_head: |name| format!("Họ và tên chủ hộ: {name}"),
    sheet_question: |title| format!("Nội dung lấy ý kiến: {title}"),
    sheet_mark: "Ý kiến của hộ gia đình (đánh dấu X vào một ô):",
    sheet_other_opinion: "Ý kiến khác (nếu có):",
    sheet_date: "……, ngày …… tháng …… năm ……",
    sign_household: "ĐẠI DIỆN HỘ GIA ĐÌNH",

    fingerprint: "Dấu vân tay SHA-256 của nội dung cuộc họp khi kết thúc (kiểm tra bằng lệnh hopdan verify):",
    fingerprint_open: "Cuộc họp chưa kết thúc: biên bản này chưa có dấu vân tay SHA-256 và nội dung còn có thể thay đổi.",
    fingerprint_missing: "Cuộc họp đã kết thúc nhưng không có dấu vân tay SHA-256 (được kết thúc bằng phiên bản cũ của hopdan).",

    page_before: "Trang ",
    page_between: "/",
};

pub static EN: MinutesStrings = MinutesStrings {
    lang_tag: "en",

    nation: "SOCIALIST REPUBLIC OF VIET NAM",
    motto: "Independence - Freedom - Happiness",
    title: "MINUTES",
    title_resolution: "RESOLUTION",
    title_memorandum: "MEMORANDUM",
    title_agreement: "AGREEMENT",
    title_sub: "OF THE MEETING OF THE RESIDENTIAL COMMUNITY",
    subject: |subject| format!("Subject: {subject}"),

    date: |day, month, year| {
        const MONTHS: [&str; 12] = [
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
        ];
        let month = MONTHS[month as usize - 1];
        format!("{day} {month} {year}")
    },
    place_date: |place, date| format!("{place}, {date}"),
    time: |hour, minute| format!("{hour:02}:{minute:02}"),
    blank: "……",
    ward: |name| format!("{name} Ward"),
    group: |number| format!("Residential Group {number}"),

    opening: |time, date, location, residential_group, ward, subject| {
        format!(
            "At {time} on {date}, at {location}, {residential_group} ({ward}) held a meeting of \
             the residential community concerning {subject}."
        )
    },

    attendance_heading: "I. ATTENDANCE",
    chair: |chair| format!("Chair: {chair}."),
    chair_with_title: |chair, chair_title| format!("Chair: {chair}, {chair_title}."),
    secretary: |secretary| format!("Secretary: {secretary}."),
    guests: |guests| format!("Guests and officials present: {guests}."),
    households_total: |residential_group, households| {
        format!("Households of {residential_group}: {households}.")
    },
    households_present: |present, share| {
        format!("Households represented: {present}, {share} of all households.")
    },
    households_absent: |absent| format!("Households not represented: {absent}."),
    quorum_met: "More than half of all households are represented: the meeting is quorate.",
    quorum_not_met: "Half of all households or fewer are represented: the meeting has no quorum to vote.",
    households_present_listed: |present, share| {
        format!("Households represented: {present} (list attached), {share} of all households.")
    },
    households_left: |left| {
        format!(
            "Households whose representative left before the close: {left} (the households \
             present at each vote are stated with that vote)."
        )
    },

    content_heading: "II. PROCEEDINGS",
    no_items: "The meeting had no agenda items.",
    speakers_heading: "a) Speakers",
    no_speakers: "Nobody spoke on this item.",
    votes_heading: "b) Vote",
    no_vote: "This item was not put to a vote.",
    conclusion_heading: "c) The chair's conclusion",
    conclusion_blank: "…………………………………………………………………………………………",
    vote_caption: |vote_no, at, present, total| {
        format!(
            "Show-of-hands vote {vote_no}, at {at}: {present} of {total} households represented."
        )
    },
    col_vote: "Vote",
    col_count: "Households",
    col_of_total: |total| format!("Share of all households ({total})"),
    col_of_present: |present| format!("Share of households present ({present})"),
    result_label: "Result",
    no_quorum_reason: |present, total| {
        format!(
            "only {present} of {total} households were present, not more than half of all \
             households"
        )
    },
    revoted: |votes, latest_vote_no| {
        format!(
            "This item was voted on {votes} times; the result of the latest vote \
             (vote {latest_vote_no}) is the one that counts."
        )
    },
    superseded: "This vote does not count: the item was voted on again.",
    corrected: |corrections| {
        format!(
            "Corrections of the counts of this vote: {corrections}; the counts before each \
             correction and its reason are kept."
        )
    },
    vote_corrected: |before, after, at, reason| {
        format!(
            "The households for/against/abstaining were corrected from {before} to {after} \
             at {at}, reason: {reason}."
        )
    },
    opinion_corrected: |at, reason| format!("(Corrected at {at}, reason: {reason}.)"),
    pledge_summary: |agreed, affected, share, area| {
        format!(
            "Households agreeing to give land: {agreed}/{affected} ({share}), {area} m² \
             (list attached)."
        )
    },
    options_heading: "The options put to the meeting:",
    option_titled: |option_no, title| format!("Option {option_no}: {title}"),
    option_list: |options| list_words(options, "and"),
    run_off_caption: |first, second, vote_no, at, present, total| {
        format!(
            "Run-off vote between option {first} and option {second} (vote {vote_no}), at \
             {at}: {present} of {total} households represented."
        )
    },
    col_option: "Option",
    col_option_votes: "Households voting",
    option_abstain: "Abstaining (for no option)",
    option_adopted: |option_no, title, votes, base, share, base_words| {
        let option = if title.trim().is_empty() {
            format!("Option {option_no}")
        } else {
            format!("Option {option_no} ({title})")
        };
        format!("{option} is adopted with {votes}/{base} households ({share} of {base_words}).")
    },
    options_not_adopted: |rule, run_off| {
        format!("No option reached {rule} with more votes than every other option: {run_off}.")
    },
    run_off_between: |first, second| {
        format!("a run-off vote between option {first} and option {second}")
    },
    run_off_tie_for_second: |leader, tied| {
        format!(
            "option {leader} has the most votes and options {tied} are tied for second place; \
             the chair chooses which of them goes to the run-off with option {leader}"
        )
    },
    run_off_tie_at_top: |tied| {
        format!(
            "options {tied} are tied with the most votes; the chair chooses two of them for the \
             run-off"
        )
    },
    option_vote_corrected: |at, reason| {
        format!("The counts of this vote were corrected at {at}, reason: {reason}.")
    },
    other_corrections_heading: "Corrections",
    meeting_corrected: |at, reason| {
        format!("The meeting details were corrected at {at}, reason: {reason}.")
    },
    item_corrected: |item_no, at, reason| {
        format!("Item {item_no} was corrected at {at}, reason: {reason}.")
    },

    closing_same_day: |time| format!("The meeting closed at {time} the same day."),
    closing_other_day: |time, date| format!("The meeting closed at {time} on {date}."),
    closing_blank: "The meeting closed at ……:…… on …………………….",
    read_out: "These minutes were read out to the households present.",
    secretary_role: "SECRETARY",
    chair_role: "CHAIR",
    sign_hint: "(Signature and full name)",

    appendix_of: |document, date| {
        format!("(Attached to the {} of {date})", document.to_lowercase())
    },
    attendance_list_title: "HOUSEHOLDS PRESENT AT THE MEETING",
    col_no: "No.",
    col_household: "Household (number, address)",
    col_representative: "Representative",
    col_standing: "Standing",
    col_signature: "Signature",
    standing_head: "Head of household",
    standing_member: "Member nominated by the household",
    standing_proxy: "Authorised proxy",
    left_at: |time| format!("left at {time}"),
    came_back_at: |time| format!("came back at {time}"),
    pledges_title: "HOUSEHOLDS PLEDGING LAND",
    pledges_item: |item_no, title| format!("Item {item_no}: {title}"),
    col_head: "Head of household",
    col_frontage: "Frontage (m)",
    col_depth: "Set back (m)",
    col_area: "Area (m²)",
    col_structures: "Structures to move",
    col_consent: "Answer",
    consent_agreed: "Agrees to give",
    consent_undecided: "Not yet agreed",
    consent_refused: "Refuses",
    pledge_counts: |affected, agreed, share, undecided, refused| {
        format!(
            "Households with land inside the widening line: {affected}; agreeing to give: \
             {agreed} ({share}); not yet agreed: {undecided}; refusing: {refused}."
        )
    },
    pledge_area_agreed: |area| format!("Total area the households agree to give: {area} m²."),

    secret_caption: |vote_no, at, present, total| {
        format!("Secret ballot {vote_no}, at {at}: {present} of {total} households represented.")
    },
    round_caption: |vote_no, opened, returned, total| {
        format!(
            "Household ballot {vote_no}, a ballot delivered to every household (from {opened}): \
             {returned} of {total} households returned theirs."
        )
    },
    run_off_sentence: |first, second| {
        format!("A run-off between option {first} and option {second}.")
    },
    count_issued: |n| format!("Ballots issued: {n}."),
    count_returned: |n| format!("Ballots returned: {n}."),
    count_valid: |n| format!("Valid ballots: {n}."),
    count_invalid: |n| format!("Invalid ballots: {n}."),
    secret_on_valid: "The ballots for, against and with another opinion are counted among the \
                      valid ballots (the record of the count is attached).",
    committee: |members| format!("Counting committee: {members}."),
    committee_head: |name| format!("{name} (head)"),
    witnesses: |first, second| {
        format!("Witnesses of the count: the representatives of {first} and of {second}.")
    },
    witness_household: |household_no, head| {
        if head.trim().is_empty() {
            format!("household {household_no}")
        } else {
            format!("household {household_no} (head: {})", head.trim())
        }
    },
    round_returns: |returned, total, not_returned| {
        format!(
            "Ballots delivered: {total} (one per household); returned: {returned}; households \
             that returned none: {not_returned}, counted as not voting."
        )
    },
    round_base: |total| {
        format!(
            "A household ballot has no quorum test; its result is measured against all {total} \
             households."
        )
    },
    round_counted: |at| format!("Counted at {at}."),
    round_open: "Ballots are still coming in and have not been counted: the counts below are of \
                 the ballots returned so far.",
    reporting_deadline: |date| {
        format!(
            "To be reported to the ward People's Committee and the Standing Board of the \
             Fatherland Front Committee by {date}."
        )
    },
    col_ballots: "Ballots",
    col_of_valid: |valid| format!("Share of valid ballots ({valid})"),
    col_of_returned: |returned| format!("Share of ballots returned ({returned})"),
    ballot_other: "Other opinion",
    secret_not_counted: "No valid ballot",
    not_returned: "Ballot not returned",

    count_title: "RECORD OF THE BALLOT COUNT",
    count_opening: |time, date, location, item_no, title| {
        format!(
            "At {time} on {date}, at {location}, the counting committee counted the secret \
             ballot on item {item_no}: {title}."
        )
    },
    count_committee_heading: "The counting committee:",
    member_line: |position, name, role| format!("{position}. {name} – {role}."),
    role_head: "Head",
    role_member: "Member",
    witnesses_heading: "Witnesses of the count:",
    witness_line: |position, household| format!("{position}. The representative of {household}."),
    count_heading: "Ballots:",
    count_results_heading: "The count (of the valid ballots):",
    count_for: |n, share| format!("Ballots for: {n}, {share} of the valid ballots."),
    count_against: |n, share| format!("Ballots against: {n}, {share} of the valid ballots."),
    count_other: |n, share| {
        format!("Ballots with another opinion: {n}, {share} of the valid ballots.")
    },
    count_option: |option, n, share| {
        format!("{option} – {n} ballots, {share} of the valid ballots.")
    },
    count_no_option: |n, share| {
        format!("For no option: {n} ballots, {share} of the valid ballots.")
    },
    count_read_out: "This record of the count was announced at the meeting.",
    sign_count_head: "HEAD OF THE COUNTING COMMITTEE",
    sign_count_members: "MEMBERS OF THE COUNTING COMMITTEE",
    sign_witnesses: "WITNESSES",

    tally_title: "RECORD OF THE RESULTS",
    tally_title_sub: "OF THE HOUSEHOLD BALLOT",
    tally_opening: |time, date, group, item_no, title| {
        format!(
            "At {time} on {date}, {group} summed up the ballots of the households on item \
             {item_no}: {title}."
        )
    },
    tally_opened: |at| format!("The ballots were delivered to the households from {at}."),
    tally_delivered: |n| format!("Ballots delivered: {n} (one per household)."),
    tally_returned: |n, share| format!("Ballots returned: {n}, {share} of all households."),
    tally_not_returned: |n, share| {
        format!(
            "Households that returned no ballot (counted as not voting): {n}, {share} of all \
             households."
        )
    },
    tally_for: |n, share| format!("Households for: {n}, {share} of all households."),
    tally_against: |n, share| format!("Households against: {n}, {share} of all households."),
    tally_other: |n, share| {
        format!("Households with another opinion: {n}, {share} of all households.")
    },
    tally_option: |option, n, share| {
        format!(
            "{option} – {}, {share} of all households.",
            households_en(n)
        )
    },
    tally_no_option: |n, share| {
        format!(
            "For no option: {}, {share} of all households.",
            households_en(n)
        )
    },
    tally_list_note: "The list of the households and the answer of each is attached.",
    sign_group_head: "HEAD OF THE RESIDENTIAL GROUP",
    sign_front_head: "HEAD OF THE FRONT WORK COMMITTEE",
    tally_list_title: "THE HOUSEHOLDS' ANSWERS",
    tally_list_of: |date| format!("(Attached to the record of the household ballot of {date})"),
    col_answer: "Answer",
    col_received: "Received",
    col_collected: "Collected by",

    sheet_title: "HOUSEHOLD BALLOT",
    sheet_household: |household_no| format!("Household number: {household_no}"),
    sheet_address: |address| format!("Address: {address}"),
    sheet_head: |name| format!("Head of household: {name}"),
    sheet_question: |title| format!("Question: {title}"),
    sheet_mark: "The household's answer (mark one box with an X):",
    sheet_other_opinion: "Another opinion (if any):",
    sheet_date: "Place and date: ……………………",
    sign_household: "FOR THE HOUSEHOLD",

    fingerprint: "SHA-256 fingerprint of the meeting's content when it was closed (check it with hopdan verify):",
    fingerprint_open: "The meeting is still open: these minutes have no SHA-256 fingerprint yet and may still change.",
    fingerprint_missing: "The meeting was closed without a SHA-256 fingerprint (by an older version of hopdan).",

    page_before: "Page ",
    page_between: " of ",
};

/// Numbers in a sentence: "2 và 3", "1, 3 và 4", with the language's `and`.
fn list_words(numbers: &[u32], and: &str) -> String {
    match numbers {
        [] => String::new(),
        [only] => only.to_string(),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(u32::to_string).collect();
            format!("{} {and} {last}", rest.join(", "))
        }
    }
}

/// "1 household", "2 households": English counts a household in the singular.
fn households_en(n: u32) -> String {
    match n {
        1 => "1 household".to_owned(),
        n => format!("{n} households"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_numbers_are_listed_with_and_before_the_last() {
        assert_eq!((VI.option_list)(&[]), "");
        assert_eq!((VI.option_list)(&[2]), "2");
        assert_eq!((VI.option_list)(&[2, 3]), "2 và 3");
        assert_eq!((VI.option_list)(&[1, 3, 4]), "1, 3 và 4");
        assert_eq!((EN.option_list)(&[1, 3, 4]), "1, 3 and 4");
    }
}
