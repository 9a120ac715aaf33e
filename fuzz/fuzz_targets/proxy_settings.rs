//! Every proxy-settings parser on the same bytes: none may panic, and none may let a
//! password through to what it describes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pushcheck::proxy;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let settings = [
        proxy::parse_gsettings(&text),
        proxy::parse_kioslaverc(&text),
        proxy::macos_from_plist(data),
        proxy::from_winhttp(data),
        proxy::from_wininet(&proxy::WinInetValues {
            proxy_enable: 1,
            proxy_server: text.to_string(),
            proxy_override: text.to_string(),
            auto_config_url: text.to_string(),
            connection_settings: Some(data.to_vec()),
        }),
        proxy::from_env(text.lines().filter_map(|l| {
            l.split_once('=').map(|(k, v)| (k.to_string(), v.to_string()))
        })),
    ];
    // The same text with a password planted in a proxy address of each source's syntax:
    // nothing any parser describes may show it.
    const SECRET: &str = "Pl4nted/Secret";
    let planted = format!("http://teacher:{SECRET}@proxy.school.example:3128");
    let with_secret = [
        proxy::from_env([("https_proxy".to_string(), planted.clone())]),
        proxy::parse_kioslaverc(&format!("[Proxy Settings]\nProxyType=1\nhttpsProxy={planted}\n{text}")),
        proxy::parse_gsettings(&format!(
            "{text}\norg.gnome.system.proxy mode 'auto'\norg.gnome.system.proxy autoconfig-url '{planted}/proxy.pac'"
        )),
    ];
    for s in &with_secret {
        assert!(!s.describe().contains(SECRET), "{}", s.describe());
    }
    for s in &settings {
        let described = s.describe();
        for url in [&s.http, &s.https, &s.socks].into_iter().flatten() {
            assert!(!url.to_string().contains(":@") || url.user.is_some());
        }
        let _ = s.bypasses("1-courier.push.apple.com");
        let _ = described;
    }
});
