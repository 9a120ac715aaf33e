//! Windows: WinINET (the user's `Internet Settings`, or the machine's under a policy) and
//! WinHTTP (`Connections\WinHttpSettings`), read from the registry itself: no child process,
//! no output in the Windows display language to parse.

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

/// The WinINET values of one `Internet Settings` key, as read from the registry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WinInetValues {
    /// `ProxyEnable` (a DWORD).
    pub proxy_enable: u32,
    /// `ProxyServer`.
    pub proxy_server: String,
    /// `ProxyOverride`.
    pub proxy_override: String,
    /// `AutoConfigURL`.
    pub auto_config_url: String,
    /// `Connections\DefaultConnectionSettings` (a binary value), for automatic detection.
    pub connection_settings: Option<Vec<u8>>,
}

/// The browsers' settings (WinINET) from the values of `Internet Settings`.
pub fn from_wininet(values: &WinInetValues) -> ProxySetting {
    let mut setting = ProxySetting::empty(Source::WinInet);
    if values.proxy_enable != 0 {
        proxy_server(&mut setting, &values.proxy_server);
    }
    let bypass = values.proxy_override.trim();
    if !bypass.is_empty() {
        setting.bypass = bypass_list(bypass);
    }
    let url = values.auto_config_url.trim();
    if !url.is_empty() {
        setting.pac_url = Some(url.to_string());
    }
    if let Some(blob) = &values.connection_settings {
        match ConnectionSettings::parse(blob) {
            Ok(c) => setting.auto_discover = c.flags & AUTO_DETECT != 0,
            Err(e) => setting
                .problems
                .push(format!("DefaultConnectionSettings: {e}")),
        }
    }
    setting
}

/// `PROXY_TYPE_PROXY`: use the proxy server.
const PROXY: u32 = 0x2;
/// `PROXY_TYPE_AUTO_PROXY_URL`: use the PAC file's address.
const AUTO_PROXY_URL: u32 = 0x4;
/// `PROXY_TYPE_AUTO_DETECT`: automatic detection (WPAD).
const AUTO_DETECT: u32 = 0x8;

/// The binary connection settings Windows keeps for WinHTTP (`WinHttpSettings`) and for each
/// WinINET connection (`DefaultConnectionSettings`): a version, a change counter, flags, then
/// length-prefixed strings (proxy server, bypass list, and in later layouts the PAC address).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConnectionSettings {
    /// `PROXY_TYPE_*` flags.
    pub flags: u32,
    /// The proxy server, as `ProxyServer` writes it.
    pub proxy_server: String,
    /// The bypass list.
    pub bypass: String,
    /// The PAC file's address, when the layout has one.
    pub auto_config_url: String,
}

impl ConnectionSettings {
    /// Reads the layout; a truncated or oversized value is an error in words.
    pub fn parse(blob: &[u8]) -> Result<ConnectionSettings, String> {
        let mut at = 0usize;
        let dword = |at: &mut usize| -> Option<u32> {
            let bytes = blob.get(*at..*at + 4)?;
            *at += 4;
            Some(u32::from_le_bytes(bytes.try_into().ok()?))
        };
        let short = || "the value is cut short".to_string();
        let _version = dword(&mut at).ok_or_else(short)?;
        let _counter = dword(&mut at).ok_or_else(short)?;
        let flags = dword(&mut at).ok_or_else(short)?;
        let text = |at: &mut usize, required: bool| -> Result<String, String> {
            let Some(len) = dword(at) else {
                return if required {
                    Err(short())
                } else {
                    Ok(String::new())
                };
            };
            let len = usize::try_from(len).map_err(|_| short())?;
            let bytes = blob
                .get(*at..at.saturating_add(len))
                .ok_or_else(|| format!("a string of {len} bytes does not fit in the value"))?;
            *at += len;
            Ok(String::from_utf8_lossy(bytes)
                .trim_end_matches('\0')
                .to_string())
        };
        let proxy_server = text(&mut at, true)?;
        let bypass = text(&mut at, true)?;
        let auto_config_url = text(&mut at, false)?;
        Ok(ConnectionSettings {
            flags,
            proxy_server,
            bypass,
            auto_config_url,
        })
    }
}

/// The machine-wide WinHTTP settings (services, MDM agents) from `WinHttpSettings`.
pub fn from_winhttp(blob: &[u8]) -> ProxySetting {
    let mut setting = ProxySetting::empty(Source::WinHttp);
    match ConnectionSettings::parse(blob) {
        Ok(c) => {
            if c.flags & PROXY != 0 {
                proxy_server(&mut setting, &c.proxy_server);
                if !c.bypass.trim().is_empty() {
                    setting.bypass = bypass_list(&c.bypass);
                }
            }
            if c.flags & AUTO_PROXY_URL != 0 && !c.auto_config_url.trim().is_empty() {
                setting.pac_url = Some(c.auto_config_url.trim().to_string());
            }
            setting.auto_discover = c.flags & AUTO_DETECT != 0;
        }
        Err(e) => setting.problems.push(format!("WinHttpSettings: {e}")),
    }
    setting
}

/// Whether WinINET settings are the user's: yes unless the policy value
/// `ProxySettingsPerUser` is present and 0 (then the machine's apply to everyone).
pub fn settings_per_user(policy: Option<u32>) -> bool {
    policy != Some(0)
}

/// Windows' own proxy settings, read from the registry (no child process, no translated
/// output): the user's WinINET settings, or the machine's when a policy says
/// `ProxySettingsPerUser = 0`, and the machine-wide WinHTTP settings.
#[cfg(windows)]
pub fn read_registry() -> Vec<ProxySetting> {
    use winreg::RegKey;
    use winreg::enums::{HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE};
    const SETTINGS: &str = "Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings";
    const POLICY: &str =
        "Software\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings";
    let hklm = RegKey::predef(HKEY_LOCAL_MACHINE);
    let per_user = settings_per_user(
        hklm.open_subkey(POLICY)
            .and_then(|k| k.get_value::<u32, _>("ProxySettingsPerUser"))
            .ok(),
    );
    let root = if per_user {
        RegKey::predef(HKEY_CURRENT_USER)
    } else {
        RegKey::predef(HKEY_LOCAL_MACHINE)
    };
    let mut out = Vec::new();
    if let Ok(key) = root.open_subkey(SETTINGS) {
        let values = WinInetValues {
            proxy_enable: key.get_value::<u32, _>("ProxyEnable").unwrap_or(0),
            proxy_server: key.get_value("ProxyServer").unwrap_or_default(),
            proxy_override: key.get_value("ProxyOverride").unwrap_or_default(),
            auto_config_url: key.get_value("AutoConfigURL").unwrap_or_default(),
            connection_settings: key
                .open_subkey("Connections")
                .and_then(|c| c.get_raw_value("DefaultConnectionSettings"))
                .ok()
                .map(|v| v.bytes.to_vec()),
        };
        out.push(from_wininet(&values));
    }
    if let Ok(blob) = hklm
        .open_subkey(format!("{SETTINGS}\\Connections"))
        .and_then(|c| c.get_raw_value("WinHttpSettings"))
    {
        out.push(from_winhttp(&blob.bytes));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A connection-settings value built from its documented layout.
    fn blob(version: u32, flags: u32, strings: &[&str]) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend(version.to_le_bytes());
        out.extend(7u32.to_le_bytes());
        out.extend(flags.to_le_bytes());
        for s in strings {
            out.extend(u32::try_from(s.len()).unwrap().to_le_bytes());
            out.extend(s.as_bytes());
        }
        out
    }

    #[test]
    fn wininet_per_protocol() {
        let values = WinInetValues {
            proxy_enable: 1,
            proxy_server: "http=proxy.school.example:8080;https=proxy.school.example:8443;socks=socks.school.example:1080".into(),
            proxy_override: "*.push.apple.com;<local>".into(),
            auto_config_url: "http://wpad.school.example/proxy.pac".into(),
            connection_settings: Some(blob(0x46, 0x1 | AUTO_DETECT, &["", "", ""])),
        };
        let s = from_wininet(&values);
        assert_eq!(s.https.as_ref().unwrap().port, 8443);
        assert_eq!(s.http.as_ref().unwrap().port, 8080);
        assert_eq!(s.socks.as_ref().unwrap().scheme, "socks4");
        assert_eq!(
            s.pac_url.as_deref(),
            Some("http://wpad.school.example/proxy.pac")
        );
        assert!(s.auto_discover);
        assert!(s.bypasses("api.push.apple.com") && s.bypasses("intranet"));
        let off = from_wininet(&WinInetValues {
            proxy_enable: 0,
            ..values.clone()
        });
        assert!(off.https.is_none() && off.pac_url.is_some());
        let single = from_wininet(&WinInetValues {
            proxy_server: "proxy:3128".into(),
            ..values.clone()
        });
        assert_eq!(
            single.https.as_ref().unwrap().to_string(),
            "http://proxy:3128"
        );
        let broken = from_wininet(&WinInetValues {
            connection_settings: Some(vec![1, 2, 3]),
            ..values
        });
        assert_eq!(broken.problems.len(), 1, "{:?}", broken.problems);
    }

    #[test]
    fn a_policy_of_zero_makes_the_machines_settings_apply() {
        assert!(settings_per_user(None));
        assert!(settings_per_user(Some(1)));
        assert!(!settings_per_user(Some(0)));
    }

    #[test]
    fn winhttp_from_its_binary_value() {
        // `netsh winhttp reset proxy`: direct access.
        assert!(!from_winhttp(&blob(0x18, 0x1, &["", ""])).is_set());
        // `netsh winhttp set proxy proxy.school.example:3128 "<local>;*.push.apple.com"`.
        let s = from_winhttp(&blob(
            0x18,
            0x1 | PROXY,
            &["proxy.school.example:3128", "<local>;*.push.apple.com"],
        ));
        assert_eq!(s.https.as_ref().unwrap().port, 3128);
        assert!(s.bypasses("1-courier.push.apple.com"));
        // A later layout with a PAC address.
        let pac = from_winhttp(&blob(
            0x28,
            0x1 | AUTO_PROXY_URL,
            &["", "", "http://wpad.school.example/wpad.dat"],
        ));
        assert_eq!(
            pac.pac_url.as_deref(),
            Some("http://wpad.school.example/wpad.dat")
        );
        // Cut short, or a length past its end: one clear problem, no panic.
        let mut cut = blob(0x18, PROXY, &["proxy.school.example:3128", ""]);
        cut.truncate(20);
        assert_eq!(from_winhttp(&cut).problems.len(), 1);
        let mut huge = blob(0x18, PROXY, &["x", ""]);
        huge[12..16].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(from_winhttp(&huge).problems.len(), 1);
        let bad = from_winhttp(&blob(0x18, PROXY, &["::::", ""]));
        assert_eq!(bad.problems.len(), 1);
    }
}
