//! Windows: WinINET (`reg query "HKCU\...\Internet Settings"`) and WinHTTP
//! (`netsh winhttp show proxy`).

use super::{ProxySetting, ProxyUrl, Source};

/// Reads `ProxyServer`: `host:port`, or `http=h:p;https=h:p;socks=h:p`.
fn proxy_server(setting: &mut ProxySetting, value: &str) {
    let value = value.trim();
    if value.is_empty() {
        return;
    }
    let mut parse = |v: &str, scheme: &str| -> Option<ProxyUrl> {
        let text = if v.contains("://") {
            v.to_string()
        } else {
            format!("{scheme}://{v}")
        };
        setting.parse_proxy("ProxyServer", &text)
    };
    if value.contains('=') {
        let mut http = None;
        let mut https = None;
        let mut socks = None;
        for part in value.split(';') {
            let Some((kind, addr)) = part.split_once('=') else {
                continue;
            };
            match kind.trim().to_ascii_lowercase().as_str() {
                "http" => http = parse(addr, "http"),
                "https" => https = parse(addr, "http"),
                "socks" => socks = parse(addr, "socks4"),
                _ => {}
            }
        }
        setting.http = http;
        setting.https = https;
        setting.socks = socks;
    } else {
        let url = parse(value, "http");
        setting.http = url.clone();
        setting.https = url;
    }
}

fn bypass_list(value: &str) -> Vec<String> {
    super::split_list(value, &[';', ','])
}

/// Parses `reg query "HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings"`.
pub fn parse_reg_query(text: &str) -> ProxySetting {
    let mut setting = ProxySetting::empty(Source::WinInet);
    let mut enabled = false;
    let mut server = String::new();
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [name, kind, ..] = fields.as_slice() else {
            continue;
        };
        let value = line.split_once(kind).map(|(_, v)| v.trim()).unwrap_or("");
        match *name {
            "ProxyEnable" => {
                enabled = u32::from_str_radix(value.trim_start_matches("0x"), 16).unwrap_or(0) != 0;
            }
            "ProxyServer" => server = value.to_string(),
            "ProxyOverride" => setting.bypass = bypass_list(value),
            "AutoConfigURL" if !value.is_empty() => setting.pac_url = Some(value.to_string()),
            _ => {}
        }
    }
    if enabled {
        proxy_server(&mut setting, &server);
    }
    setting
}

/// Parses `netsh winhttp show proxy`.
pub fn parse_netsh_winhttp(text: &str) -> ProxySetting {
    let mut setting = ProxySetting::empty(Source::WinHttp);
    for line in text.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let key = key.trim().to_ascii_lowercase();
        let value = value.trim();
        if key.starts_with("proxy server") {
            proxy_server(&mut setting, value);
        } else if key.starts_with("bypass list") && !value.eq_ignore_ascii_case("(none)") {
            setting.bypass = bypass_list(value);
        }
    }
    setting
}

#[cfg(test)]
mod tests {
    use super::*;

    const REG: &str = "
HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings
    DisableCachingOfSSLPages    REG_DWORD    0x0
    ProxyEnable    REG_DWORD    0x1
    ProxyServer    REG_SZ    http=proxy.school.example:8080;https=proxy.school.example:8443;socks=socks.school.example:1080
    ProxyOverride    REG_SZ    *.push.apple.com;<local>
    AutoConfigURL    REG_SZ    http://wpad.school.example/proxy.pac
";

    #[test]
    fn wininet_per_protocol() {
        let s = parse_reg_query(REG);
        assert_eq!(s.https.as_ref().unwrap().port, 8443);
        assert_eq!(s.http.as_ref().unwrap().port, 8080);
        assert_eq!(s.socks.as_ref().unwrap().scheme, "socks4");
        assert_eq!(
            s.pac_url.as_deref(),
            Some("http://wpad.school.example/proxy.pac")
        );
        assert!(s.bypasses("api.push.apple.com") && s.bypasses("intranet"));
        let off = parse_reg_query(&REG.replace("0x1", "0x0"));
        assert!(off.https.is_none() && off.pac_url.is_some());
        let single = parse_reg_query(&REG.replace(
            "http=proxy.school.example:8080;https=proxy.school.example:8443;socks=socks.school.example:1080",
            "proxy:3128",
        ));
        assert_eq!(
            single.https.as_ref().unwrap().to_string(),
            "http://proxy:3128"
        );
    }

    #[test]
    fn winhttp_direct_and_proxy() {
        let direct = "\nCurrent WinHTTP proxy settings:\n\n    Direct access (no proxy server).\n";
        assert!(!parse_netsh_winhttp(direct).is_set());
        let proxied = "\nCurrent WinHTTP proxy settings:\n\n    Proxy Server(s) :  proxy.school.example:3128\n    Bypass List     :  <local>;*.push.apple.com\n";
        let s = parse_netsh_winhttp(proxied);
        assert_eq!(s.https.as_ref().unwrap().port, 3128);
        assert!(s.bypasses("1-courier.push.apple.com"));
        let bad = parse_netsh_winhttp("Proxy Server(s) :  ::::\n");
        assert_eq!(bad.problems.len(), 1);
        assert!(!parse_netsh_winhttp("\0\0::::\n").is_set());
    }
}
