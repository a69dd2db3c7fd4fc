//! The lexer: prose → words, numbers, punctuation and marks, with spans.
//!
//! Whitespace is not kept: two tokens with a gap between their spans were
//! separated by whitespace (or by Markdown syntax that is not prose).

mod ascii;
mod packed;

#[cfg(test)]
use packed::BRACKETS;
pub use packed::{Bracket, Picked, Token, TokenKind};

use super::conventions::Glyph;
use super::sig::Sig;
use crate::span::Span;
use ascii::{ascii_word_end, looks_like_url, ALNUM, ALPHA, CLASS, SPACE};
use nom::bytes::complete::{tag, take_while, take_while1};
use nom::character::complete::{anychar, satisfy};
use nom::combinator::{opt, recognize};
use nom::multi::many0_count;
use nom::sequence::pair;
use nom::{IResult, Parser};

/// `char::is_alphanumeric`, answered at once for the General Punctuation
/// block (curly quotes, dashes, the ellipsis): most of the non-ASCII
/// characters in news copy, where the Unicode table search costs some
/// hundreds of instructions a character. The block holds no letter or
/// digit (see the test).
#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '\u{2011}')
}

/// A word: letters and digits, joined by single inner apostrophes or hyphens.
///
/// Hand-rolled rather than composed from combinators: words are most of
/// the text, and this loop keeps ASCII on a byte fast path.
fn word(input: &str) -> IResult<&str, &str> {
    let bytes = input.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    loop {
        let run = i;
        i = alnum_run(input, i);
        if i == run {
            break;
        }
        // A joiner counts only between two alphanumerics.
        let joiner = match bytes.get(i) {
            Some(b'\'' | b'-') => 1,
            Some(&b) if b >= 0x80 => input[i..]
                .chars()
                .next()
                .filter(|&c| is_joiner(c))
                .map_or(0, char::len_utf8),
            _ => 0,
        };
        if joiner == 0 || i + joiner >= n || alnum_run(input, i + joiner) == i + joiner {
            break;
        }
        i += joiner;
    }
    if i == 0 {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Alpha,
        )));
    }
    Ok((&input[i..], &input[..i]))
}

/// End of the run of letters and digits starting at byte `i`.
#[inline]
fn alnum_run(input: &str, mut i: usize) -> usize {
    let bytes = input.as_bytes();
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() {
            i += 1;
        } else if b < 0x80 {
            break;
        } else {
            match input[i..].chars().next() {
                Some(c) if is_alnum(c) => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

fn number(input: &str) -> IResult<&str, &str> {
    recognize(pair(
        take_while1(|c: char| c.is_ascii_digit()),
        many0_count(pair(
            satisfy(|c| matches!(c, '.' | ',' | ':')),
            take_while1(|c: char| c.is_ascii_digit()),
        )),
    ))
    .parse(input)
}

fn url(input: &str) -> IResult<&str, &str> {
    let (_, _) = nom::branch::alt((tag("https://"), tag("http://"), tag("www."))).parse(input)?;
    // An address ends at a character it cannot hold (RFC 3986 leaves out
    // `"`, `<` and `>`): `<a href="http://x.org">` closes its attribute.
    let (rest, raw) =
        take_while1(|c: char| !c.is_whitespace() && !matches!(c, '"' | '<' | '>' | '“' | '”'))
            .parse(input)?;
    // Trailing sentence punctuation belongs to the prose, not the address;
    // a closing bracket does too unless it closes one the address left
    // open before it: "(see https://x.org/Name_(film))" keeps one ")".
    // Depths are counted once and updated from the end, so that a run of
    // closing brackets costs its length, not its square.
    let depth = |o: u8, c: u8| {
        raw.bytes()
            .fold(0isize, |d, b| d + (b == o) as isize - (b == c) as isize)
    };
    // Opened minus closed in `raw[..i]`, for the `i` being looked at.
    let (mut round, mut square) = (depth(b'(', b')'), depth(b'[', b']'));
    let mut keep = raw.len();
    for (i, c) in raw.char_indices().rev() {
        // Leave out `c` itself: the depth before it.
        match c {
            ')' => round += 1,
            ']' => square += 1,
            _ => {}
        }
        let trailing = matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '”' | '’'
        ) || (c == ')' && round <= 0)
            || (c == ']' && square <= 0);
        if !trailing {
            break;
        }
        keep = i;
    }
    if keep == 0 {
        return Ok((rest, raw));
    }
    Ok((&input[keep..], &raw[..keep]))
}

fn emoticon(input: &str) -> IResult<&str, &str> {
    let (rest, e) = recognize((
        satisfy(|c| matches!(c, ':' | ';' | '=')),
        opt(satisfy(|c| matches!(c, '-' | '\'' | 'o'))),
        satisfy(|c| {
            matches!(
                c,
                ')' | '(' | 'D' | 'P' | 'p' | '[' | ']' | '|' | '/' | '\\'
            )
        }),
    ))
    .parse(input)?;
    // Only when it stands alone: "(see note:)" is not a smiley.
    match rest.chars().next() {
        None => Ok((rest, e)),
        Some(c)
            if c.is_whitespace()
                || matches!(c, '.' | ',' | '!' | '?' | '"' | '”' | '’' | '\'' | '»') =>
        {
            Ok((rest, e))
        }
        Some(_) => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// Spans of HTML or XML tags left in plain text (`<tweet id="1">`): their
/// attribute quotes pair like any others, but are not the article's style.
pub fn tag_spans(text: &str, within: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let hay = &text[within.range()];
    let mut from = 0;
    // Once a comment opened with no `-->` after it, none later has one:
    // each is not looked for again (a run of `<!--` was quadratic).
    let mut comments_close = true;
    while let Some(i) = memchr::memchr(b'<', &hay.as_bytes()[from..]) {
        let at = from + i;
        match markup(&hay[at..], &mut comments_close) {
            Ok((rest, _)) => {
                let end = hay.len() - rest.len();
                out.push(Span::new(
                    within.start as usize + at,
                    within.start as usize + end,
                ));
                from = end;
            }
            Err(_) => from = at + 1,
        }
    }
    out
}

/// `<name ...>`, `</name>` or `<!-- ... -->` in one block: a tag may be
/// wrapped onto a second line, as scraped embeds are.
/// `comments_close` is cleared when a comment finds no end.
fn markup<'a>(input: &'a str, comments_close: &mut bool) -> IResult<&'a str, &'a str> {
    if let Some(body) = input.strip_prefix("<!--") {
        if *comments_close {
            match memchr::memmem::find(body.as_bytes(), b"-->") {
                Some(end) => {
                    let len = 4 + end + 3;
                    return Ok((&input[len..], &input[..len]));
                }
                None => *comments_close = false,
            }
        }
    }
    let (rest, m) = recognize((
        tag("<"),
        opt(tag("/")),
        satisfy(|c: char| c.is_ascii_alphabetic()),
        take_while(|c: char| c != '>' && c != '<'),
        tag(">"),
    ))
    .parse(input)?;
    if m.len() > 1000 {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::TooLarge,
        )));
    }
    Ok((rest, m))
}

/// One token, or whitespace (`None`), from the front of `input`.
fn token(input: &str) -> IResult<&str, Option<(TokenKind, &str)>> {
    let first = input
        .chars()
        .next()
        .expect("token() is called on non-empty input");
    if first.is_whitespace() {
        let (rest, _) = take_while(char::is_whitespace).parse(input)?;
        return Ok((rest, None));
    }
    if matches!(first, 'h' | 'w') {
        if let Ok((rest, u)) = url(input) {
            return Ok((rest, Some((TokenKind::Url, u))));
        }
    }
    if first.is_ascii_digit() {
        let (rest, n) = number(input)?;
        // "1990s", "3rd", "9/11"-style runs: letters straight after digits make a word.
        if rest.starts_with(char::is_alphabetic) {
            let (rest, w) = word(input)?;
            return Ok((rest, Some((TokenKind::Word, w))));
        }
        return Ok((rest, Some((TokenKind::Number, n))));
    }
    if is_alnum(first) {
        let (rest, w) = word(input)?;
        return Ok((rest, Some((TokenKind::Word, w))));
    }
    if matches!(first, ':' | ';' | '=') {
        if let Ok((rest, e)) = emoticon(input) {
            return Ok((rest, Some((TokenKind::Emoticon, e))));
        }
    }
    if let Some(after) = input.strip_prefix("'''") {
        // NYT style nests ' inside '': three apostrophes open both after a
        // space and close both before one.
        let opening = !after.starts_with(|c: char| c.is_whitespace() || ".,;:!?".contains(c));
        let (glyph, len) = if opening {
            (Glyph::TwinApostrophe, 2)
        } else {
            (Glyph::StraightSingle, 1)
        };
        return Ok((
            &input[len..],
            Some((TokenKind::Quote(glyph), &input[..len])),
        ));
    }
    if let Ok((rest, t)) = nom::branch::alt((
        tag::<_, _, nom::error::Error<&str>>("''"),
        tag("``"),
        tag("‘‘"),
        tag("’’"),
    ))
    .parse(input)
    {
        let glyph = match t {
            "''" => Glyph::TwinApostrophe,
            "``" => Glyph::TwinBacktick,
            "‘‘" => Glyph::TwinCurlyLeft,
            _ => Glyph::TwinCurlyRight,
        };
        return Ok((rest, Some((TokenKind::Quote(glyph), t))));
    }
    let (rest, c) = anychar(input)?;
    let text = &input[..c.len_utf8()];
    Ok((rest, Some((single_char_kind(c), text))))
}

/// The kind of a token of one character that begins nothing longer.
fn single_char_kind(c: char) -> TokenKind {
    match c {
        '(' => TokenKind::Open(Bracket::Round),
        ')' => TokenKind::Close(Bracket::Round),
        '[' => TokenKind::Open(Bracket::Square),
        ']' => TokenKind::Close(Bracket::Square),
        '{' => TokenKind::Open(Bracket::Curly),
        '}' => TokenKind::Close(Bracket::Curly),
        // The full-width forms of East Asian type pair like their ASCII
        // kin; a pair of one of each is told apart in `brackets`.
        '（' => TokenKind::Open(Bracket::Round),
        '）' => TokenKind::Close(Bracket::Round),
        '［' => TokenKind::Open(Bracket::Square),
        '］' => TokenKind::Close(Bracket::Square),
        '｛' => TokenKind::Open(Bracket::Curly),
        '｝' => TokenKind::Close(Bracket::Curly),
        // The horizontal bar, which some sites set for every em dash,
        // plays the em dash's part in a sentence.
        '―' => TokenKind::Punct('—'),
        _ => match Glyph::from_char(c) {
            Some(g) => TokenKind::Quote(g),
            None => TokenKind::Punct(c),
        },
    }
}

/// The token kind of the General Punctuation character U+2000–U+203F
/// encoded E2 80 `last`: curly quotes, dashes and the ellipsis, the
/// commonest non-ASCII characters of news copy. None of them is a letter
/// or digit or begins a longer token (but for ‘‘ and ’’, which the caller
/// leaves to `token`), so each is a token of one character,
/// as `token` would find; `None` for the spaces of the block, which
/// `token` skips.
#[inline]
fn general_punctuation(last: u8) -> Option<TokenKind> {
    let c = char::from_u32(0x2000 + u32::from(last & 0x3f))?;
    (!c.is_whitespace()).then(|| single_char_kind(c))
}

/// Appends the tokens of `text[seg]` to `out`.
pub fn tokenize_into(text: &str, seg: Span, out: &mut Vec<Token>) {
    let base = seg.start as usize;
    let full = &text[seg.range()];
    let bytes = full.as_bytes();
    out.reserve(bytes.len() / 5);
    let mut i = 0;
    while i < bytes.len() {
        // Fast paths for the bulk of news text: ASCII spaces and words.
        let b = bytes[i];
        let class = CLASS[b as usize];
        if class == SPACE {
            i += 1;
            continue;
        }
        // Punctuation that can begin nothing longer (no emoticon, quote
        // or number starts with it) is a token of its own. (Letters and
        // digits skip both tests with one.)
        if class & ALNUM == 0
            && matches!(
                b,
                b',' | b'.'
                    | b'!'
                    | b'?'
                    | b'%'
                    | b'$'
                    | b'-'
                    | b'/'
                    | b'&'
                    | b'#'
                    | b'*'
                    | b'+'
                    | b'@'
            )
        {
            out.push(Token::new(
                Span::new(base + i, base + i + 1),
                TokenKind::Punct(b as char),
                Sig::default(),
            ));
            i += 1;
            continue;
        }
        // So are the straight double mark and brackets.
        if class & ALNUM == 0 && matches!(b, b'"' | b'(' | b')' | b'[' | b']' | b'{' | b'}') {
            out.push(Token::new(
                Span::new(base + i, base + i + 1),
                single_char_kind(b as char),
                Sig::default(),
            ));
            i += 1;
            continue;
        }
        let plain_word =
            class == ALPHA && !(matches!(b, b'h' | b'w') && looks_like_url(&bytes[i..]));
        if plain_word {
            if let Some((end, hyphen)) = ascii_word_end(bytes, i + 1) {
                let prev = if end - i >= 2 { bytes[end - 2] } else { 0 };
                out.push(Token::new(
                    Span::new(base + i, base + end),
                    TokenKind::Word,
                    Sig::of_ascii_word(b, prev, bytes[end - 1], end - i, hyphen),
                ));
                i = end;
                // Most words are followed by one space: skip it here
                // rather than in a round of the loop.
                if bytes.get(i).is_some_and(|&c| c == b' ') {
                    i += 1;
                }
                continue;
            }
        }
        if b == 0xe2 && bytes.get(i + 1) == Some(&0x80) {
            // ‘‘ and ’’ (E2 80 98/99 twice) are one doubled mark: the
            // slow path reads them.
            let twin = matches!(bytes[i + 2], 0x98 | 0x99)
                && bytes.get(i + 3..i + 6) == Some(&bytes[i..i + 3]);
            if let Some(kind) = general_punctuation(bytes[i + 2]).filter(|_| !twin) {
                out.push(Token::new(
                    Span::new(base + i, base + i + 3),
                    kind,
                    Sig::default(),
                ));
                i += 3;
                continue;
            }
        }
        let input = &full[i..];
        let step = if plain_word {
            word(input).map(|(rest, w)| (rest, Some((TokenKind::Word, w))))
        } else {
            token(input)
        };
        match step {
            Ok((rest, tok)) => {
                if let Some((kind, t)) = tok {
                    out.push(Token::read(base + i, kind, t));
                }
                i = full.len() - rest.len();
            }
            // Every branch of token() consumes at least one char on
            // non-empty input; this arm only guards against a future
            // parser that does not.
            Err(_) => i += input.chars().next().map_or(1, char::len_utf8),
        }
    }
}

pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, Span::new(0, text.len()), &mut out);
    out
}

/// Is `s` a word that begins with a capital letter?
#[inline]
pub fn is_capitalised(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        Some(_) => s.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

#[cfg(test)]
mod tests;
