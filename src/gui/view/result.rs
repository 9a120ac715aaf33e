//! The answer: the headline card, what to ask IT, and the details one click away.

use eframe::egui;
use egui_plot::{Bar, BarChart, Plot};

use super::{Action, light, status_tag};
use crate::catalog::Role;
use crate::diagnosis::Severity;
use crate::gui::theme;
use crate::i18n::{Arg, Lang};
use crate::report::model::{CheckReport, Probe};
use crate::report::{Report, status, text};

/// A group of rows in the details.
struct Group<'a> {
    title: &'static str,
    rows: Vec<&'a CheckReport>,
    /// A line under the group's heading, when it needs one.
    note: Option<&'static str>,
}

/// The worst status among rows (problem > warning > untested > info > ok).
fn worst(rows: &[&CheckReport]) -> Severity {
    rows.iter()
        .map(|c| c.status)
        .max_by_key(|s| status::rank(*s))
        .unwrap_or(Severity::Untested)
}

fn groups(report: &Report) -> Vec<Group<'_>> {
    let pick = |f: &dyn Fn(&CheckReport) -> bool| report.checks.iter().filter(|c| f(c)).collect();
    let own = |c: &CheckReport| !matches!(c.probe, Probe::Dns | Probe::LargeHello);
    vec![
        Group {
            title: "details-devices",
            rows: pick(&|c| c.role == Role::Device && own(c)),
            note: None,
        },
        Group {
            title: "group-server",
            rows: pick(&|c| c.role == Role::Server && own(c)),
            note: None,
        },
        Group {
            title: "details-mdm",
            rows: pick(&|c| c.role == Role::Mdm),
            note: Some("details-mdm-note"),
        },
        Group {
            title: "details-large-hello",
            rows: pick(&|c| c.probe == Probe::LargeHello),
            note: Some("details-large-hello-note"),
        },
        Group {
            title: "details-dns",
            rows: pick(&|c| c.probe == Probe::Dns),
            note: None,
        },
        Group {
            title: "details-network",
            rows: pick(&|c| matches!(c.probe, Probe::Route | Probe::Captive)),
            note: None,
        },
        Group {
            title: "details-inspection",
            rows: pick(&|c| c.tls.is_some() && c.role != Role::Mdm),
            note: None,
        },
        Group {
            title: "check-clock",
            rows: pick(&|c| c.probe == Probe::Clock),
            note: None,
        },
    ]
}

/// Draws the answer, in the window's language (the report's own words are in the language
/// it was made in).
pub fn show(ui: &mut egui::Ui, report: &Report, lang: Lang) -> Option<Action> {
    let mut action = None;
    let overall = report.overall;
    headline_card(ui, report, overall, lang);
    ui.add_space(theme::SECTION_GAP);

    let asks: Vec<_> = report
        .findings
        .iter()
        .filter(|f| !f.fix.is_empty())
        .collect();
    if !asks.is_empty() {
        ui.horizontal(|ui| {
            ui.label(
                egui::RichText::new(lang.t("result-ask-it"))
                    .strong()
                    .size(theme::BODY_TEXT + 2.0),
            );
            if asks.len() > 1 && ui.button(lang.t("result-copy-all")).clicked() {
                let all: Vec<String> = asks.iter().map(|f| format!("• {}", f.fix)).collect();
                action = Some(Action::Copy(all.join("\n"), "copied-requests"));
            }
        });
        for (i, finding) in asks.iter().enumerate() {
            let status = finding.severity;
            ui.horizontal_wrapped(|ui| {
                light(ui, status, theme::ROW_LIGHT);
                ui.label(egui::RichText::new(status::icon(status)));
                ui.label(egui::RichText::new(&finding.fix).color(ui.visuals().strong_text_color()));
                if ui
                    .add(egui::Button::new(lang.t("result-copy")).small())
                    .on_hover_text(lang.t("result-copy-hover"))
                    .clicked()
                {
                    action = Some(Action::Copy(finding.fix.clone(), "copied-request"));
                }
            });
            if i + 1 < asks.len() {
                ui.add_space(2.0);
            }
        }
        ui.add_space(theme::SECTION_GAP);
    }

    // Other findings (after the headline) in one line each, explanation on demand.
    let others: Vec<_> = report.findings.iter().skip(1).collect();
    if !others.is_empty() {
        ui.label(
            egui::RichText::new(lang.t("pdf-also-found"))
                .strong()
                .size(theme::BODY_TEXT + 2.0),
        );
        for finding in others {
            let status = finding.severity;
            let (icon, word) = theme::status_words(status, lang);
            // A header that wraps: long titles (German has long words) stay in the window.
            let id = ui.make_persistent_id(("finding", &finding.code));
            let header = egui::collapsing_header::CollapsingState::load_with_default_open(
                ui.ctx(),
                id,
                false,
            )
            .show_header(ui, |ui| {
                ui.add(
                    egui::Label::new(crate::report::text::status_line(
                        icon,
                        &word,
                        &finding.title,
                        lang,
                    ))
                    .wrap()
                    .sense(egui::Sense::click()),
                )
            });
            let (_, title, _) = header.body(|ui| ui.label(&finding.explanation));
            if title.inner.clicked()
                && let Some(mut state) =
                    egui::collapsing_header::CollapsingState::load(ui.ctx(), id)
            {
                state.toggle(ui);
                state.store(ui.ctx());
            }
        }
        ui.add_space(theme::SECTION_GAP);
    }

    ui.label(
        egui::RichText::new(lang.t("result-details"))
            .strong()
            .size(theme::BODY_TEXT + 2.0),
    );
    for group in groups(report) {
        if group.rows.is_empty() {
            continue;
        }
        let status = worst(&group.rows);
        let icon = status::icon(status);
        let counts = text::group_counts(&group.rows, lang);
        egui::CollapsingHeader::new(format!("{icon} {}   {counts}", lang.t(group.title)))
            .id_salt(("group", group.title))
            .default_open(false)
            .show(ui, |ui| {
                if let Some(note) = group.note {
                    ui.weak(lang.t(note));
                }
                for row in &group.rows {
                    detail_row(ui, row, lang);
                }
            });
    }
    let proxy_summary = if !report.proxy.read {
        lang.t("result-proxy-not-read")
    } else if report.proxy.sources.is_empty() {
        lang.t("result-proxy-none")
    } else {
        lang.tr(
            "result-proxy-found",
            &[("count", Arg::from(report.proxy.sources.len()))],
        )
    };
    egui::CollapsingHeader::new(format!("{}   {proxy_summary}", lang.t("result-proxy")))
        .id_salt("group-proxy")
        .show(ui, |ui| {
            for source in &report.proxy.sources {
                ui.label(lang.labelled(source.source.as_str(), source.setting.as_str()));
            }
            for pac in report.checks.iter().filter_map(|c| c.pac.as_ref()) {
                pac_run(ui, pac, lang);
            }
            if report.proxy.used_for_checks {
                ui.weak(lang.t("result-proxy-used"));
            } else {
                ui.weak(lang.t("result-proxy-direct"));
            }
        });
    egui::CollapsingHeader::new(lang.t("result-chart"))
        .id_salt("chart")
        .show(ui, |ui| connect_chart(ui, report, lang));
    action
}

/// What a PAC file answered per push host and what it saw, in words.
fn pac_run(ui: &mut egui::Ui, pac: &crate::report::model::PacReport, lang: Lang) {
    ui.add_space(4.0);
    let url = Arg::from(pac.url.clone());
    ui.label(lang.tr(
        if pac.discovered {
            "result-pac-discovered"
        } else {
            "result-pac-file"
        },
        &[("url", url)],
    ));
    ui.indent(("pac", &pac.url), |ui| {
        if let Some(error) = &pac.error {
            ui.label(lang.tr(
                "result-pac-unusable",
                &[("error", Arg::from(error.message.clone()))],
            ));
        }
        if pac.function.as_deref() == Some("FindProxyForURLEx") {
            ui.weak(lang.t("result-pac-ex"));
        }
        for host in &pac.hosts {
            match &host.error {
                None => ui.label(lang.tr(
                    "result-pac-answer",
                    &[
                        ("host", Arg::from(host.host.clone())),
                        ("routes", Arg::from(host.routes.join("; "))),
                    ],
                )),
                Some(error) => ui.label(lang.tr(
                    "result-pac-failed",
                    &[
                        ("host", Arg::from(host.host.clone())),
                        ("error", Arg::from(error.message.clone())),
                        (
                            "line",
                            error.line.map_or(Arg::from("-"), |l| Arg::from(l as usize)),
                        ),
                    ],
                )),
            };
            for skipped in &host.skipped {
                ui.weak(lang.tr(
                    "result-pac-skipped",
                    &[("entry", Arg::from(skipped.clone()))],
                ));
            }
        }
        if let Some(ip) = &pac.my_ip {
            ui.weak(lang.tr("result-pac-my-ip", &[("address", Arg::from(ip.clone()))]));
        }
        for lookup in &pac.lookups {
            ui.weak(if lookup.addresses.is_empty() {
                lang.tr(
                    "result-pac-lookup-none",
                    &[("name", Arg::from(lookup.name.clone()))],
                )
            } else {
                lang.tr(
                    "result-pac-lookup",
                    &[
                        ("name", Arg::from(lookup.name.clone())),
                        ("addresses", Arg::from(lookup.addresses.join(", "))),
                    ],
                )
            });
        }
        for alert in &pac.alerts {
            ui.weak(lang.tr("result-pac-alert", &[("message", Arg::from(alert.clone()))]));
        }
    });
}

fn headline_card(ui: &mut egui::Ui, report: &Report, overall: Severity, lang: Lang) {
    egui::Frame::group(ui.style())
        .fill(theme::card_fill(ui.visuals(), overall))
        .stroke(egui::Stroke::new(
            1.5,
            theme::status_color(ui.visuals(), overall),
        ))
        .inner_margin(egui::Margin::same(14))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                light(ui, overall, theme::HEADLINE_LIGHT);
                ui.add_space(8.0);
                ui.vertical(|ui| {
                    ui.horizontal_wrapped(|ui| {
                        status_tag(ui, overall, theme::HEADLINE_TEXT, lang);
                        ui.label(
                            egui::RichText::new(&report.headline)
                                .size(theme::HEADLINE_TEXT)
                                .strong(),
                        );
                    });
                    if let Some(first) = report.findings.first() {
                        ui.label(&first.explanation);
                    }
                    if !report.site.is_empty() {
                        ui.weak(lang.tr("pdf-site", &[("site", Arg::from(report.site.as_str()))]));
                    }
                });
            });
        });
}

fn detail_row(ui: &mut egui::Ui, row: &CheckReport, lang: Lang) {
    let status = row.status;
    let (icon, word) = theme::status_words(status, lang);
    let outcome = lang.t(row.outcome.message());
    let address = row.address.clone().unwrap_or_default();
    let time = if row.elapsed_ms > 0 {
        format!("{} ms", row.elapsed_ms)
    } else {
        String::new()
    };
    let title = format!(
        "{icon} {}   {}   {address}   {}   {time}",
        row.name,
        text::target(row),
        outcome
    );
    egui::CollapsingHeader::new(
        egui::RichText::new(title).color(theme::status_color(ui.visuals(), status)),
    )
    .id_salt(("row", &row.id))
    .show(ui, |ui| {
        egui::Grid::new(("grid", &row.id))
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                let mut line = |k: &str, v: &str| {
                    if !v.is_empty() {
                        ui.weak(k);
                        ui.label(v);
                        ui.end_row();
                    }
                };
                let t = |id: &str| lang.t(id);
                line(&t("row-status"), &word);
                line(&t("row-outcome"), &outcome);
                line(&t("row-detail"), &row.detail);
                line(&t("row-check"), &row.id);
                line(&t("row-via"), &row.via);
                line(
                    &t("row-address-from"),
                    row.address_source.map(|s| s.as_str()).unwrap_or(""),
                );
                if !row.answers.is_empty() {
                    line(&t("row-answers"), &row.answers.join(", "));
                }
                if let Some(tls) = &row.tls {
                    line(&t("row-tls-version"), tls.version.as_deref().unwrap_or(""));
                    line("ALPN", tls.alpn.as_deref().unwrap_or(""));
                    line(&t("row-issuer"), tls.issuer.as_deref().unwrap_or(""));
                    line(&t("row-chain"), &tls.chain.join(" ← "));
                    let nothing = t("row-trusted-by-nothing");
                    line(
                        &t("row-trusted-by"),
                        &tls.trusted_by_in(lang).unwrap_or(nothing),
                    );
                    line(&t("row-vendor"), tls.vendor.as_deref().unwrap_or(""));
                }
            });
    });
}

/// Connect time per probed Apple address, coloured by status.
fn connect_chart(ui: &mut egui::Ui, report: &Report, lang: Lang) {
    let rows: Vec<&CheckReport> = report
        .checks
        .iter()
        .filter(|c| c.address.is_some() && c.port.is_some() && c.role != Role::Network)
        .collect();
    if rows.is_empty() {
        ui.weak(lang.t("result-chart-none"));
        return;
    }
    let bars: Vec<Bar> = rows
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let status = c.status;
            Bar::new(i as f64, c.elapsed_ms as f64)
                .name(format!(
                    "{} {}:{}",
                    c.name,
                    c.address.as_deref().unwrap_or(""),
                    c.port.unwrap_or(0)
                ))
                .fill(theme::status_color(ui.visuals(), status))
                .width(0.7)
        })
        .collect();
    Plot::new("connect-times")
        .height(160.0)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_drag(false)
        .include_y(0.0)
        .y_axis_label("ms")
        .show_x(false)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(lang.t("result-chart-series"), bars))
        });
}
