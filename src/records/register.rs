//! The register from a spreadsheet the residential group already keeps (SPEC §9): a CSV file
//! with at least an address and a head-of-household column, read into the households of a
//! meeting's register, with what was left out or filled in said as warnings.
//!
//! - Columns are found by their heading, compared without case, accents or extra spaces: the
//!   names of `households.csv` (household_no, address, head_name, members, phone, note) or the
//!   Vietnamese headings of a group's list (Số hộ / Mã hộ, Địa chỉ, Chủ hộ / Họ tên chủ hộ, Số
//!   nhân khẩu, Điện thoại, Ghi chú). Other columns are ignored, and named in a warning.
//! - The file may be as Excel saves it in the Vietnamese locale: `;` between the cells, UTF-8
//!   with or without a BOM, or Windows-1258. Every cell is cleaned as imported text is (NFC, no
//!   control characters, trimmed).
//! - A household without a number (no number column, or an empty cell) is given its place in
//!   the file as its number: 1 for the first household, 2 for the second, …
//! - A row with every cell empty is skipped, and its line named in a warning. A number given
//!   twice, a row without an address, a number longer than a register holds and a number of
//!   members that is not a count are errors, with their line.
//!
//! Pure: bytes in, households out.

use std::collections::HashMap;

use thiserror::Error;

use super::raw::RawTable;
use super::{HouseholdNo, ImportProblem, unguard_text};
use crate::domain::suggest::fold;
use crate::domain::text::clean_line;
use crate::domain::{CountError, Household, parse_count};

/// The name the errors of reading a register give its file (the command names the file).
const FILE: &str = "register";

/// A column of the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    HouseholdNo,
    Address,
    HeadName,
    Members,
    Phone,
    Note,
}

impl Column {
    /// The column a heading names, if any: compared folded (no case, no accents).
    fn of_heading(heading: &str) -> Option<Column> {
        let folded = fold(&heading.replace('_', " "));
        Some(match folded.as_str() {
            "household no" | "so ho" | "ma ho" => Column::HouseholdNo,
            "address" | "dia chi" => Column::Address,
            "head name" | "chu ho" | "ho ten chu ho" | "ho va ten chu ho" => Column::HeadName,
            "members" | "so nhan khau" => Column::Members,
            "phone" | "dien thoai" => Column::Phone,
            "note" | "ghi chu" => Column::Note,
            _ => return None,
        })
    }
}

/// The households read from a group's spreadsheet, in the file's order, and what the reader
/// left out or filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterFile {
    pub households: Vec<Household>,
    pub warnings: Vec<RegisterWarning>,
}

/// Something the reader did that the user should know of; the households are read all the same.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RegisterWarning {
    /// Columns that are none of the register's, by their headings (empty headings as "").
    #[error("columns ignored: {}", .0.join(", "))]
    IgnoredColumns(Vec<String>),
    /// Households without a number were given their place in the file.
    #[error(
        "{count} households without a number were numbered by their place in the file (or the next number the file does not give)"
    )]
    Numbered { count: usize },
    /// Rows with every cell empty, by line.
    #[error("empty rows skipped on lines {}", lines(.0))]
    EmptyRows(Vec<u64>),
}

/// Why a file cannot be read as a register. `line` is the physical line of the file (the
/// heading row is line 1).
#[derive(Debug, Error)]
pub enum RegisterError {
    /// The file itself cannot be read: its encoding, or CSV it is not.
    #[error("{}{problem}", at(*line))]
    Unreadable {
        line: Option<u64>,
        problem: ImportProblem,
    },
    #[error("the file is empty")]
    Empty,
    #[error("the file has headings but no household")]
    NoHouseholds,
    #[error("no column is the address (address, Địa chỉ); the headings are {}", .found.join(", "))]
    NoAddressColumn { found: Vec<String> },
    #[error(
        "no column is the head of the household (head_name, Chủ hộ, Họ tên chủ hộ); the headings are {}",
        .found.join(", ")
    )]
    NoHeadNameColumn { found: Vec<String> },
    #[error("line {line}: the household has no address")]
    NoAddress { line: u64 },
    #[error("line {line}: the number of members \"{typed}\" is not a whole number ≥ 0")]
    BadMembers { line: u64, typed: String },
    #[error("line {line}: the household number \"{typed}\" is longer than {max} characters", max = HouseholdNo::MAX_CHARS)]
    NumberTooLong { line: u64, typed: String },
    #[error("line {line}: household number {number} is given twice (first on line {first_line})")]
    DuplicateNumber {
        line: u64,
        number: String,
        first_line: u64,
    },
}

fn at(line: Option<u64>) -> String {
    line.map(|line| format!("line {line}: "))
        .unwrap_or_default()
}

fn lines(lines: &[u64]) -> String {
    let lines: Vec<String> = lines.iter().map(u64::to_string).collect();
    lines.join(", ")
}

/// Reads a register from the bytes of a group's spreadsheet; see the module documentation.
pub fn read_register(bytes: &[u8]) -> Result<RegisterFile, RegisterError> {
    let rows = RawTable::read_free(FILE, bytes).map_err(|e| RegisterError::Unreadable {
        line: e.line,
        problem: e.problem,
    })?;
    let mut rows = rows.into_iter();
    let Some(header) = rows.next() else {
        return Err(RegisterError::Empty);
    };
    let headings: Vec<String> = header.cells.iter().map(|h| clean_line(h)).collect();
    if headings.iter().all(String::is_empty) && rows.len() == 0 {
        return Err(RegisterError::Empty);
    }

    let mut columns: HashMap<Column, usize> = HashMap::new();
    let mut ignored = Vec::new();
    for (index, heading) in headings.iter().enumerate() {
        match Column::of_heading(heading) {
            Some(column) if !columns.contains_key(&column) => {
                columns.insert(column, index);
            }
            _ => ignored.push(heading.clone()),
        }
    }
    if !columns.contains_key(&Column::Address) {
        return Err(RegisterError::NoAddressColumn { found: headings });
    }
    if !columns.contains_key(&Column::HeadName) {
        return Err(RegisterError::NoHeadNameColumn { found: headings });
    }

    // The numbers the file gives: a household without one is never given one of them.
    let rows: Vec<_> = rows.collect();
    let mut taken: std::collections::HashSet<String> = match columns.get(&Column::HouseholdNo) {
        Some(&at) => rows
            .iter()
            .filter_map(|row| row.cells.get(at))
            .map(|cell| clean_line(unguard_text(cell)))
            .filter(|number| !number.is_empty())
            .collect(),
        None => Default::default(),
    };
    let mut households: Vec<Household> = Vec::new();
    let mut lines_of: Vec<u64> = Vec::new();
    let mut numbered = 0;
    let mut empty_rows = Vec::new();
    for row in rows {
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|cell| clean_line(unguard_text(cell)))
            .collect();
        if cells.iter().all(String::is_empty) {
            empty_rows.push(row.line);
            continue;
        }
        let cell = |column: Column| -> String {
            columns
                .get(&column)
                .and_then(|&i| cells.get(i))
                .cloned()
                .unwrap_or_default()
        };
        let mut household_no = cell(Column::HouseholdNo);
        if household_no.is_empty() {
            // Its place in the file, or the next number the file does not give.
            let mut number = households.len() + 1;
            while taken.contains(&number.to_string()) {
                number += 1;
            }
            household_no = number.to_string();
            taken.insert(household_no.clone());
            numbered += 1;
        }
        if HouseholdNo::new(&household_no).is_none() {
            return Err(RegisterError::NumberTooLong {
                line: row.line,
                typed: household_no,
            });
        }
        let address = cell(Column::Address);
        if address.is_empty() {
            return Err(RegisterError::NoAddress { line: row.line });
        }
        let members = match cell(Column::Members) {
            typed if typed.is_empty() => None,
            typed => match parse_count(&typed) {
                Ok(members) => Some(members),
                Err(CountError::Empty) => None,
                Err(_) => {
                    return Err(RegisterError::BadMembers {
                        line: row.line,
                        typed,
                    });
                }
            },
        };
        households.push(Household {
            household_no,
            address,
            head_name: cell(Column::HeadName),
            members,
            phone: cell(Column::Phone),
            note: cell(Column::Note),
        });
        lines_of.push(row.line);
    }
    if households.is_empty() {
        return Err(RegisterError::NoHouseholds);
    }

    let mut first: HashMap<&str, u64> = HashMap::new();
    for (household, &line) in households.iter().zip(&lines_of) {
        if let Some(&first_line) = first.get(household.household_no.as_str()) {
            return Err(RegisterError::DuplicateNumber {
                line,
                number: household.household_no.clone(),
                first_line,
            });
        }
        first.insert(&household.household_no, line);
    }

    let mut warnings = Vec::new();
    if !ignored.is_empty() {
        warnings.push(RegisterWarning::IgnoredColumns(ignored));
    }
    if numbered > 0 {
        warnings.push(RegisterWarning::Numbered { count: numbered });
    }
    if !empty_rows.is_empty() {
        warnings.push(RegisterWarning::EmptyRows(empty_rows));
    }
    Ok(RegisterFile {
        households,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> RegisterFile {
        read_register(text.as_bytes()).unwrap()
    }

    fn error(text: &str) -> String {
        read_register(text.as_bytes()).unwrap_err().to_string()
    }

    #[test]
    fn the_columns_of_households_csv_are_read_in_any_order() {
        let register = read(
            "head_name,address,household_no,members,phone,note\r\n\
             Nguyễn Văn Tám,K19/4 Phú Lộc 10,27-014,5,0905 111 222,Nhà cho thuê\r\n\
             Lê Văn Hùng,K19/2 Phú Lộc 10,27-002,,,\r\n",
        );
        assert_eq!(
            register.households,
            [
                Household {
                    household_no: "27-014".into(),
                    address: "K19/4 Phú Lộc 10".into(),
                    head_name: "Nguyễn Văn Tám".into(),
                    members: Some(5),
                    phone: "0905 111 222".into(),
                    note: "Nhà cho thuê".into(),
                },
                Household {
                    household_no: "27-002".into(),
                    address: "K19/2 Phú Lộc 10".into(),
                    head_name: "Lê Văn Hùng".into(),
                    members: None,
                    phone: String::new(),
                    note: String::new(),
                },
            ]
        );
        assert!(register.warnings.is_empty());
    }

    #[test]
    fn vietnamese_headings_are_understood_without_case_or_accents() {
        for headings in [
            "Số hộ;Địa chỉ;Chủ hộ;Số nhân khẩu;Điện thoại;Ghi chú",
            "MÃ HỘ;  địa   chỉ ;Họ tên chủ hộ;so nhan khau;Dien thoai;GHI CHU",
            "Số hộ;Địa chỉ;Họ và tên chủ hộ;Số nhân khẩu;Điện thoại;Ghi chú",
        ] {
            let register = read(&format!(
                "{headings}\r\n27-014;K19/4 Phú Lộc 10;Nguyễn Văn Tám;5;0905;Chuyển đi\r\n"
            ));
            let h = &register.households[0];
            assert_eq!(
                (
                    h.household_no.as_str(),
                    h.address.as_str(),
                    h.head_name.as_str(),
                    h.members,
                    h.phone.as_str(),
                    h.note.as_str()
                ),
                (
                    "27-014",
                    "K19/4 Phú Lộc 10",
                    "Nguyễn Văn Tám",
                    Some(5),
                    "0905",
                    "Chuyển đi"
                ),
                "{headings}"
            );
            assert!(register.warnings.is_empty(), "{headings}");
        }
    }

    #[test]
    fn other_columns_are_ignored_and_named() {
        let register = read("STT,Địa chỉ,Chủ hộ,Năm sinh,\r\n1,K19/4,Nguyễn Văn Tám,1960,x\r\n");
        assert_eq!(
            register.warnings,
            [
                RegisterWarning::IgnoredColumns(vec![
                    "STT".into(),
                    "Năm sinh".into(),
                    String::new()
                ]),
                RegisterWarning::Numbered { count: 1 },
            ]
        );
    }

    #[test]
    fn households_without_a_number_get_their_place_in_the_file() {
        let register = read(
            "Số hộ,Địa chỉ,Chủ hộ\r\n\
             ,K19/1,Trần A\r\n\
             7,K19/2,Trần B\r\n\
             ,K19/3,Trần C\r\n",
        );
        let numbers: Vec<&str> = register
            .households
            .iter()
            .map(|h| h.household_no.as_str())
            .collect();
        assert_eq!(numbers, ["1", "7", "3"]);
        assert_eq!(register.warnings, [RegisterWarning::Numbered { count: 2 }]);
        // Without a number column, all of them.
        let register = read("Địa chỉ,Chủ hộ\r\nK19/1,Trần A\r\nK19/2,Trần B\r\n");
        assert_eq!(register.households[1].household_no, "2");
        // A place the file gives to another household, before or after: the next one free.
        let register = read(
            "Số hộ,Địa chỉ,Chủ hộ\r\n\
             2,K19/1,Trần A\r\n\
             ,K19/2,Trần B\r\n\
             ,K19/3,Trần C\r\n\
             4,K19/4,Trần D\r\n",
        );
        let numbers: Vec<&str> = register
            .households
            .iter()
            .map(|h| h.household_no.as_str())
            .collect();
        assert_eq!(numbers, ["2", "3", "5", "4"]);
    }

    #[test]
    fn empty_rows_are_skipped_by_line_and_do_not_count_as_households() {
        let register = read("Địa chỉ;Chủ hộ\r\nK19/1;Trần A\r\n;\r\n ; \r\nK19/2;Trần B\r\n;\r\n");
        assert_eq!(register.households.len(), 2);
        assert_eq!(register.households[1].household_no, "2");
        assert_eq!(
            register.warnings,
            [
                RegisterWarning::Numbered { count: 2 },
                RegisterWarning::EmptyRows(vec![3, 4, 6])
            ]
        );
    }

    #[test]
    fn cells_are_cleaned_as_imported_text_is() {
        // Decomposed tones (as Windows-1258 gives them) come out in NFC; a formula guard a
        // hopdan export added is removed; control characters go.
        let register = read(
            "household_no,address,head_name,phone\r\n\
             1,\"K19/4 Phu\u{0301} Lô\u{0323}c\u{7} 10 \",Nguyê\u{0303}n Văn Tám,'+84 905\r\n",
        );
        let h = &register.households[0];
        assert_eq!(h.address, "K19/4 Phú Lộc 10");
        assert_eq!(h.head_name, "Nguyễn Văn Tám");
        assert_eq!(h.phone, "+84 905");
    }

    #[test]
    fn each_error_is_named() {
        assert_eq!(error(""), "the file is empty");
        assert_eq!(error("\r\n"), "the file is empty");
        assert_eq!(
            error("Địa chỉ,Chủ hộ\r\n"),
            "the file has headings but no household"
        );
        assert_eq!(
            error("Địa chỉ,Chủ hộ\r\n,\r\n"),
            "the file has headings but no household"
        );
        assert_eq!(
            error("Số hộ,Họ tên\r\n1,Trần A\r\n"),
            "no column is the address (address, Địa chỉ); the headings are Số hộ, Họ tên"
        );
        assert_eq!(
            error("Số hộ,Địa chỉ\r\n1,K19/1\r\n"),
            "no column is the head of the household (head_name, Chủ hộ, Họ tên chủ hộ); the \
             headings are Số hộ, Địa chỉ"
        );
        assert_eq!(
            error(
                "Số hộ,Địa chỉ,Chủ hộ,Số nhân khẩu\r\n1,K19/1,Trần A,4\r\n2,K19/2,Trần B,bốn\r\n"
            ),
            "line 3: the number of members \"bốn\" is not a whole number ≥ 0"
        );
        assert_eq!(
            error("Số hộ,Địa chỉ,Chủ hộ,Số nhân khẩu\r\n1,K19/1,Trần A,-1\r\n"),
            "line 2: the number of members \"-1\" is not a whole number ≥ 0"
        );
        assert_eq!(
            error("Số hộ,Địa chỉ,Chủ hộ\r\n1,K19/1,Trần A\r\n2,,Trần B\r\n"),
            "line 3: the household has no address"
        );
        assert_eq!(
            error("Số hộ,Địa chỉ,Chủ hộ\r\n1,K19/1,Trần A\r\n\r\n1,K19/2,Trần B\r\n"),
            "line 4: household number 1 is given twice (first on line 2)"
        );
        assert_eq!(
            error("Số hộ,Địa chỉ,Chủ hộ\r\n123456789012345678901,K19/1,Trần A\r\n"),
            "line 2: the household number \"123456789012345678901\" is longer than 20 characters"
        );
        assert_eq!(
            error("Địa chỉ,Chủ hộ\r\n\"K19/1\" x,Trần A\r\n"),
            "line 2: a quoted cell goes on after its closing quote"
        );
    }
}
