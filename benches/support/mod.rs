//! What the benchmarks share.
pub mod large_db;
