//! A CSV file of a meeting read into rows of text: the exact header, as many fields as columns,
//! every row placed on the physical line it starts on. The files may also come back from a
//! spreadsheet: saved by Excel in the Vietnamese locale (`;` between the cells, Windows-1258),
//! or with a quoted cell that goes on after its quote, which is refused rather than guessed at.

use std::collections::VecDeque;
use std::io::{self, BufRead, Read};

use serde::de::DeserializeOwned;

use super::de::deserialize_row;
use super::error::Checked;
use super::{BOM, ImportError, ImportProblem, Table, columns};

type Result<T> = std::result::Result<T, ImportError>;

/// Opens a file afresh, at its first byte: a large file is read more than once rather than
/// held in memory.
pub(super) type Open<'a> = dyn Fn() -> io::Result<Box<dyn BufRead + 'a>> + 'a;

/// One data row as text, with the line it starts on.
pub(super) struct RawRow {
    pub(super) line: u64,
    pub(super) cells: Vec<String>,
}

/// The data rows of a file, after checking the header and field counts.
pub(super) struct RawTable {
    file: &'static str,
    columns: &'static [&'static str],
    /// Any header and any number of fields: a file not written by hopdan, whose header row
    /// comes back as the first row.
    free: bool,
    pub(super) rows: Vec<RawRow>,
}

/// How a file is to be read, from a first look at all of it.
#[derive(Clone, Copy)]
struct Format {
    windows_1258: bool,
    delimiter: u8,
}

impl RawTable {
    /// Parses the file of table `T`: optional BOM, then the exact header, then rows of exactly
    /// as many fields. The file may also be as Excel saves it in the Vietnamese locale: `;`
    /// between the cells (`,` is its decimal mark), in Windows-1258 (the tone marks come out
    /// apart; the cells are put in NFC as they are read).
    pub(super) fn read<T: Table + DeserializeOwned>(bytes: &[u8]) -> Result<RawTable> {
        let open = || Ok(Box::new(bytes) as Box<dyn BufRead + '_>);
        let mut table = RawTable::new::<T>();
        let format = table.format(&open)?;
        let mut rows = Vec::new();
        table.parse(&open, format, |_, row| {
            rows.push(row);
            Ok::<_, ImportError>(())
        })?;
        table.rows = rows;
        Ok(table)
    }

    /// [`RawTable::read`] of a file of any size, in bounded memory: the whole file is checked
    /// as `read` checks it before the first row goes to `each` (so a file fails with the same
    /// error either way), then it is read again, one row at a time. The table handed back has
    /// no rows.
    pub(super) fn stream<T: Table + DeserializeOwned, E: From<ImportError>>(
        open: &Open<'_>,
        mut each: impl FnMut(&RawTable, RawRow) -> std::result::Result<(), E>,
    ) -> std::result::Result<RawTable, E> {
        let table = RawTable::new::<T>();
        let format = table.format(open)?;
        table.parse(open, format, |_, _| Ok::<_, ImportError>(()))?;
        table.parse(open, format, &mut each)?;
        Ok(table)
    }

    fn new<T: Table + DeserializeOwned>() -> RawTable {
        RawTable {
            file: T::FILE,
            columns: columns::<T>(),
            free: false,
            rows: Vec::new(),
        }
    }

    /// Every record of a file whose columns are not known in advance (a spreadsheet of the
    /// residential group's own), its header first, as text; read as [`RawTable::read`] reads
    /// (UTF-8 with or without BOM or Windows-1258, `;` or `,`), with errors of file `file`.
    /// An empty file has no rows.
    pub(super) fn read_free(file: &'static str, bytes: &[u8]) -> Result<Vec<RawRow>> {
        let open = || Ok(Box::new(bytes) as Box<dyn BufRead + '_>);
        let table = RawTable {
            file,
            columns: &[],
            free: true,
            rows: Vec::new(),
        };
        let format = table.format(&open)?;
        let mut rows = Vec::new();
        table.parse(&open, format, |_, row| {
            rows.push(row);
            Ok::<_, ImportError>(())
        })?;
        Ok(rows)
    }

    fn unreadable(&self, error: io::Error) -> ImportError {
        ImportError::file(self.file, ImportProblem::Unreadable(error))
    }

    /// The encoding and the separator, and no quoted cell that goes on after its quote: one
    /// pass over the file, a line at a time.
    fn format(&self, open: &Open<'_>) -> Result<Format> {
        let mut input = open().map_err(|e| self.unreadable(e))?;
        let mut line = Vec::new();
        let (mut utf8, mut beyond_ascii, mut undefined_1258) = (true, false, false);
        let mut quotes: Option<QuoteScan> = None;
        let mut after_quote = None;
        loop {
            line.clear();
            if input
                .read_until(b'\n', &mut line)
                .map_err(|e| self.unreadable(e))?
                == 0
            {
                break;
            }
            let bytes = match &quotes {
                None => line.strip_prefix(BOM).unwrap_or(&line),
                Some(_) => &line[..],
            };
            let scan = quotes.get_or_insert_with(|| QuoteScan::new(delimiter_of(bytes)));
            // A UTF-8 character never holds a line end, so the file is UTF-8 if each line is.
            utf8 &= std::str::from_utf8(bytes).is_ok();
            if !beyond_ascii {
                beyond_ascii = bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii());
                undefined_1258 |= !beyond_ascii && !utf8 && undefined_in_1258(bytes);
            }
            if after_quote.is_none() {
                after_quote = scan.feed(bytes);
            }
        }
        // As `decode` decides for a whole file.
        let windows_1258 = !utf8 && !beyond_ascii;
        if windows_1258 && undefined_1258 {
            return Err(ImportError::file(self.file, ImportProblem::UnknownEncoding));
        }
        if let Some((line, field)) = after_quote {
            let column = self.columns.get(field).copied();
            return Err(self.error(line, column, ImportProblem::TextAfterQuote));
        }
        Ok(Format {
            windows_1258,
            delimiter: quotes.map_or(b',', |scan| scan.delimiter),
        })
    }

    /// Reads the file's records: the header is checked, each row's fields counted and handed
    /// to `each` as text.
    fn parse<E: From<ImportError>>(
        &self,
        open: &Open<'_>,
        format: Format,
        mut each: impl FnMut(&RawTable, RawRow) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let file = self.file;
        let columns = self.columns;
        let input = open().map_err(|e| self.unreadable(e))?;
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(format.delimiter)
            .from_reader(Decoded::new(input, format.windows_1258));
        let mut header_seen = false;
        let mut record = ::csv::ByteRecord::new();
        loop {
            match reader.read_byte_record(&mut record) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    let line = e
                        .position()
                        .map(|p| reader.get_mut().lines.line_at(p.byte()));
                    let message = e.to_string();
                    return Err(match e.into_kind() {
                        ::csv::ErrorKind::Io(e) => self.unreadable(e),
                        _ => ImportError {
                            file,
                            line,
                            column: None,
                            problem: ImportProblem::NotCsv(message),
                        },
                    }
                    .into());
                }
            }
            let line = record
                .position()
                .map_or(0, |p| reader.get_mut().lines.line_at(p.byte()));
            if self.free {
                header_seen = true;
                let mut cells = Vec::with_capacity(record.len());
                for field in record.iter() {
                    let text = String::from_utf8(field.to_vec())
                        .map_err(|_| self.error(line, None, ImportProblem::NotUtf8))?;
                    cells.push(text);
                }
                each(self, RawRow { line, cells })?;
                continue;
            }
            if !header_seen {
                header_seen = true;
                let found: Vec<String> = record
                    .iter()
                    .map(|f| String::from_utf8_lossy(f).into_owned())
                    .collect();
                if found != columns {
                    return Err(self
                        .error(
                            line,
                            None,
                            ImportProblem::WrongHeader {
                                found,
                                expected: columns,
                            },
                        )
                        .into());
                }
                continue;
            }
            if record.len() != columns.len() {
                return Err(self
                    .error(
                        line,
                        None,
                        ImportProblem::FieldCount {
                            found: record.len(),
                            expected: columns.len(),
                        },
                    )
                    .into());
            }
            let mut cells = Vec::with_capacity(columns.len());
            for (field, column) in record.iter().zip(columns) {
                let text = String::from_utf8(field.to_vec())
                    .map_err(|_| self.error(line, Some(column), ImportProblem::NotUtf8))?;
                cells.push(text);
            }
            each(self, RawRow { line, cells })?;
        }
        if !header_seen && !self.free {
            return Err(ImportError::file(file, ImportProblem::Empty { expected: columns }).into());
        }
        Ok(())
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

/// Whether bytes read as Windows-1258 (what Excel's "CSV (Comma delimited)" writes in the
/// Vietnamese locale) hold one it leaves undefined: then the file is neither that nor UTF-8.
/// A file is read as Windows-1258 when no character in it is UTF-8 beyond ASCII; as it is,
/// if it is UTF-8 or mostly so (a damaged byte is left for the cell that holds it to be named).
fn undefined_in_1258(bytes: &[u8]) -> bool {
    let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
    // The bytes Windows-1258 leaves undefined come out as C1 control characters.
    text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c))
}

/// A file as the CSV reader reads it: without its BOM, as UTF-8, a line at a time; and where
/// its lines start, for the rows it reads.
struct Decoded<'a> {
    input: Box<dyn BufRead + 'a>,
    windows_1258: bool,
    /// The line being handed out, and how much of it has been.
    line: Vec<u8>,
    given: usize,
    first: bool,
    lines: LineCounter,
}

impl<'a> Decoded<'a> {
    fn new(input: Box<dyn BufRead + 'a>, windows_1258: bool) -> Self {
        Decoded {
            input,
            windows_1258,
            line: Vec::new(),
            given: 0,
            first: true,
            lines: LineCounter::default(),
        }
    }
}

impl Read for Decoded<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.given == self.line.len() {
            self.line.clear();
            self.given = 0;
            if self.input.read_until(b'\n', &mut self.line)? == 0 {
                return Ok(0);
            }
            if std::mem::take(&mut self.first) && self.line.starts_with(BOM) {
                self.line.drain(..BOM.len());
            }
            if self.windows_1258 {
                let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(&self.line);
                self.line = text.into_owned().into_bytes();
            }
        }
        let n = buf.len().min(self.line.len() - self.given);
        let bytes = &self.line[self.given..self.given + n];
        buf[..n].copy_from_slice(bytes);
        self.lines.saw(bytes);
        self.given += n;
        Ok(n)
    }
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

/// Finds the first quoted cell that goes on after its closing quote (`"Nang cap" junk`), as
/// the line its row starts on and the cell's index in the row. The CSV reader would read it as
/// `Nang cap junk`, so where the cell was meant to end would be a guess. Fed the file in
/// pieces, in order.
struct QuoteScan {
    delimiter: u8,
    state: Quoting,
    line: u64,
    row_line: u64,
    field: usize,
    at_cell_start: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Quoting {
    Outside,
    Inside,
    /// A quote inside a quoted cell: the closing one, or the first of a doubled one.
    QuoteInside,
}

impl QuoteScan {
    fn new(delimiter: u8) -> Self {
        QuoteScan {
            delimiter,
            state: Quoting::Outside,
            line: 1,
            row_line: 1,
            field: 0,
            at_cell_start: true,
        }
    }

    /// The next bytes of the file; the first cell found going on after its quote, if any.
    fn feed(&mut self, bytes: &[u8]) -> Option<(u64, usize)> {
        for &byte in bytes {
            match self.state {
                Quoting::Inside => match byte {
                    b'"' => self.state = Quoting::QuoteInside,
                    b'\n' => self.line += 1,
                    _ => {}
                },
                // A doubled quote is a quote in the text.
                Quoting::QuoteInside if byte == b'"' => self.state = Quoting::Inside,
                Quoting::QuoteInside => {
                    if !matches!(byte, b'\r' | b'\n') && byte != self.delimiter {
                        return Some((self.row_line, self.field));
                    }
                    self.state = Quoting::Outside;
                    self.at_cell_start = false;
                    self.outside(byte);
                }
                Quoting::Outside => self.outside(byte),
            }
        }
        // An unterminated quote is left for the reader, which says the file is not CSV.
        None
    }

    fn outside(&mut self, byte: u8) {
        match byte {
            b'"' if self.at_cell_start => self.state = Quoting::Inside,
            b'\n' => {
                self.line += 1;
                self.row_line = self.line;
                self.field = 0;
                self.at_cell_start = true;
            }
            b'\r' => {}
            _ if byte == self.delimiter => {
                self.field += 1;
                self.at_cell_start = true;
            }
            _ => self.at_cell_start = false,
        }
    }
}

/// Finds the 1-based physical line on which each record begins, from the bytes the reader
/// was given.
///
/// The csv crate's own `Position::line` counts a CRLF only once the next record is read, so with
/// CRLF line ends it gives every data row the number of the line before it. A record starts at
/// `byte` or after the line ends that follow it (a record cannot begin with an unquoted line
/// break), so its line is one more than the line breaks before its first byte. Records are
/// asked for in order, so only the line ends not yet counted are kept: those the reader has
/// read ahead, a buffer's worth.
#[derive(Default)]
struct LineCounter {
    /// Bytes given so far.
    seen: u64,
    /// Where each CR and LF given and not yet counted is, and which it is.
    ends: VecDeque<(u64, u8)>,
    line_breaks: u64,
}

impl LineCounter {
    fn saw(&mut self, bytes: &[u8]) {
        for (i, &b) in (self.seen..).zip(bytes) {
            if b == b'\r' || b == b'\n' {
                self.ends.push_back((i, b));
            }
        }
        self.seen += bytes.len() as u64;
    }

    fn line_at(&mut self, byte: u64) -> u64 {
        // The record's first byte: past the line ends at `byte`.
        let mut first = byte;
        for &(at, _) in self.ends.iter().skip_while(|(at, _)| *at < byte) {
            if at != first {
                break;
            }
            first += 1;
        }
        // CRLF, LF and a lone CR each end one line.
        while let Some(&(at, b)) = self.ends.front() {
            if at >= first {
                break;
            }
            self.ends.pop_front();
            let crlf = b == b'\r' && self.ends.front() == Some(&(at + 1, b'\n'));
            if !crlf {
                self.line_breaks += 1;
            }
        }
        self.line_breaks + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line of each record as the reader sees it, each asked for in order.
    fn lines(bytes: &[u8]) -> Vec<u64> {
        let input = Decoded::new(Box::new(bytes), false);
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(input);
        let mut record = ::csv::ByteRecord::new();
        let mut lines = Vec::new();
        while reader.read_byte_record(&mut record).unwrap() {
            let byte = record.position().unwrap().byte();
            lines.push(reader.get_mut().lines.line_at(byte));
        }
        lines
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
    }

    #[test]
    fn a_cell_going_on_after_its_quote_is_found_however_the_file_is_cut() {
        let bytes = b"a,b\r\n1,\"x\"\"\r\ny\"\r\n\"z\" junk,2\r\n";
        let whole = QuoteScan::new(b',').feed(bytes);
        assert_eq!(whole, Some((4, 0)));
        for cut in 0..bytes.len() {
            let mut scan = QuoteScan::new(b',');
            let found = scan
                .feed(&bytes[..cut])
                .or_else(|| scan.feed(&bytes[cut..]));
            assert_eq!(found, whole, "cut at {cut}");
        }
    }
}
