//! Which words an article also writes in lower case: asked of every
//! capitalised spelling by the names rules.

/// Byte classes for [`lower_runs`]: ASCII outside a run, ASCII lower case
/// (or digit or hyphen), ASCII capital, and the lead or continuation byte
/// of another character.
const OUT: u8 = 0;
const LOW: u8 = 1;
const CAP: u8 = 2;
const WIDE: u8 = 3;
static CLASS: [u8; 256] = {
    let mut t = [OUT; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c >= 0x80 {
            WIDE
        } else if c.is_ascii_uppercase() {
            CAP
        } else if c.is_ascii_alphanumeric() || c == b'-' {
            LOW
        } else {
            OUT
        };
        i += 1;
    }
    t
};

/// The maximal runs of letters, digits and hyphens in `text` that hold no
/// capital and could be asked about (four bytes or more, led by a lower
/// case letter). Bytes are classed by a table; characters beyond ASCII
/// are decoded only where they stand.
pub(super) fn lower_runs(text: &str) -> rustc_hash::FxHashSet<&str> {
    let b = text.as_bytes();
    let n = b.len();
    let mut out = rustc_hash::FxHashSet::default();
    // The character at `i` (a character boundary): its length, and whether
    // it is a letter or digit, and a capital.
    let wide = |i: usize| {
        let ch = text[i..].chars().next().unwrap_or(' ');
        (ch.len_utf8(), ch.is_alphanumeric(), ch.is_uppercase())
    };
    let mut i = 0;
    'runs: while i < n {
        // To the start of the next run.
        loop {
            if i >= n {
                break 'runs;
            }
            match CLASS[b[i] as usize] {
                OUT => i += 1,
                WIDE => {
                    let (len, alnum, _) = wide(i);
                    if alnum {
                        break;
                    }
                    i += len;
                }
                _ => break,
            }
        }
        let start = i;
        let mut upper = false;
        while i < n {
            match CLASS[b[i] as usize] {
                LOW => i += 1,
                CAP => {
                    upper = true;
                    i += 1;
                }
                WIDE => {
                    let (len, alnum, cap) = wide(i);
                    if !alnum {
                        break;
                    }
                    upper |= cap;
                    i += len;
                }
                _ => break,
            }
        }
        if !upper && i - start >= 4 && (b[start].is_ascii_lowercase() || b[start] >= 0x80) {
            out.insert(&text[start..i]);
        }
    }
    out
}

/// From this size up, "is this word also written in lower case?" is
/// answered from one pass over the text rather than a search per word.
pub(super) const LOWER_INDEX_FROM: usize = 256 << 10;
