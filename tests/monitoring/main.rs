//! The formats monitoring systems read, proven by their own tools (`linux.rs`: Linux only,
//! where those tools run). Run by `tests/harness`: a test whose tool is missing counts as
//! ignored, or fails under `PUSHCHECK_MONITORING_REQUIRED=1`.
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
