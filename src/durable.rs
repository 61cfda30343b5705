//! Writing files that appear whole or not at all, and survive a power cut: each is written to a
//! temporary file beside its final place, flushed to disk, renamed into place, and the folder
//! synced; or, for a set of files, written into a folder that takes the place of another in one
//! step. Backups go out the first way, exports (their CSV files and minutes) the second.

use std::ffi::{OsStr, OsString};
use std::io;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// A hidden temporary file in `dir` that becomes `name` once written in full and put in place
/// by [`put_in_place`]; removed if dropped before. Only its owner may read it, as temporary
/// files are made (the caller may widen it later).
pub(crate) fn staging_file(dir: &Path, name: &OsStr) -> io::Result<NamedTempFile> {
    let mut prefix = OsString::from(".");
    prefix.push(name);
    prefix.push(".");
    tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(dir)
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

/// A new hidden folder beside `target` in which a set of files is written, put in place as a
/// whole by [`StagedFolder::put_in_place`]: a reader of `target` sees the set before or the set
/// after, never a mix. Removed if dropped before.
pub(crate) struct StagedFolder {
    dir: tempfile::TempDir,
    target: PathBuf,
}

impl StagedFolder {
    /// Starts the folder that will become `target`, creating `target`'s parent if needed. The
    /// folders a run killed before finishing left beside `target` are removed first.
    pub(crate) fn beside(target: &Path) -> io::Result<StagedFolder> {
        let parent = match target.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        std::fs::create_dir_all(parent)?;
        let prefix = staged_prefix(target);
        for entry in std::fs::read_dir(parent)?.flatten() {
            let name = entry.file_name();
            if name
                .as_encoded_bytes()
                .starts_with(prefix.as_encoded_bytes())
            {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix);
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o777));
        Ok(StagedFolder {
            dir: builder.tempdir_in(parent)?,
            target: target.to_owned(),
        })
    }

    /// Where the files are written.
    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Puts the folder in place of `target`, whose earlier contents go. The caller has flushed
    /// every file to disk. On Linux the two folders are exchanged in one step; elsewhere, for a
    /// moment between two renames, there is no `target` at all (never a half set).
    pub(crate) fn put_in_place(self) -> io::Result<()> {
        sync_dir(self.dir.path());
        let target = self.target;
        let staged = self.dir.keep();
        let parent = staged.parent().map(Path::to_owned).unwrap_or_default();
        let result = if target.exists() {
            exchange(&staged, &target).and_then(|()| std::fs::remove_dir_all(&staged))
        } else {
            std::fs::rename(&staged, &target)
        };
        if result.is_err() {
            let _ = std::fs::remove_dir_all(&staged);
        }
        sync_dir(&parent);
        result
    }
}

/// The name every staged folder of `target` starts with: `.<name>.hopdan-`.
fn staged_prefix(target: &Path) -> OsString {
    let mut prefix = OsString::from(".");
    prefix.push(target.file_name().unwrap_or_else(|| OsStr::new("export")));
    prefix.push(".hopdan-");
    prefix
}

/// Swaps the folders `staged` and `target`, so that `staged` then holds what `target` held.
fn exchange(staged: &Path, target: &Path) -> io::Result<()> {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        use std::os::unix::ffi::OsStrExt;
        let c = |p: &Path| std::ffi::CString::new(p.as_os_str().as_bytes());
        let (from, to) = (c(staged)?, c(target)?);
        // SAFETY: two valid NUL-terminated paths, relative to the current folder.
        let done = unsafe {
            libc::renameat2(
                libc::AT_FDCWD,
                from.as_ptr(),
                libc::AT_FDCWD,
                to.as_ptr(),
                libc::RENAME_EXCHANGE,
            )
        };
        if done == 0 {
            return Ok(());
        }
        let error = io::Error::last_os_error();
        // A file system without the exchange (EINVAL) takes the two renames below.
        if error.raw_os_error() != Some(libc::EINVAL) {
            return Err(error);
        }
    }
    let mut aside = staged.as_os_str().to_owned();
    aside.push("-old");
    let aside = PathBuf::from(aside);
    std::fs::rename(target, &aside)?;
    if let Err(error) = std::fs::rename(staged, target) {
        let _ = std::fs::rename(&aside, target);
        return Err(error);
    }
    std::fs::rename(&aside, staged)
}
