//! DNS answers from a hostile server: decoding never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pushcheck::engine::{RecordType, decode_answer};

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let id = u16::from_be_bytes([data[0], data[1]]);
    let _ = decode_answer(id, RecordType::A, data);
    let _ = decode_answer(id, RecordType::Aaaa, data);
});
