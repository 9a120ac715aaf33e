//! The report's fact sections (this computer's network, the proxy, the certificates of
//! failing connections) as typed blocks, so the text report and the PDF hold the same facts
//! and each only decides how to draw them.

use super::model::{CheckReport, Report, TlsReport};
use crate::diagnosis::Severity;
use crate::i18n::Arg;

/// One section: a heading and its paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading.
    pub heading: String,
    /// Its paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
}

/// A paragraph of a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Paragraph {
    /// Ordinary text.
    Text(String),
    /// A quieter note.
    Note(String),
    /// The title of a group (the hosts that presented one chain).
    Title(String),
    /// A fact of the group above, indented.
    Fact(String),
}

/// "This computer's network": name, addresses, gateway, DNS servers; or why it is left out.
pub fn network(report: &Report) -> Section {
    let lang = report.lang;
    let paragraphs = match &report.environment.network {
        None => vec![Paragraph::Text(lang.t("network-redacted"))],
        Some(net) => [
            ("network-name", net.hostname.clone()),
            ("network-addresses", net.local_addresses.join(", ")),
            ("network-gateway", net.gateways.join(", ")),
            ("network-dns", net.dns_servers.join(", ")),
        ]
        .into_iter()
        .map(|(label, value)| {
            let value = if value.is_empty() {
                lang.t("network-not-found")
            } else {
                value
            };
            Paragraph::Text(lang.labelled(lang.t(label), value))
        })
        .collect(),
    };
    Section {
        heading: lang.t("heading-network"),
        paragraphs,
    }
}

/// "Proxy settings": each source with credentials masked, or that none is set or read.
pub fn proxy(report: &Report) -> Section {
    let lang = report.lang;
    let mut paragraphs = if !report.proxy.read {
        vec![Paragraph::Text(lang.t("proxy-not-read"))]
    } else if report.proxy.sources.is_empty() {
        vec![Paragraph::Text(lang.t("proxy-none"))]
    } else {
        report
            .proxy
            .sources
            .iter()
            .map(|s| Paragraph::Text(lang.labelled(s.source.as_str(), s.setting.as_str())))
            .collect()
    };
    if report.proxy.used_for_checks {
        paragraphs.push(Paragraph::Note(lang.t("proxy-used-note")));
    }
    Section {
        heading: lang.t("heading-proxy"),
        paragraphs,
    }
}

/// "Certificates of failing connections": each presented chain once, with its hosts.
pub fn chains(report: &Report) -> Section {
    let failing: Vec<&CheckReport> = report
        .checks
        .iter()
        .filter(|c| c.status != Severity::Ok && c.tls.as_ref().is_some_and(|t| !t.chain.is_empty()))
        .collect();
    let lang = report.lang;
    let mut paragraphs = Vec::new();
    if failing.is_empty() {
        paragraphs.push(Paragraph::Text(lang.t("chains-none")));
    }
    // Connections that presented the same chain are shown once, with every host listed.
    let mut groups: Vec<(&TlsReport, Vec<String>)> = Vec::new();
    for c in failing {
        let Some(tls) = &c.tls else { continue };
        let target = super::text::target(c);
        match groups
            .iter_mut()
            .find(|(t, _)| t.chain == tls.chain && t.issuer == tls.issuer)
        {
            Some((_, hosts)) => hosts.push(target),
            None => groups.push((tls, vec![target])),
        }
    }
    for (tls, hosts) in groups {
        let shown = if hosts.len() > 4 {
            lang.tr(
                "chains-hosts-more",
                &[
                    ("hosts", Arg::from(hosts[..3].join(", "))),
                    ("count", Arg::from(hosts.len() - 3)),
                ],
            )
        } else {
            hosts.join(", ")
        };
        paragraphs.push(Paragraph::Title(shown));
        let issuer = tls
            .issuer
            .clone()
            .unwrap_or_else(|| lang.t("chains-unknown"));
        paragraphs.push(Paragraph::Fact(
            lang.tr("chains-issued-by", &[("issuer", Arg::from(issuer))]),
        ));
        if let Some(v) = &tls.vendor {
            paragraphs.push(Paragraph::Fact(
                lang.tr("chains-vendor", &[("vendor", Arg::from(v.as_str()))]),
            ));
        }
        let trusted = tls
            .trusted_by_in(lang)
            .unwrap_or_else(|| lang.t("chains-trusted-by-nothing"));
        paragraphs.push(Paragraph::Fact(
            lang.tr("chains-trusted-by", &[("store", Arg::from(trusted))]),
        ));
        for (i, subject) in tls.chain.iter().enumerate() {
            paragraphs.push(Paragraph::Fact(lang.tr(
                "chains-certificate",
                &[
                    ("number", Arg::from(i + 1)),
                    ("subject", Arg::from(subject.as_str())),
                ],
            )));
        }
    }
    Section {
        heading: lang.t("heading-chains"),
        paragraphs,
    }
}
