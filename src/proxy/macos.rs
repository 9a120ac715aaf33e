//! macOS: the dictionary printed by `scutil --proxy`.

use std::collections::HashMap;

use super::{ProxySetting, ProxyUrl, Source};

/// Parses `scutil --proxy`.
pub fn parse_scutil(text: &str) -> ProxySetting {
    let mut values: HashMap<String, String> = HashMap::new();
    let mut exceptions = Vec::new();
    let mut in_exceptions = false;
    for line in text.lines() {
        let line = line.trim();
        if in_exceptions {
            if line.starts_with('}') {
                in_exceptions = false;
            } else if let Some((_, v)) = line.split_once(" : ") {
                exceptions.push(v.trim().to_string());
            }
            continue;
        }
        if let Some((k, v)) = line.split_once(" : ") {
            let (k, v) = (k.trim(), v.trim());
            if k == "ExceptionsList" && v.starts_with("<array>") {
                in_exceptions = true;
            } else {
                values.insert(k.to_string(), v.to_string());
            }
        }
    }
    let on = |k: &str| values.get(k).map(String::as_str) == Some("1");
    let mut setting = ProxySetting::empty(Source::MacOs);
    let mut proxy = |prefix: &str, scheme: &str| -> Option<ProxyUrl> {
        if !on(&format!("{prefix}Enable")) {
            return None;
        }
        let host = values
            .get(&format!("{prefix}Proxy"))
            .cloned()
            .unwrap_or_default();
        let port = values
            .get(&format!("{prefix}Port"))
            .cloned()
            .unwrap_or_default();
        setting.parse_proxy(
            &format!("{prefix}Proxy"),
            &format!("{scheme}://{host}:{port}"),
        )
    };
    let (http, https, socks) = (
        proxy("HTTP", "http"),
        proxy("HTTPS", "http"),
        proxy("SOCKS", "socks5"),
    );
    setting.http = http;
    setting.https = https;
    setting.socks = socks;
    if on("ProxyAutoConfigEnable") {
        setting.pac_url = values.get("ProxyAutoConfigURLString").cloned();
    }
    setting.auto_discover = on("ProxyAutoDiscoveryEnable");
    if on("ExcludeSimpleHostnames") {
        exceptions.push("<local>".to_string());
    }
    setting.bypass = exceptions;
    setting
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCUTIL: &str = "<dictionary> {
  ExceptionsList : <array> {
    0 : *.local
    1 : 169.254/16
    2 : *.push.apple.com
  }
  ExcludeSimpleHostnames : 1
  FTPPassive : 1
  HTTPEnable : 1
  HTTPPort : 3128
  HTTPProxy : proxy.school.example
  HTTPSEnable : 1
  HTTPSPort : 3128
  HTTPSProxy : proxy.school.example
  ProxyAutoConfigEnable : 1
  ProxyAutoConfigURLString : http://wpad.school.example/wpad.dat
  ProxyAutoDiscoveryEnable : 0
}
";

    #[test]
    fn reads_the_dictionary() {
        let s = parse_scutil(SCUTIL);
        assert_eq!(
            s.https.as_ref().unwrap().to_string(),
            "http://proxy.school.example:3128"
        );
        assert_eq!(
            s.pac_url.as_deref(),
            Some("http://wpad.school.example/wpad.dat")
        );
        assert!(s.bypasses("5-courier.push.apple.com"));
        assert!(s.bypasses("printer"));
        assert!(!s.auto_discover);
    }

    #[test]
    fn garbage_and_half_settings() {
        assert!(!parse_scutil("<dictionary> {\n}\n").is_set());
        assert!(!parse_scutil("garbage : : :\n\0").is_set());
        let s = parse_scutil("HTTPSEnable : 1\nHTTPSProxy : \nHTTPSPort : x\n");
        assert!(s.https.is_none());
        assert_eq!(s.problems.len(), 1);
    }
}
