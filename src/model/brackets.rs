//! Pairing ( ) [ ] { } inside one block.

use super::token::{Bracket, Picked, Token, TokenKind};
use crate::span::Span;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum BracketProblem {
    /// An opening bracket never closed in its paragraph.
    Unclosed { at: Span, bracket: char },
    /// A closing bracket with nothing to close.
    Unopened { at: Span, bracket: char },
    /// A closing bracket of the other width than the opening one it
    /// closes: `（…)`, `(…）`.
    Mismatched { at: Span, open: char, close: char },
}

impl BracketProblem {
    pub fn span(&self) -> Span {
        match self {
            BracketProblem::Unclosed { at, .. }
            | BracketProblem::Unopened { at, .. }
            | BracketProblem::Mismatched { at, .. } => *at,
        }
    }
}

/// The bracket as written at `at`: ASCII or full-width.
fn first_char(text: &str, at: Span) -> char {
    text[at.start as usize..].chars().next().unwrap_or('?')
}

/// The label of "1)" or "a)" if closer `k` ends one: a number of up to
/// three digits, one letter, or a lower-case roman numeral, touching it.
fn short_label<'t>(text: &'t str, tokens: &[Token], k: usize) -> Option<&'t str> {
    let prev = tokens[k.checked_sub(1)?];
    if prev.span.end != tokens[k].span.start {
        return None;
    }
    let label = prev.text(text);
    let short = match prev.kind() {
        TokenKind::Number => label.len() <= 3,
        TokenKind::Word => {
            label.chars().count() <= 4
                && label
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || "ivxIVX".contains(c))
                || label.chars().count() == 1
        }
        _ => false,
    };
    short.then_some(label)
}

/// Does a label at byte `start` begin a list item: a line, or a run-in
/// list's item after `;`, `:` or `,`?
fn starts_item(text: &str, start: usize, floor: usize) -> bool {
    let before = text[floor..start].trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with(['\n', ';', ':', ','])
}

const ROMAN: [&str; 10] = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

/// Where label `l` stands in its series: 1) 2) 3), a) b) c), i) ii) iii).
fn rank(l: &str) -> Option<(u8, u32)> {
    if let Ok(n) = l.parse::<u32>() {
        return Some((0, n));
    }
    let lower = l.to_ascii_lowercase();
    // "i" and "v" may be letters as well: `in_series` tries both.
    match ROMAN.iter().position(|r| *r == lower) {
        Some(r) => Some((1, r as u32)),
        None => letter(l),
    }
}

fn letter(l: &str) -> Option<(u8, u32)> {
    let mut cs = l.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) if c.is_alphabetic() => Some((2, c as u32)),
        _ => None,
    }
}

/// Is this the first label of a series: 1, a, A or i?
fn starts_series(l: &str) -> bool {
    matches!(rank(l), Some((0, 1)) | Some((1, 0)))
        || matches!(letter(l), Some((2, c)) if c == 'a' as u32 || c == 'A' as u32)
}

/// The bracket problems of one block (`picked.tokens` are that block's;
/// only those `picked` lists, its marks and brackets, are read).
pub fn check(text: &str, picked: Picked<'_>, block_span: Span, out: &mut Vec<BracketProblem>) {
    // Most paragraphs hold no bracket: nothing to set up.
    if !picked.iter().any(|(_, t)| t.is_bracket()) {
        return;
    }
    let tokens = picked.tokens;
    let floor = block_span.start as usize;
    let mut stack: Vec<(Bracket, Span)> = Vec::new();
    // Stray ")" after a short label, held back: an enumeration inside a
    // sentence ("two reasons: 1) ... and 2) ...") is no bracket error
    // wherever its labels stand, once a label follows on from another.
    let mut labelled: Vec<(Span, &str)> = Vec::new();
    // Labels of the list markers, which a held-back label may follow on.
    let mut markers: Vec<&str> = Vec::new();
    // How many of each kind are open: a closer with none of its kind open
    // is told so at once, and one that finds its opener closes everything
    // above it, so the stack is searched in linear time overall.
    let mut open = [0usize; 3];
    let slot = |b: Bracket| match b {
        Bracket::Round => 0,
        Bracket::Square => 1,
        Bracket::Curly => 2,
    };
    for (k, tok) in picked.iter() {
        if !tok.is_bracket() {
            continue;
        }
        if let Some(b) = tok.open() {
            stack.push((b, tok.span));
            open[slot(b)] += 1;
        } else if let Some(b) = tok.close() {
            let found = if open[slot(b)] > 0 {
                stack.iter().rposition(|(o, _)| *o == b)
            } else {
                None
            };
            if let Some(pos) = found {
                for (o, at) in stack.drain(pos + 1..) {
                    open[slot(o)] -= 1;
                    out.push(BracketProblem::Unclosed {
                        at,
                        bracket: first_char(text, at),
                    });
                }
                if let Some((_, at)) = stack.pop() {
                    let (o, c) = (first_char(text, at), first_char(text, tok.span));
                    if o.is_ascii() != c.is_ascii() {
                        out.push(BracketProblem::Mismatched {
                            at: tok.span,
                            open: o,
                            close: c,
                        });
                    }
                }
                open[slot(b)] -= 1;
            } else if let Some(label) = (b == Bracket::Round)
                .then(|| short_label(text, tokens, k))
                .flatten()
            {
                // "1)" or "a)": a list marker, or a label held back.
                if starts_item(text, tokens[k - 1].span.start as usize, floor) {
                    markers.push(label);
                } else {
                    labelled.push((tok.span, label));
                }
            } else {
                out.push(BracketProblem::Unopened {
                    at: tok.span,
                    bracket: first_char(text, tok.span),
                });
            }
        }
    }
    // Where every label stands in its series, looked up rather than
    // compared pairwise (a paragraph of "1)1)1)…" was quadratic).
    let places: std::collections::HashSet<(u8, u32)> = labelled
        .iter()
        .map(|&(_, l)| l)
        .chain(markers.iter().copied())
        .flat_map(|l| [rank(l), letter(l)])
        .flatten()
        .collect();
    let neighbour = |p: Option<(u8, u32)>| {
        p.is_some_and(|(s, n)| {
            places.contains(&(s, n + 1)) || (n > 0 && places.contains(&(s, n - 1)))
        })
    };
    for &(at, label) in &labelled {
        let series = neighbour(rank(label)) || neighbour(letter(label));
        // "Steps: 1) go a) stop.": a lone label that begins a series (a,
        // 1, i) opens a list run into the sentence.
        let opens_series = labelled.len() == 1 && starts_series(label);
        if !series && !opens_series {
            out.push(BracketProblem::Unopened { at, bracket: ')' });
        }
    }
    for (_, at) in stack {
        out.push(BracketProblem::Unclosed {
            at,
            bracket: first_char(text, at),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::token::tokenize;

    fn problems(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        let mut out = Vec::new();
        let mut buf = Vec::new();
        let picked = Picked::marks_and_brackets(&toks, &mut buf);
        check(text, picked, Span::new(0, text.len()), &mut out);
        out.iter()
            .map(|p| match p {
                BracketProblem::Unclosed { at, .. } => format!("unclosed@{}", at.start),
                BracketProblem::Unopened { at, .. } => format!("unopened@{}", at.start),
                BracketProblem::Mismatched { at, .. } => format!("mismatched@{}", at.start),
            })
            .collect()
    }

    #[test]
    fn caption_with_stray_closer_and_unclosed_opener() {
        let t = "Xi (not seen). Photo by A / AFP) (Photo by B via Getty";
        assert_eq!(problems(t), ["unopened@31", "unclosed@33"]);
    }

    #[test]
    fn list_markers_and_emoticons_are_not_brackets() {
        assert!(problems("1) first\n2) second; a) third :) [ok]").is_empty());
    }

    #[test]
    fn an_enumeration_inside_a_sentence_is_no_bracket_error() {
        assert!(problems("for two reasons: 1) cost and 2) time").is_empty());
        assert!(problems("“She 1) saw it, 2) said so, and 3) left,” he said.").is_empty());
        assert!(problems("options a) stay or b) go").is_empty());
        assert!(problems("steps i) wait and ii) see").is_empty());
        // A lone label, or labels out of series, are still stray closers.
        assert_eq!(problems("the cost 2) was high"), ["unopened@10"]);
        assert_eq!(
            problems("see 1) here and 3) there"),
            ["unopened@5", "unopened@17"]
        );
        // A real bracket error beside a series is still reported.
        assert_eq!(problems("x 1) and 2) then (open"), ["unclosed@17"]);
        // A list begun inside a list: "a)" starts a series of its own.
        assert!(problems("Steps: 1) go a) stop.").is_empty());
        assert_eq!(problems("one b) two"), ["unopened@5"]);
    }

    #[test]
    fn many_labels_are_judged_in_linear_time() {
        // Each label has a neighbour: none reported, and quickly.
        let t = (1..1000)
            .map(|n| format!("x {n}) "))
            .collect::<String>()
            .repeat(20);
        assert!(problems(&t).is_empty());
        let t = "x 7) ".repeat(20_000);
        assert_eq!(problems(&t).len(), 20_000);
    }

    #[test]
    fn crossed_brackets() {
        assert_eq!(problems("a (b [c) d"), ["unclosed@5"]);
    }
}
