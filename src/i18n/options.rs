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
};
