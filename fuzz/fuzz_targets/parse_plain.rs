//! Arbitrary bytes, read as a plain-text article: parsing and checking must not
//! panic, and every span must lie inside the text.
#![no_main]

use ascribe::Format;
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    common::run(data, Format::Plain);
});
