//! A small file system of its own for a test: a tmpfs mounted on a new folder, to be filled up
//! or made read-only. Mounting needs root (as in CI, where it must work); elsewhere the tests
//! that need one say they skipped.
#![cfg(target_os = "linux")]

use std::path::{Path, PathBuf};
use std::process::Command;

use tempfile::TempDir;

pub struct Tmpfs {
    dir: TempDir,
}

impl Tmpfs {
    /// A tmpfs of `size` (as `mount` reads it: "256k", "4m"); `None`, with a line saying so,
    /// where this user may not mount one.
    pub fn mount(size: &str) -> Option<Tmpfs> {
        let dir = TempDir::new().unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        if !mounted {
            // SAFETY: geteuid has no preconditions.
            let root = unsafe { libc::geteuid() } == 0;
            assert!(
                !(root && std::env::var_os("CI").is_some()),
                "CI runs as root and must be able to mount a tmpfs"
            );
            eprintln!("skipped: mounting a tmpfs needs root");
            return None;
        }
        Some(Tmpfs { dir })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn join(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Copies `files` in, keeping their names.
    pub fn copy_in(&self, files: &[&Path]) {
        for file in files {
            std::fs::copy(
                file,
                self.join(&file.file_name().unwrap().to_string_lossy()),
            )
            .unwrap();
        }
    }

    /// From now on nothing can be written to it, by anyone.
    pub fn make_read_only(&self) {
        let remounted = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(self.dir.path())
            .status()
            .unwrap();
        assert!(remounted.success());
    }

    /// Fills it to the last byte with a file named `fill`.
    pub fn fill(&self) {
        let mut file = std::fs::File::create(self.join("fill")).unwrap();
        let block = vec![0u8; 4096];
        while std::io::Write::write_all(&mut file, &block).is_ok() {}
    }

    /// Frees `bytes` of what [`Tmpfs::fill`] took.
    pub fn free(&self, bytes: u64) {
        let fill = std::fs::OpenOptions::new()
            .write(true)
            .open(self.join("fill"))
            .unwrap();
        fill.set_len(fill.metadata().unwrap().len() - bytes)
            .unwrap();
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}
