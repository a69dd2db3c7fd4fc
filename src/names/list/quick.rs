//! A fast reader for names lists in the plain block shape that
//! `ascribe names learn` writes and newsrooms keep by hand:
//!
//! ```yaml
//! names:
//! - canonical: Yury Ushakov     # block mappings, one key a line
//!   accepted: [Yuri Ushakov]    # flow or block lists of strings
//!   kind: person
//!   frequency: 12
//! ```
//!
//! A 5,000-name list is read in a fraction of the time the general YAML
//! parser takes. Anything outside this subset (flow mappings, escapes,
//! anchors, multi-line or ambiguous scalars, unknown or repeated keys, a
//! scalar YAML could read as other than a string) makes it answer `None`,
//! and the caller parses the file with the YAML parser, which also gives
//! the error messages: so the subset never changes what a file means.

use super::{Entry, Kind};

/// The entries of `text`, or `None` when it is not in the subset.
pub fn parse(text: &str) -> Option<Vec<Entry>> {
    let mut lines = text.split('\n').filter(|l| !is_blank(l)).peekable();
    if lines.next()? != "names:" {
        return None;
    }
    let dash = indent(lines.peek()?);
    let mut entries = Vec::with_capacity(text.len() / 32);
    while let Some(line) = lines.next() {
        if indent(line) != dash {
            return None;
        }
        let first = line[dash..].strip_prefix("- ")?;
        let mut e = Entry {
            canonical: String::new(),
            accepted: Vec::new(),
            variants: Vec::new(),
            kind: None,
            note: None,
            except: Vec::new(),
            frequency: None,
        };
        let mut seen = 0u8;
        if let Some(flow) = first.strip_prefix('{') {
            // `- {canonical: X, kind: person}`: the whole entry on its line.
            for item in flow_items(flow.trim_end_matches(' ').strip_suffix('}')?)? {
                let (k, v) = item.split_once(": ")?;
                field(
                    k,
                    v,
                    dash + 2,
                    &mut std::iter::empty().peekable(),
                    &mut e,
                    &mut seen,
                )?;
            }
            if lines.peek().is_some_and(|l| indent(l) > dash) || seen & 1 == 0 {
                return None;
            }
            entries.push(e);
            continue;
        }
        let (k, v) = split_field(first)?;
        field(k, v, dash + 2, &mut lines, &mut e, &mut seen)?;
        while let Some(next) = lines.peek() {
            if indent(next) != dash + 2 {
                break;
            }
            let l = lines.next()?;
            let (k, v) = split_field(&l[dash + 2..])?;
            field(k, v, dash + 2, &mut lines, &mut e, &mut seen)?;
        }
        if seen & 1 == 0 {
            return None;
        }
        entries.push(e);
    }
    if entries.is_empty() {
        return None;
    }
    Some(entries)
}

/// Blank lines and whole-line comments carry nothing.
fn is_blank(l: &str) -> bool {
    let t = l.trim_start_matches(' ');
    t.is_empty() || t.starts_with('#')
}

fn indent(l: &str) -> usize {
    l.len() - l.trim_start_matches(' ').len()
}

/// A `key: value` or `key:` line as key and value.
fn split_field(kv: &str) -> Option<(&str, &str)> {
    match kv.split_once(": ") {
        Some((k, v)) => Some((k, v.trim_end_matches(' '))),
        None => Some((kv.strip_suffix(':')?, "")),
    }
}

/// The items of a one-line flow mapping or list, split at the commas
/// outside quotes and brackets. A quote opens a quoted scalar only where
/// a scalar starts (O'Brien is plain).
fn flow_items(inner: &str) -> Option<Vec<&str>> {
    let mut items = Vec::new();
    let (mut from, mut depth, mut quote, mut prev) = (0, 0u32, None, b',');
    for (i, b) in inner.bytes().enumerate() {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') if matches!(prev, b':' | b',' | b'[') => quote = Some(b),
            (None, b'[') => depth += 1,
            (None, b']') => depth = depth.checked_sub(1)?,
            (None, b'{' | b'}') => return None,
            (None, b',') if depth == 0 => {
                items.push(inner[from..i].trim_matches(' '));
                from = i + 1;
            }
            _ => {}
        }
        if b != b' ' {
            prev = b;
        }
    }
    if quote.is_some() || depth != 0 {
        return None;
    }
    items.push(inner[from..].trim_matches(' '));
    Some(items)
}

/// One field of an entry (with its block list, if any, when `v` is empty).
fn field<'a>(
    k: &str,
    v: &str,
    at: usize,
    lines: &mut std::iter::Peekable<impl Iterator<Item = &'a str>>,
    e: &mut Entry,
    seen: &mut u8,
) -> Option<()> {
    let bit = match k {
        "canonical" => 1,
        "accepted" => 2,
        "variants" => 4,
        "kind" => 8,
        "note" => 16,
        "except" => 32,
        "frequency" => 64,
        _ => return None,
    };
    if *seen & bit != 0 {
        return None;
    }
    *seen |= bit;
    match k {
        "canonical" => e.canonical = scalar(v, false)?,
        "note" => e.note = Some(scalar(v, false)?),
        "kind" => {
            e.kind = Some(match v {
                "person" => Kind::Person,
                "place" => Kind::Place,
                "organisation" | "organization" => Kind::Organisation,
                "group" => Kind::Group,
                _ => return None,
            })
        }
        "frequency" => e.frequency = Some(number(v)?),
        _ => {
            let list = if v.is_empty() {
                block_list(at, lines)?
            } else {
                flow_list(v)?
            };
            match k {
                "accepted" => e.accepted = list,
                "variants" => e.variants = list,
                _ => e.except = list,
            }
        }
    }
    Some(())
}

/// `- item` lines under a key, at its indentation or deeper.
fn block_list<'a>(
    at: usize,
    lines: &mut std::iter::Peekable<impl Iterator<Item = &'a str>>,
) -> Option<Vec<String>> {
    let first = lines.peek()?;
    let d = indent(first);
    if d < at || !first[d..].starts_with("- ") {
        return None;
    }
    let mut out = Vec::new();
    while let Some(l) = lines.peek() {
        if indent(l) != d || !l[d..].starts_with("- ") {
            break;
        }
        out.push(scalar(l[d + 2..].trim_end_matches(' '), false)?);
        lines.next();
    }
    Some(out)
}

/// `[a, b]` on one line.
fn flow_list(v: &str) -> Option<Vec<String>> {
    let inner = v.strip_prefix('[')?.strip_suffix(']')?;
    if inner.trim().is_empty() {
        return Some(Vec::new());
    }
    flow_items(inner)?
        .into_iter()
        .map(|s| scalar(s, true))
        .collect()
}

/// A string scalar, plain or quoted, that YAML can only read as itself.
fn scalar(v: &str, in_flow: bool) -> Option<String> {
    if let Some(q) = v.strip_prefix('"') {
        let s = q.strip_suffix('"')?;
        return (!s.contains(['"', '\\'])).then(|| s.to_string());
    }
    if let Some(q) = v.strip_prefix('\'') {
        let s = q.strip_suffix('\'')?;
        return (!s.contains('\'')).then(|| s.to_string());
    }
    if !v.chars().next()?.is_alphabetic()
        || v.contains([
            ':', '#', '"', '`', '|', '>', '@', '%', '&', '*', '!', '\t', '\r', '{', '}', '[', ']',
        ])
        || (in_flow && v.contains(','))
    {
        return None;
    }
    // Words YAML may read as a boolean or null.
    let reserved = ["yes", "no", "true", "false", "on", "off", "null", "y", "n"];
    if reserved.iter().any(|w| v.eq_ignore_ascii_case(w)) {
        return None;
    }
    Some(v.to_string())
}

/// A plain decimal count.
fn number(v: &str) -> Option<u64> {
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) || (v.len() > 1 && v.starts_with('0'))
    {
        return None;
    }
    v.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::super::ListFile;
    use super::*;

    /// The quick reader agrees with the YAML parser wherever it answers.
    fn same(yaml: &str) {
        let quick = parse(yaml).unwrap_or_else(|| panic!("not in the subset:\n{yaml}"));
        let full: ListFile = serde_yaml::from_str(yaml).expect("valid YAML");
        assert_eq!(quick, full.names, "{yaml}");
    }

    #[test]
    fn reads_the_block_shape_as_yaml_does() {
        same("names:\n- canonical: Ushakov\n  frequency: 12\n");
        same(
            "# learned\nnames:\n- canonical: Yury Ushakov\n  frequency: 3\n  # suspected: x\n\
             - canonical: \"A: B\"\n  accepted: [Yuri Ushakov, 'Yuriy  Ushakov']\n  kind: organization\n\
             \n  variants:\n  - Iouri Ouchakov\n  - O'Brien\n  note: 'aide, Kremlin'\n  except: []\n",
        );
        same(
            "names:\n- {canonical: Conan O'Brien, accepted: [Con, 'O, B'], kind: person, note: \"US: (a, b)\"}\n\
             - {canonical: Kyiv}\n- canonical: Lviv\n",
        );
        same("names:\n  - canonical: Kyiv\n    kind: place\n    variants:\n      - Kiev\n    frequency: 0\n");
    }

    #[test]
    fn reads_the_shipped_starter_lists() {
        // They are read at the start of every check that finds names.
        for (_, text) in super::super::STARTER {
            same(text);
        }
    }

    #[test]
    fn leaves_anything_else_to_the_yaml_parser() {
        for y in [
            "names:\n- {canonical: Kyiv}\n  kind: place\n",
            "names:\n- {canonical: Kyiv, kind: place\n",
            "names:\n- {canonical: Kyiv, note: {a: b}}\n",
            "names:\n- {canonical: Kyiv, kind:}\n",
            "names:\n- {kind: place}\n",
            "names:\n- canonical: Kyiv\n  colour: red\n",
            "names:\n- canonical: Kyiv\n  canonical: Kiev\n",
            "names:\n- kind: place\n",
            "names:\n- canonical: 123\n",
            "names:\n- canonical: null\n",
            "names:\n- canonical: \"a\\tb\"\n",
            "names:\n- canonical: Kyiv\n  frequency: 012\n",
            "names:\n- canonical: Kyiv\n  kind: city\n",
            "names:\n- canonical: Kyiv # the capital\n",
            "names:\n- canonical: Kyiv\n   note: x\n",
            "names:\n- canonical: Kyiv\r\n",
            "names: []\n",
            "---\nnames:\n- canonical: Kyiv\n",
        ] {
            assert!(parse(y).is_none(), "{y}");
        }
    }
}
