//! Wording shared by every layer that writes for people: durations and lists. Neutral: it
//! imports nothing of the engine, the diagnosis or the faces.

/// "2 h 5 min", "7 min", "40 s"; minutes rounded to the nearest (7 199 s is "2 h").
pub fn human_duration(secs: u64) -> String {
    if secs < 60 {
        return format!("{secs} s");
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
    fn lists_read_like_a_person_says_them() {
        assert_eq!(and_list::<u16>(&[]), "");
        assert_eq!(and_list(&[5223]), "5223");
        assert_eq!(and_list(&[5223, 443]), "5223 and 443");
        assert_eq!(and_list(&[80, 443, 5223]), "80, 443 and 5223");
    }
}
