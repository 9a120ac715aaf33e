//! The options a person sets in the window, kept between launches. Loading never fails: a
//! field that is missing, old or broken falls back to its default, the others are kept.

use serde::{Deserialize, Serialize};

use crate::engine::RoleFilter;
use crate::i18n::Lang;

/// The key the settings are stored under.
pub const STORAGE_KEY: &str = "pushcheck.settings";

/// The window's options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Site or room label for the report.
    pub site: String,
    /// What to test.
    pub role: RoleFilter,
    /// Treat the retired ports 2195/2196 as required.
    pub legacy: bool,
    /// Deadline of a run, in seconds.
    pub timeout_secs: u32,
    /// Leave this computer's addresses out of saved reports.
    pub redact: bool,
    /// Also run the hold test (keeps connections idle for `hold_minutes`).
    pub hold: bool,
    /// How long the hold test keeps connections idle, in minutes.
    pub hold_minutes: u32,
    /// The window's language; `None` follows the operating system.
    pub lang: Option<Lang>,
    /// The language of saved reports; `None` is the window's.
    pub report_lang: Option<Lang>,
    /// The school's MDM server (an https address or a host name), when given.
    pub mdm_server: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            site: String::new(),
            role: RoleFilter::Both,
            legacy: false,
            timeout_secs: 10,
            redact: false,
            hold: false,
            hold_minutes: 15,
            lang: None,
            report_lang: None,
            mdm_server: String::new(),
        }
    }
}

impl Settings {
    /// The settings as stored.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads stored settings field by field, keeping every field that still makes sense.
    pub fn from_json_lenient(text: &str) -> Settings {
        let mut settings = Settings::default();
        let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(text)
        else {
            return settings;
        };
        let field = |name: &str| map.get(name).cloned();
        if let Some(v) = field("site").and_then(|v| serde_json::from_value::<String>(v).ok()) {
            settings.site = v.chars().take(200).collect();
        }
        if let Some(v) = field("mdm_server").and_then(|v| serde_json::from_value::<String>(v).ok())
        {
            settings.mdm_server = v.trim().chars().take(500).collect();
        }
        if let Some(v) = field("role").and_then(|v| serde_json::from_value(v).ok()) {
            settings.role = v;
        }
        if let Some(v) = field("legacy").and_then(|v| v.as_bool()) {
            settings.legacy = v;
        }
        if let Some(v) = field("redact").and_then(|v| v.as_bool()) {
            settings.redact = v;
        }
        if let Some(v) = field("timeout_secs")
            .and_then(|v| v.as_u64())
            .and_then(|v| u32::try_from(v).ok())
            .filter(|v| (2..=60).contains(v))
        {
            settings.timeout_secs = v;
        }
        if let Some(v) = field("hold").and_then(|v| v.as_bool()) {
            settings.hold = v;
        }
        if let Some(v) = field("hold_minutes")
            .and_then(|v| v.as_u64())
            .and_then(|v| u32::try_from(v).ok())
            .filter(|v| (1..=120).contains(v))
        {
            settings.hold_minutes = v;
        }
        // A language this version does not speak (or a broken value) follows the system.
        let lang = |name: &str| {
            field(name)
                .and_then(|v| v.as_str().map(str::to_string))
                .and_then(|v| Lang::from_tag(&v))
                .filter(|l| *l != Lang::Pseudo)
        };
        settings.lang = lang("lang");
        settings.report_lang = lang("report_lang");
        settings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let s = Settings {
            site: "Library".into(),
            role: RoleFilter::Server,
            legacy: true,
            timeout_secs: 20,
            redact: true,
            hold: true,
            hold_minutes: 30,
            lang: Some(Lang::De),
            report_lang: Some(Lang::En),
            mdm_server: "https://mdm.school.example/mdm".into(),
        };
        assert_eq!(Settings::from_json_lenient(&s.to_json()), s);
        let fr = Settings::from_json_lenient(r#"{"lang":"fr-CA","report_lang":"klingon"}"#);
        assert_eq!((fr.lang, fr.report_lang), (Some(Lang::Fr), None));
        // The pseudo-language is for tests (--lang qps-ploc), never a remembered choice.
        let pseudo = Settings::from_json_lenient(r#"{"lang":"qps-ploc"}"#);
        assert_eq!(pseudo.lang, None);
        assert!(!Lang::CHOICES.contains(&Lang::Pseudo));
    }

    #[test]
    fn broken_or_old_settings_keep_what_is_valid() {
        assert_eq!(Settings::from_json_lenient("not json"), Settings::default());
        assert_eq!(Settings::from_json_lenient(""), Settings::default());
        let s = Settings::from_json_lenient(
            r#"{"site":"Room 4","role":"teacher","timeout_secs":99999,"legacy":"yes","old_field":1,"hold":true,"hold_minutes":0}"#,
        );
        assert_eq!(s.site, "Room 4");
        assert_eq!(s.role, RoleFilter::Both);
        assert_eq!(s.timeout_secs, 10);
        assert!(!s.legacy);
        assert!(s.hold);
        assert_eq!(s.hold_minutes, 15);
    }
}
