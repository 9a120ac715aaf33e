//! Facts about this computer's network that help IT find it: host name, local addresses,
//! default gateways, DNS servers, and the OS's version. On Linux read from the kernel's and
//! resolver's files; on Windows and macOS through the OS's own interface list (the `netdev`
//! crate: `GetAdaptersAddresses` on Windows, `getifaddrs` and SystemConfiguration on macOS),
//! the Windows registry and macOS's `SystemVersion.plist`. Each parser and every merging rule
//! is pure, so it is tested on any OS. `--redact` leaves all of this out of reports.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The network facts of a report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct NetworkFacts {
    /// This computer's name.
    pub hostname: String,
    /// Its addresses (loopback and link-local left out).
    pub local_addresses: Vec<String>,
    /// Default gateways.
    pub gateways: Vec<String>,
    /// DNS servers it asks.
    pub dns_servers: Vec<String>,
}

/// What a run learns about the computer it runs on: read beside the probes, so that building
/// a report reads no file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HostFacts {
    /// The operating system's own name for its version ("Debian GNU/Linux 12 (bookworm)").
    pub os_version: String,
    /// Host name, addresses, gateways, DNS servers.
    pub network: NetworkFacts,
}

impl HostFacts {
    /// Reads both, from the operating system's files.
    pub fn read() -> HostFacts {
        HostFacts {
            os_version: os_version(),
            network: read(),
        }
    }
}

/// The operating system's own name for its version, when it can be read cheaply.
pub fn os_version() -> String {
    if cfg!(target_os = "linux") {
        std::fs::read_to_string("/etc/os-release")
            .ok()
            .and_then(|text| {
                text.lines().find_map(|l| {
                    l.strip_prefix("PRETTY_NAME=")
                        .map(|v| v.trim_matches('"').to_string())
                })
            })
            .unwrap_or_default()
    } else if cfg!(target_os = "macos") {
        std::fs::read("/System/Library/CoreServices/SystemVersion.plist")
            .map(|bytes| macos_version(&bytes))
            .unwrap_or_default()
    } else {
        #[cfg(windows)]
        return windows_registry_version();
        #[cfg(not(windows))]
        String::new()
    }
}

/// "macOS 14.5 (23F79)" from `SystemVersion.plist`.
pub fn macos_version(plist_bytes: &[u8]) -> String {
    let Ok(value) = plist::Value::from_reader(std::io::Cursor::new(plist_bytes)) else {
        return String::new();
    };
    let field = |key: &str| {
        value
            .as_dictionary()
            .and_then(|d| d.get(key))
            .and_then(plist::Value::as_string)
            .unwrap_or("")
            .trim()
            .to_string()
    };
    let (name, version, build) = (
        field("ProductName"),
        field("ProductVersion"),
        field("ProductBuildVersion"),
    );
    if version.is_empty() {
        return String::new();
    }
    let name = if name.is_empty() { "macOS" } else { &name };
    if build.is_empty() {
        format!("{name} {version}")
    } else {
        format!("{name} {version} ({build})")
    }
}

/// "Windows 11 Pro 23H2 (build 22631)" from the values of
/// `HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion`. Windows 11 still calls itself
/// "Windows 10" in `ProductName`; its build numbers (22000 and later) tell it apart.
pub fn windows_version(product_name: &str, display_version: &str, build: &str) -> String {
    let mut name = product_name.trim().to_string();
    if build.trim().parse::<u32>().is_ok_and(|b| b >= 22000) && name.starts_with("Windows 10") {
        name = name.replacen("Windows 10", "Windows 11", 1);
    }
    let mut out = name;
    for (part, text) in [
        (display_version.trim(), display_version.trim().to_string()),
        (build.trim(), format!("(build {})", build.trim())),
    ] {
        if !part.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&text);
        }
    }
    out
}

#[cfg(windows)]
fn windows_registry_version() -> String {
    let key = winreg::RegKey::predef(winreg::enums::HKEY_LOCAL_MACHINE)
        .open_subkey("SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion");
    let Ok(key) = key else {
        return String::new();
    };
    let value = |name: &str| key.get_value::<String, _>(name).unwrap_or_default();
    windows_version(
        &value("ProductName"),
        &value("DisplayVersion"),
        &value("CurrentBuildNumber"),
    )
}

/// One network interface as the OS lists it: what the report needs of it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InterfaceFacts {
    /// The OS marks it as the one with the default route.
    pub default: bool,
    /// It is the loopback interface.
    pub loopback: bool,
    /// Its addresses.
    pub addresses: Vec<IpAddr>,
    /// Its gateways.
    pub gateways: Vec<IpAddr>,
    /// The DNS servers it asks.
    pub dns_servers: Vec<IpAddr>,
}

/// The report's facts from an interface list: the default interface first, loopback and
/// link-local addresses left out, every address once.
pub fn from_interfaces(hostname: String, interfaces: &[InterfaceFacts]) -> NetworkFacts {
    let mut ordered: Vec<&InterfaceFacts> = interfaces.iter().filter(|i| !i.loopback).collect();
    ordered.sort_by_key(|i| !i.default);
    let mut facts = NetworkFacts {
        hostname,
        ..NetworkFacts::default()
    };
    let push = |list: &mut Vec<String>, addr: &IpAddr| {
        let text = addr.to_string();
        if !list.contains(&text) {
            list.push(text);
        }
    };
    for interface in ordered {
        for addr in interface.addresses.iter().filter(|a| !local_only(a)) {
            push(&mut facts.local_addresses, addr);
        }
        for addr in interface.gateways.iter().filter(|a| !a.is_unspecified()) {
            push(&mut facts.gateways, addr);
        }
        for addr in interface.dns_servers.iter().filter(|a| !a.is_unspecified()) {
            push(&mut facts.dns_servers, addr);
        }
    }
    facts
}

/// Loopback or link-local: nothing IT could find the computer by.
fn local_only(addr: &IpAddr) -> bool {
    match addr {
        IpAddr::V4(a) => a.is_loopback() || a.is_link_local() || a.is_unspecified(),
        IpAddr::V6(a) => a.is_loopback() || a.is_unicast_link_local() || a.is_unspecified(),
    }
}

/// The interface list of Windows and macOS, through `netdev`.
#[cfg(any(windows, target_os = "macos"))]
fn os_interfaces() -> Vec<InterfaceFacts> {
    netdev::get_interfaces()
        .into_iter()
        .map(|i| InterfaceFacts {
            default: i.default,
            loopback: i.is_loopback(),
            addresses: i
                .ipv4
                .iter()
                .map(|n| IpAddr::V4(n.addr()))
                .chain(i.ipv6.iter().map(|n| IpAddr::V6(n.addr())))
                .collect(),
            gateways: i
                .gateway
                .as_ref()
                .map(|g| {
                    g.ipv4
                        .iter()
                        .copied()
                        .map(IpAddr::V4)
                        .chain(g.ipv6.iter().copied().map(IpAddr::V6))
                        .collect()
                })
                .unwrap_or_default(),
            dns_servers: i.dns_servers.clone(),
        })
        .collect()
}

/// This computer's name on Windows and macOS.
#[cfg(any(windows, target_os = "macos"))]
fn os_hostname() -> String {
    #[cfg(target_os = "macos")]
    {
        use core_foundation::propertylist::{create_data, kCFPropertyListXMLFormat_v1_0};
        let name = system_configuration::dynamic_store::SCDynamicStoreBuilder::new("pushcheck")
            .build()
            .and_then(|store| store.get("Setup:/System"))
            .and_then(|value| create_data(value.as_CFTypeRef(), kCFPropertyListXMLFormat_v1_0).ok())
            .and_then(|data| {
                plist::Value::from_reader(std::io::Cursor::new(data.bytes().to_vec())).ok()
            })
            .and_then(|value| {
                value
                    .as_dictionary()
                    .and_then(|d| d.get("ComputerName"))
                    .and_then(plist::Value::as_string)
                    .map(str::to_string)
            });
        if let Some(name) = name {
            return name;
        }
    }
    std::env::var("COMPUTERNAME")
        .or_else(|_| std::env::var("HOSTNAME"))
        .unwrap_or_default()
}

/// Reads what this OS offers; empty fields where it offers nothing readable.
pub fn read() -> NetworkFacts {
    #[cfg(any(windows, target_os = "macos"))]
    return from_interfaces(os_hostname(), &os_interfaces());
    #[cfg(not(any(windows, target_os = "macos")))]
    read_linux()
}

/// Linux: the kernel's files under /proc and the resolver's configuration.
#[cfg(not(any(windows, target_os = "macos")))]
fn read_linux() -> NetworkFacts {
    let file = |path: &str| std::fs::read_to_string(path).unwrap_or_default();
    let hostname = file("/proc/sys/kernel/hostname").trim().to_string();
    let hostname = if hostname.is_empty() {
        std::env::var("COMPUTERNAME")
            .or_else(|_| std::env::var("HOSTNAME"))
            .unwrap_or_default()
    } else {
        hostname
    };
    let mut local: Vec<IpAddr> = parse_fib_trie(&file("/proc/net/fib_trie"))
        .into_iter()
        .map(IpAddr::V4)
        .collect();
    local.extend(
        parse_if_inet6(&file("/proc/net/if_inet6"))
            .into_iter()
            .map(IpAddr::V6),
    );
    let mut gateways: Vec<IpAddr> = parse_route(&file("/proc/net/route"))
        .into_iter()
        .map(IpAddr::V4)
        .collect();
    gateways.extend(
        parse_ipv6_route(&file("/proc/net/ipv6_route"))
            .into_iter()
            .map(IpAddr::V6),
    );
    NetworkFacts {
        hostname,
        local_addresses: local.iter().map(ToString::to_string).collect(),
        gateways: gateways.iter().map(ToString::to_string).collect(),
        dns_servers: parse_resolv_conf(&file("/etc/resolv.conf")),
    }
}

/// `nameserver` lines of resolv.conf.
pub fn parse_resolv_conf(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("nameserver"))
        .filter_map(|rest| rest.split_whitespace().next())
        .filter(|a| a.parse::<IpAddr>().is_ok())
        .map(str::to_string)
        .collect();
    out.dedup();
    out
}

/// The DNS search domains of resolv.conf (`search` and `domain` lines), in order.
pub fn parse_search_domains(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let mut words = line.split_whitespace();
        if matches!(words.next(), Some("search" | "domain")) {
            for d in words.take_while(|w| !w.starts_with('#')) {
                let d = d.trim_end_matches('.').to_ascii_lowercase();
                if crate::catalog::valid_host_name(&d) && d.contains('.') && !out.contains(&d) {
                    out.push(d);
                }
            }
        }
    }
    out
}

/// This computer's DNS search domains, in order: from resolv.conf's `search` and `domain`
/// lines on Linux and macOS, from the registry's TCP/IP parameters on Windows (`SearchList`,
/// then `Domain` and `DhcpDomain`, globally and per interface). WPAD looks for the PAC file in
/// the first.
pub fn search_domains() -> Vec<String> {
    #[cfg(windows)]
    return windows_registry_search_domains();
    #[cfg(not(windows))]
    parse_search_domains(&std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default())
}

/// The PAC address the DHCP server handed out (option 252, "WPAD"), where the OS keeps the
/// DHCP answer in a file: the lease files of systemd-networkd and of NetworkManager's internal
/// client, which store it as `OPTION_252=<hex>` when the client asked for it. Windows and
/// macOS keep DHCP answers inside their own services (WinHTTP and macOS ask them
/// themselves), so there this finds nothing and WPAD looks in the search domain.
pub fn dhcp_wpad_url() -> Option<String> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for dir in ["/run/systemd/netif/leases", "/var/lib/NetworkManager"] {
        if let Ok(entries) = std::fs::read_dir(dir) {
            files.extend(entries.flatten().map(|e| e.path()).filter(|p| {
                p.is_file()
                    && (dir.ends_with("leases") || p.extension().is_some_and(|e| e == "lease"))
            }));
        }
    }
    files.sort();
    files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .find_map(|text| parse_lease_wpad(&text))
}

/// Option 252 of a systemd-style DHCP lease file (`OPTION_252=` and the value's bytes in
/// hexadecimal), when it holds an http:// or https:// address.
pub fn parse_lease_wpad(text: &str) -> Option<String> {
    let hex = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("OPTION_252="))?
        .trim();
    if hex.len() % 2 != 0 || hex.len() > 4096 {
        return None;
    }
    let bytes: Option<Vec<u8>> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect();
    let url = String::from_utf8(bytes?).ok()?;
    let url = url.trim_matches(|c: char| c == '\0' || c.is_whitespace());
    let scheme = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (scheme.starts_with("http://") || scheme.starts_with("https://")).then(|| url.to_string())
}

/// Windows' search domains from the values of `Tcpip\Parameters` (and its interfaces): the
/// comma-separated `SearchList` first, then each `Domain` and `DhcpDomain`, in order, once.
pub fn windows_search_domains<'a>(
    search_list: &'a str,
    domains: impl IntoIterator<Item = &'a str>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for d in search_list.split([',', ' ']).chain(domains) {
        let d = d.trim().trim_end_matches('.').to_ascii_lowercase();
        if crate::catalog::valid_host_name(&d) && d.contains('.') && !out.contains(&d) {
            out.push(d);
        }
    }
    out
}

#[cfg(windows)]
fn windows_registry_search_domains() -> Vec<String> {
    use winreg::RegKey;
    use winreg::enums::HKEY_LOCAL_MACHINE;
    let Ok(params) = RegKey::predef(HKEY_LOCAL_MACHINE)
        .open_subkey("SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters")
    else {
        return Vec::new();
    };
    let text = |key: &RegKey, name: &str| key.get_value::<String, _>(name).unwrap_or_default();
    let mut domains = vec![text(&params, "Domain"), text(&params, "DhcpDomain")];
    if let Ok(interfaces) = params.open_subkey("Interfaces") {
        for name in interfaces.enum_keys().filter_map(Result::ok) {
            if let Ok(interface) = interfaces.open_subkey(&name) {
                domains.push(text(&interface, "Domain"));
                domains.push(text(&interface, "DhcpDomain"));
            }
        }
    }
    windows_search_domains(
        &text(&params, "SearchList"),
        domains.iter().map(String::as_str),
    )
}

/// Where WPAD looks for the PAC file: `http://wpad.<domain>/wpad.dat` for the first search
/// domain (the DNS variant of discovery; DHCP option 252 is not visible to a program).
pub fn wpad_url(resolv_conf: &str) -> Option<String> {
    parse_search_domains(resolv_conf)
        .first()
        .map(|d| wpad_url_in(d))
}

/// The WPAD address of the PAC file for the search domain `domain`.
pub fn wpad_url_in(domain: &str) -> String {
    format!("http://wpad.{domain}/wpad.dat")
}

/// Default gateways of /proc/net/route (addresses in little-endian hex).
pub fn parse_route(text: &str) -> Vec<Ipv4Addr> {
    let mut out = Vec::new();
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (Some(dest), Some(gw)) = (fields.get(1), fields.get(2)) else {
            continue;
        };
        if *dest != "00000000" {
            continue;
        }
        if let Ok(raw) = u32::from_str_radix(gw, 16) {
            let addr = Ipv4Addr::from(raw.swap_bytes());
            if !addr.is_unspecified() && !out.contains(&addr) {
                out.push(addr);
            }
        }
    }
    out
}

fn hex_v6(text: &str) -> Option<Ipv6Addr> {
    if text.len() != 32 {
        return None;
    }
    u128::from_str_radix(text, 16).ok().map(Ipv6Addr::from)
}

/// Default gateways of /proc/net/ipv6_route.
pub fn parse_ipv6_route(text: &str) -> Vec<Ipv6Addr> {
    let mut out = Vec::new();
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.len() < 5 || fields[1] != "00" {
            continue;
        }
        if let (Some(dest), Some(gw)) = (hex_v6(fields[0]), hex_v6(fields[4]))
            && dest.is_unspecified()
            && !gw.is_unspecified()
            && !out.contains(&gw)
        {
            out.push(gw);
        }
    }
    out
}

/// Global IPv6 addresses of /proc/net/if_inet6 (scope 00).
pub fn parse_if_inet6(text: &str) -> Vec<Ipv6Addr> {
    text.lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let addr = hex_v6(fields.first()?)?;
            (fields.get(3) == Some(&"00") && !addr.is_loopback()).then_some(addr)
        })
        .collect()
}

/// Local IPv4 addresses of /proc/net/fib_trie (`/32 host LOCAL` entries), loopback left out.
pub fn parse_fib_trie(text: &str) -> Vec<Ipv4Addr> {
    let mut out = Vec::new();
    let mut last: Option<Ipv4Addr> = None;
    for line in text.lines() {
        let trimmed = line.trim_start_matches([' ', '|', '+', '-']).trim();
        if let Ok(addr) = trimmed.parse::<Ipv4Addr>() {
            last = Some(addr);
        } else if trimmed.contains("host LOCAL")
            && let Some(addr) = last
            && !addr.is_loopback()
            && !out.contains(&addr)
        {
            out.push(addr);
        }
    }
    out
}

/// The MDM server named in an MDM enrollment profile, from what
/// `system_profiler SPConfigurationProfileDataType` prints: the `ServerURL` of the
/// `com.apple.mdm` payload (`ServerURL = "https://…";` or `ServerURL: https://…`).
pub fn parse_profile_mdm_server(text: &str) -> Option<String> {
    text.match_indices("ServerURL").find_map(|(at, key)| {
        let rest = text[at + key.len()..].trim_start();
        let rest = rest.strip_prefix('=').or_else(|| rest.strip_prefix(':'))?;
        let value = rest.trim_start().trim_start_matches('"');
        let url: String = value
            .chars()
            .take_while(|c| !c.is_whitespace() && !matches!(c, '"' | ';' | '<'))
            .collect();
        url.to_ascii_lowercase()
            .starts_with("https://")
            .then_some(url)
    })
}

/// This Mac's MDM server, from its enrollment profile (`None` elsewhere, or when the Mac is not
/// enrolled). The listing runs as a child process, killed after `limit`.
pub fn mdm_server_from_profile(limit: std::time::Duration) -> Option<String> {
    if !cfg!(target_os = "macos") {
        return None;
    }
    let mut child = std::process::Command::new("/usr/sbin/system_profiler")
        .arg("SPConfigurationProfileDataType")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok()?;
    // Read on a thread of its own, so a long listing never fills the pipe and stalls it.
    let mut stdout = child.stdout.take()?;
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut stdout, &mut text);
        text
    });
    let deadline = std::time::Instant::now() + limit;
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
    parse_profile_mdm_server(&reader.join().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsers_read_captured_files() {
        let route = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\neth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0\neth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n";
        assert_eq!(parse_route(route), vec![Ipv4Addr::new(192, 168, 1, 1)]);
        let resolv = "# generated\nsearch school.example\nnameserver 10.0.0.53\nnameserver fe80::1%eth0\nnameserver 1.1.1.1 # comment\n";
        assert_eq!(parse_resolv_conf(resolv), vec!["10.0.0.53", "1.1.1.1"]);
        let trie = "Main:\n  +-- 0.0.0.0/0 3 0 5\n     |-- 0.0.0.0\n        /0 universe UNICAST\n     +-- 127.0.0.0/8 2 0 2\n        |-- 127.0.0.1\n           /32 host LOCAL\n     |-- 192.168.1.23\n        /32 host LOCAL\n     |-- 192.168.1.255\n        /32 link BROADCAST\n";
        assert_eq!(parse_fib_trie(trie), vec![Ipv4Addr::new(192, 168, 1, 23)]);
        let inet6 = "00000000000000000000000000000001 01 80 10 80       lo\n20010db8000000000000000000000023 02 40 00 00     eth0\nfe800000000000000000000000000023 02 40 20 80     eth0\n";
        assert_eq!(
            parse_if_inet6(inet6),
            vec!["2001:db8::23".parse::<Ipv6Addr>().unwrap()]
        );
        let v6route = "00000000000000000000000000000000 00 00000000000000000000000000000000 00 fe800000000000000000000000000001 00000400 00000001 00000000 00000003     eth0\n";
        assert_eq!(
            parse_ipv6_route(v6route),
            vec!["fe80::1".parse::<Ipv6Addr>().unwrap()]
        );
    }

    #[test]
    fn wpad_from_a_dhcp_lease() {
        // "http://wpad.school.example/proxy.pac" with the NUL some servers append.
        let hex: String = b"http://wpad.school.example/proxy.pac\0"
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect();
        let lease =
            format!("# This is private data. Do not parse.\nADDRESS=10.1.2.3\nOPTION_252={hex}\n");
        assert_eq!(
            parse_lease_wpad(&lease).as_deref(),
            Some("http://wpad.school.example/proxy.pac")
        );
        assert_eq!(parse_lease_wpad("ADDRESS=10.1.2.3\n"), None);
        assert_eq!(
            parse_lease_wpad("OPTION_252=6674703A2F2F78\n"),
            None,
            "ftp://x"
        );
        assert_eq!(parse_lease_wpad("OPTION_252=ZZ\n"), None);
        assert_eq!(parse_lease_wpad("OPTION_252=687\n"), None);
    }

    #[test]
    fn wpad_from_search_domain() {
        let text = "domain school.example\nsearch school.example staff.school.example.\nnameserver 10.0.0.53\n";
        assert_eq!(
            parse_search_domains(text),
            vec!["school.example", "staff.school.example"]
        );
        assert_eq!(
            wpad_url(text).as_deref(),
            Some("http://wpad.school.example/wpad.dat")
        );
        assert_eq!(wpad_url("nameserver 1.1.1.1\nsearch local\n"), None);
    }

    #[test]
    fn interface_lists_become_the_reports_facts() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        let interfaces = [
            InterfaceFacts {
                loopback: true,
                addresses: vec![ip("127.0.0.1"), ip("::1")],
                ..InterfaceFacts::default()
            },
            InterfaceFacts {
                addresses: vec![ip("10.8.0.5")],
                dns_servers: vec![ip("10.8.0.1")],
                ..InterfaceFacts::default()
            },
            InterfaceFacts {
                default: true,
                addresses: vec![ip("192.168.1.23"), ip("fe80::1c"), ip("2001:db8::23")],
                gateways: vec![ip("192.168.1.1"), ip("0.0.0.0")],
                dns_servers: vec![ip("192.168.1.1"), ip("10.8.0.1")],
                ..InterfaceFacts::default()
            },
        ];
        let facts = from_interfaces("TEACHER-PC".to_string(), &interfaces);
        assert_eq!(facts.hostname, "TEACHER-PC");
        // The default interface first; loopback and link-local left out.
        assert_eq!(
            facts.local_addresses,
            ["192.168.1.23", "2001:db8::23", "10.8.0.5"]
        );
        assert_eq!(facts.gateways, ["192.168.1.1"]);
        assert_eq!(facts.dns_servers, ["192.168.1.1", "10.8.0.1"]);
        assert_eq!(from_interfaces(String::new(), &[]), NetworkFacts::default());
    }

    #[test]
    fn os_versions_of_windows_and_macos() {
        assert_eq!(
            windows_version("Windows 10 Pro", "23H2", "22631"),
            "Windows 11 Pro 23H2 (build 22631)"
        );
        assert_eq!(
            windows_version("Windows 10 Education", "22H2", "19045"),
            "Windows 10 Education 22H2 (build 19045)"
        );
        assert_eq!(windows_version("Windows 7", "", ""), "Windows 7");
        assert_eq!(windows_version("", "", ""), "");
        let plist = br#"<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>ProductBuildVersion</key><string>23F79</string>
<key>ProductName</key><string>macOS</string>
<key>ProductVersion</key><string>14.5</string>
</dict></plist>"#;
        assert_eq!(macos_version(plist), "macOS 14.5 (23F79)");
        assert_eq!(macos_version(b"not a plist"), "");
        assert_eq!(macos_version(b"<plist version=\"1.0\"><dict/></plist>"), "");
    }

    #[test]
    fn windows_search_domains_come_in_order_once() {
        assert_eq!(
            windows_search_domains(
                "school.example, staff.school.example",
                ["School.Example.", "", "dhcp.school.example", "local"]
            ),
            vec![
                "school.example",
                "staff.school.example",
                "dhcp.school.example"
            ]
        );
        assert!(windows_search_domains("", ["", "not a name!"]).is_empty());
    }

    #[test]
    fn garbage_reads_as_nothing() {
        for junk in [
            "",
            "\0\0\0",
            "nameserver",
            "Iface\n eth0 00000000 zz",
            "|-- 999.1.1.1\n /32 host LOCAL",
        ] {
            assert!(parse_route(junk).is_empty());
            assert!(parse_fib_trie(junk).is_empty());
            assert!(parse_if_inet6(junk).is_empty());
            assert!(parse_ipv6_route(junk).is_empty());
            assert!(parse_resolv_conf(junk).is_empty());
        }
    }

    #[test]
    fn the_mdm_server_of_an_enrollment_profile_is_found() {
        // The payload as system_profiler prints it (old-style property list inside the text).
        let listing = r#"Configuration Profiles:

    Device Configuration Profiles:

        MDM Profile:

          Description: Enrolls this Mac in the school's MDM
          Verification State: verified
          Payload Data:
          com.apple.mdm:
              Payload Data:
                AccessRights = 8191;
                CheckInURL = "https://mdm.school.example/mdm/checkin";
                ServerURL = "https://mdm.school.example/mdm/server";
                Topic = "com.apple.mgmt.External.1234";
"#;
        assert_eq!(
            parse_profile_mdm_server(listing).as_deref(),
            Some("https://mdm.school.example/mdm/server")
        );
        assert_eq!(
            parse_profile_mdm_server("ServerURL: https://school.jamfcloud.com/mdm/ServerURL\n")
                .as_deref(),
            Some("https://school.jamfcloud.com/mdm/ServerURL")
        );
        // No enrollment, or something that is not an https address.
        assert_eq!(
            parse_profile_mdm_server("There are no profiles installed"),
            None
        );
        assert_eq!(parse_profile_mdm_server("ServerURL = \"http://x\";"), None);
    }
}
