//! A token packed in twelve bytes: its kind, span and (for words) the
//! signature the word lists test first. The lexer in `token.rs` makes them.

use super::super::conventions::Glyph;
use super::super::sig::Sig;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bracket {
    Round,
    Square,
    Curly,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits, with inner apostrophes and hyphens (don't, U.S.-led is U . S . -led).
    Word,
    /// Digits with inner `.`, `,` or `:` (1,000.5; 10:30).
    Number,
    /// A quotation-mark glyph; whether it quotes is decided later.
    Quote(Glyph),
    Open(Bracket),
    Close(Bracket),
    /// A web address; never prose.
    Url,
    /// `:)` and friends; their brackets never pair.
    Emoticon,
    /// One punctuation or symbol character.
    Punct(char),
}

/// A token packed in twelve bytes: its span, and one word that holds the
/// kind in its top three bits and, below them, the word's signature, the
/// punctuation character, or the glyph or bracket. A long article has a
/// token per five bytes of text, so the token vector is the model's
/// largest part: at twenty bytes a token (the enum alone took eight) it
/// was four times the size of the text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    bits: u32,
}

const TAG_SHIFT: u32 = 29;
const PAYLOAD: u32 = (1 << TAG_SHIFT) - 1;
const WORD: u32 = 0;
const NUMBER: u32 = 1;
const QUOTE: u32 = 2;
const OPEN: u32 = 3;
const CLOSE: u32 = 4;
const URL: u32 = 5;
const EMOTICON: u32 = 6;
const PUNCT: u32 = 7;
pub(super) const BRACKETS: [Bracket; 3] = [Bracket::Round, Bracket::Square, Bracket::Curly];

/// A punctuation character's 21 bits, laid around the signature's length
/// (bits 10–13) and flags (19, 20): other tokens than words must read as
/// signatures of length zero with no flags, which no word-list shape or
/// flag test accepts, so the scans over every token need no kind test.
const fn pack_char(c: char) -> u32 {
    let c = c as u32;
    (c & 0x3ff) | (c >> 10 & 0x1f) << 14 | (c >> 15) << 21
}

const fn unpack_char(p: u32) -> u32 {
    (p & 0x3ff) | (p >> 14 & 0x1f) << 10 | (p >> 21 & 0x3f) << 15
}

impl Token {
    /// A token of kind `kind`; `sig` is kept for words only (other tokens
    /// carry the empty signature).
    #[inline]
    pub fn new(span: Span, kind: TokenKind, sig: Sig) -> Token {
        let bits = match kind {
            TokenKind::Word => {
                debug_assert_eq!(sig.bits() & !PAYLOAD, 0);
                sig.bits()
            }
            TokenKind::Number => NUMBER << TAG_SHIFT,
            TokenKind::Quote(g) => QUOTE << TAG_SHIFT | g as u32,
            TokenKind::Open(b) => OPEN << TAG_SHIFT | b as u32,
            TokenKind::Close(b) => CLOSE << TAG_SHIFT | b as u32,
            TokenKind::Url => URL << TAG_SHIFT,
            TokenKind::Emoticon => EMOTICON << TAG_SHIFT,
            TokenKind::Punct(c) => PUNCT << TAG_SHIFT | pack_char(c),
        };
        Token { span, bits }
    }

    /// The token of kind `kind` read as `t` at byte `start`, with its
    /// signature when it is a word.
    pub(super) fn read(start: usize, kind: TokenKind, t: &str) -> Token {
        let sig = if kind == TokenKind::Word {
            Sig::of(t.as_bytes())
        } else {
            Sig::default()
        };
        Token::new(Span::new(start, start + t.len()), kind, sig)
    }

    #[inline]
    pub fn kind(self) -> TokenKind {
        let p = self.bits & PAYLOAD;
        match self.bits >> TAG_SHIFT {
            WORD => TokenKind::Word,
            NUMBER => TokenKind::Number,
            QUOTE => TokenKind::Quote(Glyph::ALL[p as usize]),
            OPEN => TokenKind::Open(BRACKETS[p as usize]),
            CLOSE => TokenKind::Close(BRACKETS[p as usize]),
            URL => TokenKind::Url,
            EMOTICON => TokenKind::Emoticon,
            _ => TokenKind::Punct(
                char::from_u32(unpack_char(p)).unwrap_or(char::REPLACEMENT_CHARACTER),
            ),
        }
    }

    /// The punctuation character, if the token is one: cheaper than
    /// matching on `kind()` in the scans over every token.
    #[inline]
    pub fn punct(self) -> Option<char> {
        if self.bits >> TAG_SHIFT == PUNCT {
            char::from_u32(unpack_char(self.bits))
        } else {
            None
        }
    }

    #[inline]
    pub fn quote(self) -> Option<Glyph> {
        (self.bits >> TAG_SHIFT == QUOTE).then(|| Glyph::ALL[(self.bits & PAYLOAD) as usize])
    }

    #[inline]
    pub fn open(self) -> Option<Bracket> {
        (self.bits >> TAG_SHIFT == OPEN).then(|| BRACKETS[(self.bits & PAYLOAD) as usize])
    }

    #[inline]
    pub fn close(self) -> Option<Bracket> {
        (self.bits >> TAG_SHIFT == CLOSE).then(|| BRACKETS[(self.bits & PAYLOAD) as usize])
    }

    /// An opening or closing bracket: one test for the scans that skip
    /// every other token.
    #[inline]
    pub fn is_bracket(self) -> bool {
        (self.bits >> TAG_SHIFT).wrapping_sub(OPEN) <= CLOSE - OPEN
    }

    /// A quotation mark or a bracket: what the block passes after the
    /// lexer read (see [`Picked`]). The three kinds' tags follow each other.
    #[inline]
    pub fn is_mark_or_bracket(self) -> bool {
        (self.bits >> TAG_SHIFT).wrapping_sub(QUOTE) <= CLOSE - QUOTE
    }

    #[inline]
    pub fn is_number(self) -> bool {
        self.bits >> TAG_SHIFT == NUMBER
    }

    /// For words, what later look-ups test first; empty for other tokens.
    /// Branch-free, for the scans that gather verdicts in bit masks.
    #[inline]
    pub fn sig(self) -> Sig {
        let word = u32::from(self.bits >> TAG_SHIFT == WORD).wrapping_neg();
        Sig::from_bits(self.bits & word)
    }

    #[inline]
    pub fn text(self, source: &str) -> &str {
        self.span.text(source)
    }

    /// `sig()` without the kind test, for the scans over every token: for
    /// other tokens than words it is a signature of length zero with no
    /// flags (see `pack_char`), which word-list shapes and flag tests turn
    /// away as they do the empty one.
    #[inline]
    pub(crate) fn word_sig(self) -> Sig {
        Sig::from_bits(self.bits)
    }

    #[inline]
    pub fn is_word(self) -> bool {
        self.bits >> TAG_SHIFT == WORD
    }

    #[inline]
    pub fn is_punct(self, c: char) -> bool {
        self.bits == PUNCT << TAG_SHIFT | pack_char(c)
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("span", &self.span)
            .field("kind", &self.kind())
            .field("sig", &self.sig())
            .finish()
    }
}

/// A block's tokens with the indices, among them, of those a pass reads:
/// the passes over quotation marks and brackets visit a few tokens in
/// thirty, and each walked every token to find them. The indices are
/// listed once, for both. (A branch per token, which is seldom taken,
/// costs less here than writing every index and moving on past the kept.)
#[derive(Clone, Copy)]
pub struct Picked<'a> {
    pub tokens: &'a [Token],
    pub at: &'a [u32],
}

impl<'a> Picked<'a> {
    /// The quotation marks and brackets of `tokens`, listed into `buf`.
    pub fn marks_and_brackets(tokens: &'a [Token], buf: &'a mut Vec<u32>) -> Picked<'a> {
        buf.clear();
        buf.extend(
            tokens
                .iter()
                .enumerate()
                .filter(|(_, t)| t.is_mark_or_bracket())
                .map(|(k, _)| k as u32),
        );
        Picked { tokens, at: buf }
    }

    /// Each listed token with its index.
    pub fn iter(self) -> impl Iterator<Item = (usize, Token)> + 'a {
        let tokens = self.tokens;
        self.at
            .iter()
            .map(move |&k| (k as usize, tokens[k as usize]))
    }
}
