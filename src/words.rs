//! Wording shared by every layer that writes for people: durations and dates. Neutral: it
//! imports nothing of the engine, the diagnosis or the faces.

/// "2 h 5 min", "7 min", "40 s" in English, for the engine's technical detail lines (which
/// are English in every language); [`crate::i18n::duration`] says it in any language.
pub fn human_duration(secs: u64) -> String {
    crate::i18n::duration(crate::i18n::Lang::En, secs)
}

/// A day ("2021-03-31", or the date of an RFC 3339 time) as a language writes it in a
/// sentence: "31 March 2021", "31. März 2021", "31 mars 2021". Text that is not a date is
/// returned as it is.
pub fn day(lang: crate::i18n::Lang, iso: &str) -> String {
    let Ok(date) = time::Date::parse(
        iso.get(..10).unwrap_or(iso),
        time::macros::format_description!("[year]-[month]-[day]"),
    ) else {
        return iso.to_string();
    };
    day_text(date).render(lang)
}

/// A day as a message ("date-day"), for sentences built as text.
pub fn day_text(date: time::Date) -> crate::i18n::Text {
    use time::Month::*;
    let month = match date.month() {
        January => "month-1",
        February => "month-2",
        March => "month-3",
        April => "month-4",
        May => "month-5",
        June => "month-6",
        July => "month-7",
        August => "month-8",
        September => "month-9",
        October => "month-10",
        November => "month-11",
        December => "month-12",
    };
    crate::i18n::Text::new("date-day")
        .arg("year", i64::from(date.year()))
        .arg("month", crate::i18n::Text::new(month))
        .arg("day", i64::from(date.day()))
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

    #[test]
    fn days_in_sentences_are_written_each_languages_way() {
        use crate::i18n::Lang;
        let d = "2021-03-31";
        assert_eq!(day(Lang::En, d), "31 March 2021");
        assert_eq!(day(Lang::De, d), "31. März 2021");
        assert_eq!(day(Lang::Fr, d), "31 mars 2021");
        assert_eq!(day(Lang::Fr, "2019-07-01"), "1er juillet 2019");
        assert_eq!(day(Lang::Es, d), "31 de marzo de 2021");
        assert_eq!(day(Lang::It, d), "31 marzo 2021");
        assert_eq!(day(Lang::Nl, d), "31 maart 2021");
        assert_eq!(day(Lang::PtBr, d), "31 de março de 2021");
        // A report's start time gives its day; anything else stays as written.
        assert_eq!(day(Lang::En, "2026-11-28T09:05:00Z"), "28 November 2026");
        assert_eq!(day(Lang::En, "soon"), "soon");
    }
}
