//! The command line in Vietnamese and in English: what `--help` says of each command and
//! option, and the sentences of bad usage (an unknown option, a missing value …). The command
//! line's parser takes them by name, so the help is always that of the commands there are.

pub struct CliWords {
    // `hopdan --help`
    pub about: &'static str,
    pub long_about: &'static str,
    pub db: &'static str,
    pub lang: &'static str,
    pub export_dir: &'static str,
    pub help: &'static str,
    pub version: &'static str,
    /// Before the line that shows how a command is written.
    pub usage_heading: &'static str,
    pub commands_heading: &'static str,
    pub options_heading: &'static str,
    pub arguments_heading: &'static str,
    /// Where a command's name goes in the usage line: "hopdan [OPTIONS] [COMMAND]".
    pub command_placeholder: &'static str,
    /// Where the options go in the usage line: "hopdan list [OPTIONS]".
    pub options_placeholder: &'static str,

    // Each command and its options
    pub demo: &'static str,
    pub list: &'static str,
    pub import: &'static str,
    pub import_dir: &'static str,
    pub export: &'static str,
    pub export_meeting: &'static str,
    pub export_out: &'static str,
    pub export_no_bom: &'static str,
    pub export_all: &'static str,
    pub export_minutes: &'static str,
    pub export_docx: &'static str,
    pub export_title: &'static str,
    pub show: &'static str,
    pub show_meeting: &'static str,
    pub verify: &'static str,
    pub verify_meeting: &'static str,
    pub backup: &'static str,
    pub backup_out: &'static str,
    pub households: &'static str,
    pub households_import: &'static str,
    pub households_import_file: &'static str,
    pub households_import_meeting: &'static str,

    // Bad usage: one sentence, then how the command is written
    pub unknown_argument: fn(arg: &str) -> String,
    pub unknown_command: fn(name: &str) -> String,
    pub did_you_mean: fn(suggestion: &str) -> String,
    pub invalid_value: fn(value: &str, arg: &str) -> String,
    pub possible_values: fn(values: &str) -> String,
    pub missing_arguments: fn(args: &str) -> String,
    pub conflict: fn(arg: &str, other: &str) -> String,
    pub no_value: fn(arg: &str) -> String,
    pub repeated: fn(arg: &str) -> String,
    /// Any other mistake the parser finds.
    pub bad_usage: &'static str,
    /// After the usage line: where the whole help is.
    pub see_help: fn(command: &str) -> String,
}

pub static VI: CliWords = CliWords {
    about: "Ghi biên bản và biểu quyết giơ tay trong hội nghị lấy ý kiến nhân dân",
    long_about: "Ghi biên bản và biểu quyết giơ tay trong hội nghị lấy ý kiến nhân dân \
                 (họp dân). Không có lệnh thì mở giao diện trong cửa sổ dòng lệnh.",
    db: "Tệp cơ sở dữ liệu [mặc định: $HOPDAN_DB, nếu không thì \
         <thư mục dữ liệu người dùng>/hopdan/hopdan.db]",
    lang: "Ngôn ngữ: vi hoặc en [mặc định: $HOPDAN_LANG, nếu không thì vi]",
    export_dir: "Thư mục phím x đề nghị khi xuất [mặc định: thư mục dùng lần trước, nếu không \
                 thì ./hopdan-export]",
    help: "In hướng dẫn này",
    version: "In số phiên bản",
    usage_heading: "Cách dùng:",
    commands_heading: "Lệnh",
    options_heading: "Tùy chọn",
    arguments_heading: "Đối số",
    command_placeholder: "LỆNH",
    options_placeholder: "TÙY CHỌN",

    demo: "Mở giao diện trên một bản sao tạm của cuộc họp mẫu",
    list: "Liệt kê các cuộc họp: mã, ngày, trạng thái, tiêu đề",
    import: "Nhập một thư mục tệp CSV của cuộc họp và in mã mới của nó",
    import_dir: "Thư mục chứa meeting.csv, agenda.csv, opinions.csv, votes.csv và, nếu có, guests.csv, conclusions.csv, corrections.csv, households.csv, attendance.csv, pledges.csv",
    export: "Ghi các tệp CSV của một cuộc họp (cuộc họp mới nhất nếu không có --meeting), và \
             với --minutes cả biên bản, với --docx các văn bản Word",
    export_meeting: "Mã cuộc họp, như lệnh `hopdan list` in ra",
    export_out: "Thư mục ghi tệp (tạo mới nếu chưa có)",
    export_no_bom: "Bỏ dấu BOM UTF-8 (Excel cần dấu này để đọc đúng tiếng Việt)",
    export_all: "Mọi cuộc họp trong cơ sở dữ liệu, lần lượt trong cùng các tệp",
    export_minutes: "Ghi thêm biên bản: minutes.md và minutes.html (khổ A4, sẵn để in), bằng \
                     ngôn ngữ của --lang",
    export_docx: "Ghi thêm các văn bản Word theo thể thức Nghị định 30/2020: minutes.docx (biên \
                  bản), attendance.docx (danh sách hộ dự họp, có cột ký tên) và pledges.docx \
                  (danh sách hộ hiến đất, có cột ký tên) khi có, bằng ngôn ngữ của --lang",
    export_title: "Tên loại văn bản của biên bản: nghi-quyet (nghị quyết), bien-ban (biên bản), \
                   ban-ghi-nho (bản ghi nhớ), ban-thoa-thuan (bản thỏa thuận)",
    show: "Theo dõi cuộc họp trực tiếp, chỉ xem, cho chủ trì hoặc máy chiếu ở cửa sổ khác",
    show_meeting: "Mã cuộc họp [mặc định: cuộc họp đang mở mới nhất, nếu không thì cuộc họp \
                   mới nhất]",
    verify: "Kiểm tra cuộc họp đã kết thúc với dấu vân tay ghi lúc kết thúc",
    verify_meeting: "Mã cuộc họp (cuộc họp mới nhất nếu không ghi)",
    backup: "Ghi một bản sao nhất quán của cơ sở dữ liệu, kể cả khi giao diện đang ghi",
    backup_out: "Tệp cần ghi (thay toàn bộ nếu đã có; không bao giờ là chính cơ sở dữ liệu)",
    households: "Danh sách hộ gia đình của một cuộc họp",
    households_import: "Thay danh sách hộ của một cuộc họp đang họp bằng danh sách tổ đang \
                        dùng (tệp CSV); chưa có điểm danh, hiến đất hay biểu quyết nào",
    households_import_file: "Tệp CSV có ít nhất cột Địa chỉ và Chủ hộ (các cột khác: Số hộ / \
                             Mã hộ, Số nhân khẩu, Điện thoại, Ghi chú); dấu ; hoặc , giữa các \
                             ô, UTF-8 hoặc Windows-1258 như Excel lưu",
    households_import_meeting: "Mã cuộc họp, như lệnh `hopdan list` in ra",

    unknown_argument: |arg| format!("Lệnh không nhận {arg}."),
    unknown_command: |name| format!("Không có lệnh {name}."),
    did_you_mean: |suggestion| format!("Có phải ý bạn là {suggestion}?"),
    invalid_value: |value, arg| format!("Giá trị \"{value}\" không hợp lệ cho {arg}."),
    possible_values: |values| format!("Các giá trị được dùng: {values}."),
    missing_arguments: |args| format!("Còn thiếu {args}."),
    conflict: |arg, other| format!("Không dùng {arg} cùng với {other}."),
    no_value: |arg| format!("{arg} cần một giá trị."),
    repeated: |arg| format!("{arg} chỉ được ghi một lần."),
    bad_usage: "Lệnh viết chưa đúng.",
    see_help: |command| format!("Xem hướng dẫn: {command} --help"),
};

pub static EN: CliWords = CliWords {
    about: "Live minutes and show-of-hands votes for residents' consultation meetings",
    long_about: "Live minutes and show-of-hands votes for residents' consultation meetings \
                 (họp dân). Without a command, opens the terminal interface.",
    db: "The database file [default: $HOPDAN_DB, else <user data dir>/hopdan/hopdan.db]",
    lang: "Language of the interface: vi or en [default: $HOPDAN_LANG, else vi]",
    export_dir: "The folder the x key offers for exports [default: the one used last, else \
                 ./hopdan-export]",
    help: "Print help",
    version: "Print version",
    usage_heading: "Usage:",
    commands_heading: "Commands",
    options_heading: "Options",
    arguments_heading: "Arguments",
    command_placeholder: "COMMAND",
    options_placeholder: "OPTIONS",

    demo: "Open the interface on a temporary copy of the sample consultation",
    list: "List the meetings: id, date, status, title",
    import: "Import a meeting folder of CSV files and print its new id",
    import_dir: "The folder holding meeting.csv, agenda.csv, opinions.csv, votes.csv and, if it has them, guests.csv, conclusions.csv, corrections.csv, households.csv, attendance.csv, pledges.csv",
    export: "Write the CSV files of a meeting (the latest one unless --meeting is given), and \
             with --minutes its official minutes, with --docx its Word documents",
    export_meeting: "The id of the meeting, as `hopdan list` shows it",
    export_out: "The folder to write the files to (created if missing)",
    export_no_bom: "Leave out the UTF-8 byte order mark (Excel needs it to read Vietnamese)",
    export_all: "Every meeting of the database, one after another in the same files",
    export_minutes: "Also write the official minutes: minutes.md and minutes.html \
                     (print-ready, A4), in the language of --lang",
    export_docx: "Also write Word documents laid out as Decree 30/2020 asks: minutes.docx (the \
                  minutes), attendance.docx (the households present, with a column to sign) and \
                  pledges.docx (the land pledges, with a column to sign) when there are some, in \
                  the language of --lang",
    export_title: "The title of the minutes: nghi-quyet (resolution), bien-ban (minutes), \
                   ban-ghi-nho (memorandum), ban-thoa-thuan (agreement)",
    show: "Follow the meeting live, read-only, for the chair or a projector in another window",
    show_meeting: "The id of the meeting [default: the latest open meeting, else the latest]",
    verify: "Check a closed meeting against the fingerprint recorded when it was closed",
    verify_meeting: "The id of the meeting (the latest one if absent)",
    backup: "Write a consistent copy of the database, also while the interface is writing to it",
    backup_out: "The file to write (replaced whole if it exists; never the database itself)",
    households: "The register of households of a meeting",
    households_import: "Replace the register of an open meeting by the group's own list (a \
                        CSV file), before anyone signs in, pledges or votes",
    households_import_file: "A CSV file with at least an address and a head-of-household \
                             column (address and head_name, or Địa chỉ and Chủ hộ; also Số hộ / \
                             household_no, Số nhân khẩu / members, Điện thoại / phone, Ghi chú \
                             / note); ; or , between the cells, UTF-8 or Windows-1258 as Excel \
                             saves it",
    households_import_meeting: "The id of the meeting, as `hopdan list` shows it",

    unknown_argument: |arg| format!("The command takes no {arg}."),
    unknown_command: |name| format!("There is no command {name}."),
    did_you_mean: |suggestion| format!("Did you mean {suggestion}?"),
    invalid_value: |value, arg| format!("\"{value}\" is not a valid value for {arg}."),
    possible_values: |values| format!("Possible values: {values}."),
    missing_arguments: |args| format!("{args} must be given."),
    conflict: |arg, other| format!("{arg} cannot be used with {other}."),
    no_value: |arg| format!("{arg} needs a value."),
    repeated: |arg| format!("{arg} may be given only once."),
    bad_usage: "The command is not written right.",
    see_help: |command| format!("For help: {command} --help"),
};
