//! Making a finished file's rename survive a power cut.

use std::path::Path;

/// Syncs a folder so that the renames in it are durable, where the platform allows it. The
/// files themselves are complete either way, so a folder that cannot be synced is not an error.
pub(crate) fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = std::fs::File::open(dir) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
