//! A loopback stand-in for Apple and a school network, for looking at the app by hand:
//! `cargo run --example demo_bed -- blocked` starts the servers and prints the arguments to
//! pass to `pushcheck gui` or `pushcheck check`. Scenarios: healthy, blocked, fallback,
//! intercepted, portal, partial, slow, far. Runs until killed. Loopback addresses only.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a developer tool: fail loudly

#[path = "../tests/testbed/mod.rs"]
mod testbed;

use testbed::{Bed, COURIER_ADDRS, Captive, Serve, Setup};

fn main() {
    let scenario = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "healthy".to_string());
    let mut bed = Bed::new();
    let n = COURIER_ADDRS as usize;
    let mut setup = Setup::healthy();
    match scenario.as_str() {
        "healthy" => {}
        // Every server 100 ms away.
        "far" => bed.delay = std::time::Duration::from_millis(100),
        "blocked" => {
            setup.courier_primary = vec![Serve::Closed; n];
            setup.courier_fallback = vec![Serve::Closed; n];
        }
        "fallback" => setup.courier_primary = vec![Serve::Closed; n],
        "intercepted" => setup.courier_fallback = vec![Serve::Forti; n],
        "portal" => setup.captive = Captive::Portal,
        "partial" => {
            setup.courier_primary[3] = Serve::Closed;
            setup.courier_fallback[3] = Serve::Closed;
        }
        "slow" => {
            setup.courier_primary = vec![Serve::Stall; n];
            setup.courier_fallback = vec![Serve::Stall; n];
        }
        other => panic!("unknown scenario {other}"),
    }
    bed.start(&setup, 0);
    let args = bed.args();
    println!("{}", args.join(" "));
    std::thread::park();
}
