use thiserror::Error;

/// What can go wrong with the database, in words a secretary can act on.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}
