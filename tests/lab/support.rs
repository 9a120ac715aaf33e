//! What the lab scenarios and the lab benchmark share: entering a fresh namespace, and a
//! network inside it (loopback up, dnsmasq behind /etc/resolv.conf, nftables, the test bed
//! on Apple's real ports with 127.0.1.0/24 playing Apple).
#![allow(dead_code)]

use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::testbed::{Bed, COURIER_ADDRS, Run, SERVICE_NAMES, Setup};

const INSIDE: &str = "PUSHCHECK_LAB_INSIDE";

/// Why the lab cannot run here, if it cannot.
pub fn cannot_run() -> Option<String> {
    if !cfg!(target_os = "linux") {
        return Some("the lab needs Linux network namespaces".to_string());
    }
    let uid = Command::new("id").arg("-u").output().ok()?;
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        return Some("the lab needs root (CI runs it as root)".to_string());
    }
    let missing: Vec<&str> = [
        ("unshare", "util-linux"),
        ("ip", "iproute2"),
        ("nft", "nftables"),
        ("dnsmasq", "dnsmasq-base"),
    ]
    .into_iter()
    .filter(|(tool, _)| find(tool).is_none())
    .map(|(_, package)| package)
    .collect();
    if !missing.is_empty() {
        return Some(format!("install {}", missing.join(", ")));
    }
    if !crate::testbed::can_unshare() {
        return Some("this system does not allow new network namespaces".to_string());
    }
    None
}

/// A program on PATH only (root's PATH has /usr/sbin; `.ci/run` adds it too).
pub fn find(tool: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|d| d.join(tool))
        .find(|p| p.exists())
}

/// Whether this process is the one inside the namespace.
pub fn inside() -> bool {
    std::env::var_os(INSIDE).is_some()
}

/// This program again with `args`, to run inside `unshare --net --mount`.
pub fn inside_command(args: &[&str]) -> Command {
    let exe = std::env::current_exe().unwrap();
    let mut cmd = Command::new("unshare");
    cmd.args(["--net", "--mount", "--"])
        .arg(exe)
        .args(args)
        .env(INSIDE, "1");
    cmd
}

/// Runs this program again with `args` inside `unshare --net --mount`; returns its output.
pub fn rerun_inside(args: &[&str]) -> std::process::Output {
    inside_command(args).output().unwrap()
}

/// Runs the scenario `name` in a fresh namespace: this test binary runs itself again inside
/// `unshare --net --mount`, where the body does the work.
pub fn in_namespace(name: &str, body: impl FnOnce()) {
    if std::env::var_os(INSIDE).is_some() {
        body();
        return;
    }
    // The scenario's needs say the lab can run; under PUSHCHECK_LAB_REQUIRED=1 it runs anyway
    // and fails here.
    if let Some(why) = cannot_run() {
        panic!("lab scenario {name} cannot run: {why}");
    }
    let output = rerun_inside(&[name, "--exact", "--nocapture", "--test-threads", "1"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    eprintln!("{stderr}");
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "lab scenario {name} failed:\n{stdout}\n{stderr}"
    );
}

/// A helper program a scenario needs is not installed after all (its needs say it is).
pub fn missing(what: &str) {
    panic!("{what} is not installed (.ci/run installs it)");
}

/// "Apple", as the lab serves it.
pub const APPLE: [u8; 3] = [127, 0, 1];

/// One scenario's network, inside its namespace.
pub struct Lab {
    /// The servers and the files.
    pub bed: Bed,
    /// dnsmasq and the like, stopped when the lab is dropped.
    pub helpers: Vec<Child>,
}

impl Drop for Lab {
    fn drop(&mut self) {
        for child in &mut self.helpers {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

pub fn sh(program: &str, args: &[&str]) {
    let status = Command::new(find(program).unwrap_or_else(|| program.into()))
        .args(args)
        .status()
        .unwrap();
    assert!(status.success(), "{program} {args:?} failed");
}

impl Lab {
    /// Loopback up, /etc/resolv.conf pointing at 127.0.0.1, the bed ready (servers not started).
    pub fn new() -> Lab {
        sh("ip", &["link", "set", "lo", "up"]);
        let bed = Bed::with(APPLE, 0);
        let resolv = bed.dir.path().join("resolv.conf");
        std::fs::write(&resolv, "nameserver 127.0.0.1\n").unwrap();
        sh(
            "mount",
            &["--bind", resolv.to_str().unwrap(), "/etc/resolv.conf"],
        );
        Lab {
            bed,
            helpers: Vec::new(),
        }
    }

    pub fn ip(&self, last: u8) -> Ipv4Addr {
        self.bed.ip(last)
    }

    /// Every name of the built-in catalog with its lab address: couriers over eight addresses
    /// (.11–.18), the provider API at .21, the legacy hosts at .41, everything else at .31.
    pub fn records(&self) -> Vec<(String, Vec<IpAddr>)> {
        let mut out = Vec::new();
        for n in 1..=50u8 {
            let ip = self.bed.courier_ip(0, (n - 1) % COURIER_ADDRS);
            out.push((format!("{n}-courier.push.apple.com"), vec![ip.into()]));
        }
        out.push(("api.push.apple.com".into(), vec![self.ip(21).into()]));
        out.push(("gateway.push.apple.com".into(), vec![self.ip(41).into()]));
        out.push(("feedback.push.apple.com".into(), vec![self.ip(41).into()]));
        for name in SERVICE_NAMES {
            out.push((name.to_string(), vec![self.ip(31).into()]));
        }
        out.push(("time.apple.com".into(), vec![self.ip(31).into()]));
        out
    }

    /// Starts dnsmasq on `listen`:53 answering exactly `records` (and nothing else).
    pub fn dns(&mut self, listen: Ipv4Addr, records: &[(String, Vec<IpAddr>)]) {
        let mut conf = format!(
            "port=53\nlisten-address={listen}\nbind-interfaces\nno-resolv\nno-hosts\nuser=root\ngroup=root\npid-file=\n"
        );
        for (name, addrs) in records {
            let list: Vec<String> = addrs.iter().map(IpAddr::to_string).collect();
            conf.push_str(&format!("host-record={name},{}\n", list.join(",")));
        }
        let path = self.bed.dir.path().join(format!("dnsmasq-{listen}.conf"));
        std::fs::write(&path, conf).unwrap();
        let child = Command::new(find("dnsmasq").unwrap())
            .arg("--keep-in-foreground")
            .arg(format!("--conf-file={}", path.display()))
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        self.helpers.push(child);
        let started = Instant::now();
        while std::net::TcpStream::connect((listen, 53)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "dnsmasq never listened"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Loads an nftables ruleset.
    pub fn firewall(&self, rules: &str) {
        let path = self.bed.dir.path().join("rules.nft");
        std::fs::write(&path, rules).unwrap();
        let output = Command::new(find("nft").unwrap())
            .arg("-f")
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "nft refused the rules: {}\n{rules}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// The usual: the standard records on the system resolver, servers as `setup` says.
    pub fn standard(setup: &Setup) -> Lab {
        let mut lab = Lab::new();
        let records = lab.records();
        lab.dns(Ipv4Addr::LOCALHOST, &records);
        lab.bed.start(setup, 0);
        lab
    }

    /// Runs `pushcheck check --json` with the system resolver (no --resolve).
    pub fn run(&self, extra: &[&str]) -> Run {
        let mut args = extra.to_vec();
        if !extra.contains(&"--timeout") {
            args.extend(["--timeout", "4"]);
        }
        self.bed.run_with(&[], &args)
    }
}

/// Filter rules on traffic this machine sends, with `body` in the chain.
pub fn output_rules(body: &str) -> String {
    format!(
        "table inet lab {{\n  chain out {{\n    type filter hook output priority 0; policy accept;\n{body}\n  }}\n}}\n"
    )
}
