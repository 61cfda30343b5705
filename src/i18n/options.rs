//! The words of items with several options (phương án, SPEC §15), in Vietnamese and in
//! English.

pub struct OptionsWords {
    // What the store refuses, as sentences
    pub err_too_many_options: fn(item_no: u32, max: usize) -> String,
    pub err_too_few_options: fn(item_no: u32) -> String,
    pub err_options_not_of_item: fn(item_no: u32) -> String,
    pub err_options_fixed_by_vote: fn(item_no: u32) -> String,
    pub err_no_such_option: fn(item_no: u32, option_no: u32) -> String,
    pub err_option_without_title: &'static str,
    pub err_options_vote_not_corrected: fn(item_no: u32) -> String,
    /// Each household raises one hand: for one option, or none.
    pub err_hands_exceed_present: fn(hands: u64, present: u32) -> String,

    // The options and the vote among them, on the live screen and the chair's
    pub options_heading: &'static str,
    pub option_no: fn(option_no: u32) -> String,
    pub adopted: fn(option_no: u32) -> String,
    pub none_adopted_run_off: fn(first: u32, second: u32) -> String,
    pub none_adopted: &'static str,
    /// Options tied for second place behind the leader, or at the top: the chair picks.
    pub tied_for_second: fn(tied: &[u32]) -> String,
    pub tied_at_top: fn(tied: &[u32]) -> String,
    pub run_off_between: fn(first: u32, second: u32) -> String,
    /// After a share, on the live screen where room is short.
    pub share_of_all: &'static str,
    pub share_of_present: &'static str,
    /// `share_of_all` where even that is too long.
    pub share_of_all_short: &'static str,
    // The options of an item, listed and written
    pub options_title: fn(item_no: u32, count: usize) -> String,
    pub options_empty: &'static str,
    pub option_form_title: fn(item_no: u32) -> String,
    pub option_correct_title: fn(item_no: u32, option_no: u32) -> String,
    /// A resident's proposal from the floor put as an option.
    pub option_from_opinion_title: fn(item_no: u32, speaker: &str) -> String,
    /// Ends the description of an option put from an opinion: who proposed it.
    pub proposed_by: fn(speaker: &str) -> String,
    pub field_option_title: &'static str,
    pub field_option_description: &'static str,
    pub saved_option: fn(item_no: u32, option_no: u32) -> String,
    pub confirm_remove_option: fn(option_no: u32, title: &str) -> String,
    pub removed_option: fn(item_no: u32, option_no: u32) -> String,
    /// The agenda item form: how many options the item offers.
    pub item_options_count: fn(count: usize) -> String,

    // The vote among options
    /// The count field of one option: "Phương án 1 — 3 m toàn tuyến".
    pub option_label: fn(option_no: u32, title: &str) -> String,
    pub field_options_abstain: &'static str,
    /// The choice of the two options of a run-off the chair picks.
    pub field_run_off_pair: &'static str,
    pub pair_choice: fn(a: u32, b: u32) -> String,
    /// Instead of a run-off: every option again, when the vote before was miscounted.
    pub all_options_choice: &'static str,
    pub options_vote_title: &'static str,
    pub options_revote_title: fn(vote_no: usize) -> String,
    pub run_off_title: fn(a: u32, b: u32) -> String,
    pub run_off_pick_title: &'static str,
    pub preview_leading: fn(option_no: u32, votes: u32) -> String,
}

pub static VI: OptionsWords = OptionsWords {
    err_too_many_options: |item_no, max| {
        format!("Nội dung {item_no} đã có {max} phương án, không thêm được nữa.")
    },
    err_too_few_options: |item_no| {
        format!("Nội dung {item_no} cần ít nhất hai phương án để biểu quyết chọn phương án.")
    },
    err_options_not_of_item: |item_no| {
        format!("Biểu quyết phải đưa ra ít nhất hai phương án khác nhau của nội dung {item_no}.")
    },
    err_options_fixed_by_vote: |item_no| {
        format!("Nội dung {item_no} đã biểu quyết nên không thêm, sửa hay bỏ phương án được nữa.")
    },
    err_no_such_option: |item_no, option_no| {
        format!("Nội dung {item_no} không có phương án {option_no}.")
    },
    err_option_without_title: "Phương án cần có tên ngắn, ví dụ \"3 m toàn tuyến\".",
    err_options_vote_not_corrected: |item_no| {
        format!(
            "Số phiếu của biểu quyết chọn phương án (nội dung {item_no}) không sửa được; nếu \
             đếm sai, chủ trì cho biểu quyết lại (phím v) và lần sau được tính."
        )
    },
    err_hands_exceed_present: |hands, present| {
        format!(
            "Số hộ chọn các phương án và không chọn phương án nào ({hands}) nhiều hơn số hộ có \
             mặt ({present}): mỗi hộ chỉ giơ tay một lần."
        )
    },

    // The options and the vote among them
    options_heading: "Các phương án",
    option_no: |option_no| format!("Phương án {option_no}"),
    adopted: |option_no| format!("Phương án {option_no} được thông qua"),
    none_adopted_run_off: |first, second| {
        format!("Chưa phương án nào đạt: biểu quyết lại giữa phương án {first} và {second}")
    },
    none_adopted: "Chưa phương án nào đạt",
    tied_for_second: |tied| {
        format!(
            "Phương án {} bằng phiếu nhau: chủ trì chọn phương án vào biểu quyết lại",
            listed(tied, "và")
        )
    },
    tied_at_top: |tied| {
        format!(
            "Phương án {} bằng phiếu nhau: chủ trì chọn hai phương án vào biểu quyết lại",
            listed(tied, "và")
        )
    },
    run_off_between: |first, second| format!("Biểu quyết lại giữa phương án {first} và {second}"),
    share_of_all: "tổng số hộ",
    share_of_present: "có mặt",
    share_of_all_short: "tổng",
    options_title: |item_no, count| format!("Phương án của nội dung {item_no} ({count})"),
    options_empty: "Chưa có phương án nào.",
    option_form_title: |item_no| format!("Thêm phương án (nội dung {item_no})"),
    option_correct_title: |item_no, option_no| {
        format!("Sửa phương án {option_no} (nội dung {item_no})")
    },
    option_from_opinion_title: |item_no, speaker| {
        format!("Phương án theo đề xuất của {speaker} (nội dung {item_no})")
    },
    proposed_by: |speaker| format!("(đề xuất của {speaker})"),
    field_option_title: "Tên ngắn",
    field_option_description: "Mô tả",
    saved_option: |item_no, option_no| {
        format!("Đã lưu phương án {option_no} của nội dung {item_no}.")
    },
    confirm_remove_option: |option_no, title| {
        format!("Bỏ phương án {option_no} \"{title}\"? Các phương án sau được đánh số lại.")
    },
    removed_option: |item_no, option_no| {
        format!(
            "Đã bỏ phương án {option_no} của nội dung {item_no}; các phương án sau được đánh số \
             lại."
        )
    },
    item_options_count: |count| match count {
        0 => "Câu hỏi đồng ý / không đồng ý (chưa có phương án)".to_owned(),
        n => format!("Chọn một trong {n} phương án"),
    },

    option_label: |option_no, title| format!("Phương án {option_no} — {title}"),
    field_options_abstain: "Không chọn phương án nào",
    field_run_off_pair: "Biểu quyết lại giữa",
    pair_choice: |a, b| format!("phương án {a} và {b}"),
    all_options_choice: "tất cả các phương án (biểu quyết lại từ đầu)",
    options_vote_title: "Biểu quyết chọn phương án",
    options_revote_title: |vote_no| format!("Biểu quyết chọn phương án (lần {vote_no})"),
    run_off_title: |a, b| format!("Biểu quyết lại giữa phương án {a} và {b}"),
    run_off_pick_title: "Biểu quyết lại: chủ trì chọn hai phương án",
    preview_leading: |option_no, votes| format!("Phương án {option_no} đang dẫn: {votes} hộ"),
};

pub static EN: OptionsWords = OptionsWords {
    err_too_many_options: |item_no, max| {
        format!("Item {item_no} has {max} options already; no more can be added.")
    },
    err_too_few_options: |item_no| {
        format!("Item {item_no} needs at least two options for a vote among them.")
    },
    err_options_not_of_item: |item_no| {
        format!("A vote must put at least two different options of item {item_no}.")
    },
    err_options_fixed_by_vote: |item_no| {
        format!(
            "Item {item_no} has been voted on, so options can no longer be added, changed or removed."
        )
    },
    err_no_such_option: |item_no, option_no| format!("Item {item_no} has no option {option_no}."),
    err_option_without_title: "An option needs a short title, such as \"3 m along the whole alley\".",
    err_options_vote_not_corrected: |item_no| {
        format!(
            "The counts of a vote among options (item {item_no}) cannot be corrected; if they \
             were miscounted, the chair calls the vote again (key v) and the later one counts."
        )
    },
    err_hands_exceed_present: |hands, present| {
        format!(
            "The households for the options and for none ({hands}) are more than the \
             households present ({present}): each raises one hand."
        )
    },

    // The options and the vote among them
    options_heading: "Options",
    option_no: |option_no| format!("Option {option_no}"),
    adopted: |option_no| format!("Option {option_no} is adopted"),
    none_adopted_run_off: |first, second| {
        format!("No option adopted: run-off between options {first} and {second}")
    },
    none_adopted: "No option adopted",
    tied_for_second: |tied| {
        format!(
            "Options {} are tied: the chair picks the option for the run-off",
            listed(tied, "and")
        )
    },
    tied_at_top: |tied| {
        format!(
            "Options {} are tied: the chair picks two options for the run-off",
            listed(tied, "and")
        )
    },
    run_off_between: |first, second| format!("Run-off between options {first} and {second}"),
    share_of_all: "of all households",
    share_of_present: "present",
    share_of_all_short: "of all",
    options_title: |item_no, count| format!("Options of item {item_no} ({count})"),
    options_empty: "No options yet.",
    option_form_title: |item_no| format!("New option (item {item_no})"),
    option_correct_title: |item_no, option_no| {
        format!("Correct option {option_no} (item {item_no})")
    },
    option_from_opinion_title: |item_no, speaker| {
        format!("Option proposed by {speaker} (item {item_no})")
    },
    proposed_by: |speaker| format!("(proposed by {speaker})"),
    field_option_title: "Short title",
    field_option_description: "Description",
    saved_option: |item_no, option_no| format!("Option {option_no} of item {item_no} saved."),
    confirm_remove_option: |option_no, title| {
        format!("Remove option {option_no} \"{title}\"? The options after it are renumbered.")
    },
    removed_option: |item_no, option_no| {
        format!("Option {option_no} of item {item_no} removed; the options after it renumbered.")
    },
    item_options_count: |count| match count {
        0 => "Yes/no question (no options yet)".to_owned(),
        n => format!("A choice among {n} options"),
    },

    option_label: |option_no, title| format!("Option {option_no} — {title}"),
    field_options_abstain: "None of the options",
    field_run_off_pair: "Run-off between",
    pair_choice: |a, b| format!("options {a} and {b}"),
    all_options_choice: "all the options (the whole vote again)",
    options_vote_title: "Vote among the options",
    options_revote_title: |vote_no| format!("Vote among the options (vote {vote_no})"),
    run_off_title: |a, b| format!("Run-off between options {a} and {b}"),
    run_off_pick_title: "Run-off: the chair picks two options",
    preview_leading: |option_no, votes| format!("Option {option_no} leads: {votes} households"),
};

/// "2, 3 và 4": option numbers as a sentence lists them, with `and` before the last.
fn listed(numbers: &[u32], and: &str) -> String {
    match numbers {
        [] => String::new(),
        [only] => only.to_string(),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(u32::to_string).collect();
            format!("{} {and} {last}", rest.join(", "))
        }
    }
}
