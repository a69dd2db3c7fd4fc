//! Tests of `block`: splitting plain text into blocks and telling their kinds apart.

use super::split::split_plain_with;
use super::*;

#[test]
fn a_sentence_quoted_in_any_language_style_ends_a_sentence() {
    for t in [
        "„Das Geld ist da.“",
        "«Das Geld ist da.»",
        "»Das Geld ist da.«",
        "“Done.”",
    ] {
        assert!(ends_sentence(t), "{t}");
    }
    assert!(!ends_sentence("„Das Geld ist da“"));
}

#[test]
fn scraped_style_sheets_are_code_and_prose_is_not() {
    assert!(is_code_like(
        ".bio-text, .twitter-bio {\ntext-align: center;\n}."
    ));
    assert!(is_code_like("}."));
    assert!(is_code_like(
        "@media screen and (max-width: 600px) {\n.gmobile {\nheight: 275px !important;\n}."
    ));
    // Prose with a brace, or with semicolons, is prose.
    assert!(!is_code_like("The {redacted} memo was read aloud."));
    assert!(!is_code_like(
        "He paused;\nthen he said it: {sic}\nand left the room."
    ));
    assert!(!is_code_like("The vote was close; the count went on."));
}

#[test]
fn blank_lines_split_blocks_and_wraps_do_not() {
    let text = "Head line\n\nOne line\nwrapped.\n  \n\nTwo.\n";
    let b = split_plain(text);
    let got: Vec<&str> = b.iter().map(|b| b.span.text(text)).collect();
    assert_eq!(got, ["Head line", "One line\nwrapped.", "Two."]);
}

#[test]
fn page_furniture_at_the_end() {
    let text = "Head line\n\nBody text here.\n\nRelated Article:\n\nOther Story Headline Goes Here\n\nTags\nRussia, China\nReal Time Analytics\n";
    let mut b = split_plain(text);
    classify_plain(text, &mut b, &Conventions::english(), true);
    let kinds: Vec<BlockKind> = b.iter().map(|b| b.kind).collect();
    use BlockKind::*;
    assert_eq!(kinds, [Headline, Paragraph, Label, Label, Label]);
}

#[test]
fn slices_split_and_classify_as_one_pass_does() {
    let mut text = String::from("Head line\n\n");
    for k in 0..40 {
        text.push_str(&format!(
            "Para {k} line\nwrapped.\n  \n\n\nTags\n\nOne, Two\n\n{}\n\n",
            "long ".repeat(k * 3)
        ));
    }
    let lang = Conventions::english();
    let kinds = |parallel: usize| {
        let mut b = split_plain_with(&text, parallel);
        classify_plain_with(&text, &mut b, &lang, parallel, true);
        b.iter().map(|b| (b.span, b.kind)).collect::<Vec<_>>()
    };
    let one = kinds(usize::MAX);
    assert!(one.len() > 150, "{}", one.len());
    assert!(one
        .iter()
        .any(|&(s, k)| k == BlockKind::Label && s.text(&text) == "One, Two"));
    assert_eq!(kinds(0), one);
}

#[test]
fn long_lines_are_paragraphs_of_their_own() {
    let long = "word ".repeat(30);
    let text = format!("{long}one.\n{long}two.\n");
    assert_eq!(split_plain(&text).len(), 2);
    // Short one-sentence paragraphs between long ones, scraped alike.
    let text = format!("{long}one.\nShort one.\n{long}two.\nLast.\n");
    assert_eq!(split_plain(&text).len(), 4);
}

#[test]
fn a_wrapped_paragraph_with_one_long_line_is_one_paragraph() {
    // A quotation across the long line's break once read as an
    // unclosed and an unopened mark in two paragraphs.
    let text = "Head\n\nThe council met on Tuesday and the mayor said\n\
                \u{201c}we will publish the whole report at https://example.org/reports/2026/council/budget-review-final-version.pdf\n\
                before the vote,\u{201d} and left.\n";
    let b = split_plain(text);
    assert_eq!(b.len(), 2, "{b:?}");
    assert!(b[1].span.text(text).ends_with("and left."));
}

#[test]
fn furniture_headline_and_body_are_told_apart() {
    let text = "Politics\n\nPutin, Xi Feign Solidarity, Analysts Say\n\nRUSSIA-CHINA-DIPLOMACY\n\
                \nPutin holds a meeting. Photo by Alexey NIKOLSKY / AFP\n\nXi said it.\n\n\
                Independent Trade Network\n\nTags\n\nRussia, China\n";
    let mut b = split_plain(text);
    classify_plain(text, &mut b, &Conventions::english(), true);
    let kinds: Vec<BlockKind> = b.iter().map(|b| b.kind).collect();
    use BlockKind::*;
    assert_eq!(
        kinds,
        [Label, Headline, Label, Caption, Paragraph, Heading, Label, Label]
    );
}
