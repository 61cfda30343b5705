//! hopdan: live minutes and show-of-hands votes for residents' consultation meetings.

pub mod domain;
pub mod store;
