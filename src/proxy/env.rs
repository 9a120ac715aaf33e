//! Environment variables: `http_proxy`, `https_proxy`, `all_proxy`, `no_proxy`, any case.

use super::{ProxySetting, ProxyUrl, Source};

/// Reads proxy variables from `vars`; lower case wins over upper case, as curl does.
pub fn from_env(vars: impl IntoIterator<Item = (String, String)>) -> ProxySetting {
    let vars: Vec<(String, String)> = vars.into_iter().collect();
    let get = |name: &str| {
        vars.iter()
            .find(|(k, _)| k == name)
            .or_else(|| vars.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)))
            .map(|(_, v)| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let mut setting = ProxySetting::empty(Source::Environment);
    let mut parse = |name: &str| -> Option<ProxyUrl> {
        let value = get(name)?;
        setting.parse_proxy(name, &value)
    };
    let all = parse("all_proxy");
    let http = parse("http_proxy");
    let https = parse("https_proxy");
    setting.http = http.or_else(|| all.clone().filter(|a| !a.scheme.starts_with("socks")));
    setting.https = https.or_else(|| all.clone().filter(|a| !a.scheme.starts_with("socks")));
    setting.socks = all.filter(|a| a.scheme.starts_with("socks"));
    if let Some(no) = get("no_proxy") {
        setting.bypass = super::split_list(&no, &[',']);
    }
    setting
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn all_spellings() {
        let s = from_env(vars(&[
            ("HTTPS_PROXY", "http://upper:3128"),
            ("https_proxy", "http://lower:3128"),
            ("HTTP_PROXY", "proxy.school:8080"),
            ("NO_PROXY", "localhost, .push.apple.com,17.0.0.0/8"),
        ]));
        assert_eq!(s.https.unwrap().host, "lower");
        assert_eq!(s.http.unwrap().port, 8080);
        assert_eq!(s.bypass, vec!["localhost", ".push.apple.com", "17.0.0.0/8"]);
        let s = from_env(vars(&[("ALL_PROXY", "socks5://s:1080")]));
        assert!(s.socks.is_some() && s.https.is_none());
        assert!(!from_env(vars(&[("PATH", "/bin")])).is_set());
    }

    #[test]
    fn malformed_is_a_clear_problem() {
        let s = from_env(vars(&[("http_proxy", "::::")]));
        assert!(s.http.is_none());
        assert_eq!(s.problems.len(), 1);
        assert!(s.problems[0].starts_with("http_proxy:"), "{:?}", s.problems);
    }
}
