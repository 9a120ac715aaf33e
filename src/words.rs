//! Wording shared by every layer that writes for people: durations and dates. Neutral: it
//! imports nothing of the engine, the diagnosis or the faces.

/// "2 h 5 min", "7 min", "40 s" in English, for the engine's technical detail lines (which
/// are English in every language); [`crate::i18n::duration`] says it in any language.
pub fn human_duration(secs: u64) -> String {
    crate::i18n::duration(crate::i18n::Lang::En, secs)
}

/// A report's start time (RFC 3339, UTC) as people of a language write dates: "2026-11-28
/// 10:00 UTC" in English, "28.11.2026, 10:00 UTC" in German. Text that is not such a time is
/// returned as it is.
pub fn date_time(lang: crate::i18n::Lang, rfc3339: &str) -> String {
    use crate::i18n::Arg;
    let Ok(t) =
        time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
    else {
        return rfc3339.to_string();
    };
    let two = |n: u8| Arg::from(format!("{n:02}"));
    lang.tr(
        "date-time",
        &[
            ("year", Arg::from(t.year().to_string())),
            ("month", two(u8::from(t.month()))),
            ("day", two(t.day())),
            ("hour", two(t.hour())),
            ("minute", two(t.minute())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_offsets_read_in_days() {
        assert_eq!(human_duration(400 * 24 * 3600), "400 days");
        assert_eq!(human_duration(2 * 24 * 3600 - 1), "48 h");
        assert_eq!(human_duration(9600 * 3600), "400 days");
    }

    #[test]
    fn the_engines_english_durations_are_the_language_layers() {
        let samples = (0..4000).chain((4000..200_000).step_by(97)).chain([
            2 * 24 * 3600 - 1,
            2 * 24 * 3600,
            400 * 24 * 3600,
        ]);
        for secs in samples {
            assert_eq!(
                crate::engine::english_duration(secs),
                human_duration(secs),
                "{secs} s"
            );
        }
    }

    #[test]
    fn dates_are_written_each_languages_way() {
        use crate::i18n::Lang;
        let t = "2026-11-28T09:05:00Z";
        assert_eq!(date_time(Lang::En, t), "2026-11-28 09:05 UTC");
        assert_eq!(date_time(Lang::De, t), "28.11.2026, 09:05 UTC");
        assert_eq!(date_time(Lang::Fr, t), "28/11/2026 09:05 UTC");
        assert_eq!(date_time(Lang::Nl, t), "28-11-2026 09:05 UTC");
        assert_eq!(date_time(Lang::De, "not a time"), "not a time");
    }
}
