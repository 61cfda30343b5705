//! A CSV file of a meeting read into rows of text: the exact header, as many fields as columns,
//! every row placed on the physical line it starts on. The files may also come back from a
//! spreadsheet: saved by Excel in the Vietnamese locale (`;` between the cells, Windows-1258),
//! or with a quoted cell that goes on after its quote, which is refused rather than guessed at.

use serde::de::DeserializeOwned;

use super::de::deserialize_row;
use super::error::Checked;
use super::{BOM, ImportError, ImportProblem, Table, columns};

type Result<T> = std::result::Result<T, ImportError>;

/// One data row as text, with the line it starts on.
pub(super) struct RawRow {
    pub(super) line: u64,
    cells: Vec<String>,
}

/// The data rows of a file, after checking the header and field counts.
pub(super) struct RawTable {
    file: &'static str,
    columns: &'static [&'static str],
    pub(super) rows: Vec<RawRow>,
}

impl RawTable {
    /// Parses the file of table `T`: optional BOM, then the exact header, then rows of exactly
    /// as many fields. The file may also be as Excel saves it in the Vietnamese locale: `;`
    /// between the cells (`,` is its decimal mark), in Windows-1258 (the tone marks come out
    /// apart; the cells are put in NFC as they are read).
    pub(super) fn read<T: Table + DeserializeOwned>(bytes: &[u8]) -> Result<RawTable> {
        let file = T::FILE;
        let columns = columns::<T>();
        let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
        let text = decode(bytes).ok_or(ImportError::file(file, ImportProblem::UnknownEncoding))?;
        let bytes = text.as_ref();
        let delimiter = delimiter_of(bytes);
        let mut table = RawTable {
            file,
            columns,
            rows: Vec::new(),
        };
        if let Some((line, field)) = text_after_quote(bytes, delimiter) {
            let column = columns.get(field).copied();
            return Err(table.error(line, column, ImportProblem::TextAfterQuote));
        }
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(bytes);
        let mut header_seen = false;
        let mut lines = LineCounter::new(bytes);
        for record in reader.byte_records() {
            let record = record.map_err(|e| {
                let line = e.position().map(|p| lines.line_at(p.byte()));
                ImportError {
                    file,
                    line,
                    column: None,
                    problem: ImportProblem::NotCsv(e.to_string()),
                }
            })?;
            let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
            if !header_seen {
                header_seen = true;
                let found: Vec<String> = record
                    .iter()
                    .map(|f| String::from_utf8_lossy(f).into_owned())
                    .collect();
                if found != columns {
                    return Err(table.error(
                        line,
                        None,
                        ImportProblem::WrongHeader {
                            found,
                            expected: columns,
                        },
                    ));
                }
                continue;
            }
            if record.len() != columns.len() {
                return Err(table.error(
                    line,
                    None,
                    ImportProblem::FieldCount {
                        found: record.len(),
                        expected: columns.len(),
                    },
                ));
            }
            let mut cells = Vec::with_capacity(columns.len());
            for (field, column) in record.iter().zip(columns) {
                let text = String::from_utf8(field.to_vec())
                    .map_err(|_| table.error(line, Some(column), ImportProblem::NotUtf8))?;
                cells.push(text);
            }
            table.rows.push(RawRow { line, cells });
        }
        if !header_seen {
            return Err(ImportError::file(
                file,
                ImportProblem::Empty { expected: columns },
            ));
        }
        Ok(table)
    }

    pub(super) fn error(
        &self,
        line: u64,
        column: Option<&'static str>,
        problem: ImportProblem,
    ) -> ImportError {
        ImportError {
            file: self.file,
            line: Some(line),
            column,
            problem,
        }
    }

    /// The row read into its row struct, every cell checked.
    pub(super) fn deserialize<T: DeserializeOwned>(&self, raw: &RawRow) -> Result<T> {
        deserialize_row::<T>(&raw.cells).map_err(|e| {
            let column = e.column.and_then(|i| self.columns.get(i).copied());
            self.error(raw.line, column, e.problem)
        })
    }

    /// The result of a row's own check, placed on its line.
    pub(super) fn checked<V>(&self, raw: &RawRow, checked: Checked<V>) -> Result<V> {
        checked.map_err(|(column, problem)| self.error(raw.line, Some(column), problem))
    }
}

/// The bytes of a file as UTF-8: as they are if they are UTF-8, or if they are mostly UTF-8
/// with a damaged byte (left for the cell that holds it to be named); decoded from
/// Windows-1258 (what Excel's "CSV (Comma delimited)" writes in the Vietnamese locale) if no
/// character in them is UTF-8 beyond ASCII. `None` if they are neither: Windows-1258 leaves
/// some bytes undefined.
fn decode(bytes: &[u8]) -> Option<std::borrow::Cow<'_, [u8]>> {
    let some_utf8_beyond_ascii = bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii());
    if std::str::from_utf8(bytes).is_ok() || some_utf8_beyond_ascii {
        return Some(bytes.into());
    }
    let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
    // The bytes Windows-1258 leaves undefined come out as C1 control characters.
    if text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)) {
        return None;
    }
    Some(text.into_owned().into_bytes().into())
}

/// The separator of the cells: `;` when the header line has one and no `,` (Excel in a locale
/// whose decimal mark is the comma), else `,`. The header's cells are plain column names.
fn delimiter_of(bytes: &[u8]) -> u8 {
    let header = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    if header.contains(&b';') && !header.contains(&b',') {
        b';'
    } else {
        b','
    }
}

/// The first quoted cell that goes on after its closing quote (`"Nang cap" junk`), as the line
/// its row starts on and the cell's index in the row. The CSV reader would read it as
/// `Nang cap junk`, so where the cell was meant to end would be a guess.
fn text_after_quote(bytes: &[u8], delimiter: u8) -> Option<(u64, usize)> {
    let (mut line, mut row_line, mut field) = (1u64, 1u64, 0usize);
    let mut at_cell_start = true;
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        i += 1;
        match byte {
            b'"' if at_cell_start => {
                // Up to the closing quote; a doubled quote is a quote in the text.
                loop {
                    match bytes.get(i) {
                        // Unterminated: the reader itself says the file is not CSV.
                        None => return None,
                        Some(b'"') if bytes.get(i + 1) == Some(&b'"') => i += 2,
                        Some(b'"') => {
                            i += 1;
                            break;
                        }
                        Some(b'\n') => {
                            line += 1;
                            i += 1;
                        }
                        Some(_) => i += 1,
                    }
                }
                match bytes.get(i) {
                    None | Some(b'\r' | b'\n') => {}
                    Some(&next) if next == delimiter => {}
                    Some(_) => return Some((row_line, field)),
                }
                at_cell_start = false;
            }
            b'\n' => {
                line += 1;
                row_line = line;
                field = 0;
                at_cell_start = true;
            }
            b'\r' => {}
            _ if byte == delimiter => {
                field += 1;
                at_cell_start = true;
            }
            _ => at_cell_start = false,
        }
    }
    None
}

/// Finds the 1-based physical line on which each record begins.
///
/// The csv crate's own `Position::line` counts a CRLF only once the next record is read, so with
/// CRLF line ends it gives every data row the number of the line before it. A record starts at
/// `byte` or after the line ends that follow it (a record cannot begin with an unquoted line
/// break), so its line is one more than the line breaks before its first byte. Records are
/// asked for in order, so each call counts only the bytes since the previous one and reading a
/// file stays linear in its size.
struct LineCounter<'a> {
    bytes: &'a [u8],
    /// Line breaks are counted in `bytes[..counted_to]`.
    counted_to: usize,
    line_breaks: u64,
}

impl<'a> LineCounter<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        LineCounter {
            bytes,
            counted_to: 0,
            line_breaks: 0,
        }
    }

    fn line_at(&mut self, byte: u64) -> u64 {
        let bytes = self.bytes;
        let start = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
        let first = bytes[start..]
            .iter()
            .position(|b| *b != b'\r' && *b != b'\n')
            .map_or(bytes.len(), |offset| start + offset);
        if first < self.counted_to {
            *self = LineCounter::new(bytes);
        }
        // CRLF, LF and a lone CR each end one line.
        for i in self.counted_to..first {
            let b = bytes[i];
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                self.line_breaks += 1;
            }
        }
        self.counted_to = first;
        self.line_breaks + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line of each record as the reader sees it.
    fn lines(bytes: &[u8]) -> Vec<u64> {
        ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes)
            .byte_records()
            .map(|r| LineCounter::new(bytes).line_at(r.unwrap().position().unwrap().byte()))
            .collect()
    }

    /// The same lines when counted record by record, as `read_table` does.
    fn lines_in_order(bytes: &[u8]) -> Vec<u64> {
        let mut counter = LineCounter::new(bytes);
        ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes)
            .byte_records()
            .map(|r| counter.line_at(r.unwrap().position().unwrap().byte()))
            .collect()
    }

    #[test]
    fn lines_are_physical_lines_whatever_the_line_ends() {
        assert_eq!(
            lines(b"a,b\r\n1,\"x\r\ny\"\r\n3,4\r\n\r\n5,6\r\n"),
            [1, 2, 4, 6]
        );
        assert_eq!(lines(b"a,b\n1,\"x\ny\"\n3,4\n\n5,6"), [1, 2, 4, 6]);
        assert_eq!(lines(b"a,b\r1,\"x\ry\"\r3,4\r\r5,6\r"), [1, 2, 4, 6]);
        assert_eq!(lines(b"\r\n\r\na,b\r\n"), [3]);
        for bytes in [
            &b"a,b\r\n1,\"x\r\ny\"\r\n3,4\r\n\r\n5,6\r\n"[..],
            b"a,b\r1,\"x\ry\"\r3,4\r\r5,6\r",
            b"\r\n\r\na,b\r\n",
        ] {
            assert_eq!(lines_in_order(bytes), lines(bytes));
        }
    }
}
