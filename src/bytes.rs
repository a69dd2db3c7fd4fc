//! Little-endian loads of a few bytes at once, for the tests that read a
//! short word as one integer (the word keys of `attribution::words`, the
//! digit test of `claims::digits`).

/// The first eight bytes of `b`, little-endian.
#[inline]
pub(crate) fn load8(b: &[u8]) -> u64 {
    u64::from_le_bytes(b[..8].try_into().expect("eight bytes"))
}

/// The first four bytes of `b`, little-endian, in the low half.
#[inline]
pub(crate) fn load4(b: &[u8]) -> u64 {
    u64::from(u32::from_le_bytes(b[..4].try_into().expect("four bytes")))
}
