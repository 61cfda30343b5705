//! The words of the register, the sign-in at the door and the land pledges (SPEC §9–§11), in
//! Vietnamese and in English. Times are given as they are read aloud at the door: "7:50".

pub struct RegisterWords {
    // What the store refuses, as sentences
    pub err_unknown_household: fn(household_no: &str) -> String,
    pub err_duplicate_household: fn(household_no: &str) -> String,
    pub err_household_number_kept: fn(household_no: &str) -> String,
    pub err_household_in_use: fn(household_no: &str) -> String,
    pub err_register_in_use: &'static str,
    pub err_already_signed_in: fn(household_no: &str, arrived: &str) -> String,
    pub err_left_before_vote: fn(household_no: &str, left: &str) -> String,
    pub err_not_signed_in: fn(household_no: &str) -> String,
    pub err_sign_in_counted: fn(household_no: &str) -> String,
    pub err_nameless_representative: fn(household_no: &str) -> String,
    pub err_presence_from_register: &'static str,
    pub err_total_from_register: &'static str,
    pub err_present_not_attendance: fn(found: u32, expected: u32) -> String,
    pub err_item_takes_no_pledges: fn(item_no: u32) -> String,
    pub err_item_has_pledges: fn(item_no: u32) -> String,
    pub err_area_too_large: &'static str,
}

pub static VI: RegisterWords = RegisterWords {
    err_unknown_household: |no| format!("Không có hộ số {no} trong danh sách hộ của tổ."),
    err_duplicate_household: |no| format!("Hộ số {no} có hai lần trong danh sách hộ."),
    err_household_number_kept: |no| {
        format!(
            "Không đổi được số hộ {no}: danh sách điểm danh và đăng ký hiến đất ghi theo số này."
        )
    },
    err_household_in_use: |no| {
        format!("Hộ số {no} đã điểm danh hoặc đăng ký hiến đất nên không đánh dấu chuyển đi được.")
    },
    err_register_in_use: "Đã có hộ điểm danh hoặc đăng ký hiến đất nên không thay được danh sách hộ.",
    err_already_signed_in: |no, arrived| format!("Hộ số {no} đã điểm danh lúc {arrived}."),
    err_left_before_vote: |no, left| {
        format!(
            "Hộ số {no} đã ra về lúc {left} và sau đó đã có biểu quyết, nên không điểm danh lại được."
        )
    },
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
    err_area_too_large: "Diện tích hiến quá 1.000 m²: hãy kiểm tra lại chiều dài và chiều sâu.",
};

pub static EN: RegisterWords = RegisterWords {
    err_unknown_household: |no| format!("There is no household {no} in the group's register."),
    err_duplicate_household: |no| format!("Household {no} is in the register twice."),
    err_household_number_kept: |no| {
        format!("Household {no} keeps its number: the sign-in and the pledges name it by it.")
    },
    err_household_in_use: |no| {
        format!(
            "Household {no} has signed in or pledged land, so it cannot be marked as moved away."
        )
    },
    err_register_in_use: "Households have signed in or pledged land, so the register can no longer be replaced.",
    err_already_signed_in: |no, arrived| format!("Household {no} signed in already, at {arrived}."),
    err_left_before_vote: |no, left| {
        format!(
            "Household {no} left at {left} and a vote was taken since, so it cannot sign in again."
        )
    },
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
    err_area_too_large: "The area pledged is more than 1,000 m²: check the frontage and the depth.",
};
