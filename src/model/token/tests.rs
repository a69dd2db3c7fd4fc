use super::*;

fn kinds(text: &str) -> Vec<(String, TokenKind)> {
    tokenize(text)
        .into_iter()
        .map(|t| (t.text(text).to_string(), t.kind()))
        .collect()
}

#[test]
fn apostrophes_inside_words_stay_in_the_word() {
    let t = kinds("Washington's don’t rock’n’roll");
    assert_eq!(t.len(), 3);
    assert!(t.iter().all(|(_, k)| *k == TokenKind::Word));
}

#[test]
fn twin_apostrophes_are_one_mark() {
    let t = kinds("''We won,'' he said.");
    assert_eq!(t[0], ("''".into(), TokenKind::Quote(Glyph::TwinApostrophe)));
    assert_eq!(t[4], ("''".into(), TokenKind::Quote(Glyph::TwinApostrophe)));
}

#[test]
fn numbers_urls_and_emoticons() {
    let t = kinds("$1,000.50 at https://x.org/a_(b). :) 1990s");
    assert_eq!(t[1], ("1,000.50".into(), TokenKind::Number));
    assert_eq!(t[3], ("https://x.org/a_(b)".into(), TokenKind::Url));
    assert_eq!(t[4].1, TokenKind::Punct('.'));
    assert_eq!(t[5].1, TokenKind::Emoticon);
    assert_eq!(t[6], ("1990s".into(), TokenKind::Word));
}

#[test]
fn doubled_curly_single_marks_are_one_mark() {
    let t = kinds("‘‘Stay,’’ she said; the Joneses’ dog and ’90s.");
    assert_eq!(t[0], ("‘‘".into(), TokenKind::Quote(Glyph::TwinCurlyLeft)));
    assert_eq!(t[3], ("’’".into(), TokenKind::Quote(Glyph::TwinCurlyRight)));
    let singles = t
        .iter()
        .filter(|(_, k)| *k == TokenKind::Quote(Glyph::CurlySingleRight))
        .count();
    assert_eq!(singles, 2, "{t:?}");
}

#[test]
fn an_address_keeps_the_brackets_it_opened() {
    let t = kinds("(see https://x.org/wiki/Name_(film)) and [https://x.org/a_[b]]");
    assert_eq!(
        t[2],
        ("https://x.org/wiki/Name_(film)".into(), TokenKind::Url)
    );
    assert_eq!(t[3].1, TokenKind::Close(Bracket::Round));
    assert_eq!(t[6], ("https://x.org/a_[b]".into(), TokenKind::Url));
    assert_eq!(t[7].1, TokenKind::Close(Bracket::Square));
    // A run of closers the address never opened is the prose's.
    let t = kinds("x (https://x.org/a)))");
    assert_eq!(t[2], ("https://x.org/a".into(), TokenKind::Url));
}

#[test]
fn triple_apostrophes_split_by_side() {
    let t = kinds("said, '''Hi,''' he");
    let q: Vec<&str> = t
        .iter()
        .filter(|(_, k)| matches!(k, TokenKind::Quote(_)))
        .map(|(s, _)| s.as_str())
        .collect();
    assert_eq!(q, ["''", "'", "'", "''"]);
}

#[test]
fn tags_are_found() {
    let text = "<tweet id=\"7\" a='b'>Hi</tweet> a < b and c > d <!-- x -->";
    let spans: Vec<&str> = tag_spans(text, Span::new(0, text.len()))
        .iter()
        .map(|s| s.text(text))
        .collect();
    assert_eq!(spans, ["<tweet id=\"7\" a='b'>", "</tweet>", "<!-- x -->"]);
    // A scraped embed wraps its tag onto a second line.
    let text = "A <tweet date=\"March 9,\n2016\">Hi</tweet>";
    let spans: Vec<&str> = tag_spans(text, Span::new(0, text.len()))
        .iter()
        .map(|s| s.text(text))
        .collect();
    assert_eq!(spans, ["<tweet date=\"March 9,\n2016\">", "</tweet>"]);
}

#[test]
fn an_address_ends_where_an_attribute_or_tag_does() {
    let text = "<a href=\"http://x.org/a?b=1\">x.org</a> “www.y.com” <http://z.net>";
    let urls: Vec<&str> = tokenize(text)
        .into_iter()
        .filter(|t| t.kind() == TokenKind::Url)
        .map(|t| t.text(text))
        .collect();
    assert_eq!(urls, ["http://x.org/a?b=1", "www.y.com", "http://z.net"]);
}

#[test]
fn a_token_is_twelve_bytes_and_keeps_every_kind() {
    assert_eq!(std::mem::size_of::<Token>(), 12);
    let mut kinds = vec![
        TokenKind::Word,
        TokenKind::Number,
        TokenKind::Url,
        TokenKind::Emoticon,
    ];
    kinds.extend(Glyph::ALL.map(TokenKind::Quote));
    kinds.extend(BRACKETS.map(TokenKind::Open));
    kinds.extend(BRACKETS.map(TokenKind::Close));
    kinds.extend(['.', '—', '€', '😀', '\u{10ffff}', '\0'].map(TokenKind::Punct));
    let sig = Sig::of("Zelenskyy-led".as_bytes());
    for kind in kinds {
        let t = Token::new(Span::new(3, 9), kind, sig);
        assert_eq!(t.kind(), kind);
        assert_eq!(t.span, Span::new(3, 9));
        assert_eq!(t.is_word(), kind == TokenKind::Word);
        assert_eq!(t.sig(), if t.is_word() { sig } else { Sig::default() });
        assert_eq!(t.is_punct('.'), kind == TokenKind::Punct('.'));
        assert_eq!(t.is_number(), kind == TokenKind::Number);
        assert_eq!(
            t.is_bracket(),
            matches!(kind, TokenKind::Open(_) | TokenKind::Close(_))
        );
        if t.is_word() {
            assert_eq!(t.word_sig(), sig);
        } else {
            let raw = t.word_sig();
            assert!(raw.is_empty() && !raw.may_be_capitalised() && !raw.has_hyphen());
            assert_eq!(raw.ends_and_len() >> 10, 0, "{kind:?}");
        }
        let punct = match kind {
            TokenKind::Punct(c) => Some(c),
            _ => None,
        };
        assert_eq!(t.punct(), punct);
        let quote = match kind {
            TokenKind::Quote(g) => Some(g),
            _ => None,
        };
        assert_eq!(t.quote(), quote);
        let (open, close) = match kind {
            TokenKind::Open(b) => (Some(b), None),
            TokenKind::Close(b) => (None, Some(b)),
            _ => (None, None),
        };
        assert_eq!((t.open(), t.close()), (open, close));
    }
}

#[test]
fn every_word_carries_its_signature() {
    let text = "Kremlin-backed Zelenskyy’s aide, e-mail 1990s Łukasz co-op o'clock\n\
                internationalisation Washington's well-known hyphen-";
    for tok in tokenize(text) {
        let want = if tok.is_word() {
            Sig::of(tok.text(text).as_bytes())
        } else {
            Sig::default()
        };
        assert_eq!(tok.sig(), want, "{:?}", tok.text(text));
    }
}

#[test]
fn the_alphanumeric_shortcut_agrees_with_unicode() {
    for c in (0..=0x2100u32).filter_map(char::from_u32) {
        assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
    }
}

/// The lexer with no fast path: `token` at every position.
fn tokenize_general(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let at = text.len() - rest.len();
        let (next, tok) = token(rest).expect("token() consumes");
        if let Some((kind, t)) = tok {
            out.push(Token::read(at, kind, t));
        }
        rest = next;
    }
    out
}

#[test]
fn fast_paths_agree_with_the_general_lexer() {
    let pieces = [
        "said",
        "Trump",
        "don",
        "’",
        "‘",
        "“",
        "”",
        "—",
        "–",
        "…",
        "\u{2009}",
        "\u{2011}",
        "\u{2028}",
        "‒",
        "'",
        "-",
        "''",
        "'''",
        "``",
        " ",
        "  ",
        "\n",
        "\t",
        ".",
        ",",
        ":",
        ";",
        ":)",
        "(",
        ")",
        "1,000",
        "1990",
        "s",
        "3rd",
        "x",
        "I",
        "é",
        "Łukasz",
        "café",
        "naïve",
        "😀",
        "👍🏽",
        "http://a.b/c",
        "www.x.org",
        "who",
        "he",
        "hw",
        "e-mail",
        "rock",
        "n",
        "U.S.",
        "abcdefghij",
        "ABCDEFGHIJKLMNOPQ",
        "O'Neil",
        "Zelenskyy",
        "9",
        "\"",
        "«",
        "»",
        "„",
        "‚",
        "‹",
        "›",
        "?",
        "!",
        "%",
        "&",
        "<b>",
        "_",
        "*",
    ];
    // A fixed-seed generator: the same thousands of jumbles every run.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = |k: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % k as u64) as usize
    };
    for _ in 0..20_000 {
        let len = 1 + next(12);
        let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
        assert_eq!(tokenize(&text), tokenize_general(&text), "{text:?}");
    }
    for text in [
        "“Don’t,” he said—twice – then… ‘rock’n’roll’ isn’t Trump’s non\u{2011}stop",
        "word’ word’é word’😀 word—é a’ ’a U.S.’s 1990s’ x-’y e\u{2011}",
    ] {
        assert_eq!(tokenize(text), tokenize_general(text), "{text:?}");
    }
}

#[test]
fn ascii_word_signatures_match_the_general_ones() {
    for w in [
        "a",
        "I",
        "Zed",
        "said",
        "well-known",
        "rock'n'roll",
        "internationalisation",
    ] {
        let b = w.as_bytes();
        let n = b.len();
        let prev = if n >= 2 { b[n - 2] } else { 0 };
        let sig = Sig::of_ascii_word(b[0], prev, b[n - 1], n, w.contains('-'));
        assert_eq!(sig, Sig::of(b), "{w}");
    }
}

#[test]
fn spans_cover_the_token_text() {
    let text = "“Ça va?” (oui) — 5′10″";
    for tok in tokenize(text) {
        assert!(text.is_char_boundary(tok.span.start as usize));
        assert!(text.is_char_boundary(tok.span.end as usize));
        assert!(!tok.span.is_empty());
    }
}

#[test]
fn picked_lists_the_marks_and_brackets_in_order() {
    let text = "“Fine,” the clerk (a tall man) said ['twice'] – {ok} 3.5% «non»";
    let toks = tokenize(text);
    let mut buf = vec![7, 7, 7];
    let picked = Picked::marks_and_brackets(&toks, &mut buf);
    let got: Vec<&str> = picked.iter().map(|(_, t)| t.text(text)).collect();
    assert_eq!(
        got,
        ["“", "”", "(", ")", "[", "'", "'", "]", "{", "}", "«", "»"]
    );
    // Each index is the token's own, and every other token is left out.
    assert!(picked.iter().all(|(k, t)| toks[k] == t));
    let plain = tokenize("No marks here, 4 words.");
    let mut buf = Vec::new();
    assert_eq!(Picked::marks_and_brackets(&plain, &mut buf).at.len(), 0);
}
