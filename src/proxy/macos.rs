//! macOS: the proxy dictionary of SystemConfiguration (`SCDynamicStoreCopyProxies`, what
//! `scutil --proxy` prints and every Cocoa program follows), read through the OS's own API and
//! handed over as an XML property list, so the reading of its keys is tested on any OS.

use super::{ProxySetting, ProxyUrl, Source};

/// What SystemConfiguration says, as an XML (or binary) property list: a dictionary with
/// `HTTPEnable`, `HTTPProxy`, `HTTPPort`, the same for `HTTPS` and `SOCKS`,
/// `ProxyAutoConfigEnable`, `ProxyAutoConfigURLString`, `ProxyAutoDiscoveryEnable`,
/// `ExceptionsList` and `ExcludeSimpleHostnames`.
pub fn from_plist(bytes: &[u8]) -> ProxySetting {
    let mut setting = ProxySetting::empty(Source::MacOs);
    let value = match plist::Value::from_reader(std::io::Cursor::new(bytes)) {
        Ok(value) => value,
        Err(e) => {
            setting
                .problems
                .push(format!("the proxy settings could not be read ({e})"));
            return setting;
        }
    };
    let Some(dict) = value.as_dictionary() else {
        setting
            .problems
            .push("the proxy settings are not a dictionary".to_string());
        return setting;
    };
    // Flags are integers (0/1); a hand-written profile may use booleans.
    let on = |key: &str| match dict.get(key) {
        Some(plist::Value::Integer(n)) => n.as_signed() == Some(1),
        Some(plist::Value::Boolean(b)) => *b,
        _ => false,
    };
    let text = |key: &str| match dict.get(key) {
        Some(plist::Value::String(s)) => s.clone(),
        Some(plist::Value::Integer(n)) => n.to_string(),
        _ => String::new(),
    };
    let mut proxy = |prefix: &str, scheme: &str| -> Option<ProxyUrl> {
        if !on(&format!("{prefix}Enable")) {
            return None;
        }
        let (host, port) = (
            text(&format!("{prefix}Proxy")),
            text(&format!("{prefix}Port")),
        );
        setting.parse_proxy(
            &format!("{prefix}Proxy"),
            &format!("{scheme}://{host}:{port}"),
        )
    };
    let (http, https, socks) = (
        proxy("HTTP", "http"),
        proxy("HTTPS", "http"),
        proxy("SOCKS", "socks5"),
    );
    setting.http = http;
    setting.https = https;
    setting.socks = socks;
    if on("ProxyAutoConfigEnable") {
        let url = text("ProxyAutoConfigURLString");
        setting.pac_url = (!url.is_empty()).then_some(url);
    }
    setting.auto_discover = on("ProxyAutoDiscoveryEnable");
    let mut bypass: Vec<String> = dict
        .get("ExceptionsList")
        .and_then(plist::Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(plist::Value::as_string)
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default();
    if on("ExcludeSimpleHostnames") {
        bypass.push("<local>".to_string());
    }
    setting.bypass = bypass;
    setting
}

/// Reads the proxies of the current network service from SystemConfiguration.
#[cfg(target_os = "macos")]
pub fn read_system_configuration() -> ProxySetting {
    use core_foundation::base::TCFType;
    use core_foundation::propertylist::{create_data, kCFPropertyListXMLFormat_v1_0};
    use system_configuration::dynamic_store::SCDynamicStoreBuilder;

    let unreadable = |why: String| {
        let mut setting = ProxySetting::empty(Source::MacOs);
        setting.problems.push(why);
        setting
    };
    let Some(store) = SCDynamicStoreBuilder::new("pushcheck").build() else {
        return unreadable("SystemConfiguration could not be opened".to_string());
    };
    // No dictionary at all: no network service is active, so no proxy is set.
    let Some(proxies) = store.get_proxies() else {
        return ProxySetting::empty(Source::MacOs);
    };
    match create_data(proxies.as_CFTypeRef(), kCFPropertyListXMLFormat_v1_0) {
        Ok(data) => from_plist(data.bytes()),
        Err(e) => unreadable(format!(
            "SystemConfiguration's proxy settings could not be read ({})",
            e.description()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `SCDynamicStoreCopyProxies` hands over on a Mac with a school's proxy, a PAC file
    /// and exceptions (the keys and types of `scutil --proxy`), as an XML property list.
    const PLIST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>ExceptionsList</key>
	<array>
		<string>*.local</string>
		<string>169.254/16</string>
		<string>*.push.apple.com</string>
	</array>
	<key>ExcludeSimpleHostnames</key>
	<integer>1</integer>
	<key>FTPPassive</key>
	<integer>1</integer>
	<key>HTTPEnable</key>
	<integer>1</integer>
	<key>HTTPPort</key>
	<integer>3128</integer>
	<key>HTTPProxy</key>
	<string>proxy.school.example</string>
	<key>HTTPSEnable</key>
	<integer>1</integer>
	<key>HTTPSPort</key>
	<integer>3128</integer>
	<key>HTTPSProxy</key>
	<string>proxy.school.example</string>
	<key>ProxyAutoConfigEnable</key>
	<integer>1</integer>
	<key>ProxyAutoConfigURLString</key>
	<string>http://wpad.school.example/wpad.dat</string>
	<key>ProxyAutoDiscoveryEnable</key>
	<integer>0</integer>
	<key>__SCOPED__</key>
	<dict/>
</dict>
</plist>
"#;

    #[test]
    fn reads_the_dictionary() {
        let s = from_plist(PLIST.as_bytes());
        assert_eq!(
            s.https.as_ref().unwrap().to_string(),
            "http://proxy.school.example:3128"
        );
        assert_eq!(
            s.pac_url.as_deref(),
            Some("http://wpad.school.example/wpad.dat")
        );
        assert!(s.bypasses("5-courier.push.apple.com"));
        assert!(s.bypasses("printer"));
        assert!(!s.auto_discover);
        assert!(s.problems.is_empty(), "{:?}", s.problems);
    }

    #[test]
    fn a_binary_property_list_reads_the_same() {
        let value = plist::Value::from_reader(std::io::Cursor::new(PLIST.as_bytes())).unwrap();
        let mut binary = Vec::new();
        value.to_writer_binary(&mut binary).unwrap();
        assert_eq!(from_plist(&binary), from_plist(PLIST.as_bytes()));
    }

    #[test]
    fn a_password_in_the_proxy_is_masked_when_shown() {
        let text = PLIST.replace(
            "<string>proxy.school.example</string>\n\t<key>HTTPSEnable",
            "<string>teacher:s3cret@proxy.school.example</string>\n\t<key>HTTPSEnable",
        );
        let s = from_plist(text.as_bytes());
        let shown = s.describe();
        assert!(shown.contains("proxy.school.example"), "{shown}");
        assert!(!shown.contains("s3cret"), "{shown}");
    }

    #[test]
    fn garbage_and_half_settings() {
        let empty = "<plist version=\"1.0\"><dict/></plist>";
        assert!(!from_plist(empty.as_bytes()).is_set());
        let garbage = from_plist(b"garbage : : :\n\0");
        assert!(!garbage.is_set());
        assert_eq!(garbage.problems.len(), 1, "{:?}", garbage.problems);
        let not_a_dict = from_plist(b"<plist version=\"1.0\"><array/></plist>");
        assert_eq!(not_a_dict.problems.len(), 1);
        // Switched on with no host, a port that is no number, a flag of the wrong type.
        let half = "<plist version=\"1.0\"><dict>\
            <key>HTTPSEnable</key><integer>1</integer>\
            <key>HTTPSProxy</key><string></string>\
            <key>HTTPSPort</key><string>x</string>\
            <key>HTTPEnable</key><string>yes</string>\
            <key>HTTPProxy</key><string>proxy.school.example</string>\
            </dict></plist>";
        let s = from_plist(half.as_bytes());
        assert!(s.https.is_none());
        assert!(s.http.is_none(), "a flag that is no number is off");
        assert_eq!(s.problems.len(), 1, "{:?}", s.problems);
    }
}
