//! The run configuration: one type that both faces fill (the terminal from its flags, the
//! window from its saved settings), turned into a [`Plan`] and the report's labels. Errors
//! are typed: they say which setting is wrong, and each face names it in its own words (the
//! terminal its flag, the window its field).

use std::path::PathBuf;
use std::time::Duration;

use ipnet::IpNet;

use crate::catalog::Catalog;
use crate::engine::{
    EngineError, MdmServer, MdmSource, MdmUrlError, Options, Plan, PublicDns, ResolveRule,
    RoleFilter, default_public_dns, read_ca_file,
};
use crate::i18n::{Lang, Text};
use crate::report::RunLabels;
use crate::report::pdf::Paper;

/// Everything a run needs to be set up, whichever face started it.
#[derive(Debug, Clone, PartialEq)]
pub struct RunConfig {
    /// Which side to test.
    pub role: RoleFilter,
    /// The deadline of the whole run, in seconds.
    pub timeout_secs: f64,
    /// An endpoint catalog to use instead of the built-in one.
    pub catalog: Option<PathBuf>,
    /// `HOST:ADDR` answers that replace DNS.
    pub resolve: Vec<String>,
    /// Address ranges that replace the catalog's Apple ranges.
    pub apple_ranges: Vec<String>,
    /// PEM files of the school's own CA: trusted for its PAC server and proxies, never for
    /// Apple's hosts (an Apple host chaining to it is interception).
    pub ca_files: Vec<PathBuf>,
    /// PEM files of anchors that stand in for Apple's roots (test beds and labs).
    pub apple_roots: Vec<PathBuf>,
    /// Site, building or room.
    pub site: String,
    /// The MDM server still uses the retired ports 2195/2196.
    pub legacy: bool,
    /// Read the system's proxy settings.
    pub read_proxies: bool,
    /// Second-opinion resolvers (`ADDR`, `ADDR:PORT` or `none`); empty means the defaults.
    pub public_dns: Vec<String>,
    /// The hold test's longest idle, in seconds.
    pub hold_secs: Option<u64>,
    /// Leave this computer's network facts out of reports.
    pub redact: bool,
    /// Paper of PDF reports; `None` follows the locale.
    pub paper: Option<Paper>,
    /// The language asked for; `None` follows the operating system for people and stays
    /// English for machines (JSON), so scripts read the same words on every computer.
    pub lang: Option<Lang>,
    /// The school's MDM servers (an https address or a host name), each with where it was
    /// given.
    pub mdm_servers: Vec<(String, MdmSource)>,
    /// With no MDM server given, look for one in this Mac's enrollment profile.
    pub find_mdm_server: bool,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            role: RoleFilter::Both,
            timeout_secs: 10.0,
            catalog: None,
            resolve: Vec::new(),
            apple_ranges: Vec::new(),
            ca_files: Vec::new(),
            apple_roots: Vec::new(),
            site: String::new(),
            legacy: false,
            read_proxies: true,
            public_dns: Vec::new(),
            hold_secs: None,
            redact: false,
            paper: None,
            lang: None,
            mdm_servers: Vec::new(),
            find_mdm_server: true,
        }
    }
}

/// Which settings a launch fixed on its command line: for that launch they win over the
/// window's saved options.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Given {
    /// `role`.
    pub role: bool,
    /// `timeout_secs`.
    pub timeout: bool,
    /// `hold_secs`.
    pub hold: bool,
    /// `site`.
    pub site: bool,
    /// `legacy`.
    pub legacy: bool,
    /// `redact`.
    pub redact: bool,
    /// `lang`.
    pub lang: bool,
    /// `mdm_servers`.
    pub mdm_server: bool,
}

/// A setting of the run configuration, for naming it in an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// `timeout_secs`.
    Timeout,
    /// `catalog`.
    Catalog,
    /// `resolve`.
    Resolve,
    /// `apple_ranges`.
    AppleRange,
    /// `ca_files`.
    CaFile,
    /// `apple_roots`.
    AppleRoot,
    /// `public_dns`.
    PublicDns,
    /// `hold_secs`.
    Hold,
    /// `mdm_servers`.
    MdmServer,
    /// The trust anchors as a whole.
    Trust,
}

impl Setting {
    /// The command-line flag that sets it.
    pub fn flag(self) -> &'static str {
        match self {
            Setting::Timeout => "--timeout",
            Setting::Catalog => "--catalog",
            Setting::Resolve => "--resolve",
            Setting::AppleRange => "--apple-range",
            Setting::CaFile => "--ca-file",
            Setting::AppleRoot => "--apple-root",
            Setting::PublicDns => "--public-dns",
            Setting::Hold => "--hold",
            Setting::MdmServer => "--mdm-server",
            Setting::Trust => "TLS",
        }
    }

    /// Its name in words a window user understands.
    pub fn words(self, lang: Lang) -> String {
        lang.t(match self {
            Setting::Timeout => "setting-timeout",
            Setting::Catalog => "setting-catalog",
            Setting::Resolve => "setting-resolve",
            Setting::AppleRange => "setting-apple-range",
            Setting::CaFile => "setting-ca-file",
            Setting::AppleRoot => "setting-apple-root",
            Setting::PublicDns => "setting-public-dns",
            Setting::Hold => "setting-hold",
            Setting::MdmServer => "setting-mdm-server",
            Setting::Trust => "setting-trust",
        })
    }
}

/// Why a configuration cannot run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The setting that is wrong.
    pub setting: Setting,
    /// What is wrong with it, without its name ("must be between 1 and 300 seconds, not 0"),
    /// as a message for the faces to say in their language (a file's own error text inside
    /// it stays as the system wrote it).
    pub text: Text,
}

impl ConfigError {
    fn new(setting: Setting, text: Text) -> ConfigError {
        ConfigError { setting, text }
    }

    /// The message for the terminal, naming the flag, in English.
    pub fn for_terminal(&self) -> String {
        self.for_terminal_in(Lang::En)
    }

    /// The message for the terminal, naming the flag, in a language.
    pub fn for_terminal_in(&self, lang: Lang) -> String {
        let problem = self.text.render(lang);
        match self.setting {
            Setting::Catalog => format!("{problem}\n{}", lang.t("problem-catalog-hint")),
            Setting::Trust => problem,
            s => format!("{} {problem}", s.flag()),
        }
    }

    /// The message for the window, naming the setting in words of its language; the
    /// problem itself (a file's error, a value) is technical detail, as written.
    pub fn for_window(&self, lang: Lang) -> String {
        let problem = self.text.render(lang);
        match self.setting {
            Setting::Catalog | Setting::Trust => lang.labelled(
                self.setting.words(lang),
                problem.trim_end_matches('.').to_string(),
            ),
            s => format!("{} {problem}", s.words(lang)),
        }
    }

    /// Whether the run could not be tested for reasons other than the user's input (a broken
    /// catalog file): exit 3 in the terminal, not a usage error.
    pub fn is_catalog(&self) -> bool {
        self.setting == Setting::Catalog
    }
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.for_terminal())
    }
}

impl std::error::Error for ConfigError {}

fn engine(setting: Setting) -> impl Fn(EngineError) -> ConfigError {
    move |e| {
        let setting = match e {
            EngineError::BadResolveRule(_) => Setting::Resolve,
            EngineError::BadPublicDns(_) => Setting::PublicDns,
            EngineError::BadCaFile { .. } => Setting::CaFile,
            EngineError::BadTimeout(_) => Setting::Timeout,
            EngineError::BadHold(_) => Setting::Hold,
            EngineError::Tls(_) => setting,
        };
        ConfigError::new(setting, problem_text(&e))
    }
}

/// An engine's configuration error as a message.
fn problem_text(e: &EngineError) -> Text {
    match e {
        EngineError::BadResolveRule(value) => {
            Text::new("problem-resolve").arg("value", value.clone())
        }
        EngineError::BadPublicDns(value) => {
            Text::new("problem-public-dns").arg("value", value.clone())
        }
        EngineError::BadCaFile { path, reason } => Text::new("problem-file")
            .arg("path", path.clone())
            .arg("reason", reason.clone()),
        EngineError::BadTimeout(value) => {
            Text::new("problem-timeout").arg("value", value.to_string())
        }
        EngineError::BadHold(value) => Text::new("problem-hold").arg("value", value.to_string()),
        EngineError::Tls(detail) => Text::new("problem-tls").arg("detail", detail.clone()),
    }
}

impl RunConfig {
    /// The catalog this configuration asks for.
    pub fn load_catalog(&self) -> Result<Catalog, ConfigError> {
        match &self.catalog {
            Some(path) => Catalog::from_file(path),
            None => Catalog::built_in(),
        }
        .map_err(|e| {
            ConfigError::new(
                Setting::Catalog,
                Text::new("problem-catalog").arg("detail", e.to_string()),
            )
        })
    }

    /// The engine's options, each value checked.
    pub fn options(&self) -> Result<Options, ConfigError> {
        if !(1.0..=300.0).contains(&self.timeout_secs) || self.timeout_secs.is_nan() {
            return Err(engine(Setting::Timeout)(EngineError::BadTimeout(
                self.timeout_secs,
            )));
        }
        let resolve = self
            .resolve
            .iter()
            .map(|r| r.parse::<ResolveRule>())
            .collect::<Result<Vec<_>, _>>()
            .map_err(engine(Setting::Resolve))?;
        let apple_ranges = self
            .apple_ranges
            .iter()
            .map(|r| {
                r.parse::<IpNet>().map_err(|_| {
                    ConfigError::new(
                        Setting::AppleRange,
                        Text::new("problem-apple-range").arg("value", r.clone()),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let mut extra_roots = Vec::new();
        for path in &self.ca_files {
            extra_roots.extend(read_ca_file(path).map_err(engine(Setting::CaFile))?);
        }
        let mut apple_roots = Vec::new();
        for path in &self.apple_roots {
            let read = read_ca_file(path).map_err(|e| {
                let mut e = engine(Setting::AppleRoot)(e);
                e.setting = Setting::AppleRoot;
                e
            })?;
            apple_roots.extend(read);
        }
        let public_dns = if self.public_dns.is_empty() {
            default_public_dns()
        } else if self
            .public_dns
            .iter()
            .any(|p| p.eq_ignore_ascii_case("none"))
        {
            if self.public_dns.len() > 1 {
                return Err(ConfigError::new(
                    Setting::PublicDns,
                    Text::new("problem-public-dns-none"),
                ));
            }
            Vec::new()
        } else {
            self.public_dns
                .iter()
                .map(|p| p.parse::<PublicDns>())
                .collect::<Result<Vec<_>, _>>()
                .map_err(engine(Setting::PublicDns))?
        };
        let mut mdm_servers = Vec::new();
        for (given, source) in &self.mdm_servers {
            let server = MdmServer::parse(given, *source).map_err(|e| {
                let problem = match e {
                    MdmUrlError::NotAUrl => Text::new("problem-mdm-not-url"),
                    MdmUrlError::NotHttps(scheme) => {
                        Text::new("problem-mdm-not-https").arg("scheme", scheme)
                    }
                    MdmUrlError::NoHost => Text::new("problem-mdm-no-host"),
                };
                ConfigError::new(Setting::MdmServer, problem.arg("value", given.clone()))
            })?;
            // One server per host and port: its checks are named by them.
            if !mdm_servers
                .iter()
                .any(|s: &MdmServer| s.host == server.host && s.port == server.port)
            {
                mdm_servers.push(server);
            }
        }
        Ok(Options {
            roles: self.role,
            timeout: Duration::from_secs_f64(self.timeout_secs),
            resolve,
            apple_ranges,
            extra_roots,
            apple_roots,
            legacy: self.legacy,
            public_dns,
            read_system_proxies: self.read_proxies,
            hold: self.hold_secs.map(Duration::from_secs),
            find_mdm_server: self.find_mdm_server && mdm_servers.is_empty(),
            mdm_servers,
            ..Options::default()
        })
    }

    /// The validated plan and the report's labels: what a face needs to start a run.
    pub fn plan(&self) -> Result<(Plan, RunLabels), ConfigError> {
        let options = self.options()?;
        let catalog = self.load_catalog()?;
        let plan = Plan::new(catalog, options).map_err(engine(Setting::Trust))?;
        Ok((plan, self.labels()))
    }

    /// The labels the report carries; its words in the language for people.
    pub fn labels(&self) -> RunLabels {
        RunLabels {
            site: self.site.clone(),
            redact: self.redact,
            lang: self.people_lang(),
        }
    }

    /// The language of what people read (the window, the terminal, text and PDF reports):
    /// the one asked for, else the operating system's.
    pub fn people_lang(&self) -> Lang {
        self.lang.unwrap_or_else(Lang::from_os)
    }

    /// The language of what machines read (JSON): the one asked for, else English.
    pub fn machine_lang(&self) -> Lang {
        self.lang.unwrap_or_default()
    }

    /// The paper for PDF reports.
    pub fn paper(&self) -> Paper {
        self.paper.unwrap_or_else(Paper::from_locale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_setting_in_each_face() {
        let config = RunConfig {
            timeout_secs: 0.5,
            ..RunConfig::default()
        };
        let e = config.plan().unwrap_err();
        assert_eq!(e.setting, Setting::Timeout);
        assert_eq!(
            e.for_terminal(),
            "--timeout must be between 1 and 300 seconds, not 0.5"
        );
        assert_eq!(
            e.for_window(Lang::En),
            "The time limit must be between 1 and 300 seconds, not 0.5"
        );
        assert!(!e.for_window(Lang::En).contains("--"));
        // The same error in the window's language, naming the setting in its words.
        assert_eq!(
            e.for_window(Lang::De),
            "Das Zeitlimit muss zwischen 1 und 300 Sekunden liegen, nicht 0.5"
        );
        assert_eq!(
            e.for_terminal_in(Lang::Fr),
            "--timeout doit être compris entre 1 et 300 secondes, pas 0.5"
        );
    }

    #[test]
    fn each_bad_value_names_its_own_setting() {
        let cases: [(RunConfig, Setting); 5] = [
            (
                RunConfig {
                    resolve: vec!["nocolon".into()],
                    ..RunConfig::default()
                },
                Setting::Resolve,
            ),
            (
                RunConfig {
                    apple_ranges: vec!["17.0.0.0/99".into()],
                    ..RunConfig::default()
                },
                Setting::AppleRange,
            ),
            (
                RunConfig {
                    public_dns: vec!["dns.example".into()],
                    ..RunConfig::default()
                },
                Setting::PublicDns,
            ),
            (
                RunConfig {
                    ca_files: vec!["/nonexistent/ca.pem".into()],
                    ..RunConfig::default()
                },
                Setting::CaFile,
            ),
            (
                RunConfig {
                    hold_secs: Some(0),
                    ..RunConfig::default()
                },
                Setting::Hold,
            ),
        ];
        for (config, setting) in cases {
            let e = config.plan().unwrap_err();
            assert_eq!(e.setting, setting, "{e}");
            assert!(e.for_terminal().starts_with(setting.flag()), "{e}");
            assert!(
                e.for_window(Lang::En).starts_with(&setting.words(Lang::En)),
                "{e}"
            );
        }
    }

    #[test]
    fn a_broken_catalog_is_not_a_usage_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, "not = [toml").unwrap();
        let e = RunConfig {
            catalog: Some(path),
            ..RunConfig::default()
        }
        .plan()
        .unwrap_err();
        assert!(e.is_catalog());
        assert!(e.for_terminal().contains("run without --catalog"), "{e}");
        assert!(
            !e.for_window(Lang::En).contains("--catalog"),
            "{}",
            e.for_window(Lang::En)
        );
    }
}
