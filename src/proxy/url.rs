//! A proxy address, with credentials kept out of everything that is shown or saved.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// `scheme://[user[:password]@]host:port`. Displays as `scheme://user:***@host:port`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProxyUrl {
    /// `http`, `https` or `socks5`.
    pub scheme: String,
    /// Host name or address (IPv6 without brackets).
    pub host: String,
    /// Port.
    pub port: u16,
    /// User name, if given.
    pub user: Option<String>,
    /// The password is never kept, only whether there was one.
    #[serde(skip)]
    pub has_password: bool,
}

/// Why a proxy value could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a proxy address like http://proxy.school.example:3128")]
pub struct BadProxy(pub String);

impl FromStr for ProxyUrl {
    type Err = BadProxy;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || BadProxy(mask_credentials(text));
        let text = text.trim();
        let (scheme, rest) = match text.split_once("://") {
            Some((s, r)) => (s.to_ascii_lowercase(), r),
            None => ("http".to_string(), text),
        };
        if !matches!(
            scheme.as_str(),
            "http" | "https" | "socks" | "socks4" | "socks5" | "socks5h"
        ) {
            return Err(bad());
        }
        let rest = rest.trim_end_matches('/');
        let (userinfo, hostport) = match rest.rsplit_once('@') {
            Some((u, h)) => (Some(u), h),
            None => (None, rest),
        };
        let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
            let (h, p) = v6.split_once(']').ok_or_else(bad)?;
            (h.to_string(), p.strip_prefix(':'))
        } else {
            match hostport.rsplit_once(':') {
                Some((h, p)) => (h.to_string(), Some(p)),
                None => (hostport.to_string(), None),
            }
        };
        let valid_host = !host.is_empty()
            && (host.parse::<std::net::IpAddr>().is_ok()
                || host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.' || c == '_'));
        if !valid_host {
            return Err(bad());
        }
        let port = match port {
            Some(p) => p.parse::<u16>().ok().filter(|p| *p != 0).ok_or_else(bad)?,
            None if scheme.starts_with("socks") => 1080,
            None if scheme == "https" => 443,
            None => 80,
        };
        let (user, has_password) = match userinfo {
            Some(u) => match u.split_once(':') {
                Some((name, pass)) => (Some(name.to_string()), !pass.is_empty()),
                None => (Some(u.to_string()), false),
            },
            None => (None, false),
        };
        Ok(ProxyUrl {
            scheme,
            host,
            port,
            user,
            has_password,
        })
    }
}

impl fmt::Display for ProxyUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://", self.scheme)?;
        // A user with a password shows its name; a user information without one is a token,
        // and is masked whole.
        match (&self.user, self.has_password) {
            (Some(user), true) => write!(f, "{user}:***@")?,
            (Some(_), false) => write!(f, "***@")?,
            (None, _) => {}
        }
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

/// Masks the credentials of every address in `text`: `scheme://user:password@host` becomes
/// `scheme://user:***@host`, a user information without a colon (`scheme://token@host`, a
/// token) becomes `***@host`, and so do the same forms without a scheme (`user:pw@host:3128`,
/// as Windows' proxy settings write them). Every address in the text is masked, wherever it
/// stands; masking too much of an odd text is harmless, showing a secret is not.
pub fn mask_credentials(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut piece = String::new();
    for c in text.chars() {
        // Addresses end at white space and the separators lists, settings and sentences use.
        if c.is_whitespace() || matches!(c, ';' | ',' | '=' | '"' | '\'' | '(' | ')' | '<' | '>') {
            out.push_str(&mask_piece(&piece));
            piece.clear();
            out.push(c);
        } else {
            piece.push(c);
        }
    }
    out.push_str(&mask_piece(&piece));
    out
}

/// One piece without separators: each address in it (a piece may hold several, one in the
/// query of another) masked.
fn mask_piece(piece: &str) -> String {
    if !piece.contains('@') {
        return piece.to_string();
    }
    // Where each address begins: at its scheme, the letters before "://".
    let mut starts: Vec<usize> = Vec::new();
    let mut from = 0;
    while let Some(i) = piece[from..].find("://") {
        let at = from + i;
        let scheme_start = piece[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            .last()
            .map_or(at, |(j, _)| j);
        starts.push(scheme_start);
        from = at + 3;
    }
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    let mut out = String::with_capacity(piece.len());
    for (k, start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(piece.len());
        out.push_str(&mask_address(&piece[*start..end]));
    }
    out
}

/// One address, with or without a scheme: its user information masked.
fn mask_address(address: &str) -> String {
    let (scheme, rest) = match address.find("://") {
        Some(i) => address.split_at(i + 3),
        None => ("", address),
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let at = match authority.rfind('@') {
        Some(at) => Some(at),
        // A password may hold a '/' (`u:p/w@proxy:3128`): a colon before the first '/', and
        // an '@' after it.
        None if authority.contains(':') => rest.rfind('@'),
        None => None,
    };
    let Some(at) = at else {
        return address.to_string();
    };
    let userinfo = &rest[..at];
    let masked = match userinfo.split_once(':') {
        Some((user, _)) if !user.is_empty() => format!("{user}:***"),
        _ => "***".to_string(),
    };
    format!("{scheme}{masked}{}", &rest[at..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_masks() {
        let p: ProxyUrl = "http://teacher:s3cret@proxy.school.example:3128/"
            .parse()
            .unwrap();
        assert_eq!(p.host, "proxy.school.example");
        assert_eq!(p.port, 3128);
        assert_eq!(
            p.to_string(),
            "http://teacher:***@proxy.school.example:3128"
        );
        assert!(!format!("{p:?}").contains("s3cret"));
        let p: ProxyUrl = "proxy:8080".parse().unwrap();
        assert_eq!(p.to_string(), "http://proxy:8080");
        let p: ProxyUrl = "socks5://[::1]".parse().unwrap();
        assert_eq!(p.to_string(), "socks5://[::1]:1080");
        assert_eq!(
            mask_credentials("http://u:p@h:1/x?y"),
            "http://u:***@h:1/x?y"
        );
        assert_eq!(mask_credentials("u:pw@host:3128"), "u:***@host:3128");
    }

    #[test]
    fn a_password_with_a_slash_is_masked_too() {
        for (given, shown) in [
            ("http://u:p/w@proxy:3128", "http://u:***@proxy:3128"),
            (
                "http://u:p/w@pac.school.example/proxy.pac",
                "http://u:***@pac.school.example/proxy.pac",
            ),
            ("http://host/pac@v2.pac", "http://host/pac@v2.pac"),
        ] {
            let masked = mask_credentials(given);
            assert!(!masked.contains("p/w"), "{given} -> {masked}");
            if given.contains("p/w") {
                assert_eq!(masked, shown);
            }
        }
        let p: ProxyUrl = "http://u:p/w@proxy:3128".parse().unwrap();
        assert_eq!(p.to_string(), "http://u:***@proxy:3128");
    }

    #[test]
    fn every_address_and_every_form_of_user_information_is_masked() {
        for (given, shown) in [
            (
                "via http://teacher:pw1@a:1 and https://tok2@b:2/x",
                "via http://teacher:***@a:1 and https://***@b:2/x",
            ),
            ("teacher:pw3@proxy:3128", "teacher:***@proxy:3128"),
            (
                "http=u:pw4@p:1;https=tok5@q:2",
                "http=u:***@p:1;https=***@q:2",
            ),
            (
                "http://a/pac?next=http://u:pw6@b/p.pac",
                "http://a/pac?next=http://u:***@b/p.pac",
            ),
            ("(PROXY user:pw7@p:3128)", "(PROXY user:***@p:3128)"),
            (
                "mail me at someone@school.example",
                "mail me at ***@school.example",
            ),
            ("http://host/pac@v2.pac", "http://host/pac@v2.pac"),
        ] {
            assert_eq!(mask_credentials(given), shown, "{given}");
        }
        let token: ProxyUrl = "http://TOKEN123@proxy:3128".parse().unwrap();
        assert_eq!(token.to_string(), "http://***@proxy:3128");
    }

    #[test]
    fn malformed_values_are_refused_without_leaking() {
        for bad in [
            "::::",
            "",
            "http://",
            "ftp://x:1",
            "http://h:0",
            "http://h:99999",
            "http://a b:1",
            "http://[::1:3",
        ] {
            assert!(bad.parse::<ProxyUrl>().is_err(), "{bad}");
        }
        let err = "http://u:secret@:1".parse::<ProxyUrl>().unwrap_err();
        assert!(!err.to_string().contains("secret"));
    }
}
