//! Why the system refused, in Vietnamese and in English: the words said after the colon of an
//! error message ("Không mở được tệp dữ liệu /tmp: đây là một thư mục, không phải một tệp.").
//!
//! They name the kind of an operating system error or the result code of a SQLite error, so that
//! the system's own English text never reaches the screen; `crate::messages` picks them.

pub struct CauseStrings {
    // The operating system, by the kind of its error
    pub not_found: &'static str,
    pub permission_denied: &'static str,
    pub is_a_folder: &'static str,
    pub not_a_folder: &'static str,
    pub already_exists: &'static str,
    pub folder_not_empty: &'static str,
    pub read_only_disk: &'static str,
    pub disk_full: &'static str,
    pub quota_exceeded: &'static str,
    pub file_too_large: &'static str,
    pub bad_name: &'static str,
    pub in_use: &'static str,
    pub network: &'static str,
    pub timed_out: &'static str,
    pub ends_early: &'static str,
    pub out_of_memory: &'static str,
    pub unsupported: &'static str,
    /// Any other error the system numbers (errno on Unix).
    pub os_error: fn(code: i32) -> String,
    pub unknown: &'static str,

    // SQLite, by its result code
    /// SQLITE_CANTOPEN: SQLite does not say why.
    pub sqlite_cannot_open: &'static str,
    pub read_only_file: &'static str,
    pub damaged: &'static str,
    pub disk_io: &'static str,
    pub locking: &'static str,
    pub constraint: &'static str,
    /// Any other result code (the extended one).
    pub sqlite_code: fn(code: i32) -> String,
    /// A value hopdan cannot read as the type it expects: written by another program.
    pub unreadable_value: &'static str,
    /// A mistake of hopdan itself (a query that does not fit the schema, …).
    pub internal: &'static str,

    // Opening, updating and copying the database file
    pub no_write_ahead_log: &'static str,
    pub inconsistent_data: &'static str,
    pub bad_schema_version: &'static str,
    pub no_file_name: &'static str,
    pub name_not_unicode: &'static str,
    pub copy_not_single_file: &'static str,
    pub copy_damaged: &'static str,
}

pub static VI: CauseStrings = CauseStrings {
    not_found: "không có tệp hoặc thư mục này",
    permission_denied: "không có quyền truy cập",
    is_a_folder: "đây là một thư mục, không phải một tệp",
    not_a_folder: "một phần của đường dẫn là tệp chứ không phải thư mục",
    already_exists: "đã có một tệp hoặc thư mục trùng tên",
    folder_not_empty: "thư mục không trống",
    read_only_disk: "ổ đĩa chỉ cho phép đọc",
    disk_full: "ổ đĩa đã đầy",
    quota_exceeded: "đã dùng hết dung lượng được cấp trên ổ đĩa",
    file_too_large: "tệp quá lớn",
    bad_name: "tên tệp hoặc thư mục không hợp lệ hoặc quá dài",
    in_use: "tệp đang được chương trình khác sử dụng",
    network: "mất kết nối tới ổ đĩa mạng",
    timed_out: "quá thời gian chờ",
    ends_early: "tệp kết thúc sớm hơn dự kiến",
    out_of_memory: "máy không đủ bộ nhớ",
    unsupported: "hệ thống không hỗ trợ thao tác này",
    os_error: |code| format!("lỗi hệ thống số {code}"),
    unknown: "lỗi không xác định",

    sqlite_cannot_open: "hệ thống không cho mở hoặc tạo tệp ở đó (thư mục có thể không cho phép ghi)",
    read_only_file: "tệp hoặc ổ đĩa chỉ cho phép đọc",
    damaged: "tệp bị hỏng",
    disk_io: "không đọc hoặc ghi được ổ đĩa",
    locking: "không khóa được tệp (thường gặp với ổ đĩa mạng)",
    constraint: "dữ liệu vi phạm một ràng buộc của cơ sở dữ liệu",
    sqlite_code: |code| format!("lỗi SQLite số {code}"),
    unreadable_value: "một giá trị trong tệp không thuộc loại mà hopdan ghi",
    internal: "lỗi bên trong hopdan",

    no_write_ahead_log: "ổ đĩa này không hỗ trợ chế độ ghi nhật ký (WAL) của SQLite, thường gặp với ổ đĩa mạng",
    inconsistent_data: "dữ liệu trong tệp không nhất quán",
    bad_schema_version: "số phiên bản ghi trong tệp không hợp lệ",
    no_file_name: "đường dẫn không chỉ tới một tệp",
    name_not_unicode: "tên thư mục không phải văn bản Unicode hợp lệ",
    copy_not_single_file: "không chuyển được bản sao thành một tệp duy nhất",
    copy_damaged: "bản sao bị hỏng",
};

pub static EN: CauseStrings = CauseStrings {
    not_found: "there is no such file or folder",
    permission_denied: "access is not permitted",
    is_a_folder: "it is a folder, not a file",
    not_a_folder: "part of the path is a file, not a folder",
    already_exists: "a file or folder of that name is already there",
    folder_not_empty: "the folder is not empty",
    read_only_disk: "the disk is read-only",
    disk_full: "the disk is full",
    quota_exceeded: "the disk space allowed to this user is used up",
    file_too_large: "the file is too large",
    bad_name: "the name of the file or folder is not valid or is too long",
    in_use: "the file is in use by another program",
    network: "the connection to the network drive was lost",
    timed_out: "it took too long",
    ends_early: "the file ends too early",
    out_of_memory: "the computer is out of memory",
    unsupported: "the system does not support this",
    os_error: |code| format!("system error {code}"),
    unknown: "an unknown error",

    sqlite_cannot_open: "the system would not let it be opened or created there (the folder may not allow writing)",
    read_only_file: "the file or the disk is read-only",
    damaged: "the file is damaged",
    disk_io: "the disk could not be read or written",
    locking: "the file could not be locked (as happens on network drives)",
    constraint: "the data breaks a rule of the database",
    sqlite_code: |code| format!("SQLite error {code}"),
    unreadable_value: "a value in the file is not of a kind hopdan writes",
    internal: "an internal error of hopdan",

    no_write_ahead_log: "this disk does not support SQLite's write-ahead log, as happens on network drives",
    inconsistent_data: "the data in the file is inconsistent",
    bad_schema_version: "the version number written in the file is not valid",
    no_file_name: "the path does not name a file",
    name_not_unicode: "the folder's name is not valid Unicode",
    copy_not_single_file: "the copy could not be made one self-contained file",
    copy_damaged: "the copy is damaged",
};
