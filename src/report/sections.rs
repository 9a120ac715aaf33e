//! The report's fact sections (this computer's network, the proxy, the certificates of
//! failing connections) as typed blocks, so the text report and the PDF hold the same facts
//! and each only decides how to draw them.

use super::model::{CheckReport, Report, TlsReport};
use crate::diagnosis::Severity;

/// One section: a heading and its paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading.
    pub heading: &'static str,
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
    let paragraphs = match &report.environment.network {
        None => vec![Paragraph::Text(
            "Left out of this report on purpose (--redact).".to_string(),
        )],
        Some(net) => [
            ("Name", net.hostname.clone()),
            ("Addresses", net.local_addresses.join(", ")),
            ("Default gateway", net.gateways.join(", ")),
            ("DNS servers", net.dns_servers.join(", ")),
        ]
        .into_iter()
        .map(|(label, value)| {
            let value = if value.is_empty() {
                "not found".to_string()
            } else {
                value
            };
            Paragraph::Text(format!("{label}: {value}"))
        })
        .collect(),
    };
    Section {
        heading: "This computer's network",
        paragraphs,
    }
}

/// "Proxy settings": each source with credentials masked, or that none is set or read.
pub fn proxy(report: &Report) -> Section {
    let mut paragraphs = if !report.proxy.read {
        vec![Paragraph::Text(
            "Proxy settings were not read (--no-proxy); every check went directly to Apple."
                .to_string(),
        )]
    } else if report.proxy.sources.is_empty() {
        vec![Paragraph::Text(
            "No proxy is configured on this computer.".to_string(),
        )]
    } else {
        report
            .proxy
            .sources
            .iter()
            .map(|s| Paragraph::Text(format!("{}: {}", s.source, s.setting)))
            .collect()
    };
    if report.proxy.used_for_checks {
        paragraphs.push(Paragraph::Note(
            "Checks through a proxy are listed with the proxy's address; all others went directly to Apple.".to_string(),
        ));
    }
    Section {
        heading: "Proxy settings",
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
    let mut paragraphs = Vec::new();
    if failing.is_empty() {
        paragraphs.push(Paragraph::Text(
            "No failing connection presented a certificate chain.".to_string(),
        ));
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
            format!("{} and {} more", hosts[..3].join(", "), hosts.len() - 3)
        } else {
            hosts.join(", ")
        };
        paragraphs.push(Paragraph::Title(shown));
        paragraphs.push(Paragraph::Fact(format!(
            "Issued by: {}",
            tls.issuer.clone().unwrap_or_else(|| "unknown".to_string())
        )));
        if let Some(v) = &tls.vendor {
            paragraphs.push(Paragraph::Fact(format!("Filtering product: {v}")));
        }
        paragraphs.push(Paragraph::Fact(format!(
            "Trusted by: {}",
            tls.trusted_by
                .clone()
                .unwrap_or_else(|| "nothing this computer trusts".to_string())
        )));
        for (i, subject) in tls.chain.iter().enumerate() {
            paragraphs.push(Paragraph::Fact(format!("Certificate {}: {subject}", i + 1)));
        }
    }
    Section {
        heading: "Certificates of failing connections",
        paragraphs,
    }
}
