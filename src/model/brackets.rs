//! Pairing ( ) [ ] { } inside one block.

use super::token::{Bracket, Token, TokenKind};
use crate::span::Span;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum BracketProblem {
    /// An opening bracket never closed in its paragraph.
    Unclosed { at: Span, bracket: char },
    /// A closing bracket with nothing to close.
    Unopened { at: Span, bracket: char },
}

impl BracketProblem {
    pub fn span(&self) -> Span {
        match self {
            BracketProblem::Unclosed { at, .. } | BracketProblem::Unopened { at, .. } => *at,
        }
    }
}

fn open_char(b: Bracket) -> char {
    match b {
        Bracket::Round => '(',
        Bracket::Square => '[',
        Bracket::Curly => '{',
    }
}

fn close_char(b: Bracket) -> char {
    match b {
        Bracket::Round => ')',
        Bracket::Square => ']',
        Bracket::Curly => '}',
    }
}

/// "1)" or "a)" starting a line, or after `;`/`:` in a run-in list.
fn is_list_marker(text: &str, tokens: &[Token], k: usize, floor: usize) -> bool {
    let Some(prev) = k.checked_sub(1).map(|p| tokens[p]) else {
        return false;
    };
    if prev.span.end != tokens[k].span.start {
        return false;
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
    if !short {
        return false;
    }
    let start = prev.span.start as usize;
    let before = text[floor..start].trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with(['\n', ';', ':', ','])
}

pub fn check(text: &str, tokens: &[Token], block_span: Span, out: &mut Vec<BracketProblem>) {
    let floor = block_span.start as usize;
    let mut stack: Vec<(Bracket, Span)> = Vec::new();
    for (k, tok) in tokens.iter().enumerate() {
        if !tok.is_bracket() {
            continue;
        }
        if let Some(b) = tok.open() {
            stack.push((b, tok.span));
        } else if let Some(b) = tok.close() {
            if let Some(pos) = stack.iter().rposition(|(o, _)| *o == b) {
                for (o, at) in stack.drain(pos + 1..) {
                    out.push(BracketProblem::Unclosed {
                        at,
                        bracket: open_char(o),
                    });
                }
                stack.pop();
            } else if !(b == Bracket::Round && is_list_marker(text, tokens, k, floor)) {
                out.push(BracketProblem::Unopened {
                    at: tok.span,
                    bracket: close_char(b),
                });
            }
        }
    }
    for (o, at) in stack {
        out.push(BracketProblem::Unclosed {
            at,
            bracket: open_char(o),
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
        check(text, &toks, Span::new(0, text.len()), &mut out);
        out.iter()
            .map(|p| match p {
                BracketProblem::Unclosed { at, .. } => format!("unclosed@{}", at.start),
                BracketProblem::Unopened { at, .. } => format!("unopened@{}", at.start),
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
    fn crossed_brackets() {
        assert_eq!(problems("a (b [c) d"), ["unclosed@5"]);
    }
}
