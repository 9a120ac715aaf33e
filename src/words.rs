//! Wording shared by every layer that writes for people: durations and lists. Neutral: it
//! imports nothing of the engine, the diagnosis or the faces.

/// "2 h 5 min", "7 min", "40 s"; minutes rounded to the nearest (7 199 s is "2 h"); from
/// two days on, whole days ("400 days").
pub fn human_duration(secs: u64) -> String {
    const DAY: u64 = 24 * 60 * 60;
    if secs < 60 {
        return format!("{secs} s");
    }
    if secs >= 2 * DAY {
        return format!("{} days", (secs + DAY / 2) / DAY);
    }
    let minutes = (secs + 30) / 60;
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
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

/// Human list: "5223", "5223 and 443", "80, 443 and 5223".
pub fn and_list<T: ToString>(items: &[T]) -> String {
    let words: Vec<String> = items.iter().map(ToString::to_string).collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
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
    fn lists_read_like_a_person_says_them() {
        assert_eq!(and_list::<u16>(&[]), "");
        assert_eq!(and_list(&[5223]), "5223");
        assert_eq!(and_list(&[5223, 443]), "5223 and 443");
        assert_eq!(and_list(&[80, 443, 5223]), "80, 443 and 5223");
    }
}
