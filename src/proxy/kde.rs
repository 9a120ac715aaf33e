//! KDE: `~/.config/kioslaverc`, section `[Proxy Settings]`.

use super::{ProxySetting, ProxyUrl, Source};

/// Parses kioslaverc. KDE writes proxies as `http://host port` (a space before the port).
pub fn parse_kioslaverc(text: &str) -> ProxySetting {
    let mut setting = ProxySetting::empty(Source::Kde);
    let mut in_section = false;
    let mut values: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_section = line == "[Proxy Settings]";
            continue;
        }
        if in_section && let Some((k, v)) = line.split_once('=') {
            // Keys may carry a locale or flags: "httpProxy[$e]".
            let key = k.split('[').next().unwrap_or(k).trim().to_string();
            values.push((key, v.trim().to_string()));
        }
    }
    let get = |name: &str| {
        values
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let mut proxy = |name: &str| -> Option<ProxyUrl> {
        let value = get(name);
        if value.is_empty() {
            return None;
        }
        let normalised = match value.rsplit_once(' ') {
            Some((host, port)) if port.chars().all(|c| c.is_ascii_digit()) => {
                format!("{host}:{port}")
            }
            _ => value.clone(),
        };
        setting.parse_proxy(name, &normalised)
    };
    match get("ProxyType").as_str() {
        "" | "0" => {}
        "1" => {
            let (http, https, socks) =
                (proxy("httpProxy"), proxy("httpsProxy"), proxy("socksProxy"));
            setting.http = http;
            setting.https = https;
            setting.socks = socks;
        }
        "2" => {
            let url = get("Proxy Config Script");
            if url.is_empty() {
                setting
                    .problems
                    .push("PAC mode without a script address".to_string());
            } else {
                setting.pac_url = Some(url);
            }
        }
        "3" => setting.auto_discover = true,
        "4" => {
            // "Use environment variables": the names of the variables are stored.
            let env: Vec<(String, String)> = std::env::vars().collect();
            let named = super::from_env(env);
            setting.http = named.http;
            setting.https = named.https;
            setting.socks = named.socks;
        }
        other => setting.problems.push(format!("unknown ProxyType {other}")),
    }
    setting.bypass = super::split_list(&get("NoProxyFor"), &[',']);
    setting
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_pac_and_garbage() {
        let text = "[General]\nfoo=bar\n\n[Proxy Settings]\nNoProxyFor=localhost,.push.apple.com\nProxyType=1\nhttpProxy=http://proxy.school.example 3128\nhttpsProxy=http://proxy.school.example 3128\nsocksProxy=\n";
        let s = parse_kioslaverc(text);
        assert_eq!(s.https.as_ref().unwrap().port, 3128);
        assert!(s.bypasses("api.push.apple.com"));
        let s = parse_kioslaverc(&text.replace(
            "ProxyType=1",
            "ProxyType=2\nProxy Config Script=http://wpad/x.pac",
        ));
        assert_eq!(s.pac_url.as_deref(), Some("http://wpad/x.pac"));
        let s = parse_kioslaverc(&text.replace("3128\nhttps", "notaport\nhttps"));
        assert_eq!(s.problems.len(), 1, "{:?}", s.problems);
        assert!(!parse_kioslaverc("\u{0}\u{1}[[[===").is_set());
    }
}
