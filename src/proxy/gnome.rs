//! GNOME: the output of `gsettings list-recursively org.gnome.system.proxy`.

use std::collections::HashMap;

use super::{ProxySetting, ProxyUrl, Source};

fn unquote(value: &str) -> String {
    value
        .trim()
        .trim_matches('\'')
        .trim_matches('"')
        .to_string()
}

fn list(value: &str) -> Vec<String> {
    let inner = value.trim().trim_start_matches("@as").trim();
    let inner = inner.trim_start_matches('[').trim_end_matches(']');
    inner
        .split(',')
        .map(unquote)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Parses `gsettings list-recursively org.gnome.system.proxy`.
pub fn parse_gsettings(text: &str) -> ProxySetting {
    let mut keys: HashMap<String, String> = HashMap::new();
    for line in text.lines() {
        let mut parts = line.splitn(3, ' ');
        let (Some(schema), Some(key), Some(value)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let Some(child) = schema.strip_prefix("org.gnome.system.proxy") else {
            continue;
        };
        let name = match child.trim_start_matches('.') {
            "" => key.to_string(),
            child => format!("{child}.{key}"),
        };
        keys.insert(name, value.to_string());
    }
    let mut setting = ProxySetting::empty(Source::Gnome);
    let mode = keys.get("mode").map(|v| unquote(v)).unwrap_or_default();
    match mode.as_str() {
        "none" | "" => {}
        "auto" => {
            let url = keys
                .get("autoconfig-url")
                .map(|v| unquote(v))
                .unwrap_or_default();
            if url.is_empty() {
                setting.auto_discover = true;
            } else {
                setting.pac_url = Some(url);
            }
        }
        "manual" => {
            let mut proxy = |child: &str, scheme: &str| -> Option<ProxyUrl> {
                let host = keys.get(&format!("{child}.host")).map(|v| unquote(v))?;
                if host.is_empty() {
                    return None;
                }
                let port = keys
                    .get(&format!("{child}.port"))
                    .map(|v| v.trim().to_string())
                    .unwrap_or_default();
                setting.parse_proxy(child, &format!("{scheme}://{host}:{port}"))
            };
            let http = proxy("http", "http");
            let https = proxy("https", "http");
            let socks = proxy("socks", "socks5");
            setting.http = http;
            setting.https = https;
            setting.socks = socks;
        }
        other => setting
            .problems
            .push(format!("unknown proxy mode '{other}'")),
    }
    if let Some(v) = keys.get("ignore-hosts") {
        setting.bypass = list(v);
    }
    setting
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANUAL: &str = "org.gnome.system.proxy autoconfig-url ''
org.gnome.system.proxy ignore-hosts ['localhost', '127.0.0.0/8', '::1', '.push.apple.com']
org.gnome.system.proxy mode 'manual'
org.gnome.system.proxy use-same-proxy true
org.gnome.system.proxy.ftp host ''
org.gnome.system.proxy.ftp port 0
org.gnome.system.proxy.http authentication-password ''
org.gnome.system.proxy.http enabled false
org.gnome.system.proxy.http host 'proxy.school.example'
org.gnome.system.proxy.http port 3128
org.gnome.system.proxy.https host 'proxy.school.example'
org.gnome.system.proxy.https port 3129
org.gnome.system.proxy.socks host ''
org.gnome.system.proxy.socks port 0
";

    #[test]
    fn manual_mode() {
        let s = parse_gsettings(MANUAL);
        assert_eq!(s.https.as_ref().unwrap().port, 3129);
        assert_eq!(s.http.as_ref().unwrap().host, "proxy.school.example");
        assert!(s.socks.is_none());
        assert!(s.bypasses("1-courier.push.apple.com"));
        assert!(s.problems.is_empty());
    }

    #[test]
    fn auto_mode_and_garbage() {
        let s = parse_gsettings(&MANUAL.replace("'manual'", "'auto'").replace(
            "autoconfig-url ''",
            "autoconfig-url 'http://wpad.school.example/proxy.pac'",
        ));
        assert_eq!(
            s.pac_url.as_deref(),
            Some("http://wpad.school.example/proxy.pac")
        );
        assert!(s.https.is_none());
        let s = parse_gsettings(&MANUAL.replace("'manual'", "'auto'"));
        assert!(s.auto_discover);
        assert!(!parse_gsettings("\0garbage\n\n").is_set());
        let s = parse_gsettings(&MANUAL.replace("port 3129", "port banana"));
        assert_eq!(s.problems.len(), 1);
    }
}
