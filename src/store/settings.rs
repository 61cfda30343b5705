//! The secretary's choices that outlast a meeting and a restart: one value per [`Setting`].

use rusqlite::OptionalExtension;

use super::{Result, Store};

/// A choice kept across restarts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// The built-in input method: `off`, `telex` or `vni`.
    TypingMode,
    /// The folder the interface last exported to.
    ExportFolder,
}

impl Setting {
    /// The key of the setting in the `settings` table.
    fn key(self) -> &'static str {
        match self {
            Setting::TypingMode => "typing_mode",
            Setting::ExportFolder => "export_folder",
        }
    }
}

impl Store {
    /// The value kept for `setting`, if one was ever kept.
    pub fn setting(&self, setting: Setting) -> Result<Option<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?;
        Ok(stmt
            .query_row([setting.key()], |row| row.get(0))
            .optional()?)
    }

    /// Keeps `value` for `setting`, replacing the one kept before.
    pub fn set_setting(&mut self, setting: Setting, value: &str) -> Result<()> {
        let tx = self.write()?;
        tx.prepare_cached(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )?
        .execute([setting.key(), value])?;
        tx.commit()?;
        Ok(())
    }
}
