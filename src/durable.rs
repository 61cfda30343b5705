//! Writing files that appear whole or not at all, and survive a power cut: each is written to a
//! temporary file beside its final place, flushed to disk, renamed into place, and the folder
//! synced. Exports, minutes and backups go out this way.

use std::ffi::{OsStr, OsString};
use std::io;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// Who may read a staged file once it is in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Readers {
    /// The owner only, as temporary files are made (the caller may widen it later).
    Owner,
    /// Anyone the umask allows: files meant to be copied and shared.
    Shared,
}

/// A hidden temporary file in `dir` that becomes `name` once written in full and put in place
/// by [`put_in_place`]; removed if dropped before.
pub(crate) fn staging_file(
    dir: &Path,
    name: &OsStr,
    readers: Readers,
) -> io::Result<NamedTempFile> {
    let mut prefix = OsString::from(".");
    prefix.push(name);
    prefix.push(".");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    if readers == Readers::Shared {
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    }
    #[cfg(not(unix))]
    let _ = readers;
    builder.tempfile_in(dir)
}

/// Flushes every staged file to disk, and only then renames each to its name in `dir`, so that
/// no file is ever left half-written and a set of files goes out together; then syncs the
/// folder. Returns the paths, or the name of the file that failed with the error.
pub(crate) fn put_in_place<N: AsRef<OsStr>>(
    dir: &Path,
    staged: Vec<(N, NamedTempFile)>,
) -> Result<Vec<PathBuf>, (N, io::Error)> {
    let mut flushed = Vec::with_capacity(staged.len());
    for (name, temp) in staged {
        match temp.as_file().sync_all() {
            Ok(()) => flushed.push((name, temp)),
            Err(error) => return Err((name, error)),
        }
    }
    let mut paths = Vec::with_capacity(flushed.len());
    for (name, temp) in flushed {
        let path = dir.join(name.as_ref());
        if let Err(e) = temp.persist(&path) {
            return Err((name, e.error));
        }
        paths.push(path);
    }
    sync_dir(dir);
    Ok(paths)
}

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
