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
        format!(
            "Nội dung {item_no} đã biểu quyết nên các phương án giữ nguyên như khi đưa ra biểu \
             quyết."
        )
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
        format!("Item {item_no} has been voted on, so its options stay as they were put.")
    },
    err_no_such_option: |item_no, option_no| format!("Item {item_no} has no option {option_no}."),
    err_option_without_title: "An option needs a short title, such as \"3 m along the whole alley\".",
    err_options_vote_not_corrected: |item_no| {
        format!(
            "The counts of a vote among options (item {item_no}) cannot be corrected; if they \
             were miscounted, the chair calls the vote again (key v) and the later one counts."
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
