//! Proxy addresses and PAC answers: no panic; a password never shows in any rendering.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pushcheck::proxy::{ProxyUrl, mask_credentials, pac};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(url) = text.parse::<ProxyUrl>() {
        let shown = url.to_string();
        if url.has_password {
            assert!(shown.contains(":***@"), "{shown}");
        }
        // Display output parses back to the same proxy (password aside).
        let again: ProxyUrl = shown.replace(":***@", "@").parse().unwrap_or_else(|e| panic!("{shown}: {e}"));
        assert_eq!((again.host, again.port), (url.host, url.port));
    }
    let _ = mask_credentials(&text);
    let _ = pac::parse_answer(&text);
    // A password in the user information (even one holding '/' or ':') never survives in
    // any rendering: masked addresses, parsed proxies, PAC answers.
    if let Some((password, host)) = text.split_once('@') {
        let secret = password.trim();
        if secret.chars().count() >= 4
            && !secret.contains('@')
            && !secret.chars().any(char::is_whitespace)
            && !host.contains(secret)
            && !"http://user:".contains(secret)
        {
            let url = format!("http://user:{secret}@{host}");
            assert!(!mask_credentials(&url).contains(secret), "{url}");
            if let Ok(parsed) = url.parse::<ProxyUrl>() {
                assert!(!parsed.to_string().contains(secret), "{url}");
                assert!(!format!("{parsed:?}").contains(secret), "{url}");
            }
            let (routes, skipped) = pac::parse_answer(&format!("PROXY user:{secret}@{host}"));
            for shown in routes.iter().map(ToString::to_string).chain(skipped) {
                assert!(!shown.contains(secret), "{url}");
            }
        }
    }
});
