//! What each quotation-mark glyph is doing: opening, closing, or not
//! quoting at all (an apostrophe, a prime).

use super::conventions::{Conventions, Family, Glyph, Level, Role};
use super::token::{Picked, Token, TokenKind};
use crate::span::Span;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MarkRole {
    Open,
    Close,
    /// A straight mark whose neighbours do not say (`a"b`, ` " `): it
    /// closes an open quotation, or else opens one.
    Either,
    /// An apostrophe: ’90s, ’em, rock ’n’ roll.
    Apostrophe,
    /// An inch or minute mark: 5'10".
    Prime,
}

/// One quotation-mark glyph in the text and its role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Mark {
    pub span: Span,
    pub glyph: Glyph,
    pub level: Level,
    pub role: MarkRole,
    /// A closing mark that may as well be no quotation mark at all: a
    /// plural possessive (the Joneses’ house) or an inch mark (24" wide).
    /// It closes a quotation that is open and is ignored otherwise.
    pub weak: bool,
    /// An opening glyph standing where a closing mark belongs, glued to
    /// the end of a word (`“rapists“ while`): it closes an open quotation
    /// of its own style, as a wrong mark, rather than opening one.
    pub backwards: bool,
    /// A closing glyph standing where an opening mark belongs, glued to
    /// the start of a word (`”Fear is all I feel.”`, as scraped and
    /// retyped copy has it): it opens a quotation, as a wrong mark, when
    /// none of its level is open, rather than closing nothing.
    pub forwards: bool,
    /// Inside an HTML tag left in the text (an attribute's quotes).
    pub in_markup: bool,
    /// Index of the block holding the mark.
    pub block: u32,
    /// Index into the document's tokens.
    pub token: u32,
}

impl Mark {
    /// The style of quotation the mark opens or closes: its glyph's
    /// family, but for “ and ‘ as closing marks, which only the languages
    /// that open with low marks have („…“, ‚…‘): they close the low style.
    pub fn style(&self) -> Family {
        match self.glyph {
            Glyph::CurlyDoubleLeft | Glyph::CurlySingleLeft if self.role == MarkRole::Close => {
                Family::Low
            }
            g => g.family(),
        }
    }
}

fn prev_char(text: &str, at: usize, floor: usize) -> Option<char> {
    if at <= floor {
        return None;
    }
    text[floor..at].chars().next_back()
}

fn next_char(text: &str, at: usize, ceil: usize) -> Option<char> {
    if at >= ceil {
        return None;
    }
    text[at..ceil].chars().next()
}

/// Whitespace, the block edge, or punctuation that comes before an opening mark.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '['
                        | '{'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | '“'
                        | '‘'
                        | '"'
                        | '\''
                        | '`'
                        | '«'
                        | '„'
                        | '‚'
                        | '‹'
                        | '「'
                        | '『'
                        | '*'
                        | '_'
                )
        }
    }
}

/// Whitespace, the block edge, or punctuation that comes after a closing mark.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | '”'
                        | '’'
                        | '"'
                        | '\''
                        | '»'
                        | '“'
                        | '›'
                        | '…'
                        | '*'
                        | '_'
                )
        }
    }
}

/// Quotation marks read in one paragraph, at most. Real paragraphs hold
/// a few dozen (15 at most in 840 PolNeAR articles); one with thousands is
/// pasted garbage, and its marks past this many are left unread, so that
/// pairing and attribution cost no more than a paragraph's worth.
pub const MAX_MARKS_PER_BLOCK: usize = 256;

/// Classifies the quote tokens of one block (`picked.tokens` are that
/// block's; only those `picked` lists, its marks and brackets, are read).
pub fn classify(
    text: &str,
    picked: Picked<'_>,
    block_span: Span,
    block: u32,
    first_token: u32,
    lang: &Conventions,
    out: &mut Vec<Mark>,
) {
    let (floor, ceil) = (block_span.start as usize, block_span.end as usize);
    let mut last_prime = false;
    let mut kept = 0;
    let first_mark = out.len();
    // Tags and marks are both in text order: the tag that may hold a mark
    // is found by moving on, not by searching every tag for every mark.
    let mut tag = 0;
    // A byte search: core's char search walks the block a byte at a time.
    let tags = if memchr::memchr(b'<', text[block_span.range()].as_bytes()).is_some() {
        super::token::tag_spans(text, block_span)
    } else {
        Vec::new()
    };
    let tokens = picked.tokens;
    for (k, tok) in picked.iter() {
        let Some(glyph) = tok.quote() else {
            continue;
        };
        let Some(spec) = lang.mark(glyph) else {
            continue;
        };
        if kept == MAX_MARKS_PER_BLOCK {
            break;
        }
        kept += 1;
        let (s, e) = (tok.span.start as usize, tok.span.end as usize);
        let before = prev_char(text, s, floor);
        let after = next_char(text, e, ceil);
        let digit_before = before.is_some_and(|c| c.is_ascii_digit());
        let digit_after = after.is_some_and(|c| c.is_ascii_digit());
        let mut weak = false;
        let mut backwards = false;
        let mut forwards = false;
        let prime = (glyph == Glyph::StraightSingle && digit_before && digit_after)
            || (glyph == Glyph::StraightDouble && digit_before && last_prime);
        while tags.get(tag).is_some_and(|t| t.end < tok.span.end) {
            tag += 1;
        }
        let in_markup = tags.get(tag).is_some_and(|t| t.contains(tok.span));
        let role = if in_markup && spec.role == Role::Either {
            // Attribute values (`pic=""`) simply alternate.
            MarkRole::Either
        } else if prime {
            MarkRole::Prime
        } else if lang.is_apostrophe(glyph) && is_apostrophe(text, tokens, k, before, after, lang) {
            MarkRole::Apostrophe
        } else {
            let context = match (opens_after(before), closes_before(after)) {
                (true, false) => Some(Role::Open),
                (false, true) => Some(Role::Close),
                _ => None,
            };
            match (spec.role, context) {
                (Role::Open, context) => {
                    backwards = context == Some(Role::Close);
                    MarkRole::Open
                }
                // “ where an opening mark stands, in a language that
                // closes with it („…“): the English opening mark, typed in
                // place of „. It opens, so that “…“ is one quotation
                // with a wrong opening mark, not two closers of nothing.
                (Role::Close, Some(Role::Open)) if glyph == Glyph::CurlyDoubleLeft => {
                    MarkRole::Open
                }
                (Role::Close, context) => {
                    // ” where “ belongs, in a language that opens with “.
                    forwards = context == Some(Role::Open)
                        && glyph == Glyph::CurlyDoubleRight
                        && lang
                            .mark(Glyph::CurlyDoubleLeft)
                            .is_some_and(|m| m.role == Role::Open);
                    weak = lang.is_apostrophe(glyph)
                        || (glyph == Glyph::StraightDouble && digit_before);
                    MarkRole::Close
                }
                (Role::Either, Some(Role::Open)) => MarkRole::Open,
                (Role::Either, Some(Role::Close)) => {
                    weak = lang.is_apostrophe(glyph)
                        || (glyph == Glyph::StraightDouble && digit_before);
                    MarkRole::Close
                }
                (Role::Either, _) => {
                    if lang.is_apostrophe(glyph) {
                        // A lone straight ' between spaces quotes nothing.
                        MarkRole::Apostrophe
                    } else {
                        MarkRole::Either
                    }
                }
            }
        };
        last_prime = role == MarkRole::Prime;
        out.push(Mark {
            span: tok.span,
            glyph,
            level: spec.level,
            role,
            weak,
            backwards,
            forwards,
            in_markup,
            block,
            token: first_token + k as u32,
        });
    }
    super::odd_marks::settle(text, floor, lang, &mut out[first_mark..]);
}

/// An apostrophe by its neighbours: inside a word (1990’s), before a year
/// (’90s) or an elided word (’em, ’n’).
fn is_apostrophe(
    text: &str,
    tokens: &[Token],
    k: usize,
    before: Option<char>,
    after: Option<char>,
    lang: &Conventions,
) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if alnum(before) && alnum(after) {
        return true;
    }
    if after.is_some_and(|c| c.is_ascii_digit()) {
        // ’90s, ’08: a two-digit year.
        if let Some(next) = tokens.get(k + 1) {
            let t = next.text(text);
            let digits = t.chars().take_while(char::is_ascii_digit).count();
            return digits == 2;
        }
    }
    if !alnum(after) {
        // "rock ’n’ roll": the second mark closes the elision.
        if let (Some(prev), Some(prev2)) = (
            k.checked_sub(1).map(|p| tokens[p]),
            k.checked_sub(2).map(|p| tokens[p]),
        ) {
            if prev.is_word()
                && lang.elisions.contains(&prev.text(text).to_lowercase())
                && prev.span.end == tokens[k].span.start
                && matches!(prev2.kind(), TokenKind::Quote(_))
                && prev2.span.end == prev.span.start
            {
                return true;
            }
        }
        return false;
    }
    match tokens.get(k + 1) {
        Some(next) if next.is_word() && next.span.start == tokens[k].span.end => {
            let w = next.text(text).to_lowercase();
            lang.elisions.contains(&w) && !alnum(before)
        }
        _ => false,
    }
}
