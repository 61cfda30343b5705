//! SIGTERM and SIGHUP end the app cleanly: the loop sees a flag, saves, restores the terminal.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

pub struct QuitSignal(Arc<AtomicBool>);

impl QuitSignal {
    /// Watches SIGTERM, and SIGHUP unless it was ignored when hopdan started (as under `nohup`:
    /// then it stays ignored, and a terminal that goes away ends the app through its read error).
    pub fn install() -> io::Result<Self> {
        let flag = Arc::new(AtomicBool::new(false));
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGHUP, SIGTERM};
            signal_hook::flag::register(SIGTERM, Arc::clone(&flag))?;
            if !is_ignored(SIGHUP) {
                signal_hook::flag::register(SIGHUP, Arc::clone(&flag))?;
            }
        }
        Ok(QuitSignal(flag))
    }

    pub fn received(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// Whether the signal's disposition, inherited from the parent, is "ignore".
#[cfg(unix)]
fn is_ignored(signal: libc::c_int) -> bool {
    // SAFETY: a null new action only queries the current one into `old`, which is a valid,
    // zeroed sigaction owned by this frame.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(signal, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    }
}
