//! The words of the register, the sign-in at the door and the land pledges (SPEC §9–§11), in
//! Vietnamese and in English. Times are given as they are read aloud at the door: "7:50".

use crate::domain::{Consent, Standing};

pub struct RegisterWords {
    // What the store refuses, as sentences
    pub err_unknown_household: fn(household_no: &str) -> String,
    pub err_bad_household_number: fn(household_no: &str) -> String,
    pub err_duplicate_household: fn(household_no: &str) -> String,
    pub err_household_number_kept: fn(household_no: &str) -> String,
    pub err_household_in_use: fn(household_no: &str) -> String,
    pub err_register_has_history: &'static str,
    pub err_register_in_use: &'static str,
    pub err_last_household: fn(household_no: &str) -> String,
    pub err_already_signed_in: fn(household_no: &str, arrived: &str) -> String,
    pub err_not_signed_in: fn(household_no: &str) -> String,
    pub err_sign_in_counted: fn(household_no: &str) -> String,
    pub err_nameless_representative: fn(household_no: &str) -> String,
    pub err_presence_from_register: &'static str,
    pub err_total_from_register: &'static str,
    pub err_present_not_attendance: fn(found: u32, expected: u32) -> String,
    pub err_item_takes_no_pledges: fn(item_no: u32) -> String,
    pub err_item_has_pledges: fn(item_no: u32) -> String,
    pub err_already_pledged: fn(item_no: u32, household_no: &str) -> String,
    pub err_no_pledge: fn(item_no: u32, household_no: &str) -> String,
    pub err_area_too_large: &'static str,

    // Land pledges in the app (SPEC §11)
    /// The choice of the agenda item's form: whether the item asks households for land.
    pub field_takes_pledges: &'static str,
    pub takes_pledges_no: &'static str,
    pub takes_pledges_yes: &'static str,
    /// The message line, for the pledges key on an item that takes none.
    pub item_takes_no_pledges: fn(item_no: u32) -> String,
    pub pledges_title: fn(item_no: u32, count: usize) -> String,
    pub pledges_empty: &'static str,
    pub pledges_need_register: fn(meeting_id: i64) -> String,
    pub col_household: &'static str,
    pub col_frontage: &'static str,
    pub col_depth: &'static str,
    pub col_area: &'static str,
    pub col_structures: &'static str,
    pub col_consent: &'static str,
    pub consent_agreed: &'static str,
    pub consent_undecided: &'static str,
    pub consent_refused: &'static str,
    /// The consent choice before the secretary makes one.
    pub consent_not_chosen: &'static str,
    /// The totals of an item: households affected, each consent, the area agreed, the share
    /// of the affected that agreed.
    pub pledge_totals: fn(
        affected: u32,
        agreed: u32,
        undecided: u32,
        refused: u32,
        area: &str,
        share: &str,
    ) -> String,
    /// The short line of the live screen.
    pub pledges_line: fn(agreed: u32, affected: u32, share: &str, area: &str) -> String,
    pub pledges_line_empty: &'static str,
    pub find_household_title: fn(item_no: u32) -> String,
    pub find_household_label: &'static str,
    pub find_household_hint: &'static str,
    pub find_household_none: &'static str,
    /// Beside a household found that has a pledge on the item already.
    pub find_household_pledged: &'static str,
    pub pledge_form_title: fn(household: &str) -> String,
    pub pledge_correct_title: fn(household: &str) -> String,
    pub field_frontage: &'static str,
    pub field_depth: &'static str,
    pub field_area: &'static str,
    pub field_structures: &'static str,
    pub field_consent: &'static str,
    pub field_pledge_note: &'static str,
    /// The fields' labels in the form, with their units.
    pub label_frontage: &'static str,
    pub label_depth: &'static str,
    pub label_area: &'static str,
    pub area_computed: fn(frontage: &str, depth: &str, area: &str) -> String,
    pub area_typed: fn(area: &str) -> String,
    pub area_left_empty: &'static str,
    pub err_choose: fn(field: &str) -> String,
    pub err_measure_not_a_number: fn(field: &str, typed: &str) -> String,
    pub err_measure_negative: fn(field: &str, typed: &str) -> String,
    pub err_measure_too_precise: fn(field: &str, typed: &str) -> String,
    pub err_measure_too_large: fn(field: &str, typed: &str) -> String,
    pub saved_pledge: fn(household_no: &str) -> String,
    pub removed_pledge: fn(household_no: &str) -> String,
    pub remove_pledge_title: fn(household: &str) -> String,
    pub field_remove_pledge_reason: &'static str,
    /// What the history names a change of the register or the pledges by.
    pub history_household: fn(household_no: &str) -> String,
    pub history_household_moved_away: fn(household_no: &str) -> String,
    pub history_pledge: fn(household_no: &str) -> String,
    pub history_pledge_removed: fn(household_no: &str) -> String,
    pub chair_pledges_title: &'static str,
    pub chair_pledges_counts:
        fn(affected: u32, agreed: u32, undecided: u32, refused: u32) -> String,
    pub chair_pledges_area: fn(area: &str, share: &str) -> String,
    /// Under each big count of the chair's board: its share "of the households affected".
    pub of_affected: &'static str,
    pub chair_pledges_affected: fn(affected: u32) -> String,

    // The sign-in screen (điểm danh)
    pub sign_in_title: &'static str,
    /// Before the search line: what can be typed into it.
    pub search_label: &'static str,
    pub column_number: &'static str,
    pub column_address: &'static str,
    pub column_head: &'static str,
    pub column_present: &'static str,
    pub standing_head: &'static str,
    pub standing_member: &'static str,
    pub standing_proxy: &'static str,
    /// A household that came and went: "ra về 9:10".
    pub left_at: fn(time: &str) -> String,
    /// Beside the households present on the live screen and in the vote form: they come from
    /// the sign-in list.
    pub from_sign_in: &'static str,
    /// Beside all households in the form of the meeting's details: they are the register's.
    pub from_register: &'static str,
    /// Beside an opinion of someone whose address is not a household of the register.
    pub outside_the_group: &'static str,
    pub no_register: &'static str,
    pub nothing_found: fn(typed: &str) -> String,
    pub signed_in: fn(household_no: &str, name: &str, time: &str) -> String,
    pub signed_out: fn(household_no: &str, time: &str) -> String,
    pub sign_in_cancelled: fn(household_no: &str) -> String,
    pub representative_changed: fn(household_no: &str, name: &str, standing: &str) -> String,
    pub not_present: fn(household_no: &str) -> String,
    /// The register of the group's latest meeting, offered to a meeting without one.
    /// Above the people offered in the speaker form, when households of the register are
    /// among them.
    pub suggestions_heading: &'static str,
    pub offer_register: fn(households: usize, day: &str) -> String,
    pub register_saved: fn(households: usize) -> String,
    /// The new meeting's form, once the ward and group typed have a register: where the
    /// numbers of households come from.
    pub field_households_from: &'static str,
    pub households_from_group_register: fn(households: u32) -> String,
    pub households_typed: &'static str,
    pub saved_meeting_with_register: fn(households: usize) -> String,
    pub household_added: fn(household_no: &str) -> String,
    pub household_corrected: fn(household_no: &str) -> String,
    pub household_moved_away: fn(household_no: &str) -> String,

    // Forms
    pub representative_form_title: fn(household_no: &str) -> String,
    pub field_representative: &'static str,
    pub field_proxy_note: &'static str,
    pub household_form_title: &'static str,
    pub correct_household_title: fn(household_no: &str) -> String,
    pub moved_away_title: fn(household_no: &str) -> String,
    pub field_household_no: &'static str,
    pub field_address: &'static str,
    pub field_head_name: &'static str,
    pub field_members: &'static str,
    pub field_phone: &'static str,
    pub field_note: &'static str,
    pub field_moved_away_reason: &'static str,
    pub register_file_title: &'static str,
    pub field_register_file: &'static str,
    pub err_members_not_number: &'static str,
    pub err_proxy_note_required: &'static str,
}

impl RegisterWords {
    /// A household's consent in words.
    pub fn consent(&self, consent: Consent) -> &'static str {
        match consent {
            Consent::Agreed => self.consent_agreed,
            Consent::Undecided => self.consent_undecided,
            Consent::Refused => self.consent_refused,
        }
    }
    /// A standing in words.
    pub fn standing(&self, standing: Standing) -> &'static str {
        match standing {
            Standing::Head => self.standing_head,
            Standing::Member => self.standing_member,
            Standing::Proxy => self.standing_proxy,
        }
    }
}

pub static VI: RegisterWords = RegisterWords {
    err_unknown_household: |no| format!("Không có hộ số {no} trong danh sách hộ của tổ."),
    err_bad_household_number: |no| {
        if no.is_empty() {
            "Hộ phải có số hộ.".to_owned()
        } else {
            format!("Số hộ “{no}” dài quá 20 ký tự: hãy dùng số hoặc mã ngắn của tổ.")
        }
    },
    err_duplicate_household: |no| format!("Hộ số {no} có hai lần trong danh sách hộ."),
    err_household_number_kept: |no| {
        format!(
            "Không đổi được số hộ {no}: danh sách điểm danh và đăng ký hiến đất ghi theo số này."
        )
    },
    err_household_in_use: |no| {
        format!("Hộ số {no} đã điểm danh hoặc đăng ký hiến đất nên không đánh dấu chuyển đi được.")
    },
    err_last_household: |no| {
        format!("Hộ số {no} là hộ cuối cùng của danh sách nên không đánh dấu chuyển đi được.")
    },
    err_register_has_history: "Trong danh sách hộ đã có hộ được sửa hoặc chuyển đi, nên không \
        thay cả danh sách được nữa: hãy thêm, sửa từng hộ (Ctrl+N, Ctrl+E).",
    err_register_in_use: "Đã có hộ điểm danh hoặc đăng ký hiến đất nên không thay được danh sách hộ.",
    err_already_signed_in: |no, arrived| format!("Hộ số {no} đã điểm danh lúc {arrived}."),
    err_not_signed_in: |no| format!("Hộ số {no} chưa điểm danh."),
    err_sign_in_counted: |no| {
        format!("Đã có biểu quyết tính hộ số {no} là có mặt, nên không hủy điểm danh được.")
    },
    err_nameless_representative: |no| {
        format!("Cần ghi họ tên người đại diện hộ số {no}: danh sách không ghi tên chủ hộ.")
    },
    err_presence_from_register: "Số hộ có mặt được đếm theo danh sách điểm danh, không sửa tay được.",
    err_total_from_register: "Tổng số hộ là số hộ trong danh sách hộ, không sửa tay được.",
    err_present_not_attendance: |found, expected| {
        format!(
            "Biểu quyết ghi {found} hộ có mặt, nhưng danh sách điểm danh lúc đó có {expected} hộ."
        )
    },
    err_item_takes_no_pledges: |item_no| {
        format!("Nội dung {item_no} không phải nội dung đăng ký hiến đất.")
    },
    err_item_has_pledges: |item_no| {
        format!("Nội dung {item_no} đã có hộ đăng ký hiến đất nên vẫn là nội dung hiến đất.")
    },
    err_already_pledged: |item_no, no| {
        format!(
            "Hộ {no} đã đăng ký hiến đất cho nội dung {item_no}; muốn thay đổi thì sửa đăng ký \
             đó và ghi lý do."
        )
    },
    err_no_pledge: |item_no, no| format!("Hộ {no} chưa đăng ký hiến đất cho nội dung {item_no}."),
    err_area_too_large: "Diện tích hiến quá 1.000 m²: hãy kiểm tra lại chiều dài và chiều sâu.",
    field_takes_pledges: "Hiến đất",
    takes_pledges_no: "không",
    takes_pledges_yes: "có",
    item_takes_no_pledges: |item_no| {
        format!("Nội dung {item_no} không nhận đăng ký hiến đất: sửa nội dung, chọn Hiến đất: có.")
    },
    pledges_title: |item_no, count| format!("Hiến đất — nội dung {item_no} ({count} hộ)"),
    pledges_empty: "Chưa có hộ nào đăng ký hiến đất cho nội dung này.",
    pledges_need_register: |id| {
        format!(
            "Cần danh sách hộ của tổ để ghi đăng ký hiến đất. Nhập danh sách ở màn hình điểm \
             danh, hoặc chạy lệnh: hopdan households import TỆP --meeting {id}"
        )
    },
    col_household: "Hộ",
    col_frontage: "Dài m",
    col_depth: "Sâu m",
    col_area: "DT m²",
    col_structures: "Vật kiến trúc",
    col_consent: "Ý kiến",
    consent_agreed: "Đồng ý hiến",
    consent_undecided: "Chưa đồng ý",
    consent_refused: "Không đồng ý",
    consent_not_chosen: "— chưa chọn —",
    pledge_totals: |affected, agreed, undecided, refused, area, share| {
        format!(
            "{affected} hộ: {agreed} đồng ý, {undecided} chưa đồng ý, {refused} không đồng ý · \
             {area} m² đồng ý hiến · {share} số hộ đồng ý"
        )
    },
    pledges_line: |agreed, affected, share, area| {
        format!("Hiến đất: {agreed}/{affected} hộ đồng ý ({share}) · {area} m²")
    },
    pledges_line_empty: "Hiến đất: chưa có hộ đăng ký",
    find_household_title: |item_no| format!("Hộ đăng ký hiến đất — nội dung {item_no}"),
    find_household_label: "Tìm hộ",
    find_household_hint: "Gõ một phần số hộ, địa chỉ hoặc tên chủ hộ (không dấu cũng được).",
    find_household_none: "Không có hộ nào khớp.",
    find_household_pledged: "đã đăng ký",
    pledge_form_title: |household| format!("Hiến đất: {household}"),
    pledge_correct_title: |household| format!("Sửa hiến đất: {household}"),
    field_frontage: "Chiều dài",
    field_depth: "Chiều sâu",
    field_area: "Diện tích",
    field_structures: "Vật kiến trúc",
    field_consent: "Ý kiến hộ",
    field_pledge_note: "Ghi chú",
    label_frontage: "Chiều dài (m)",
    label_depth: "Chiều sâu (m)",
    label_area: "Diện tích (m²)",
    area_computed: |frontage, depth, area| format!("Diện tích: {frontage} × {depth} = {area} m²"),
    area_typed: |area| format!("Diện tích: {area} m² (đã nhập)"),
    area_left_empty: "Để trống diện tích: tính bằng chiều dài × chiều sâu.",
    err_choose: |field| format!("Cần chọn {field}."),
    err_measure_not_a_number: |field, typed| {
        format!("{field} \"{typed}\" không phải là số như 2,5.")
    },
    err_measure_negative: |field, typed| format!("{field} \"{typed}\" là số âm."),
    err_measure_too_precise: |field, typed| {
        format!("{field} \"{typed}\" có quá hai chữ số thập phân.")
    },
    err_measure_too_large: |field, typed| format!("{field} \"{typed}\" lớn hơn 1.000."),
    saved_pledge: |no| format!("Đã lưu đăng ký hiến đất của hộ số {no}."),
    removed_pledge: |no| format!("Đã xóa đăng ký hiến đất của hộ số {no}."),
    remove_pledge_title: |household| format!("Xóa đăng ký hiến đất của hộ {household}"),
    field_remove_pledge_reason: "Lý do xóa (ví dụ: ghi nhầm hộ)",
    history_household: |no| format!("Hộ số {no} trong danh sách hộ"),
    history_household_moved_away: |no| format!("Hộ số {no} chuyển đi, ra khỏi danh sách hộ"),
    history_pledge: |no| format!("Đăng ký hiến đất của hộ số {no}"),
    history_pledge_removed: |no| format!("Đăng ký hiến đất của hộ số {no}, đã xóa"),
    chair_pledges_title: "HIẾN ĐẤT",
    chair_pledges_counts: |affected, agreed, undecided, refused| {
        format!(
            "{affected} hộ liên quan · {agreed} đồng ý hiến · {undecided} chưa đồng ý · \
             {refused} không đồng ý"
        )
    },
    chair_pledges_area: |area, share| {
        format!("Diện tích đồng ý hiến: {area} m² · {share} số hộ đồng ý")
    },
    of_affected: "số hộ liên quan",
    chair_pledges_affected: |affected| format!("{affected} hộ liên quan"),
    sign_in_title: "Điểm danh",
    search_label: "Tìm số, địa chỉ, tên:",
    column_number: "Số",
    column_address: "Địa chỉ",
    column_head: "Chủ hộ",
    column_present: "Có mặt",
    standing_head: "chủ hộ",
    standing_member: "thành viên được cử",
    standing_proxy: "ủy quyền",
    left_at: |time| format!("ra về {time}"),
    from_sign_in: "theo điểm danh",
    from_register: "theo danh sách hộ",
    outside_the_group: "ngoài tổ",
    no_register: "Cuộc họp chưa có danh sách hộ.",
    nothing_found: |typed| format!("Không có hộ nào khớp với “{typed}”."),
    signed_in: |no, name, time| format!("Hộ số {no} đã điểm danh lúc {time}: {name}."),
    signed_out: |no, time| format!("Hộ số {no} ra về lúc {time}."),
    sign_in_cancelled: |no| format!("Đã hủy điểm danh hộ số {no}."),
    representative_changed: |no, name, standing| {
        format!("Hộ số {no}: người đại diện là {name} ({standing}).")
    },
    not_present: |no| format!("Hộ số {no} không có mặt."),
    suggestions_heading: "Trong cuộc họp và danh sách hộ:",
    offer_register: |n, day| format!("Dùng danh sách {n} hộ của cuộc họp ngày {day}?"),
    register_saved: |n| format!("Đã lưu danh sách {n} hộ."),
    field_households_from: "Số hộ",
    households_from_group_register: |n| format!("theo danh sách của tổ ({n} hộ)"),
    households_typed: "nhập tay",
    saved_meeting_with_register: |n| format!("Đã tạo cuộc họp với danh sách {n} hộ của tổ."),
    household_added: |no| format!("Đã thêm hộ số {no}."),
    household_corrected: |no| format!("Đã sửa hộ số {no}."),
    household_moved_away: |no| format!("Hộ số {no} đã được đánh dấu chuyển đi."),
    representative_form_title: |no| format!("Người đại diện hộ số {no}"),
    field_representative: "Họ tên người đại diện",
    field_proxy_note: "Ủy quyền của ai",
    household_form_title: "Thêm hộ vào danh sách",
    correct_household_title: |no| format!("Sửa hộ số {no}"),
    moved_away_title: |no| format!("Hộ số {no} chuyển đi"),
    field_household_no: "Số hộ",
    field_address: "Địa chỉ",
    field_head_name: "Chủ hộ",
    field_members: "Số nhân khẩu",
    field_phone: "Điện thoại",
    field_note: "Ghi chú",
    field_moved_away_reason: "Lý do (chuyển đi đâu, khi nào)",
    register_file_title: "Nhập danh sách hộ từ tệp CSV",
    field_register_file: "Tệp",
    err_members_not_number: "Số nhân khẩu phải là một số (hoặc để trống).",
    err_proxy_note_required: "Hãy ghi người được ủy quyền thay cho ai.",
};

pub static EN: RegisterWords = RegisterWords {
    err_unknown_household: |no| format!("There is no household {no} in the group's register."),
    err_bad_household_number: |no| {
        if no.is_empty() {
            "A household needs a number.".to_owned()
        } else {
            format!(
                "The household number “{no}” is longer than 20 characters: use the group's short number or code."
            )
        }
    },
    err_duplicate_household: |no| format!("Household {no} is in the register twice."),
    err_household_number_kept: |no| {
        format!("Household {no} keeps its number: the sign-in and the pledges name it by it.")
    },
    err_household_in_use: |no| {
        format!(
            "Household {no} has signed in or pledged land, so it cannot be marked as moved away."
        )
    },
    err_last_household: |no| {
        format!("Household {no} is the last of the register, so it cannot be marked as moved away.")
    },
    err_register_has_history: "Households of the register were corrected or moved away, so \
        the whole list can no longer be replaced: add or correct households one by one (Ctrl+N, \
        Ctrl+E).",
    err_register_in_use: "Households have signed in or pledged land, so the register can no longer be replaced.",
    err_already_signed_in: |no, arrived| format!("Household {no} signed in already, at {arrived}."),
    err_not_signed_in: |no| format!("Household {no} has not signed in."),
    err_sign_in_counted: |no| {
        format!("A vote counted household {no} as present, so its sign-in cannot be taken back.")
    },
    err_nameless_representative: |no| {
        format!("Household {no} needs the name of its representative: the register names no head.")
    },
    err_presence_from_register: "The households present are counted from the sign-in list; they cannot be set by hand.",
    err_total_from_register: "The number of households is that of the register; it cannot be set by hand.",
    err_present_not_attendance: |found, expected| {
        format!(
            "The vote counts {found} households present, but the sign-in list had {expected} then."
        )
    },
    err_item_takes_no_pledges: |item_no| format!("Item {item_no} does not take land pledges."),
    err_item_has_pledges: |item_no| {
        format!("Households have pledged land on item {item_no}, so it keeps taking pledges.")
    },
    err_already_pledged: |item_no, no| {
        format!(
            "Household {no} has pledged on item {item_no} already; to change it, correct that \
             pledge and give the reason."
        )
    },
    err_no_pledge: |item_no, no| format!("Household {no} has no pledge on item {item_no}."),
    err_area_too_large: "The area pledged is more than 1,000 m²: check the frontage and the depth.",
    field_takes_pledges: "Land pledges",
    takes_pledges_no: "no",
    takes_pledges_yes: "yes",
    item_takes_no_pledges: |item_no| {
        format!("Item {item_no} takes no land pledges: correct the item, Land pledges: yes.")
    },
    pledges_title: |item_no, count| format!("Land pledges — item {item_no} ({count} households)"),
    pledges_empty: "No household has pledged land on this item yet.",
    pledges_need_register: |id| {
        format!(
            "Land pledges need the group's register of households. Import it on the sign-in \
             screen, or run: hopdan households import FILE --meeting {id}"
        )
    },
    col_household: "Household",
    col_frontage: "Front m",
    col_depth: "Depth m",
    col_area: "Area m²",
    col_structures: "Structures",
    col_consent: "Consent",
    consent_agreed: "Agrees",
    consent_undecided: "Undecided",
    consent_refused: "Refuses",
    consent_not_chosen: "— not chosen —",
    pledge_totals: |affected, agreed, undecided, refused, area, share| {
        format!(
            "{affected} households: {agreed} agree, {undecided} undecided, {refused} refuse · \
             {area} m² agreed · {share} agree"
        )
    },
    pledges_line: |agreed, affected, share, area| {
        format!("Land pledges: {agreed}/{affected} agree ({share}) · {area} m²")
    },
    pledges_line_empty: "Land pledges: none recorded yet",
    find_household_title: |item_no| format!("Household pledging land — item {item_no}"),
    find_household_label: "Find",
    find_household_hint: "Type part of the household's number, address or head's name.",
    find_household_none: "No household matches.",
    find_household_pledged: "pledged",
    pledge_form_title: |household| format!("Land pledge: {household}"),
    pledge_correct_title: |household| format!("Correct land pledge: {household}"),
    field_frontage: "Frontage",
    field_depth: "Depth",
    field_area: "Area",
    field_structures: "Structures",
    field_consent: "Consent",
    field_pledge_note: "Note",
    label_frontage: "Frontage (m)",
    label_depth: "Depth (m)",
    label_area: "Area (m²)",
    area_computed: |frontage, depth, area| format!("Area: {frontage} × {depth} = {area} m²"),
    area_typed: |area| format!("Area: {area} m² (typed)"),
    area_left_empty: "Area left empty: frontage × depth.",
    err_choose: |field| format!("Choose the {field}."),
    err_measure_not_a_number: |field, typed| {
        format!("{field} \"{typed}\" is not a number such as 2.5.")
    },
    err_measure_negative: |field, typed| format!("{field} \"{typed}\" is negative."),
    err_measure_too_precise: |field, typed| {
        format!("{field} \"{typed}\" has more than two decimal places.")
    },
    err_measure_too_large: |field, typed| format!("{field} \"{typed}\" is more than 1,000."),
    saved_pledge: |no| format!("Saved the land pledge of household {no}."),
    removed_pledge: |no| format!("Removed the land pledge of household {no}."),
    remove_pledge_title: |household| format!("Remove the land pledge of household {household}"),
    field_remove_pledge_reason: "Reason (e.g. the wrong household was taken down)",
    history_household: |no| format!("Household {no} of the register"),
    history_household_moved_away: |no| format!("Household {no} moved away, out of the register"),
    history_pledge: |no| format!("Land pledge of household {no}"),
    history_pledge_removed: |no| format!("Land pledge of household {no}, removed"),
    chair_pledges_title: "LAND PLEDGES",
    chair_pledges_counts: |affected, agreed, undecided, refused| {
        format!(
            "{affected} households affected · {agreed} agree · {undecided} undecided · \
             {refused} refuse"
        )
    },
    chair_pledges_area: |area, share| {
        format!("Area agreed: {area} m² · {share} of households agree")
    },
    of_affected: "of those affected",
    chair_pledges_affected: |affected| format!("{affected} households affected"),
    sign_in_title: "Sign-in",
    search_label: "Find number, address, name:",
    column_number: "No.",
    column_address: "Address",
    column_head: "Head",
    column_present: "Present",
    standing_head: "head",
    standing_member: "member",
    standing_proxy: "proxy",
    left_at: |time| format!("left {time}"),
    from_sign_in: "by sign-in",
    from_register: "from the register",
    outside_the_group: "not of the group",
    no_register: "The meeting has no register of households yet.",
    nothing_found: |typed| format!("No household matches “{typed}”."),
    signed_in: |no, name, time| format!("Household {no} signed in at {time}: {name}."),
    signed_out: |no, time| format!("Household {no} left at {time}."),
    sign_in_cancelled: |no| format!("The sign-in of household {no} is taken back."),
    representative_changed: |no, name, standing| {
        format!("Household {no} is represented by {name} ({standing}).")
    },
    not_present: |no| format!("Household {no} is not present."),
    suggestions_heading: "In this meeting and its register:",
    offer_register: |n, day| format!("Use the register of {n} households of the meeting of {day}?"),
    register_saved: |n| format!("Register of {n} households saved."),
    field_households_from: "Households",
    households_from_group_register: |n| format!("the group's register ({n} households)"),
    households_typed: "typed in",
    saved_meeting_with_register: |n| {
        format!("Meeting created with the group's register of {n} households.")
    },
    household_added: |no| format!("Household {no} added."),
    household_corrected: |no| format!("Household {no} corrected."),
    household_moved_away: |no| format!("Household {no} marked as moved away."),
    representative_form_title: |no| format!("Representative of household {no}"),
    field_representative: "Representative's name",
    field_proxy_note: "Proxy for whom",
    household_form_title: "Add a household to the register",
    correct_household_title: |no| format!("Correct household {no}"),
    moved_away_title: |no| format!("Household {no} moved away"),
    field_household_no: "Household no.",
    field_address: "Address",
    field_head_name: "Head",
    field_members: "Members",
    field_phone: "Phone",
    field_note: "Note",
    field_moved_away_reason: "Reason (where to, since when)",
    register_file_title: "Import the register from a CSV file",
    field_register_file: "File",
    err_members_not_number: "Members must be a number (or left empty).",
    err_proxy_note_required: "Say whose proxy the representative is.",
};
