//! The words of votes taken by ballot (SPEC §12): the secret ballot and its counting committee,
//! the household-ballot round, in Vietnamese and in English.

pub struct BallotWords {
    // What the store and the checks of SPEC §12 refuse, as sentences
    pub err_committee_too_few: fn(count: usize, min: usize) -> String,
    pub err_committee_too_many: fn(count: usize, max: usize) -> String,
    pub err_committee_empty_name: fn(position: usize) -> String,
    pub err_committee_name_twice: fn(name: &str) -> String,
    pub err_committee_no_head: &'static str,
    pub err_committee_several_heads: fn(count: usize) -> String,
    pub err_witness_missing: fn(position: usize) -> String,
    pub err_witness_same: fn(household_no: &str) -> String,
    pub err_witness_not_in_register: fn(household_no: &str) -> String,
    pub err_present_exceeds_total: fn(present: u32, total: u32) -> String,
    pub err_issued_exceeds_present: fn(issued: u32, present: u32) -> String,
    pub err_returned_exceeds_issued: fn(returned: u32, issued: u32) -> String,
    pub err_sorted_not_returned: fn(sorted: u64, returned: u32) -> String,
    pub err_votes_not_valid: fn(counted: u64, valid: u32) -> String,
    pub err_option_votes_not_valid: fn(counted: u64, valid: u32) -> String,
    pub err_not_in_register: fn(household_no: &str) -> String,
    pub err_second_ballot: fn(household_no: &str) -> String,
    pub err_no_ballot: fn(household_no: &str) -> String,
    pub err_option_on_yes_no: fn(household_no: &str, option_no: u32) -> String,
    pub err_yes_no_on_options: fn(household_no: &str) -> String,
    pub err_not_an_option: fn(household_no: &str, option_no: u32) -> String,
    pub err_round_needs_register: &'static str,
    pub err_no_such_round: fn(item_no: u32, vote_no: u32) -> String,
    pub err_round_counted: fn(item_no: u32, vote_no: u32) -> String,
    pub err_round_open: fn(item_no: u32, vote_no: u32) -> String,
    pub err_ballot_before_round: fn(received_at: &str, opened_at: &str) -> String,
    pub err_correction_without_reason: &'static str,
    pub err_ballot_not_corrected: fn(item_no: u32, vote_no: u32) -> String,

    // What import refuses in the files of ballots
    pub import_hands_in_ballots: &'static str,
    pub import_secret_with_counted_at: &'static str,
    pub import_round_with_committee: &'static str,
    pub import_not_ballot_count: fn(found: u32, expected: u32) -> String,
    pub import_round_without_register: &'static str,
    pub import_not_a_round: fn(item_no: u32, vote_no: u32) -> String,
    pub import_ballot_vote_corrected: fn(item_no: u32, vote_no: u32) -> String,
    pub import_ballot_before_round: fn(received: &str, opened: &str) -> String,
    pub import_counted_before_ballot: fn(counted: &str, received: &str) -> String,

    // The choice of the method, the secret ballot's form
    pub ballot_method_title: fn(item_no: u32) -> String,
    pub field_method: &'static str,
    pub method_secret: &'static str,
    pub method_household_ballot: &'static str,
    /// How a vote was taken, after its number on the screens: "giơ tay".
    pub method_hands_short: &'static str,
    pub method_secret_short: &'static str,
    pub method_household_short: &'static str,
    pub secret_title: fn(item_no: u32, vote_no: u32) -> String,
    pub field_committee_head: &'static str,
    /// The label of the other members, numbered by [`BallotWords::committee_member`].
    pub field_committee_member: &'static str,
    pub committee_member: fn(position: usize) -> String,
    pub field_witness: &'static str,
    pub witness: fn(position: usize) -> String,
    pub field_issued: &'static str,
    pub field_returned: &'static str,
    pub field_valid: &'static str,
    pub field_invalid: &'static str,
    pub field_abstain: &'static str,
    pub field_option: &'static str,

    // The household-ballot round
    pub confirm_open_round: fn(item_no: u32, households: usize) -> String,
    pub offer_round_after_no_quorum: fn(item_no: u32, households: usize) -> String,
    pub opened_round: fn(item_no: u32, vote_no: u32) -> String,
    pub round_title: fn(item_no: u32, vote_no: u32, returned: u32, households: u32) -> String,
    pub round_counted_title:
        fn(item_no: u32, vote_no: u32, returned: u32, households: u32) -> String,
    pub not_returned: &'static str,
    pub ballot_form_title: fn(household: &str) -> String,
    pub ballot_correct_title: fn(household: &str) -> String,
    pub field_choice: &'static str,
    pub choice_not_chosen: &'static str,
    pub choice_for: &'static str,
    pub choice_against: &'static str,
    pub choice_abstain: &'static str,
    pub choice_no_option: &'static str,
    pub field_received_at: &'static str,
    pub field_collected_by: &'static str,
    pub field_ballot_opinion: &'static str,
    pub err_choice_not_chosen: &'static str,
    pub saved_ballot: fn(household_no: &str, returned: u32, households: u32) -> String,
    pub corrected_ballot: fn(household_no: &str) -> String,
    pub confirm_count_round: fn(returned: u32, households: u32) -> String,
    pub counted_round: fn(outcome: &str, deadline: &str) -> String,
    /// The live pane and the chair's board: a round's progress.
    pub round_progress: fn(returned: u32, households: u32) -> String,
    pub round_open: &'static str,
    /// The tally's last row for a round, and its shares' second measure.
    pub not_returned_row: &'static str,
    pub of_returned: &'static str,
    pub report_by: fn(deadline: &str) -> String,
    /// A secret ballot's sheets on the live pane: "phiếu: phát 40, thu 39, hợp lệ 38".
    pub secret_sheets: fn(issued: u32, returned: u32, valid: u32) -> String,
    /// The search for the household whose ballot came back.
    pub find_ballot_household: fn(item_no: u32, vote_no: u32) -> String,
    /// After a household found that has returned its ballot: Enter corrects it.
    pub find_household_returned: &'static str,

    // Rows of the files of ballots, in words
    pub row_ballot_vote: fn(item_no: u32, vote_no: u32) -> String,
    pub row_household_ballot: fn(item_no: u32, vote_no: u32, household_no: &str) -> String,
    pub row_ballot_correction: fn(correction_no: u32) -> String,
}

pub static VI: BallotWords = BallotWords {
    err_committee_too_few: |count, min| {
        format!("Tổ kiểm phiếu mới có {count} người; cần ít nhất {min} người.")
    },
    err_committee_too_many: |count, max| {
        format!("Tổ kiểm phiếu có {count} người; nhiều nhất là {max} người.")
    },
    err_committee_empty_name: |position| {
        format!("Thành viên thứ {position} của tổ kiểm phiếu chưa có họ tên.")
    },
    err_committee_name_twice: |name| format!("{name} có tên hai lần trong tổ kiểm phiếu."),
    err_committee_no_head: "Tổ kiểm phiếu cần có một tổ trưởng.",
    err_committee_several_heads: |count| {
        format!("Tổ kiểm phiếu có {count} tổ trưởng; chỉ được một người.")
    },
    err_witness_missing: |position| format!("Chưa có số hộ của người chứng kiến thứ {position}."),
    err_witness_same: |household_no| {
        format!("Hộ {household_no} không thể là cả hai người chứng kiến; cần hai hộ khác nhau.")
    },
    err_witness_not_in_register: |household_no| {
        format!("Hộ {household_no} không có trong danh sách hộ của tổ, nên không chứng kiến được.")
    },
    err_present_exceeds_total: |present, total| {
        format!("Số hộ có mặt ({present}) nhiều hơn tổng số hộ ({total}).")
    },
    err_issued_exceeds_present: |issued, present| {
        format!("Số phiếu phát ra ({issued}) nhiều hơn số hộ có mặt ({present}).")
    },
    err_returned_exceeds_issued: |returned, issued| {
        format!("Số phiếu thu vào ({returned}) nhiều hơn số phiếu phát ra ({issued}).")
    },
    err_sorted_not_returned: |sorted, returned| {
        format!(
            "Phiếu hợp lệ cộng phiếu không hợp lệ ({sorted}) phải bằng số phiếu thu vào ({returned})."
        )
    },
    err_votes_not_valid: |counted, valid| {
        format!(
            "Số phiếu tán thành, không tán thành và ý kiến khác ({counted}) phải bằng số phiếu \
             hợp lệ ({valid})."
        )
    },
    err_option_votes_not_valid: |counted, valid| {
        format!(
            "Số phiếu chọn các phương án và không chọn phương án nào ({counted}) phải bằng số \
             phiếu hợp lệ ({valid})."
        )
    },
    err_not_in_register: |household_no| {
        format!("Hộ {household_no} không có trong danh sách hộ của tổ.")
    },
    err_second_ballot: |household_no| {
        format!(
            "Hộ {household_no} đã nộp phiếu trong đợt này rồi; mỗi hộ một phiếu. Nếu ghi nhầm, \
             hãy sửa phiếu đó."
        )
    },
    err_no_ballot: |household_no| {
        format!("Hộ {household_no} chưa nộp phiếu trong đợt này nên không có phiếu để sửa.")
    },
    err_option_on_yes_no: |household_no, option_no| {
        format!(
            "Phiếu của hộ {household_no} chọn phương án {option_no}, nhưng nội dung này hỏi tán \
             thành hay không."
        )
    },
    err_yes_no_on_options: |household_no| {
        format!(
            "Phiếu của hộ {household_no} ghi tán thành hay không, nhưng nội dung này chọn một \
             phương án."
        )
    },
    err_not_an_option: |household_no, option_no| {
        format!("Phiếu của hộ {household_no} chọn phương án {option_no}, không có trên phiếu.")
    },
    err_round_needs_register: "Lấy ý kiến bằng phiếu đến từng hộ cần danh sách hộ gia đình của \
                               tổ; hãy nhập danh sách trước (hopdan register).",
    err_no_such_round: |item_no, vote_no| {
        format!("Lần biểu quyết {vote_no} của nội dung {item_no} không phải đợt phát phiếu đến hộ.")
    },
    err_round_counted: |item_no, vote_no| {
        format!(
            "Đợt phát phiếu (lần {vote_no}) của nội dung {item_no} đã kiểm phiếu; không nhận hay \
             sửa phiếu được nữa."
        )
    },
    err_round_open: |item_no, vote_no| {
        format!(
            "Đợt phát phiếu (lần {vote_no}) của nội dung {item_no} chưa kiểm phiếu; hãy kiểm \
             phiếu trước."
        )
    },
    err_ballot_before_round: |received_at, opened_at| {
        format!("Phiếu nhận lúc {received_at}, trước khi phát phiếu lúc {opened_at}.")
    },
    err_correction_without_reason: "Sửa phiếu cần ghi lý do.",
    err_ballot_not_corrected: |item_no, vote_no| {
        format!(
            "Lần biểu quyết {vote_no} của nội dung {item_no} bằng phiếu: số phiếu không gõ lại \
             được. Nếu kiểm nhầm, hãy bỏ phiếu lại (phím v)."
        )
    },
    import_hands_in_ballots: "Biểu quyết giơ tay không có dòng trong ballots.csv; cột method chỉ \
                              là secret (bỏ phiếu kín) hoặc household_ballot (phiếu đến từng hộ).",
    import_secret_with_counted_at: "Chỉ đợt phát phiếu đến từng hộ mới có giờ kiểm phiếu \
                                    (counted_at); bỏ phiếu kín để trống cột này.",
    import_round_with_committee: "Đợt phát phiếu đến từng hộ không có tổ kiểm phiếu hay người \
                                  chứng kiến; các cột đó phải để trống.",
    import_not_ballot_count: |found, expected| {
        format!("Ghi {found}, nhưng các phiếu trong household_ballots.csv cho {expected}.")
    },
    import_round_without_register: "Đợt phát phiếu đến từng hộ cần danh sách hộ \
                                    (households.csv), nhưng danh sách trống.",
    import_not_a_round: |item_no, vote_no| {
        format!(
            "Lần biểu quyết {vote_no} của nội dung {item_no} không phải đợt phát phiếu đến hộ \
             trong ballots.csv."
        )
    },
    import_ballot_vote_corrected: |item_no, vote_no| {
        format!(
            "Lần biểu quyết {vote_no} của nội dung {item_no} bằng phiếu: số phiếu không bao giờ \
             được sửa, nên cột corrections phải là 0."
        )
    },
    import_ballot_before_round: |received, opened| {
        format!("Phiếu nhận lúc {received}, trước khi phát phiếu lúc {opened}.")
    },
    import_counted_before_ballot: |counted, received| {
        format!("Kiểm phiếu lúc {counted}, trước khi nhận phiếu cuối lúc {received}.")
    },
    ballot_method_title: |item_no| format!("Bỏ phiếu — nội dung {item_no}"),
    field_method: "Hình thức",
    method_secret: "bỏ phiếu kín tại cuộc họp",
    method_household_ballot: "phát phiếu lấy ý kiến đến từng hộ",
    method_hands_short: "giơ tay",
    method_secret_short: "bỏ phiếu kín",
    method_household_short: "phiếu đến từng hộ",
    secret_title: |item_no, vote_no| format!("Bỏ phiếu kín — nội dung {item_no}, lần {vote_no}"),
    field_committee_head: "Tổ trưởng tổ kiểm phiếu",
    field_committee_member: "Thành viên tổ kiểm phiếu",
    committee_member: |position| format!("Thành viên {position}"),
    field_witness: "Hộ chứng kiến",
    witness: |position| format!("Hộ chứng kiến {position} (số hộ)"),
    field_issued: "Số phiếu phát ra",
    field_returned: "Số phiếu thu vào",
    field_valid: "Số phiếu hợp lệ",
    field_invalid: "Số phiếu không hợp lệ",
    field_abstain: "Ý kiến khác",
    field_option: "Số phiếu chọn phương án",
    confirm_open_round: |item_no, households| {
        format!(
            "Phát phiếu lấy ý kiến đến {households} hộ cho nội dung {item_no}? Kết quả tính \
             trên tổng số hộ; hộ không nộp phiếu coi như không biểu quyết."
        )
    },
    offer_round_after_no_quorum: |item_no, households| {
        format!(
            "Biểu quyết không đủ quá nửa số hộ có mặt. Phát phiếu lấy ý kiến đến từng hộ \
             ({households} hộ) cho nội dung {item_no}?"
        )
    },
    opened_round: |item_no, vote_no| {
        format!(
            "Đã mở đợt phát phiếu (lần {vote_no}) của nội dung {item_no}; nhận phiếu bằng \
             phím a, kiểm phiếu bằng phím K."
        )
    },
    round_title: |item_no, vote_no, returned, households| {
        format!(
            "Phiếu lấy ý kiến hộ — nội dung {item_no}, lần {vote_no}: đã nhận \
             {returned}/{households}"
        )
    },
    round_counted_title: |item_no, vote_no, returned, households| {
        format!(
            "Phiếu lấy ý kiến hộ — nội dung {item_no}, lần {vote_no}: đã kiểm phiếu, \
             {returned}/{households} hộ nộp"
        )
    },
    not_returned: "chưa nộp",
    ballot_form_title: |household| format!("Phiếu của hộ {household}"),
    ballot_correct_title: |household| format!("Sửa phiếu của hộ {household}"),
    field_choice: "Phiếu ghi",
    choice_not_chosen: "— chưa chọn —",
    choice_for: "Tán thành",
    choice_against: "Không tán thành",
    choice_abstain: "Ý kiến khác",
    choice_no_option: "Không chọn phương án nào",
    field_received_at: "Nhận phiếu lúc",
    field_collected_by: "Người thu phiếu",
    field_ballot_opinion: "Ý kiến ghi trên phiếu",
    err_choice_not_chosen: "Hãy chọn điều phiếu ghi (← →).",
    saved_ballot: |household_no, returned, households| {
        format!("Đã nhận phiếu của hộ {household_no}: {returned}/{households} hộ đã nộp.")
    },
    corrected_ballot: |household_no| format!("Đã sửa phiếu của hộ {household_no}."),
    confirm_count_round: |returned, households| {
        format!(
            "Kiểm phiếu đợt này? {returned}/{households} hộ đã nộp; {} hộ chưa nộp được tính \
             là không biểu quyết. Sau khi kiểm phiếu không nhận thêm phiếu.",
            households.saturating_sub(returned)
        )
    },
    counted_round: |outcome, deadline| {
        format!(
            "Đã kiểm phiếu: {outcome}. Báo cáo kết quả về UBND phường và Ban Thường trực Ủy \
             ban MTTQ trước ngày {deadline}."
        )
    },
    round_progress: |returned, households| format!("đã nhận {returned}/{households} phiếu"),
    round_open: "đang nhận phiếu",
    not_returned_row: "Không nộp phiếu",
    of_returned: "so với phiếu thu về",
    report_by: |deadline| format!("báo cáo trước {deadline}"),
    secret_sheets: |issued, returned, valid| {
        format!("phiếu: phát {issued}, thu {returned}, hợp lệ {valid}")
    },
    find_ballot_household: |item_no, vote_no| {
        format!("Nhận phiếu — nội dung {item_no}, lần {vote_no}: tìm hộ")
    },
    find_household_returned: "đã nộp phiếu, Enter để sửa",
    row_ballot_vote: |item_no, vote_no| {
        format!("cách bỏ phiếu của lần biểu quyết {vote_no}, nội dung {item_no}")
    },
    row_household_ballot: |item_no, vote_no, household_no| {
        format!("phiếu của hộ {household_no} trong lần biểu quyết {vote_no}, nội dung {item_no}")
    },
    row_ballot_correction: |correction_no| format!("lần sửa phiếu thứ {correction_no}"),
};

pub static EN: BallotWords = BallotWords {
    err_committee_too_few: |count, min| {
        format!("The counting committee has {count} members; it needs at least {min}.")
    },
    err_committee_too_many: |count, max| {
        format!("The counting committee has {count} members; it may have at most {max}.")
    },
    err_committee_empty_name: |position| {
        format!("Member {position} of the counting committee has no name yet.")
    },
    err_committee_name_twice: |name| format!("{name} is in the counting committee twice."),
    err_committee_no_head: "The counting committee needs a head.",
    err_committee_several_heads: |count| {
        format!("The counting committee has {count} heads; it may have only one.")
    },
    err_witness_missing: |position| format!("Witness {position} has no household number yet."),
    err_witness_same: |household_no| {
        format!("Household {household_no} cannot be both witnesses; two households are needed.")
    },
    err_witness_not_in_register: |household_no| {
        format!("Household {household_no} is not in the register, so it cannot witness the count.")
    },
    err_present_exceeds_total: |present, total| {
        format!("Households present ({present}) are more than all households ({total}).")
    },
    err_issued_exceeds_present: |issued, present| {
        format!("Ballots issued ({issued}) are more than the households present ({present}).")
    },
    err_returned_exceeds_issued: |returned, issued| {
        format!("Ballots returned ({returned}) are more than the ballots issued ({issued}).")
    },
    err_sorted_not_returned: |sorted, returned| {
        format!(
            "Valid plus invalid ballots ({sorted}) must equal the ballots returned ({returned})."
        )
    },
    err_votes_not_valid: |counted, valid| {
        format!("For, against and abstain ({counted}) must add up to the valid ballots ({valid}).")
    },
    err_option_votes_not_valid: |counted, valid| {
        format!(
            "The ballots for the options and those for none ({counted}) must add up to the valid \
             ballots ({valid})."
        )
    },
    err_not_in_register: |household_no| format!("Household {household_no} is not in the register."),
    err_second_ballot: |household_no| {
        format!(
            "Household {household_no} has returned its ballot in this round already; one ballot \
             per household. If it was entered wrongly, correct that ballot."
        )
    },
    err_no_ballot: |household_no| {
        format!(
            "Household {household_no} has returned no ballot in this round, so there is none to \
             correct."
        )
    },
    err_option_on_yes_no: |household_no, option_no| {
        format!(
            "The ballot of household {household_no} marks option {option_no}, but this item asks \
             for or against."
        )
    },
    err_yes_no_on_options: |household_no| {
        format!(
            "The ballot of household {household_no} marks for or against, but this item is a \
             choice among options."
        )
    },
    err_not_an_option: |household_no, option_no| {
        format!(
            "The ballot of household {household_no} marks option {option_no}, which is not on \
             the ballot."
        )
    },
    err_round_needs_register: "A ballot to every household needs the register of the \
                               residential group; load it first (hopdan register).",
    err_no_such_round: |item_no, vote_no| {
        format!("Vote {vote_no} of item {item_no} is not a household-ballot round.")
    },
    err_round_counted: |item_no, vote_no| {
        format!(
            "The household-ballot round (vote {vote_no}) of item {item_no} has been counted; no \
             ballot can be entered or corrected any more."
        )
    },
    err_round_open: |item_no, vote_no| {
        format!(
            "The household-ballot round (vote {vote_no}) of item {item_no} has not been counted \
             yet; count it first."
        )
    },
    err_ballot_before_round: |received_at, opened_at| {
        format!("A ballot received at {received_at} is before the ballots went out at {opened_at}.")
    },
    err_correction_without_reason: "A correction of a ballot needs a reason.",
    err_ballot_not_corrected: |item_no, vote_no| {
        format!(
            "Vote {vote_no} of item {item_no} was taken by ballot: its counts cannot be typed \
             over. If it was miscounted, take the ballot again (key v)."
        )
    },
    import_hands_in_ballots: "A show of hands has no row in ballots.csv; the method column is \
                              only secret or household_ballot.",
    import_secret_with_counted_at: "Only a household-ballot round has a count time \
                                    (counted_at); a secret ballot leaves it empty.",
    import_round_with_committee: "A household-ballot round has no counting committee and no \
                                  witnesses; those columns must be empty.",
    import_not_ballot_count: |found, expected| {
        format!("It says {found}, but the ballots in household_ballots.csv give {expected}.")
    },
    import_round_without_register: "A household-ballot round needs the register \
                                    (households.csv), but it is empty.",
    import_not_a_round: |item_no, vote_no| {
        format!("Vote {vote_no} of item {item_no} is not a household-ballot round in ballots.csv.")
    },
    import_ballot_vote_corrected: |item_no, vote_no| {
        format!(
            "Vote {vote_no} of item {item_no} was taken by ballot: its counts are never \
             corrected, so the corrections column must be 0."
        )
    },
    import_ballot_before_round: |received, opened| {
        format!("The ballot is received at {received}, before the ballots went out at {opened}.")
    },
    import_counted_before_ballot: |counted, received| {
        format!("The round is counted at {counted}, before its last ballot came in at {received}.")
    },
    ballot_method_title: |item_no| format!("Ballot — item {item_no}"),
    field_method: "Method",
    method_secret: "secret ballot at the meeting",
    method_household_ballot: "a ballot to every household",
    method_hands_short: "show of hands",
    method_secret_short: "secret ballot",
    method_household_short: "household ballots",
    secret_title: |item_no, vote_no| format!("Secret ballot — item {item_no}, vote {vote_no}"),
    field_committee_head: "Head of the counting committee",
    field_committee_member: "Member of the counting committee",
    committee_member: |position| format!("Member {position}"),
    field_witness: "Witness household",
    witness: |position| format!("Witness {position} (household number)"),
    field_issued: "Ballots issued",
    field_returned: "Ballots returned",
    field_valid: "Valid ballots",
    field_invalid: "Invalid ballots",
    field_abstain: "Abstain",
    field_option: "Ballots for the option",
    confirm_open_round: |item_no, households| {
        format!(
            "Send a ballot to all {households} households on item {item_no}? The result is \
             measured against all households; a household that returns nothing does not vote."
        )
    },
    offer_round_after_no_quorum: |item_no, households| {
        format!(
            "The vote lacked more than half of the households present. Send a ballot to every \
             household ({households}) on item {item_no}?"
        )
    },
    opened_round: |item_no, vote_no| {
        format!(
            "The household-ballot round (vote {vote_no}) of item {item_no} is open; enter \
             ballots with a, count them with K."
        )
    },
    round_title: |item_no, vote_no, returned, households| {
        format!(
            "Household ballots — item {item_no}, vote {vote_no}: {returned}/{households} returned"
        )
    },
    round_counted_title: |item_no, vote_no, returned, households| {
        format!(
            "Household ballots — item {item_no}, vote {vote_no}: counted, \
             {returned}/{households} returned"
        )
    },
    not_returned: "not returned",
    ballot_form_title: |household| format!("Ballot of household {household}"),
    ballot_correct_title: |household| format!("Correct the ballot of household {household}"),
    field_choice: "The ballot marks",
    choice_not_chosen: "— not chosen —",
    choice_for: "For",
    choice_against: "Against",
    choice_abstain: "Abstain",
    choice_no_option: "None of the options",
    field_received_at: "Received at",
    field_collected_by: "Collected by",
    field_ballot_opinion: "Opinion written on the ballot",
    err_choice_not_chosen: "Choose what the ballot marks (← →).",
    saved_ballot: |household_no, returned, households| {
        format!(
            "The ballot of household {household_no} is in: {returned}/{households} households \
             have returned theirs."
        )
    },
    corrected_ballot: |household_no| {
        format!("The ballot of household {household_no} is corrected.")
    },
    confirm_count_round: |returned, households| {
        format!(
            "Count this round? {returned}/{households} households have returned their ballot; \
             the {} that have not are counted as not voting. No ballot is taken after the count.",
            households.saturating_sub(returned)
        )
    },
    counted_round: |outcome, deadline| {
        format!(
            "Counted: {outcome}. Report the result to the ward People's Committee and the Front \
             committee by {deadline}."
        )
    },
    round_progress: |returned, households| format!("{returned}/{households} ballots returned"),
    round_open: "taking ballots",
    not_returned_row: "No ballot returned",
    of_returned: "of ballots returned",
    report_by: |deadline| format!("report by {deadline}"),
    secret_sheets: |issued, returned, valid| {
        format!("ballots: {issued} issued, {returned} returned, {valid} valid")
    },
    find_ballot_household: |item_no, vote_no| {
        format!("Enter a ballot — item {item_no}, vote {vote_no}: find the household")
    },
    find_household_returned: "returned, Enter corrects it",
    row_ballot_vote: |item_no, vote_no| format!("how vote {vote_no} of item {item_no} was taken"),
    row_household_ballot: |item_no, vote_no, household_no| {
        format!("the ballot of household {household_no} in vote {vote_no} of item {item_no}")
    },
    row_ballot_correction: |correction_no| format!("ballot correction {correction_no}"),
};
