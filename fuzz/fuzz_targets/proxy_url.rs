//! Proxy addresses and PAC answers: no panic; a parsed address with a password never shows it.
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
});
