//! The Windows app, run the way a Windows laptop runs it: `.ci/run` cross-builds `pushcheck.exe`
//! and `pushcheck-app.exe` for `x86_64-pc-windows-gnu` and names the first in
//! `PUSHCHECK_WINDOWS_EXE`; these tests run both under Wine, in a Wine prefix of their own,
//! against the loopback test bed (so inside CI's network namespace like every other test).
//!
//! Without `PUSHCHECK_WINDOWS_EXE` (or Wine) they count as ignored (`tests/harness`), unless
//! `PUSHCHECK_WINDOWS_REQUIRED=1` (set by `.ci/run` once it has built the `.exe`), which makes
//! a missing `.exe` or Wine fail.

#[path = "../testbed/mod.rs"]
mod testbed;

use crate::case;
use crate::harness::{self, Need};

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use testbed::{Bed, COURIER_ADDRS, Serve, Setup};

/// Wine, with a prefix of its own and the two programs.
struct Wine {
    prefix: PathBuf,
    console: PathBuf,
    app: PathBuf,
}

/// The shared Wine prefix; the tests take turns (one of them writes the registry).
fn wine() -> Option<MutexGuard<'static, Wine>> {
    static WINE: OnceLock<Option<Mutex<Wine>>> = OnceLock::new();
    let wine = WINE
        .get_or_init(|| Wine::start().map(Mutex::new))
        .as_ref()?;
    Some(wine.lock().unwrap_or_else(|poisoned| poisoned.into_inner()))
}

/// Runs `cmd` to its end or kills it at `limit`: nothing here may hang the tests. Output is
/// read while it runs, so a long listing cannot fill a pipe and stall it.
fn output_within(cmd: &mut Command, limit: Duration) -> Output {
    let described = format!("{cmd:?}");
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {described}: {e}"));
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(output) => output.unwrap(),
        Err(_) => {
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
            // A daemon it started (a wineserver) may hold the pipes open: wait briefly only.
            match rx.recv_timeout(Duration::from_secs(5)) {
                Ok(Ok(output)) => panic!(
                    "{described} did not end within {limit:?}\nstdout: {}\nstderr: {}",
                    String::from_utf8_lossy(&output.stdout),
                    String::from_utf8_lossy(&output.stderr)
                ),
                _ => panic!(
                    "{described} did not end within {limit:?}, and something it started holds its output open"
                ),
            }
        }
    }
}

/// Runs `cmd` with no pipes at all (a daemon it starts, such as a wineserver, cannot hold
/// them) and waits for it, at most `limit`; `None` when it could not start or was killed.
fn status_within(cmd: &mut Command, limit: Duration) -> Option<std::process::ExitStatus> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().ok()? {
            return Some(status);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn required() -> bool {
    std::env::var_os("PUSHCHECK_WINDOWS_REQUIRED").is_some_and(|v| v == "1")
}

/// The path a Windows program under Wine uses for a file of this machine (drive Z: is `/`).
fn windows_path(path: &Path) -> OsString {
    OsString::from(format!("Z:{}", path.display()).replace('/', "\\"))
}

impl Wine {
    fn start() -> Option<Wine> {
        let Some(console) = std::env::var_os("PUSHCHECK_WINDOWS_EXE").map(PathBuf::from) else {
            assert!(
                !required(),
                "PUSHCHECK_WINDOWS_REQUIRED=1 but PUSHCHECK_WINDOWS_EXE is not set"
            );
            panic!(
                "the Windows app was not built (PUSHCHECK_WINDOWS_EXE unset); .ci/run builds it"
            );
        };
        let app = console.with_file_name("pushcheck-app.exe");
        for program in [&console, &app] {
            assert!(program.is_file(), "{} is missing", program.display());
        }
        let prefix = tempfile::Builder::new()
            .prefix("pushcheck-wine-")
            .tempdir()
            .unwrap()
            .keep();
        let wine = Wine {
            prefix,
            console,
            app,
        };
        let started = Instant::now();
        let boot = output_within(wine.command("wineboot").arg("-i"), Duration::from_secs(180));
        assert!(
            boot.status.success(),
            "wineboot: {}",
            String::from_utf8_lossy(&boot.stderr)
        );
        wine.install_random_stand_in();
        wine.keep_server();
        eprintln!(
            "Wine prefix {} ready in {:.1} s",
            wine.prefix.display(),
            started.elapsed().as_secs_f64()
        );
        Some(wine)
    }

    /// Keeps the prefix's wineserver (and its services) up between the tests' programs, so each
    /// program starts in a fraction of a second instead of booting Wine's services again. It
    /// ends by itself 30 s after the last program.
    fn keep_server(&self) {
        for args in [["-k"], ["-w"], ["-p30"]] {
            let _ = status_within(
                self.command("wineserver").args(args),
                Duration::from_secs(60),
            );
        }
    }

    /// Wine 8 has no `bcryptprimitives.dll`, whose `ProcessPrng` Rust's standard library
    /// (1.78 and later) takes its random numbers from; a stand-in passes the call to
    /// `RtlGenRandom` (advapi32), as Windows itself does. Real Windows has the DLL.
    fn install_random_stand_in(&self) {
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wine/bcryptprimitives.c");
        let dll = self
            .prefix
            .join("drive_c/windows/system32/bcryptprimitives.dll");
        let built = output_within(
            Command::new("x86_64-w64-mingw32-gcc")
                .args(["-shared", "-O2", "-o"])
                .arg(&dll)
                .arg(&source)
                .arg("-ladvapi32"),
            Duration::from_secs(60),
        );
        assert!(
            built.status.success(),
            "building the stand-in: {}",
            String::from_utf8_lossy(&built.stderr)
        );
    }

    /// A Wine command (`wine`, `wineboot`, `wineserver`) in this prefix, quiet, no display.
    fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("WINEPREFIX", &self.prefix)
            .env("WINEDEBUG", "-all")
            .env("WINEDLLOVERRIDES", "mscoree,mshtml=")
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY");
        cmd
    }

    /// `wine pushcheck.exe ARGS`.
    fn console(&self, args: &[&str]) -> Output {
        output_within(
            self.command("wine").arg(&self.console).args(args),
            Duration::from_secs(60),
        )
    }

    /// `wine pushcheck.exe check --json …` against `bed`, read like the Linux program's run.
    fn bed_run(&self, bed: &Bed, extra: &[&str]) -> testbed::Run {
        let mut wine = self.command("wine");
        wine.arg(&self.console);
        let mut cmd = bed.command_with(wine, &windows_path, &bed.resolve, extra);
        // The bed gives the Linux program a home of its own; Wine keeps its prefix.
        cmd.env("WINEPREFIX", &self.prefix);
        let started = Instant::now();
        let output = output_within(&mut cmd, Duration::from_secs(60));
        testbed::Run::from_output(&output, started.elapsed())
    }

    /// Sets a registry value, as a settings page, a GPO or DHCP would.
    fn set_value(&self, key: &str, name: &str, kind: &str, value: &str) {
        self.reg(&["add", key, "/v", name, "/t", kind, "/d", value, "/f"]);
    }

    /// Sets a WinINET value of the user (`HKCU\…\Internet Settings`).
    fn internet_setting(&self, name: &str, kind: &str, value: &str) {
        let key = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings";
        self.set_value(key, name, kind, value);
    }

    /// `wine reg ARGS`, which must succeed.
    fn reg(&self, args: &[&str]) {
        let output = output_within(
            self.command("wine").arg("reg").args(args),
            Duration::from_secs(60),
        );
        assert!(
            output.status.success(),
            "wine reg {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// `objdump -p` of a Windows program.
fn pe_headers(program: &Path) -> String {
    let output = output_within(
        Command::new("x86_64-w64-mingw32-objdump")
            .arg("-p")
            .arg(program),
        Duration::from_secs(60),
    );
    assert!(output.status.success(), "objdump {}", program.display());
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The top-level resource types of the `.rsrc` directory objdump prints (3 icon, 14 icon
/// group, 16 version information).
fn resource_types(headers: &str) -> Vec<u32> {
    let Some(start) = headers.find("The .rsrc Resource Directory section") else {
        return Vec::new();
    };
    headers[start..]
        .lines()
        .filter_map(|line| {
            line.strip_prefix("0")
                .and_then(|l| l.split_once("   Entry: ID: 0x"))
        })
        .filter(|(offset, _)| offset.len() == 2)
        .filter_map(|(_, rest)| u32::from_str_radix(rest.split(',').next()?, 16).ok())
        .collect()
}

fn both_programs_start_and_carry_their_subsystem_icon_and_version() {
    let Some(wine) = wine() else { return };
    let version = wine.console(&["--version"]);
    let linux = Command::new(env!("CARGO_BIN_EXE_pushcheck"))
        .arg("--version")
        .output()
        .unwrap();
    assert!(version.status.success(), "{version:?}");
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        String::from_utf8_lossy(&linux.stdout).trim()
    );
    // A typo exits with the usage status, as on Linux.
    let wrong = wine.console(&["check", "--timeout", "0"]);
    assert_eq!(wrong.status.code(), Some(64), "{wrong:?}");

    let console = pe_headers(&wine.console);
    let app = pe_headers(&wine.app);
    assert!(
        console.contains("(Windows CUI)"),
        "pushcheck.exe must be a console program"
    );
    assert!(
        app.contains("(Windows GUI)"),
        "pushcheck-app.exe must open no console"
    );
    for (name, headers) in [("pushcheck.exe", &console), ("pushcheck-app.exe", &app)] {
        let types = resource_types(headers);
        for (kind, id) in [("icon", 3), ("icon group", 14), ("version information", 16)] {
            assert!(
                types.contains(&id),
                "{name} has no {kind} resource: {types:?}"
            );
        }
    }
    // The version information names the product (UTF-16, as Windows' Properties dialog reads it).
    let bytes = std::fs::read(&wine.app).unwrap();
    let wide: Vec<u8> = "Push Check"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert!(bytes.windows(wide.len()).any(|w| w == wide.as_slice()));
}

/// A change to the healthy bed.
type Change = dyn Fn(&mut Setup);

fn the_checks_say_the_same_on_windows_as_on_linux() {
    let Some(wine) = wine() else { return };
    let n = COURIER_ADDRS as usize;
    let blocked = move |s: &mut Setup| {
        s.courier_primary = vec![Serve::Closed; n];
        s.courier_fallback = vec![Serve::Closed; n];
    };
    let intercepted = move |s: &mut Setup| s.courier_fallback = vec![Serve::Forti; n];
    let scenarios: [(&str, &Change); 3] = [
        ("healthy", &|_| {}),
        ("ports blocked", &blocked),
        ("intercepted", &intercepted),
    ];
    for (name, change) in scenarios {
        let bed = Bed::new();
        let mut setup = Setup::healthy();
        change(&mut setup);
        bed.start(&setup, 0);
        let linux = bed.run(&[]);
        let windows = wine.bed_run(&bed, &[]);
        let summary = |run: &testbed::Run| {
            let checks: Vec<String> = run.json["checks"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| format!("{} {}", c["id"], c["status"]))
                .collect();
            let findings: Vec<String> = run.json["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| format!("{} {}", f["code"], f["severity"]))
                .collect();
            (run.code, run.json["overall"].clone(), findings, checks)
        };
        assert_eq!(
            summary(&windows),
            summary(&linux),
            "{name}: the Windows program disagrees\nstderr: {}",
            windows.stderr
        );
        let environment = &windows.json["environment"];
        assert_eq!(environment["os"], "windows", "{name}");
        // Read from the registry and the OS's interface list (only loopback exists in the
        // tests' namespace, and loopback is left out).
        let version = environment["os_version"].as_str().unwrap_or("");
        // ("Microsoft Windows 7 (build 7601)" under Wine 8; "Windows 11 Pro 23H2 (build
        // 22631)" on a school laptop.)
        assert!(
            version.contains("Windows") && version.contains("(build "),
            "{name}: os_version {version:?}"
        );
        assert!(
            !environment["network"]["hostname"]
                .as_str()
                .unwrap_or("")
                .is_empty(),
            "{name}: no host name"
        );
        eprintln!(
            "{name}: headline {} on both; Windows run {:.1} s under Wine, Linux {:.1} s",
            windows.headline_code(),
            windows.elapsed.as_secs_f64(),
            linux.elapsed.as_secs_f64()
        );
    }
}

fn a_proxy_in_the_windows_registry_is_reported_with_its_password_masked() {
    let Some(wine) = wine() else { return };
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let proxy = format!("teacher:S3cret-pw@{}:3128", bed.ip(99));
    wine.internet_setting("ProxyServer", "REG_SZ", &proxy);
    wine.internet_setting("ProxyEnable", "REG_DWORD", "1");
    wine.internet_setting("ProxyOverride", "REG_SZ", "<local>");
    let run = wine.bed_run(&bed, &[]);
    wine.internet_setting("ProxyEnable", "REG_DWORD", "0");
    let text = run.json.to_string();
    assert!(!text.contains("S3cret-pw"), "the password leaked: {text}");
    let sources = run.json["proxy"]["sources"].as_array().unwrap();
    let wininet = sources
        .iter()
        .find(|s| s["source"] == "Windows Internet settings (browsers)")
        .unwrap_or_else(|| panic!("no WinINET source in {sources:?}"));
    let setting = wininet["setting"].as_str().unwrap();
    assert!(
        setting.contains(&format!("{}:3128", bed.ip(99))),
        "{setting}"
    );
    assert!(setting.contains("except <local>"), "{setting}");
    // The checks went through the proxy the registry named (nothing listens there).
    assert_eq!(run.json["proxy"]["used_for_checks"], true, "{text}");
}

/// A PAC file named in the registry runs in the Windows sandbox (a job object, low
/// integrity) and answers as on Linux.
fn a_pac_file_runs_in_the_windows_sandbox() {
    let Some(wine) = wine() else { return };
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let url = bed.serve_pac(
        bed.ip(75),
        18080,
        "function FindProxyForURL(u, h) { return isPlainHostName(h) ? 'PROXY p:1' : 'DIRECT'; }",
    );
    wine.internet_setting("AutoConfigURL", "REG_SZ", &url);
    let run = wine.bed_run(&bed, &[]);
    let key = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings";
    wine.reg(&["delete", key, "/v", "AutoConfigURL", "/f"]);
    let pac = run.checks("pac:");
    assert_eq!(pac.len(), 1, "{:#}", run.json["checks"]);
    assert_eq!(pac[0]["outcome"], "ok", "{:#}", pac[0]);
    assert_eq!(
        pac[0]["pac"]["hosts"][0]["routes"],
        serde_json::json!(["DIRECT"]),
        "{:#}",
        pac[0]
    );
    assert_eq!(run.code, 0, "{:#}", run.json["findings"]);
    // A file: address with a drive letter and a space, as Windows settings write it.
    let folder = wine.prefix.join("drive_c/users/Public/School PAC");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("proxy.pac"),
        "function FindProxyForURL(u, h) { return 'DIRECT'; }",
    )
    .unwrap();
    wine.internet_setting(
        "AutoConfigURL",
        "REG_SZ",
        "file:///C:/users/Public/School%20PAC/proxy.pac",
    );
    let run = wine.bed_run(&bed, &[]);
    wine.reg(&["delete", key, "/v", "AutoConfigURL", "/f"]);
    let pac = run.checks("pac:");
    assert_eq!(pac[0]["outcome"], "ok", "{:#}", pac[0]);
}

fn automatic_detection_looks_for_wpad_in_the_registrys_search_domain() {
    let Some(wine) = wine() else { return };
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    // "Automatically detect settings" on, as schools set it: the flags of
    // DefaultConnectionSettings (version, counter, flags = direct | auto-detect, two empty strings).
    let settings =
        "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Connections";
    let blob = "4600000001000000090000000000000000000000";
    wine.set_value(settings, "DefaultConnectionSettings", "REG_BINARY", blob);
    let tcpip = "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters";
    wine.set_value(tcpip, "SearchList", "REG_SZ", "school.example");
    let run = wine.bed_run(&bed, &[]);
    // Back to no detection for the other tests.
    let off = "4600000002000000010000000000000000000000";
    wine.set_value(settings, "DefaultConnectionSettings", "REG_BINARY", off);
    wine.reg(&["delete", tcpip, "/v", "SearchList", "/f"]);
    let pac = run.checks("pac:");
    assert!(
        pac.iter()
            .any(|c| c["host"] == "http://wpad.school.example/wpad.dat"),
        "WPAD was not looked for in the registry's search domain: {:#}",
        run.json["checks"]
    );
    // Windows' default on a network without WPAD: browsers go direct, and so is the answer.
    assert_eq!(run.code, 0, "{:#}", run.json["findings"]);
    assert_eq!(run.json["overall"], "ok");
    let note = run.finding("proxy_configured");
    assert_eq!(note["severity"], "info");
    assert!(
        note["explanation"]
            .as_str()
            .unwrap()
            .contains("found no PAC file"),
        "{note:#}"
    );
}

fn a_pdf_report_is_written_to_a_windows_path() {
    let Some(wine) = wine() else { return };
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let folder = wine
        .prefix
        .join("drive_c/users/Public/Documents/Network checks");
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    let target = "C:\\users\\Public\\Documents\\Network checks\\Room 12 report.pdf";
    let run = wine.bed_run(&bed, &["--output", target, "--site", "Room 12"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = folder.join("Room 12 report.pdf");
    let bytes = std::fs::read(&pdf).unwrap_or_else(|e| panic!("{}: {e}", pdf.display()));
    assert!(bytes.starts_with(b"%PDF-"));
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    assert!(!doc.get_pages().is_empty());
    // No temporary file left beside it.
    let names: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    // An unwritable place gets a message naming it, and the exit status of a failed write.
    let refused = wine.bed_run(&bed, &["--output", "Q:\\nowhere\\report.pdf"]);
    assert_ne!(refused.code, 0);
    assert!(refused.stderr.contains("nowhere"), "{}", refused.stderr);
}

fn the_window_opens_under_wine_and_is_not_blank() {
    let Some(wine) = wine() else { return };
    let display = format!(":{}", 40 + std::process::id() % 20);
    let mut xvfb = Command::new("Xvfb")
        .args([
            display.as_str(),
            "-screen",
            "0",
            "1100x760x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb (the xvfb package)");
    let ready = (0..100).any(|_| {
        std::thread::sleep(Duration::from_millis(100));
        Command::new("xdpyinfo")
            .args(["-display", &display])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    assert!(ready, "Xvfb did not start on {display}");

    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let mut app = wine.command("wine");
    app.arg(&wine.app)
        .args(bed.args())
        .env("DISPLAY", &display)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut app = app.spawn().unwrap();
    let search = || {
        Command::new("xdotool")
            .args(["search", "--name", "^Push Check$"])
            .env("DISPLAY", &display)
            .output()
            .ok()
            .and_then(|o| {
                String::from_utf8_lossy(&o.stdout)
                    .lines()
                    .next()
                    .map(str::to_string)
            })
    };
    let started = Instant::now();
    let mut window = None;
    while window.is_none() && started.elapsed() < Duration::from_secs(90) {
        std::thread::sleep(Duration::from_millis(250));
        window = search();
    }
    let appeared = started.elapsed();
    let shots = std::env::var_os("PUSHCHECK_WINE_SHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| wine.prefix.join("shots"));
    std::fs::create_dir_all(&shots).unwrap();
    let shot = |name: &str| {
        // Frames come on their own schedule: give the first ones a moment.
        std::thread::sleep(Duration::from_secs(2));
        let path = shots.join(name);
        let done = Command::new("import")
            .args(["-window", "root"])
            .arg(&path)
            .env("DISPLAY", &display)
            .status()
            .unwrap();
        assert!(done.success());
        let spread = Command::new("convert")
            .arg(&path)
            .args(["-format", "%[fx:standard_deviation]", "info:"])
            .output()
            .unwrap();
        let spread: f64 = String::from_utf8_lossy(&spread.stdout)
            .trim()
            .parse()
            .unwrap_or(0.0);
        (path, spread)
    };
    let outcome = window.as_ref().map(|_| shot("wine-start.png"));
    let result = window.as_ref().map(|id| {
        // Test my network, then the answer.
        let _ = Command::new("xdotool")
            .args(["mousemove", "--window", id, "500", "160", "click", "1"])
            .env("DISPLAY", &display)
            .status();
        std::thread::sleep(Duration::from_secs(4));
        shot("wine-result.png")
    });
    let _ = app.kill();
    let _ = app.wait();
    // The window's Wine processes end with the server; a fresh one serves the next test.
    wine.keep_server();
    let _ = xvfb.kill();
    let _ = xvfb.wait();
    assert!(window.is_some(), "the window did not appear within 90 s");
    let (start, spread) = outcome.unwrap();
    assert!(spread > 0.02, "the window is blank: {}", start.display());
    let (result, result_spread) = result.unwrap();
    // The click started a run: the answer screen is not the start screen (ImageMagick counts
    // the pixels that differ; it prints the count on standard error).
    let differ = Command::new("compare")
        .args(["-metric", "AE"])
        .arg(&start)
        .arg(&result)
        .arg("null:")
        .output()
        .unwrap();
    let changed: f64 = String::from_utf8_lossy(&differ.stderr)
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0.0);
    assert!(
        changed > 10_000.0,
        "the window did not change after Test my network ({changed} pixels): {}",
        result.display()
    );
    assert!(
        result_spread > 0.02,
        "blank after a run: {}",
        result.display()
    );
    eprintln!(
        "the window appeared after {:.1} s; screenshots {} and {}",
        appeared.as_secs_f64(),
        start.display(),
        result.display()
    );
}

/// `msiinfo export MSI TABLE`: the table's rows, tab-separated, without the three header lines.
fn msi_table(msi: &Path, table: &str) -> Vec<Vec<String>> {
    let output = output_within(
        Command::new("msiinfo").arg("export").arg(msi).arg(table),
        Duration::from_secs(60),
    );
    assert!(output.status.success(), "msiinfo export {table}");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .skip(3)
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

fn the_msi_installs_both_programs_a_start_menu_entry_and_uninstalls() {
    let Some(wine) = wine() else { return };
    let dir = tempfile::tempdir().unwrap();
    let msi = dir.path().join("pushcheck.msi");
    let built = output_within(
        Command::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/windows-msi"))
            .arg(wine.console.parent().unwrap())
            .arg(&msi),
        Duration::from_secs(300),
    );
    assert!(
        built.status.success(),
        "scripts/windows-msi: {}",
        String::from_utf8_lossy(&built.stderr)
    );
    eprintln!(
        "MSI: {:.1} MB",
        std::fs::metadata(&msi).unwrap().len() as f64 / 1e6
    );
    // What Intune and Group Policy read: the tables.
    let files: Vec<String> = msi_table(&msi, "File")
        .into_iter()
        .map(|r| r[2].clone())
        .collect();
    for name in [
        "pushcheck.exe",
        "pushcheck-app.exe",
        "README.md",
        "LICENSE-MIT",
    ] {
        assert!(files.iter().any(|f| f == name), "{name} not in {files:?}");
    }
    let shortcuts = msi_table(&msi, "Shortcut");
    assert!(
        shortcuts.iter().any(|r| r[1] == "ProgramMenuFolder"
            && r[2] == "Push Check"
            && r[4] == "[INSTALLDIR]pushcheck-app.exe"),
        "the Start menu must open the window program: {shortcuts:?}"
    );
    let property = |name: &str| {
        msi_table(&msi, "Property")
            .into_iter()
            .find(|r| r[0] == name)
            .map(|r| r[1].clone())
    };
    assert_eq!(property("ALLUSERS").as_deref(), Some("1"), "per machine");
    assert_eq!(property("ProductName").as_deref(), Some("Push Check"));
    assert!(
        property("ARPPRODUCTICON").is_some(),
        "an icon in Apps & features"
    );
    assert!(
        !msi_table(&msi, "Upgrade").is_empty(),
        "a newer version must replace this one"
    );

    // Installed silently, as Intune does; then removed again.
    let msi_path = windows_path(&msi);
    let install = output_within(
        wine.command("wine")
            .args(["msiexec", "/i"])
            .arg(&msi_path)
            .arg("/qn"),
        Duration::from_secs(300),
    );
    assert!(install.status.success(), "msiexec /i: {install:?}");
    let folder = wine.prefix.join("drive_c/Program Files/Push Check");
    let installed = folder.join("pushcheck.exe");
    assert!(installed.is_file() && folder.join("pushcheck-app.exe").is_file());
    let version = output_within(
        wine.command("wine")
            .arg(windows_path(&installed))
            .arg("--version"),
        Duration::from_secs(60),
    );
    assert!(
        String::from_utf8_lossy(&version.stdout).starts_with("pushcheck "),
        "{version:?}"
    );
    // Wine files an all-users entry under the user's Start menu; Windows under ProgramData.
    let entries = [
        "drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Push Check.lnk",
        "drive_c/users/root/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Push Check.lnk",
    ];
    let user = std::env::var("USER").unwrap_or_else(|_| "root".to_string());
    let has_entry = |prefix: &Path| {
        entries
            .iter()
            .map(|e| prefix.join(e.replace("/root/", &format!("/{user}/"))))
            .any(|p| p.is_file())
    };
    assert!(has_entry(&wine.prefix), "no Start-menu entry");
    let uninstall = output_within(
        wine.command("wine")
            .args(["msiexec", "/x"])
            .arg(&msi_path)
            .arg("/qn"),
        Duration::from_secs(300),
    );
    assert!(uninstall.status.success(), "msiexec /x: {uninstall:?}");
    assert!(!installed.exists(), "the uninstaller left pushcheck.exe");
    assert!(
        !has_entry(&wine.prefix),
        "the uninstaller left the Start-menu entry"
    );
}

fn the_resource_reader_finds_what_it_looks_for() {
    // The parser the resource test relies on, on objdump's own layout.
    let sample = "The .rsrc Resource Directory section:\n000  Type Table: Char: 0, IDs: 3\n010   Entry: ID: 0x000003, Value: 0x80000028\n028    Name Table: Char: 0\n038     Entry: ID: 0x000001, Value: 0x80000070\n018   Entry: ID: 0x00000e, Value: 0x80000118\n020   Entry: ID: 0x000010, Value: 0x80000148\n";
    assert_eq!(resource_types(sample), vec![3, 14, 16]);
    assert!(resource_types("no resources").is_empty());
}

const WINDOWS_APP: Need = || match std::env::var_os("PUSHCHECK_WINDOWS_EXE") {
    Some(_) => Ok(()),
    None => {
        Err("the Windows app was not built (PUSHCHECK_WINDOWS_EXE unset); .ci/run builds it".into())
    }
};
const WINE: Need = || harness::program("wine", "wine and wine64");
const MINGW: Need = || harness::program("x86_64-w64-mingw32-gcc", "gcc-mingw-w64-x86-64");
const XVFB: Need = || harness::program("Xvfb", "xvfb");
const XDOTOOL: Need = || harness::program("xdotool", "xdotool");
const IMAGEMAGICK: Need = || harness::program("import", "imagemagick");
const WIXL: Need = || harness::program("wixl", "wixl");
const MSITOOLS: Need = || harness::program("msiinfo", "msitools");

/// Every test of the suite, with what it needs.
pub fn main() -> ! {
    harness::run(
        &["PUSHCHECK_WINDOWS_REQUIRED"],
        vec![
            case!(
                both_programs_start_and_carry_their_subsystem_icon_and_version,
                WINDOWS_APP,
                WINE,
                MINGW
            ),
            case!(
                the_checks_say_the_same_on_windows_as_on_linux,
                WINDOWS_APP,
                WINE,
                MINGW
            ),
            case!(
                a_proxy_in_the_windows_registry_is_reported_with_its_password_masked,
                WINDOWS_APP,
                WINE,
                MINGW
            ),
            case!(
                a_pac_file_runs_in_the_windows_sandbox,
                WINDOWS_APP,
                WINE,
                MINGW
            ),
            case!(
                automatic_detection_looks_for_wpad_in_the_registrys_search_domain,
                WINDOWS_APP,
                WINE,
                MINGW
            ),
            case!(
                a_pdf_report_is_written_to_a_windows_path,
                WINDOWS_APP,
                WINE,
                MINGW
            ),
            case!(
                the_window_opens_under_wine_and_is_not_blank,
                WINDOWS_APP,
                WINE,
                MINGW,
                XVFB,
                XDOTOOL,
                IMAGEMAGICK
            ),
            case!(
                the_msi_installs_both_programs_a_start_menu_entry_and_uninstalls,
                WINDOWS_APP,
                WINE,
                MINGW,
                WIXL,
                MSITOOLS
            ),
            case!(the_resource_reader_finds_what_it_looks_for),
        ],
    )
}
