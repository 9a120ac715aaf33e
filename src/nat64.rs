//! NAT64 and DNS64 (RFC 6052, RFC 7050): IPv6 addresses that carry an IPv4 address inside.
//!
//! On an IPv6-only network the resolver (DNS64) answers Apple's names with AAAA records such
//! as `64:ff9b::1139:9234`, and a NAT64 gateway carries the connection on to the IPv4 address
//! inside, here 17.57.146.52. Such an address is judged by the IPv4 address it carries: it is
//! inside Apple's ranges when that address is. The prefix is the well-known `64:ff9b::/96` or
//! the network's own, found by asking the system resolver for `ipv4only.arpa` (RFC 7050),
//! whose only IPv4 addresses are 192.0.0.170 and 192.0.0.171.
//!
//! Pure: the lookup itself is the engine's; this module only reads addresses.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::Ipv6Net;

/// The name whose AAAA answers reveal the network's NAT64 prefix (RFC 7050).
pub const DISCOVERY_NAME: &str = "ipv4only.arpa";

/// The two IPv4 addresses `ipv4only.arpa` has (RFC 7050, section 2.2).
pub const WELL_KNOWN_IPV4: [Ipv4Addr; 2] =
    [Ipv4Addr::new(192, 0, 0, 170), Ipv4Addr::new(192, 0, 0, 171)];

/// The prefix lengths RFC 6052 allows, longest first.
const LENGTHS: [u8; 6] = [96, 64, 56, 48, 40, 32];

/// A NAT64 prefix: IPv6 addresses inside it carry an IPv4 address at the place RFC 6052
/// fixes for its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Nat64Prefix(Ipv6Net);

impl Nat64Prefix {
    /// The well-known prefix `64:ff9b::/96` (RFC 6052, section 2.1).
    pub fn well_known() -> Nat64Prefix {
        Nat64Prefix(Ipv6Net::new_assert(
            Ipv6Addr::new(0x64, 0xff9b, 0, 0, 0, 0, 0, 0),
            96,
        ))
    }

    /// A prefix of one of RFC 6052's lengths (32, 40, 48, 56, 64 or 96 bits).
    pub fn new(net: Ipv6Net) -> Option<Nat64Prefix> {
        LENGTHS
            .contains(&net.prefix_len())
            .then(|| Nat64Prefix(net.trunc()))
    }

    /// The prefix as a network.
    pub fn net(&self) -> Ipv6Net {
        self.0
    }

    /// The IPv4 address `addr` carries, when it lies inside this prefix.
    pub fn extract(&self, addr: Ipv6Addr) -> Option<Ipv4Addr> {
        if !self.0.contains(&addr) {
            return None;
        }
        let bytes = addr.octets();
        let at = positions(self.0.prefix_len());
        // Bits 64 to 71 (the "u" octet) are zero in every format but /96.
        if self.0.prefix_len() != 96 && bytes[8] != 0 {
            return None;
        }
        Some(Ipv4Addr::new(
            bytes[at[0]],
            bytes[at[1]],
            bytes[at[2]],
            bytes[at[3]],
        ))
    }

    /// The IPv6 address that carries `v4` behind this prefix.
    pub fn embed(&self, v4: Ipv4Addr) -> Ipv6Addr {
        let mut bytes = self.0.network().octets();
        for (place, byte) in positions(self.0.prefix_len()).into_iter().zip(v4.octets()) {
            bytes[place] = byte;
        }
        Ipv6Addr::from(bytes)
    }
}

impl std::fmt::Display for Nat64Prefix {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Where the four IPv4 octets sit in an address of a prefix of `len` bits: after the prefix,
/// skipping octet 8 (RFC 6052, section 2.2).
fn positions(len: u8) -> [usize; 4] {
    let mut out = [0usize; 4];
    let mut place = usize::from(len / 8);
    for slot in &mut out {
        if place == 8 {
            place += 1;
        }
        *slot = place;
        place += 1;
    }
    out
}

/// The network's NAT64 prefixes, read from the AAAA answers for `ipv4only.arpa` (RFC 7050,
/// section 3): each answer that holds 192.0.0.170 or .171 at one of RFC 6052's places gives
/// the prefix before it. Where an answer fits several lengths, the longest is taken (the
/// usual /96; RFC 7050 leaves the choice to the host).
pub fn discover(answers: &[IpAddr]) -> Vec<Nat64Prefix> {
    let mut out: Vec<Nat64Prefix> = Vec::new();
    for addr in answers {
        let IpAddr::V6(v6) = addr else { continue };
        let found = LENGTHS.iter().find_map(|len| {
            let prefix = Nat64Prefix::new(Ipv6Net::new(*v6, *len).ok()?)?;
            let inside = prefix.extract(*v6)?;
            WELL_KNOWN_IPV4.contains(&inside).then_some(prefix)
        });
        if let Some(prefix) = found
            && !out.contains(&prefix)
        {
            out.push(prefix);
        }
    }
    out
}

/// The IPv4 address behind `addr` when it is an IPv6 address inside one of `prefixes`.
pub fn ipv4_behind(addr: &IpAddr, prefixes: &[Nat64Prefix]) -> Option<Ipv4Addr> {
    let IpAddr::V6(v6) = addr else { return None };
    prefixes.iter().find_map(|p| p.extract(*v6))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v6(text: &str) -> Ipv6Addr {
        text.parse().unwrap()
    }

    fn prefix(text: &str) -> Nat64Prefix {
        Nat64Prefix::new(text.parse().unwrap()).unwrap()
    }

    #[test]
    fn rfc_6052_examples_decode_at_every_length() {
        // The table of RFC 6052, section 2.4: 192.0.2.33 behind 2001:db8::/n.
        let v4 = Ipv4Addr::new(192, 0, 2, 33);
        for (net, addr) in [
            ("2001:db8::/32", "2001:db8:c000:221::"),
            ("2001:db8:100::/40", "2001:db8:1c0:2:21::"),
            ("2001:db8:122::/48", "2001:db8:122:c000:2:2100::"),
            ("2001:db8:122:300::/56", "2001:db8:122:3c0:0:221::"),
            ("2001:db8:122:344::/64", "2001:db8:122:344:c0:2:2100:0"),
            ("2001:db8:122:344::/96", "2001:db8:122:344::192.0.2.33"),
            ("64:ff9b::/96", "64:ff9b::192.0.2.33"),
        ] {
            let p = prefix(net);
            assert_eq!(p.extract(v6(addr)), Some(v4), "{net}");
            assert_eq!(p.embed(v4), v6(addr), "{net}");
        }
    }

    #[test]
    fn only_rfc_lengths_and_addresses_inside_count() {
        assert!(Nat64Prefix::new("2001:db8::/33".parse().unwrap()).is_none());
        let wkp = Nat64Prefix::well_known();
        assert_eq!(wkp.to_string(), "64:ff9b::/96");
        assert_eq!(wkp.extract(v6("2620:149:a44::1")), None);
        // The u octet must be zero for lengths under 96.
        assert_eq!(
            prefix("2001:db8::/64").extract(v6("2001:db8::ff00:c000:221:0")),
            None
        );
        let apple = "17.57.146.52".parse::<Ipv4Addr>().unwrap();
        assert_eq!(
            ipv4_behind(&"64:ff9b::1139:9234".parse().unwrap(), &[wkp]),
            Some(apple)
        );
        assert_eq!(ipv4_behind(&IpAddr::V4(apple), &[wkp]), None);
    }

    #[test]
    fn the_prefix_is_found_from_ipv4only_arpa() {
        // A network's own /96 and a /64 layout, each answering both well-known addresses.
        let own: Vec<IpAddr> = vec![
            "2001:db8:64::c000:aa".parse().unwrap(),
            "2001:db8:64::c000:ab".parse().unwrap(),
        ];
        assert_eq!(discover(&own), vec![prefix("2001:db8:64::/96")]);
        let p64 = prefix("2001:db8:1:2::/64");
        let layout: Vec<IpAddr> = WELL_KNOWN_IPV4
            .iter()
            .map(|a| IpAddr::V6(p64.embed(*a)))
            .collect();
        assert_eq!(discover(&layout), vec![p64]);
        // Answers without a well-known address (a plain AAAA) give nothing.
        assert!(discover(&["2620:149:a44::1".parse().unwrap()]).is_empty());
        assert!(discover(&["192.0.0.170".parse().unwrap()]).is_empty());
    }
}
