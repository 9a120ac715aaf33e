//! The OS files behind the report's network facts, and the catalog: no panic on any input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pushcheck::netinfo;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = netinfo::parse_resolv_conf(&text);
    let _ = netinfo::parse_route(&text);
    let _ = netinfo::parse_ipv6_route(&text);
    let _ = netinfo::parse_if_inet6(&text);
    let _ = netinfo::parse_fib_trie(&text);
    let _ = pushcheck::catalog::Catalog::parse(&text, "fuzz");
});
