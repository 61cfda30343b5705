//! Why the system refused, in the words of the language: chosen by the kind of an `io::Error`
//! and by the result code of a SQLite error, never taken from their English text (which stays in
//! the error's `source()`, for logs).

use std::io::{self, ErrorKind};

use rusqlite::ErrorCode;

use crate::i18n::Strings;
use crate::store::{BackupFailure, OpenFailure};

/// What the operating system refused, said as the clause after a colon.
pub fn io_cause(s: &Strings, error: &io::Error) -> String {
    let c = s.causes;
    let words = match error.kind() {
        ErrorKind::NotFound => c.not_found,
        ErrorKind::PermissionDenied => c.permission_denied,
        ErrorKind::IsADirectory => c.is_a_folder,
        ErrorKind::NotADirectory => c.not_a_folder,
        ErrorKind::AlreadyExists => c.already_exists,
        ErrorKind::DirectoryNotEmpty => c.folder_not_empty,
        ErrorKind::ReadOnlyFilesystem => c.read_only_disk,
        ErrorKind::StorageFull => c.disk_full,
        ErrorKind::QuotaExceeded => c.quota_exceeded,
        ErrorKind::FileTooLarge => c.file_too_large,
        ErrorKind::InvalidFilename => c.bad_name,
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => c.in_use,
        ErrorKind::StaleNetworkFileHandle
        | ErrorKind::NetworkDown
        | ErrorKind::NetworkUnreachable
        | ErrorKind::HostUnreachable
        | ErrorKind::ConnectionReset
        | ErrorKind::ConnectionAborted
        | ErrorKind::NotConnected => c.network,
        ErrorKind::TimedOut => c.timed_out,
        ErrorKind::UnexpectedEof => c.ends_early,
        ErrorKind::OutOfMemory => c.out_of_memory,
        ErrorKind::Unsupported => c.unsupported,
        _ => {
            return match error.raw_os_error() {
                Some(code) => (c.os_error)(code),
                None => c.unknown.to_owned(),
            };
        }
    };
    words.to_owned()
}

/// What SQLite refused, said as the clause after a colon.
pub(super) fn sqlite_cause(s: &Strings, error: &rusqlite::Error) -> String {
    let c = s.causes;
    let words = match error {
        rusqlite::Error::SqliteFailure(failure, _) => match failure.code {
            ErrorCode::CannotOpen => c.sqlite_cannot_open,
            ErrorCode::PermissionDenied | ErrorCode::AuthorizationForStatementDenied => {
                c.permission_denied
            }
            ErrorCode::ReadOnly => c.read_only_file,
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => c.in_use,
            ErrorCode::DiskFull => c.disk_full,
            ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => c.damaged,
            ErrorCode::SystemIoFailure => c.disk_io,
            ErrorCode::FileLockingProtocolFailed => c.locking,
            ErrorCode::OutOfMemory => c.out_of_memory,
            ErrorCode::TooBig | ErrorCode::NoLargeFileSupport => c.file_too_large,
            ErrorCode::ConstraintViolation => c.constraint,
            _ => return (c.sqlite_code)(failure.extended_code),
        },
        rusqlite::Error::FromSqlConversionFailure(..)
        | rusqlite::Error::InvalidColumnType(..)
        | rusqlite::Error::IntegralValueOutOfRange(..)
        | rusqlite::Error::Utf8Error(..) => c.unreadable_value,
        _ => c.internal,
    };
    words.to_owned()
}

/// Why bringing the schema up to date failed.
pub(super) fn migration_cause(s: &Strings, error: &rusqlite_migration::Error) -> String {
    let c = s.causes;
    match error {
        rusqlite_migration::Error::RusqliteError { err, .. } => sqlite_cause(s, err),
        rusqlite_migration::Error::ForeignKeyCheck(_) => c.inconsistent_data.to_owned(),
        rusqlite_migration::Error::InvalidUserVersion
        | rusqlite_migration::Error::SpecifiedSchemaVersion(_) => c.bad_schema_version.to_owned(),
        _ => c.internal.to_owned(),
    }
}

pub(super) fn open_cause(s: &Strings, failure: &OpenFailure) -> String {
    match failure {
        OpenFailure::Io(error) => io_cause(s, error),
        OpenFailure::Sqlite(error) => sqlite_cause(s, error),
        OpenFailure::NoWriteAheadLog { .. } => s.causes.no_write_ahead_log.to_owned(),
    }
}

pub(super) fn backup_cause(s: &Strings, failure: &BackupFailure) -> String {
    let c = s.causes;
    match failure {
        BackupFailure::Io(error) => io_cause(s, error),
        BackupFailure::NoFileName => c.no_file_name.to_owned(),
        BackupFailure::NameNotUnicode => c.name_not_unicode.to_owned(),
        BackupFailure::JournalMode { .. } => c.copy_not_single_file.to_owned(),
        BackupFailure::CopyDamaged { .. } => c.copy_damaged.to_owned(),
    }
}
