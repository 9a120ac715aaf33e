//! System proxy settings, read the way each OS stores them: every reader is "the OS's own
//! store (registry, SystemConfiguration, settings file, command output) → typed values →
//! parser", so every parser is tested on any OS with captured or built fixtures.
//!
//! Each place settings come from is reported separately: a teacher's browser (WinINET, GNOME)
//! and a service such as an MDM server (WinHTTP, environment) often disagree.

mod env;
mod gnome;
mod kde;
mod macos;
pub mod pac;
pub mod pac_process;
mod sandbox;
mod url;
mod windows;

pub use env::from_env;
pub use gnome::parse_gsettings;
pub use kde::parse_kioslaverc;
pub use macos::from_plist as macos_from_plist;
pub use url::{ProxyUrl, mask_credentials};
pub use windows::{
    ConnectionSettings, WinInetValues, from_winhttp, from_wininet, settings_per_user,
};

use std::process::Command;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// Where a setting was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// `http_proxy`, `https_proxy`, `all_proxy`, `no_proxy` (any case).
    Environment,
    /// GNOME's `org.gnome.system.proxy`.
    Gnome,
    /// KDE's `kioslaverc`.
    Kde,
    /// macOS SystemConfiguration (what `scutil --proxy` shows).
    MacOs,
    /// Windows WinINET (browsers, the signed-in user).
    WinInet,
    /// Windows WinHTTP (services such as an MDM server).
    WinHttp,
}

impl Source {
    /// Plain name for reports.
    pub fn label(self) -> &'static str {
        match self {
            Source::Environment => "environment variables",
            Source::Gnome => "GNOME settings",
            Source::Kde => "KDE settings",
            Source::MacOs => "macOS network settings",
            Source::WinInet => "Windows Internet settings (browsers)",
            Source::WinHttp => "Windows WinHTTP (services)",
        }
    }

    /// The message id of its name, for reports in other languages.
    pub fn message(self) -> &'static str {
        match self {
            Source::Environment => "proxy-source-environment",
            Source::Gnome => "proxy-source-gnome",
            Source::Kde => "proxy-source-kde",
            Source::MacOs => "proxy-source-macos",
            Source::WinInet => "proxy-source-wininet",
            Source::WinHttp => "proxy-source-winhttp",
        }
    }
}

/// What one source says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProxySetting {
    /// Where it was found.
    pub source: Source,
    /// Proxy for http:// URLs.
    pub http: Option<ProxyUrl>,
    /// Proxy for https:// (and CONNECT) traffic.
    pub https: Option<ProxyUrl>,
    /// SOCKS proxy.
    pub socks: Option<ProxyUrl>,
    /// A PAC file to run.
    pub pac_url: Option<String>,
    /// Automatic discovery (WPAD) is on.
    pub auto_discover: bool,
    /// Hosts that bypass the proxy, as written.
    pub bypass: Vec<String>,
    /// Problems reading this source (malformed values), in plain words.
    pub problems: Vec<String>,
}

impl ProxySetting {
    /// An empty setting from `source`.
    pub fn empty(source: Source) -> ProxySetting {
        ProxySetting {
            source,
            http: None,
            https: None,
            socks: None,
            pac_url: None,
            auto_discover: false,
            bypass: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// Parses one proxy value of this source; a malformed one becomes a plain-words problem
    /// naming the setting (`label`) instead of an error.
    pub fn parse_proxy(&mut self, label: &str, text: &str) -> Option<ProxyUrl> {
        match text.parse::<ProxyUrl>() {
            Ok(url) => Some(url),
            Err(e) => {
                self.problems.push(format!("{label}: {e}"));
                None
            }
        }
    }

    /// Whether this source sets any proxy at all.
    pub fn is_set(&self) -> bool {
        self.http.is_some()
            || self.https.is_some()
            || self.socks.is_some()
            || self.pac_url.is_some()
            || self.auto_discover
    }

    /// The proxy HTTPS traffic to `host` goes through, unless the bypass list exempts it.
    pub fn https_proxy_for(&self, host: &str) -> Option<&ProxyUrl> {
        if self.bypasses(host) {
            return None;
        }
        self.https.as_ref().or(self.http.as_ref())
    }

    /// Whether `host` is exempt (suffix, `*.` and `.` forms, `*`, `<local>` for plain names).
    pub fn bypasses(&self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        self.bypass.iter().any(|rule| {
            let rule = rule.trim().to_ascii_lowercase();
            match rule.as_str() {
                "" => false,
                "*" => true,
                "<local>" => !host.contains('.'),
                r => {
                    let r = r.trim_start_matches('*');
                    if let Some(suffix) = r.strip_prefix('.') {
                        host.ends_with(&format!(".{suffix}")) || host == suffix
                    } else {
                        host == r || host.ends_with(&format!(".{r}"))
                    }
                }
            }
        })
    }

    /// One line for a report, credentials masked.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(p) = &self.https {
            parts.push(format!("HTTPS via {p}"));
        }
        if let Some(p) = &self.http
            && self.https.as_ref() != Some(p)
        {
            parts.push(format!("HTTP via {p}"));
        }
        if let Some(p) = &self.socks {
            parts.push(format!("SOCKS via {p}"));
        }
        if let Some(pac) = &self.pac_url {
            parts.push(format!("PAC file {}", mask_credentials(pac)));
        }
        if self.auto_discover {
            parts.push("automatic discovery (WPAD) on".to_string());
        }
        if !self.bypass.is_empty() {
            parts.push(format!("except {}", self.bypass.join(", ")));
        }
        if parts.is_empty() {
            parts.push("no proxy".to_string());
        }
        for problem in &self.problems {
            parts.push(format!("unreadable: {problem}"));
        }
        parts.join("; ")
    }
}

/// Splits a bypass list ("localhost, .push.apple.com;<local>") on the given separators.
fn split_list(value: &str, separators: &[char]) -> Vec<String> {
    value
        .split(separators)
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Runs a command with a deadline; its standard output, or `None` when it is missing,
/// fails, or takes too long.
fn run(program: &str, args: &[&str]) -> Option<String> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok()?;
    let deadline = std::time::Instant::now() + Duration::from_secs(3);
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => break,
            Ok(Some(_)) => return None,
            Ok(None) if std::time::Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(20));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
    let output = child.wait_with_output().ok()?;
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Reads every source that applies on this OS; sources that set nothing are left out.
pub fn read_system() -> Vec<ProxySetting> {
    let mut out = vec![from_env(std::env::vars())];
    if cfg!(target_os = "macos") {
        #[cfg(target_os = "macos")]
        out.push(macos::read_system_configuration());
    } else if cfg!(windows) {
        #[cfg(windows)]
        out.extend(windows::read_registry());
    } else {
        if let Some(text) = run("gsettings", &["list-recursively", "org.gnome.system.proxy"]) {
            out.push(parse_gsettings(&text));
        }
        if let Some(home) = std::env::var_os("HOME") {
            let path = std::path::Path::new(&home).join(".config/kioslaverc");
            match std::fs::read_to_string(&path) {
                Ok(text) => out.push(parse_kioslaverc(&text)),
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    let mut s = ProxySetting::empty(Source::Kde);
                    s.problems
                        .push(format!("cannot read {}: {e}", path.display()));
                    out.push(s);
                }
                Err(_) => {}
            }
        }
    }
    out.retain(|s| s.is_set() || !s.problems.is_empty());
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn planted_passwords_never_show_in_what_a_source_describes() {
        // The fuzz target plants passwords like this in arbitrary text; these are its seeds.
        const SECRET: &str = "Pl4nted/Secret";
        let planted = format!("http://teacher:{SECRET}@proxy.school.example:3128");
        let sources = [
            from_env([("https_proxy".to_string(), planted.clone())]),
            parse_kioslaverc(&format!(
                "[Proxy Settings]\nProxyType=1\nhttpsProxy={planted}\n"
            )),
            parse_kioslaverc(&format!(
                "[Proxy Settings]\nProxyType=2\nProxy Config Script={planted}/proxy.pac\n"
            )),
            parse_gsettings(&format!(
                "org.gnome.system.proxy mode 'auto'\norg.gnome.system.proxy autoconfig-url '{planted}/proxy.pac'"
            )),
        ];
        for s in &sources {
            let shown = s.describe();
            assert!(!shown.contains(SECRET), "{shown}");
            assert!(shown.contains("teacher:***@"), "{shown}");
        }
    }

    use super::*;

    #[test]
    fn bypass_rules() {
        let mut s = ProxySetting::empty(Source::Environment);
        s.bypass = vec![
            ".push.apple.com".into(),
            "*.icloud.com".into(),
            "<local>".into(),
        ];
        assert!(s.bypasses("1-courier.push.apple.com"));
        assert!(s.bypasses("setup.icloud.com"));
        assert!(s.bypasses("intranet"));
        assert!(!s.bypasses("api.apple.com"));
        s.https = Some("http://proxy:3128".parse().unwrap());
        assert!(s.https_proxy_for("api.push.apple.com").is_none());
        assert!(s.https_proxy_for("gs.apple.com").is_some());
    }
}
