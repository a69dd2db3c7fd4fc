//! Vale's patterns (Go RE2, or .NET for look-arounds) as `regex` patterns.

use super::prefilter::Prefilter;
use regex::{Regex, RegexBuilder};

/// Go's `\b` and `\B` are ASCII word boundaries. Rewriting them keeps
/// Vale's meaning and lets the regex crate use its DFA on text that is
/// not all ASCII (a Unicode `\b` makes it fall back to a slower engine).
pub fn ascii_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut chars = pattern.chars();
    let mut in_class = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(b @ ('b' | 'B')) if in_class == 0 => {
                    out.push_str("(?-u:\\");
                    out.push(b);
                    out.push(')');
                }
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            },
            '[' => {
                in_class += 1;
                out.push(c);
            }
            ']' if in_class > 0 => {
                in_class -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// The prefilter of a pattern that [`build`] compiled: its syntax read
/// as the regex crate reads it.
pub fn prefilter(pattern: &str, ignorecase: bool) -> Option<Prefilter> {
    Prefilter::new(&syntax(pattern, ignorecase)?)
}

/// `pattern` parsed as [`build`] has the regex crate parse it (the same
/// syntax options), or `None` where that fails. Parsing finds every
/// error compiling does but a size limit, at a small part of the cost:
/// what a pattern compiled only to be checked needs.
pub fn syntax(pattern: &str, ignorecase: bool) -> Option<regex_syntax::hir::Hir> {
    regex_syntax::ParserBuilder::new()
        .case_insensitive(ignorecase)
        .multi_line(true)
        .build()
        .parse(&ascii_boundaries(pattern))
        .ok()
}

/// Why a pattern could not be used.
pub enum BadPattern {
    /// Look-arounds and back-references: Vale allows them, RE2 does not.
    Unsupported(String),
    Invalid(String),
}

pub fn build(pattern: &str, ignorecase: bool) -> Result<Regex, BadPattern> {
    RegexBuilder::new(&ascii_boundaries(pattern))
        .case_insensitive(ignorecase)
        .multi_line(true)
        .build()
        .map_err(|e| {
            let msg = e.to_string();
            if msg.contains("look-around") || msg.contains("backreferences") {
                BadPattern::Unsupported(
                    "uses a look-around or back-reference, which ascribe's regex engine does not support"
                        .into(),
                )
            } else {
                // The regex crate's message spans lines; the last line says what.
                BadPattern::Invalid(
                    msg.lines()
                        .rev()
                        .find(|l| !l.trim().is_empty())
                        .unwrap_or(&msg)
                        .trim()
                        .to_string(),
                )
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_boundaries_become_ascii_outside_classes() {
        assert_eq!(ascii_boundaries(r"\bfoo\B"), r"(?-u:\b)foo(?-u:\B)");
        assert_eq!(ascii_boundaries(r"[\b]\\b"), r"[\b]\\b");
    }

    #[test]
    fn lookaround_is_unsupported_not_invalid() {
        assert!(matches!(
            build("a(?!b)", false),
            Err(BadPattern::Unsupported(_))
        ));
        assert!(matches!(build("a(b", false), Err(BadPattern::Invalid(_))));
    }

    #[test]
    fn patterns_parse_where_they_compile() {
        for p in [
            "a(b",
            "a(?!b)",
            r"(\w+) \1",
            "[z-a]",
            "x{2,1}",
            r"\bfoo\B",
            "(?i)é",
            r"\p{Greek}",
            "a|",
            "((a)|b)+",
            r"(?-u:\xff)",
            "[[:alpha:]]",
            r"\Qx",
            "*a",
            "(?P<n>a)(?P<n>b)",
        ] {
            for ic in [false, true] {
                let parsed = syntax(p, ic).is_some();
                assert_eq!(parsed, build(p, ic).is_ok(), "{p:?} {ic}");
                if let (Some(h), Ok(re)) = (syntax(p, ic), build(p, ic)) {
                    assert_eq!(
                        h.properties().explicit_captures_len() + 1,
                        re.captures_len()
                    );
                }
            }
        }
    }
}
