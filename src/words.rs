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
    fn lists_read_like_a_person_says_them() {
        assert_eq!(and_list::<u16>(&[]), "");
        assert_eq!(and_list(&[5223]), "5223");
        assert_eq!(and_list(&[5223, 443]), "5223 and 443");
        assert_eq!(and_list(&[80, 443, 5223]), "80, 443 and 5223");
    }
}
