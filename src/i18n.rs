//! The languages people read Push Check in: Project Fluent messages from
//! `assets/i18n/<lang>/*.ftl`, built into the program. English is the source; a message a
//! language lacks falls back to English, never to its key or a blank.
//!
//! Layers below the faces never hold sentences: they hold a [`Text`] (a message id and typed
//! arguments), and a face renders it in its language at the edge.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language of the window and the reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Lang {
    /// English, the source language.
    #[default]
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Dutch.
    Nl,
    /// Italian.
    It,
    /// Portuguese (Brazil).
    PtBr,
    /// Accented, lengthened English in brackets, to find text that is not translated.
    Pseudo,
}

/// The message files of every language, in the order they are loaded.
pub const FILES: [&str; 4] = ["common.ftl", "findings.ftl", "report.ftl", "window.ftl"];

macro_rules! sources {
    ($lang:literal) => {
        [
            include_str!(concat!("../assets/i18n/", $lang, "/common.ftl")),
            include_str!(concat!("../assets/i18n/", $lang, "/findings.ftl")),
            include_str!(concat!("../assets/i18n/", $lang, "/report.ftl")),
            include_str!(concat!("../assets/i18n/", $lang, "/window.ftl")),
        ]
    };
}

impl Lang {
    /// The languages a person can choose, English first.
    pub const CHOICES: [Lang; 7] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::Nl,
        Lang::It,
        Lang::PtBr,
    ];

    /// The BCP 47 code (`de`, `pt-BR`), as `--lang` takes it and reports carry it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Nl => "nl",
            Lang::It => "it",
            Lang::PtBr => "pt-BR",
            Lang::Pseudo => "qps-ploc",
        }
    }

    /// The folder of its message files under `assets/i18n/`.
    pub fn folder(self) -> &'static str {
        match self {
            Lang::Pseudo => "en",
            other => other.code(),
        }
    }

    /// The language's name in itself, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Nl => "Nederlands",
            Lang::It => "Italiano",
            Lang::PtBr => "Português (Brasil)",
            Lang::Pseudo => "[Ƥšéûðö]",
        }
    }

    /// The language for a locale or language tag, with regional fallbacks: `pt-PT` reads
    /// Brazilian Portuguese, `es-MX` Spanish, `fr-CA` French, `de-AT` German. POSIX forms
    /// (`de_DE.UTF-8`) are understood. `None` for a language Push Check does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let tag = tag
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .replace('_', "-");
        if tag.eq_ignore_ascii_case("qps-ploc") || tag.eq_ignore_ascii_case("qps") {
            return Some(Lang::Pseudo);
        }
        let id: unic_langid::LanguageIdentifier = tag.parse().ok()?;
        match id.language.as_str() {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "fr" => Some(Lang::Fr),
            "es" => Some(Lang::Es),
            "nl" => Some(Lang::Nl),
            "it" => Some(Lang::It),
            "pt" => Some(Lang::PtBr),
            _ => None,
        }
    }

    /// The operating system's language, English when it is one Push Check does not speak.
    pub fn from_os() -> Lang {
        sys_locale::get_locales()
            .find_map(|l| Lang::from_tag(&l))
            .unwrap_or_default()
    }

    /// Text for this language: a message with its arguments, English where it lacks one.
    pub fn tr(self, id: &str, args: &[(&str, Arg)]) -> String {
        format(self, id, args)
    }

    /// "Label: value", with the colon the language's way ("Libellé : valeur").
    pub fn labelled(self, label: impl Into<Arg>, value: impl Into<Arg>) -> String {
        self.tr(
            "heading-labelled",
            &[("label", label.into()), ("value", value.into())],
        )
    }

    /// A message without arguments.
    pub fn t(self, id: &str) -> String {
        format(self, id, &[])
    }

    /// A decimal number the language's way: "3.2" in English, "3,2" in German.
    pub fn decimal(self, value: f64, digits: usize) -> String {
        let text = format!("{value:.digits$}");
        match self {
            Lang::En | Lang::Pseudo => text,
            _ => text.replace('.', ","),
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::from_tag(s).ok_or_else(|| {
            let codes: Vec<&str> = Lang::CHOICES.iter().map(|l| l.code()).collect();
            format!(
                "Push Check does not speak '{s}'; choose one of {}",
                codes.join(", ")
            )
        })
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let tag = String::deserialize(d)?;
        // A language this version does not know reads as English rather than failing.
        Ok(Lang::from_tag(&tag).unwrap_or_default())
    }
}

impl schemars::JsonSchema for Lang {
    fn schema_name() -> Cow<'static, str> {
        "Lang".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "enum": ["en", "de", "fr", "es", "nl", "it", "pt-BR", "qps-ploc"],
            "description": "BCP 47 code of the language of the report's human text: en, de, fr, es, nl, it or pt-BR (qps-ploc is the pseudo-language translations are tested with).",
        })
    }
}

/// A message argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Shown as written: a host name, an address, a port, a product name.
    Str(String),
    /// A whole number: it chooses plural forms.
    Num(i64),
    /// Another message, rendered in the same language first.
    Text(Box<Text>),
    /// A list, joined the language's way ("80, 443 and 5223").
    List(Vec<Arg>),
    /// A duration in seconds, written the language's way ("2 h 5 min").
    Duration(u64),
    /// Sentences added to another: each one after a space; nothing when there are none.
    Sentences(Vec<Text>),
}

impl Arg {
    /// The argument as text in a language.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Arg::Str(s) => s.clone(),
            Arg::Num(n) => n.to_string(),
            Arg::Text(t) => t.render(lang),
            Arg::List(items) => {
                let words: Vec<String> = items.iter().map(|a| a.render(lang)).collect();
                and_list(lang, &words)
            }
            Arg::Duration(secs) => duration(lang, *secs),
            Arg::Sentences(texts) => texts
                .iter()
                .map(|t| format!(" {}", t.render(lang)))
                .collect(),
        }
    }

    /// A list of anything shown as written.
    pub fn list<T: ToString>(items: &[T]) -> Arg {
        Arg::List(items.iter().map(|i| Arg::Str(i.to_string())).collect())
    }
}

/// Human list in a language: "5223", "5223 and 443", "80, 443 and 5223".
pub fn and_list(lang: Lang, words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format(
            lang,
            "list-and",
            &[
                ("rest", Arg::Str(rest.join(", "))),
                ("last", Arg::Str(last.clone())),
            ],
        ),
    }
}

/// "2 h 5 min", "7 min", "40 s" in a language; minutes rounded to the nearest (7 199 s is
/// "2 h"); from two days on, whole days ("400 days").
pub fn duration(lang: Lang, secs: u64) -> String {
    const DAY: u64 = 24 * 60 * 60;
    if secs < 60 {
        return format(lang, "duration-seconds", &[("s", Arg::from(secs))]);
    }
    if secs >= 2 * DAY {
        return format(
            lang,
            "duration-days",
            &[("d", Arg::from((secs + DAY / 2) / DAY))],
        );
    }
    let minutes = (secs + 30) / 60;
    match (minutes / 60, minutes % 60) {
        (0, m) => format(lang, "duration-minutes", &[("m", Arg::from(m))]),
        (h, 0) => format(lang, "duration-hours", &[("h", Arg::from(h))]),
        (h, m) => format(
            lang,
            "duration-hours-minutes",
            &[("h", Arg::from(h)), ("m", Arg::from(m))],
        ),
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Text(Box::new(t))
    }
}

macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
num_arg!(u8, u16, u32, u64, usize, i32, i64);

/// A sentence as data: which message, with which arguments. The faces render it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    /// The message id in the `.ftl` files.
    pub id: &'static str,
    /// Its arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Text {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Text {
        Text {
            id,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Text {
        self.args.push((name, value.into()));
        self
    }

    /// The text in English, the language of scripts and of the tests' assertions.
    pub fn en(&self) -> String {
        self.render(Lang::En)
    }

    /// True for the empty text (no message).
    pub fn is_empty(&self) -> bool {
        self.id.is_empty()
    }

    /// The text in a language; empty for the empty text.
    pub fn render(&self, lang: Lang) -> String {
        if self.is_empty() {
            return String::new();
        }
        let args: Vec<(&str, Arg)> = self.args.iter().map(|(k, v)| (*k, v.clone())).collect();
        format(lang, self.id, &args)
    }
}

type Bundle = FluentBundle<FluentResource>;

fn sources(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::En | Lang::Pseudo => sources!("en"),
        Lang::De => sources!("de"),
        Lang::Fr => sources!("fr"),
        Lang::Es => sources!("es"),
        Lang::Nl => sources!("nl"),
        Lang::It => sources!("it"),
        Lang::PtBr => sources!("pt-BR"),
    }
}

/// The message files of a language, by file name, as built in (for the tests of the files).
pub fn files(lang: Lang) -> Vec<(&'static str, &'static str)> {
    FILES.into_iter().zip(sources(lang)).collect()
}

fn bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = match lang {
        Lang::Pseudo => "en".parse(),
        other => other.code().parse(),
    }
    .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks would reach terminals, PDFs and fonts as invisible characters.
    bundle.set_use_isolating(false);
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(pseudo));
    }
    for source in sources(lang) {
        // A file with errors still adds its good messages; the tests refuse any error.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Each language's messages, parsed the first time that language speaks (a run parses one
/// or two of the eight).
static BUNDLES: [OnceLock<Bundle>; 8] = [const { OnceLock::new() }; 8];

fn bundle_of(lang: Lang) -> &'static Bundle {
    BUNDLES[lang as usize].get_or_init(|| bundle(lang))
}

fn format(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        let value: FluentValue<'_> = match value {
            Arg::Str(s) => FluentValue::from(s.clone()),
            Arg::Num(n) => FluentValue::from(*n),
            other => FluentValue::from(other.render(lang)),
        };
        fluent.set(*name, value);
    }
    let text = with_fallback(
        Some(bundle_of(lang)),
        || Some(bundle_of(Lang::En)),
        id,
        &fluent,
    );
    if lang == Lang::Pseudo {
        format!("[{text}]")
    } else {
        text
    }
}

/// The message from the language's bundle, else from English's. A message that formats only
/// with errors (an argument the code did not pass) is still said, with the gap shown, rather
/// than nothing; only a message missing in English too (a bug the tests catch) shows its id.
fn with_fallback<'a>(
    bundle: Option<&Bundle>,
    english: impl FnOnce() -> Option<&'a Bundle>,
    id: &str,
    args: &FluentArgs<'_>,
) -> String {
    match bundle.and_then(|b| formatted(b, id, args)) {
        Some((text, true)) => text,
        own => match english().and_then(|b| formatted(b, id, args)) {
            Some((text, true)) => text,
            fallback => own
                .or(fallback)
                .map_or_else(|| id.to_string(), |(text, _)| text),
        },
    }
}

/// A message formatted, and whether it formatted without errors.
fn formatted(bundle: &Bundle, id: &str, args: &FluentArgs<'_>) -> Option<(String, bool)> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    Some((text.into_owned(), errors.is_empty()))
}

/// The pseudo-language's letters: ASCII letters accented where Latin-1 and Latin
/// Extended-A have an accented form (all but b, m, q, v and x; every one is in the window's and
/// the PDF's fonts, which a test checks), vowels doubled to make text about a third longer,
/// as translations often are.
fn pseudo(text: &str) -> Cow<'_, str> {
    const LOWER: [char; 26] = [
        'á', 'b', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ĺ', 'm', 'ñ', 'ö', 'þ', 'q', 'ŕ',
        'š', 'ţ', 'û', 'v', 'ŵ', 'x', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Å', 'B', 'Ç', 'Ð', 'É', 'F', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ĺ', 'M', 'Ñ', 'Ö', 'Þ', 'Q', 'Ŕ',
        'Š', 'Ţ', 'Û', 'V', 'Ŵ', 'X', 'Ý', 'Ž',
    ];
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        if c.is_ascii_lowercase() {
            let mapped = LOWER[usize::from(c as u8 - b'a')];
            out.push(mapped);
            if "aeiou".contains(c) {
                out.push(mapped);
            }
        } else if c.is_ascii_uppercase() {
            out.push(UPPER[usize::from(c as u8 - b'A')]);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_fall_back_to_the_region_we_speak() {
        assert_eq!(Lang::from_tag("pt-PT"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("pt_BR.UTF-8"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_tag("de_CH.UTF-8@euro"), Some(Lang::De));
        assert_eq!(Lang::from_tag("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("it-CH"), Some(Lang::It));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("ja-JP"), None);
        assert_eq!(Lang::from_tag("C"), None);
        assert!("xx".parse::<Lang>().unwrap_err().contains("pt-BR"));
        for lang in Lang::CHOICES {
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
        }
    }

    #[test]
    fn plurals_follow_each_language() {
        let n = |lang: Lang, count: i64| lang.tr("count-problems", &[("count", Arg::Num(count))]);
        assert_eq!(n(Lang::En, 1), "1 problem");
        assert_eq!(n(Lang::En, 16), "16 problems");
        assert_eq!(n(Lang::De, 1), "1 Problem");
        assert_eq!(n(Lang::De, 16), "16 Probleme");
        // French counts 0 and 1 as singular; English says "0 problems".
        assert_eq!(n(Lang::Fr, 0), "0 problème");
        assert_eq!(n(Lang::En, 0), "0 problems");
        assert_eq!(n(Lang::PtBr, 2), "2 problemas");
    }

    #[test]
    fn a_missing_message_falls_back_to_english_never_to_its_key() {
        // A German bundle lacking a message, as an untranslated one would be.
        let mut partial = FluentBundle::new_concurrent(vec!["de".parse().unwrap()]);
        partial.set_use_isolating(false);
        let resource = FluentResource::try_new("status-ok = OK\n".to_string()).unwrap();
        partial.add_resource(resource).unwrap();
        let english = bundle(Lang::En);
        let args = FluentArgs::new();
        let id = "status-problem";
        assert!(!partial.has_message(id));
        let text = with_fallback(Some(&partial), || Some(&english), id, &args);
        assert_eq!(text, Lang::En.t(id));
        assert!(!text.is_empty() && text != id);
        assert_eq!(
            Lang::De.t("no-such-message-anywhere"),
            "no-such-message-anywhere"
        );
        // An argument the code forgot: the sentence is still said, with the gap shown.
        let gap = Lang::De.t("finding-captive-explanation");
        assert!(gap.contains("Testseite"), "{gap}");
        assert!(gap.contains("{$detail}"), "{gap}");
    }

    #[test]
    fn lists_read_like_a_person_says_them() {
        let en = |items: &[&str]| {
            and_list(
                Lang::En,
                &items.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            )
        };
        assert_eq!(en(&[]), "");
        assert_eq!(en(&["5223"]), "5223");
        assert_eq!(en(&["5223", "443"]), "5223 and 443");
        assert_eq!(en(&["80", "443", "5223"]), "80, 443 and 5223");
        assert_eq!(
            Arg::list(&[80, 443, 5223]).render(Lang::De),
            "80, 443 und 5223"
        );
    }

    #[test]
    fn decimals_use_the_languages_separator() {
        assert_eq!(Lang::En.decimal(3.25, 1), "3.2");
        assert_eq!(Lang::De.decimal(3.25, 1), "3,2");
        assert_eq!(Lang::Fr.decimal(0.5, 1), "0,5");
    }

    #[test]
    fn pseudo_brackets_and_accents_every_letter() {
        let text = Lang::Pseudo.t("status-ok");
        assert!(text.starts_with('[') && text.ends_with(']'), "{text}");
        assert!(
            !text
                .chars()
                .any(|c| c.is_ascii_alphabetic() && !"bmqvxBMQVX".contains(c))
        );
    }
}
