//! No secret survives in any rendering: passwords and tokens planted in every place a proxy
//! setting, a PAC address, a PAC answer, an alert or an error can carry them, in every form of
//! user information (`user:password@`, `token@`, with and without a scheme), and the run's JSON,
//! terminal view, text report, PDF text, plugin output, Prometheus textfile and the window's
//! copied texts (summary, requests for IT) are searched for them. A property test: the secrets
//! are random, several rounds.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "harness/mod.rs"]
mod harness;
mod testbed;

use rand::{Rng, SeedableRng};
use testbed::{Bed, Setup};

/// A secret as people make them: letters, digits and the odd symbol, including '/'.
fn secret(rng: &mut rand::rngs::StdRng) -> String {
    const CHARS: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789/!-_";
    let body: String = (0..14)
        .map(|_| CHARS[rng.random_range(0..CHARS.len())] as char)
        .collect();
    format!("Zq{body}")
}

fn no_secret_survives_in_any_rendering() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(0x5ec2e75);
    for round in 0..3 {
        let s: Vec<String> = (0..10).map(|_| secret(&mut rng)).collect();
        let mut bed = Bed::new();
        bed.start(&Setup::healthy(), 0);
        let ip = bed.ip(79);
        let pac = format!(
            "function FindProxyForURL(url, host) {{\n  alert('login http://admin:{s6}@p.example/ then {s7}@p.example');\n  if (host == 'api.push.apple.com') throw new Error('cannot reach http://svc:{s8}@auth.example/ or {s9}@vault.example');\n  return 'PROXY u:{s4}@127.0.0.9:3128; PROXY {s5}@127.0.0.9:3129; DIRECT';\n}}\n",
            s4 = s[4],
            s5 = s[5],
            s6 = s[6],
            s7 = s[7],
            s8 = s[8],
            s9 = s[9],
        );
        bed.serve_pac(ip, 18180, &pac);
        let config = bed.dir.path().join(".config");
        std::fs::create_dir_all(&config).unwrap();
        std::fs::write(
            config.join("kioslaverc"),
            format!(
                "[Proxy Settings]\nProxyType=2\nProxy Config Script=http://pacuser:{}@{ip}:18180/proxy.pac\n",
                s[3]
            ),
        )
        .unwrap();
        bed.env.push((
            "https_proxy".into(),
            format!("http://teacher:{}@{}:3128", s[0], bed.ip(99)),
        ));
        bed.env.push((
            "http_proxy".into(),
            format!("http://{}@{}:3128", s[1], bed.ip(98)),
        ));
        bed.env.push((
            "all_proxy".into(),
            format!("socks5://u:{}@{}:1080", s[2], bed.ip(97)),
        ));
        let dir = tempfile::tempdir().unwrap();
        let out = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
        let (txt, pdf, prom) = (out("r.txt"), out("r.pdf"), out("r.prom"));
        let run = bed.run(&["--output", &txt, "--output", &pdf, "--output", &prom]);
        let mut shown: Vec<(&str, String)> = vec![
            ("JSON", run.json.to_string()),
            ("stderr", run.stderr.clone()),
            ("text report", std::fs::read_to_string(&txt).unwrap()),
            ("textfile", std::fs::read_to_string(&prom).unwrap()),
        ];
        let pdf_text = std::process::Command::new("pdftotext")
            .args([pdf.as_str(), "-"])
            .output()
            .unwrap();
        assert!(pdf_text.status.success());
        shown.push((
            "PDF",
            String::from_utf8_lossy(&pdf_text.stdout).into_owned(),
        ));
        for extra in [
            &["--format", "nagios"][..],
            &["--quiet"],
            &["--color", "never", "--verbose"],
        ] {
            let output = bed.plain(extra).output().unwrap();
            shown.push((
                extra[0],
                format!(
                    "{}{}",
                    String::from_utf8_lossy(&output.stdout),
                    String::from_utf8_lossy(&output.stderr)
                ),
            ));
        }
        // What the window copies: the summary, and each request for IT.
        let report: pushcheck::report::Report = serde_json::from_value(run.json.clone()).unwrap();
        shown.push(("window summary", pushcheck::report::text::summary(&report)));
        for f in &report.findings {
            shown.push(("window request", f.fix.clone()));
        }
        // The secrets were really carried: the run saw the PAC file and the proxies.
        assert!(run.json["proxy"]["sources"].as_array().unwrap().len() >= 2);
        assert!(!run.checks("pac:").is_empty());
        for (what, text) in &shown {
            for (i, secret) in s.iter().enumerate() {
                assert!(
                    !text.contains(secret.as_str()),
                    "round {round}: secret {i} ({secret}) shows in the {what}:\n{text}"
                );
            }
        }
    }
}

const POPPLER: harness::Need = || harness::program("pdftotext", "poppler-utils");

fn main() {
    harness::run(
        &["PUSHCHECK_LAB_REQUIRED"],
        vec![case!(no_secret_survives_in_any_rendering, POPPLER)],
    );
}
