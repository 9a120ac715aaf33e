//! The Windows programs under Wine (`linux.rs`: on Linux, where Wine runs them). Run by
//! `tests/harness`: without the built `.exe` or Wine a test counts as ignored, or fails under
//! `PUSHCHECK_WINDOWS_REQUIRED=1`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

#[path = "../harness/mod.rs"]
mod harness;

#[cfg(target_os = "linux")]
mod linux;

fn main() {
    #[cfg(target_os = "linux")]
    linux::main();
    #[cfg(not(target_os = "linux"))]
    harness::run(&[], Vec::new());
}
