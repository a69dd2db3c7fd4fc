//! Arbitrary bytes, read as an HTML page: reading and checking must not
//! panic, and every span must map back inside the page.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    common::run_html(data);
});
