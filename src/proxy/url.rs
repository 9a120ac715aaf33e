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
        if let Some(user) = &self.user {
            write!(f, "{user}")?;
            if self.has_password {
                write!(f, ":***")?;
            }
            write!(f, "@")?;
        }
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

/// Replaces the password of any `scheme://user:password@host` in `text` with `***`.
pub fn mask_credentials(text: &str) -> String {
    let Some((scheme, rest)) = text.split_once("://") else {
        return match text.rsplit_once('@') {
            Some((userinfo, host)) => match userinfo.split_once(':') {
                Some((user, _)) => format!("{user}:***@{host}"),
                None => text.to_string(),
            },
            None => text.to_string(),
        };
    };
    let end = rest.find('/').unwrap_or(rest.len());
    let (mut authority, mut path) = rest.split_at(end);
    // A password may hold a '/' (`http://u:p/w@proxy:3128`): when the part before the first
    // '/' has no '@' but the rest has, the user information runs to the last '@' before the
    // host. Masking too much of an odd URL is harmless; showing a password is not.
    if !authority.contains('@')
        && let Some(at) = rest.rfind('@')
    {
        let host_end = rest[at..].find('/').map_or(rest.len(), |i| at + i);
        (authority, path) = rest.split_at(host_end);
    }
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:***@{host}{path}"),
            None => text.to_string(),
        },
        None => text.to_string(),
    }
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
