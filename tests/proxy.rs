//! Proxy settings as the binary reads them from its environment: reported per source with
//! credentials masked, judged by whether Apple's push hosts are exempt.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

mod testbed;

use testbed::{Bed, Setup};

#[test]
fn proxy_from_environment_is_reported_with_credentials_masked() {
    let mut bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    bed.env = vec![(
        "https_proxy".to_string(),
        "http://teacher:s3cret@127.0.0.1:3128".to_string(),
    )];
    let run = bed.run(&[]);
    assert_eq!(run.headline_code(), "proxy_configured", "{:#}", run.json);
    assert_eq!(run.json["overall"], "warning");
    assert_eq!(run.json["proxy"]["read"], true);
    let sources = run.json["proxy"]["sources"].as_array().unwrap();
    assert_eq!(sources[0]["source"], "environment variables");
    assert!(
        sources[0]["setting"]
            .as_str()
            .unwrap()
            .contains("http://teacher:***@127.0.0.1:3128")
    );
    let whole = run.json.to_string();
    assert!(
        !whole.contains("s3cret"),
        "a password leaked into the report"
    );

    // Exempting Apple's push hosts makes it a note.
    bed.env.push((
        "no_proxy".to_string(),
        ".push.apple.com,17.0.0.0/8".to_string(),
    ));
    let run = bed.run(&[]);
    assert_eq!(run.json["overall"], "ok");
    assert_eq!(run.finding("proxy_configured")["severity"], "info");

    // --no-proxy does not read settings at all.
    let run = bed.run(&["--no-proxy"]);
    assert_eq!(run.json["proxy"]["read"], false);
    assert!(!run.codes().contains(&"proxy_configured".to_string()));
}

#[test]
fn malformed_proxy_value_is_a_clear_line_not_a_crash() {
    let mut bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    bed.env = vec![("http_proxy".to_string(), "::::".to_string())];
    let run = bed.run(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let sources = run.json["proxy"]["sources"].as_array().unwrap();
    let setting = sources[0]["setting"].as_str().unwrap();
    assert!(setting.contains("unreadable: http_proxy"), "{setting}");
}
