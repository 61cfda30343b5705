//! The deserializer that reads one CSV row into its row struct, checking each cell as the field
//! asks for it, so that a bad cell is a typed [`ImportProblem`] of its column.

use std::fmt;

use serde::de::value::StrDeserializer;
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, SeqAccess, Visitor};

use super::cell::{HOUSEHOLD_NO, MEASURE, ORDINAL, TIME};
use super::{HouseholdNo, ImportProblem, Part, Table, unguard_text};
use crate::domain::text::clean_line;
use crate::domain::{CodeError, Measure, parse_count, parse_time};

/// Reads the cells of one row into `T`.
pub(super) fn deserialize_row<T: DeserializeOwned>(cells: &[String]) -> Result<T, CellError> {
    T::deserialize(&mut RowCells { cells, next: 0 })
}

/// A cell that could not be read into its field, and which column it was (by position).
#[derive(Debug)]
pub(super) struct CellError {
    pub(super) problem: ImportProblem,
    pub(super) column: Option<usize>,
}

impl CellError {
    fn new(problem: ImportProblem) -> Self {
        CellError {
            problem,
            column: None,
        }
    }
}

impl fmt::Display for CellError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.problem.fmt(f)
    }
}

impl std::error::Error for CellError {}

impl de::Error for CellError {
    /// Only a row struct that asks for something no column holds gets here.
    fn custom<T: fmt::Display>(message: T) -> Self {
        CellError::new(ImportProblem::NotCsv(message.to_string()))
    }
}

/// The cells of one row, handed to the fields of its row struct in order.
struct RowCells<'r> {
    cells: &'r [String],
    next: usize,
}

impl<'de> de::Deserializer<'de> for &mut RowCells<'de> {
    type Error = CellError;

    fn deserialize_any<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        visitor.visit_seq(self)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        visitor.visit_seq(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

impl<'de> SeqAccess<'de> for RowCells<'de> {
    type Error = CellError;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> std::result::Result<Option<S::Value>, CellError> {
        let Some(cell) = self.cells.get(self.next) else {
            return Ok(None);
        };
        let column = self.next;
        self.next += 1;
        seed.deserialize(Cell(cell)).map(Some).map_err(|mut e| {
            e.column.get_or_insert(column);
            e
        })
    }
}

/// One cell, read as the field asks: a count, a code, a time, a text…
struct Cell<'r>(&'r str);

impl<'de> Cell<'de> {
    fn trimmed(&self) -> &'de str {
        self.0.trim()
    }

    fn count(&self) -> std::result::Result<u32, CellError> {
        parse_count(self.0).map_err(|e| CellError::new(ImportProblem::Count(e)))
    }
}

impl<'de> de::Deserializer<'de> for Cell<'de> {
    type Error = CellError;

    fn deserialize_any<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        visitor.visit_borrowed_str(self.0)
    }

    /// A meeting id: plain digits.
    fn deserialize_i64<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        let text = self.trimmed();
        let bad = || CellError::new(ImportProblem::BadMeetingId(text.to_owned()));
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        visitor.visit_i64(text.parse().map_err(|_| bad())?)
    }

    fn deserialize_u32<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        visitor.visit_u32(self.count()?)
    }

    fn deserialize_option<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        if self.trimmed().is_empty() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        let text = self.trimmed();
        match name {
            TIME if text.is_empty() => Err(CellError::new(ImportProblem::NoTime)),
            TIME if parse_time(text).is_err() => {
                Err(CellError::new(ImportProblem::BadTime(text.to_owned())))
            }
            TIME => visitor.visit_borrowed_str(text),
            ORDINAL => match self.count()? {
                0 => Err(CellError::new(ImportProblem::Zero(text.to_owned()))),
                n => visitor.visit_u64(u64::from(n)),
            },
            HOUSEHOLD_NO => {
                let number = clean_line(unguard_text(self.0));
                if number.is_empty() {
                    return Err(CellError::new(ImportProblem::Blank));
                }
                if HouseholdNo::new(&number).is_none() {
                    return Err(CellError::new(ImportProblem::HouseholdNoTooLong(number)));
                }
                visitor.visit_str(&number)
            }
            MEASURE => match Measure::parse(text) {
                Ok(measure) => visitor.visit_u64(u64::from(measure.0)),
                Err(e) => Err(CellError::new(ImportProblem::Measure(e))),
            },
            _ => visitor.visit_newtype_struct(self),
        }
    }

    /// A code: one of the variants' names.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        let code = self.trimmed();
        if !variants.contains(&code) {
            return Err(CellError::new(ImportProblem::Code(CodeError {
                found: code.to_owned(),
                expected: variants,
            })));
        }
        let code: StrDeserializer<'_, CellError> = code.into_deserializer();
        visitor.visit_enum(code)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i128 u8 u16 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

/// Which row the cells are, if they read as a row of `T`.
pub(super) fn part_of<T: Table + DeserializeOwned>(cells: &[String]) -> Option<Part> {
    deserialize_row::<T>(cells).ok().map(|row| row.part())
}

/// The field names a row struct asks for: its columns.
pub(super) fn field_names<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut names = FieldNames(&[]);
    // Asking for the struct is all it takes; the error that follows is expected.
    let _ = T::deserialize(&mut names);
    names.0
}

struct FieldNames(&'static [&'static str]);

impl<'de> de::Deserializer<'de> for &mut FieldNames {
    type Error = CellError;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> std::result::Result<V::Value, CellError> {
        Err(de::Error::custom("a row struct is a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        self.0 = fields;
        Err(de::Error::custom("only the names were asked for"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}
