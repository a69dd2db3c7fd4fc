//! The quote and bracket rules on the kinds of text that once raised false
//! alarms or hid real errors (issue 20): each class with invented copy,
//! the quote rules all run together, as `ascribe check` runs them.

use super::brackets_unbalanced::BracketsUnbalanced;
use super::quotes_mixed_style::QuotesMixedStyle;
use super::quotes_nesting::QuotesNesting;
use super::quotes_unclosed::QuotesUnclosed;
use super::quotes_unopened::QuotesUnopened;
use super::{run_rule, Rule, Settings};
use crate::lang::Family;

const RULES: [&dyn Rule; 5] = [
    &QuotesMixedStyle,
    &QuotesNesting,
    &QuotesUnclosed,
    &QuotesUnopened,
    &BracketsUnbalanced,
];

/// Each finding as "rule@text it starts at", in rule order.
fn findings_with(text: &str, settings: &Settings) -> Vec<String> {
    RULES
        .iter()
        .flat_map(|r| run_rule(*r, text, settings))
        .map(|f| {
            format!(
                "{}@{}",
                f.rule,
                &text[f.span.start as usize..]
                    .chars()
                    .take(12)
                    .collect::<String>()
            )
        })
        .collect()
}

pub(super) fn findings(text: &str) -> Vec<String> {
    findings_with(text, &Settings::default())
}

#[test]
fn a_partial_quotation_left_open_before_a_new_attributed_one_is_unclosed() {
    let t = "Ferry\n\nThe captain thanked the crew for their “calm work in rough seas.\n\n“We never lost a car,” the purser said.\n";
    assert_eq!(findings(t), ["quotes.unclosed@“calm work i"]);
}

#[test]
fn inch_and_second_marks_close_nothing() {
    let t = "Bikes\n\nThe shop sells a 26\" wheel and a shelf 20\" wide, and a 3\" gap.\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
}

#[test]
fn an_address_with_brackets_inside_brackets_pairs() {
    let t = "Wiki\n\nThe page (see https://example.org/wiki/Harbour_(town)) says so.\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
}

#[test]
fn straight_single_marks_are_checked_but_apostrophes_are_not() {
    let t = "Migrants\n\nThey keep the customs of their 'home towns. Others don't.\n";
    assert_eq!(findings(t), ["quotes.unclosed@'home towns."]);
    let house = Settings {
        quote_style: Some(Family::Curly),
        ..Settings::default()
    };
    let t = "Vote\n\n“We go,” she said. He said 'yes' today, in the ’90s style, and left.\n";
    assert_eq!(
        findings_with(t, &house),
        ["quotes.mixed-style@'yes' today,"]
    );
}

#[test]
fn a_third_level_of_double_marks_is_not_same_mark_nesting() {
    let t = "Layers\n\n“She wrote of ‘three “boxed” words’ in the note,” he said.\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
}

#[test]
fn one_unclosed_quotation_among_quoted_lines_is_not_nesting_on_the_next() {
    let t = "Lines\n\n“The first line stays open, the mayor said.\n\n“The second line is closed,” she said.\n\n“So is the third,” she said.\n";
    assert_eq!(findings(t), ["quotes.unclosed@“The first l"]);
}

#[test]
fn full_width_brackets_pair_and_mixed_widths_are_a_mismatch() {
    assert!(findings("Firm\n\nThe firm （Osaka） grew.\n").is_empty());
    assert_eq!(
        findings("Firm\n\nThe firm （Osaka) grew.\n"),
        ["brackets.unbalanced@) grew.\n"]
    );
}

#[test]
fn doubled_single_marks_pair_as_one_double_quotation() {
    let t = "Harbour\n\n‘‘We will stay,’’ she said. ‘‘It is home.’’\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
}

#[test]
fn a_quotation_in_another_style_inside_a_quotation_is_not_same_mark_nesting() {
    // A block quoted in straight marks keeps its source's curly marks: a
    // mixed style, but the reader can tell the two quotations apart.
    let t = "Memo\n\n“Fine,” he said.\n\nThe memo said: \"Staff call it “the long week” every year.\"\n";
    assert_eq!(findings(t), ["quotes.mixed-style@\"Staff call "]);
}

#[test]
fn an_attribution_with_a_title_and_a_state_still_ends_the_new_quotation() {
    // The dots of "Rep." and "Ore." end no sentence: the speech verb
    // after them attributes the next paragraph's own quotation.
    let t = "Budget\n\nThe governor praised her “fifty-county plan for the roads.\n\n“It is a start,” Rep. Ann Loy (D-Ore.) said.\n";
    assert_eq!(findings(t), ["quotes.unclosed@“fifty-count"]);
    // A quotation whose words end in a comma is attributed, whatever the verb.
    let t = "Budget\n\nThe governor praised her “fifty-county plan for the roads.\n\n“Fine by me,” the treasurer shrugged.\n";
    assert_eq!(findings(t), ["quotes.unclosed@“fifty-count"]);
    // Several sentences before the attribution: the quotation before may
    // be running on into them, as it does here.
    let t = "Budget\n\nShe said the plan is “a start and no more.\n\n“We fix roads. We fix bridges. That is the job,” she said.\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
}

#[test]
fn a_fragment_quoted_after_a_comma_is_a_partial_quote_unless_an_attribution_precedes() {
    let t = "Terms\n\nShe avoided the phrase, “long war, which some rivals use. She said so twice.\n\n“We are not at war,” she said.\n";
    assert_eq!(findings(t), ["quotes.unclosed@“long war, w"]);
    // After "said Ruiz," the quotation goes on, and may run on.
    let t = "Terms\n\n“We are tired,” said Ruiz, “and we will rest. Then we work.\n\n“And that is all,” she said.\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
}

#[test]
fn an_attribution_with_a_long_apposition_ends_the_quotation_left_open() {
    // The closer went missing before ", said …": the name's apposition
    // runs to the paragraph's end, several words long.
    let t = "Port\n\n“The harbor was never the problem, said Dana Ortiz, deputy director of the Northern Institute for Coastal Shipping Research.\n\n“The roads were.”\n";
    assert_eq!(findings(t), ["quotes.unclosed@“The harbor "], "{t}");
}

#[test]
fn a_speech_verb_followed_by_another_sentence_is_no_attribution_tail() {
    let t = "Report\n\n“If you read the memo, it says stop. Stop after stop.\n\n“It could not be plainer,” he said.\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
}

#[test]
fn a_transcript_quoted_paragraph_by_paragraph_runs_through_a_short_stage_line() {
    let t = "Interview\n\nThe exchange went as follows:\n\n\"HOST: Will you run again? People ask.\n\n\"(LAUGHTER.)\n\n\"GUEST: We will see. Not today.\"\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
}

#[test]
fn a_comma_closed_quotation_followed_by_more_of_its_sentence_is_not_attributed() {
    // "“Ruiz,” while …" goes on with the sentence: no attribution, so the
    // quotation before may run on into it.
    let t = "Names\n\nThe mayor calls her rival “Dr. Ruiz and nothing more.\n\n“Ruiz,” while Ruiz calls the mayor plain “Sam.”\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
}

#[test]
fn straight_and_curly_marks_swapped_across_two_quotations_are_two_wrong_closers() {
    // `"…” she said. “…"`: each quotation closed with the other's mark. The
    // straight mark at the end belongs to the curly quotation opened just
    // before it, so the curly closer is the straight quotation's: two
    // wrong closing marks, not an unclosed and an unopened quotation.
    let t = "Harbour\n\n\"We stay,” the mayor said. “It is our home.\"\n";
    assert_eq!(
        findings(t),
        [
            "quotes.mixed-style@” the mayor ",
            "quotes.mixed-style@\"\n",
            // One quotation of each style: the first one's style is the
            // article's, and the other is reported as the minority.
            "quotes.mixed-style@“It is our h",
        ]
    );
    // A curly quotation inside a straight one still closes with its own
    // mark: only the mixed styles are reported, not a wrong closer.
    let t = "Harbour\n\n\"We call it “home” here,\" the mayor said.\n";
    assert_eq!(findings(t), ["quotes.mixed-style@“home” here,"]);
}

#[test]
fn a_block_quotation_in_its_own_marks_says_nothing_of_the_house_style() {
    // An excerpt that is its whole paragraph (or paragraphs) keeps the
    // marks it was pasted with; the writer's own quotations are curly.
    let t = "Ferries\n\n“We sail at six,” the captain said.\n\nThe port wrote in its notice:\n\n\"Crossings stop at noon. Cars board first.\n\n\"Foot passengers wait at gate two.\"\n\n“It is fine,” she said.\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
    // A straight quotation inside the prose is the writer's and still off
    // style, as is the block one under a declared house style.
    let t = "Ferries\n\n“We sail at six,” the captain said. The port said \"no cars\" today.\n\n\"Crossings stop at noon.\"\n";
    assert_eq!(findings(t), ["quotes.mixed-style@\"no cars\" to"]);
    let house = Settings {
        quote_style: Some(Family::Curly),
        ..Settings::default()
    };
    assert_eq!(
        findings_with(t, &house),
        ["quotes.mixed-style@\"no cars\" to"]
    );
}

#[test]
fn a_next_paragraph_attributed_to_someone_else_ends_the_running_quotation() {
    let first = "Budget\n\n“We cut what we could,” Mayor Ann Ruiz said. “Nobody liked it.\n\n";
    let unclosed = ["quotes.unclosed@“Nobody like"];
    // A name the first paragraph never mentions, or "a"/"an" someone new.
    for next in [
        "“The cuts went too deep,” said Councillor Tom Bray.\n",
        "“The cuts went too deep,” Bray said on Monday.\n",
        "“The cuts went too deep,” added a councillor from the east ward.\n",
    ] {
        assert_eq!(findings(&format!("{first}{next}")), unclosed, "{next}");
    }
    // The same name, a pronoun, a description or a day: maybe the same
    // speaker, so the quotation runs on.
    for next in [
        "“The cuts went deep,” Ruiz added.\n",
        "“The cuts went deep,” she added.\n",
        "“The cuts went deep,” the mayor said Tuesday.\n",
        "“The cuts went deep. We know it.”\n",
        // Quoted words that end their sentence: the verb is the writer's.
        "“The cuts went deep.” Such talk, Bray said, helps no one.\n",
    ] {
        let t = format!("{first}{next}");
        assert!(findings(&t).is_empty(), "{next}: {:?}", findings(&t));
    }
    // The first paragraph names its own speaker, and the next speaker only
    // as the one asked: another speaker all the same.
    let t = "Budget\n\n“Mr. Bray, you voted for the cuts,” Lee asked Bray. “Do you regret it?\n\n“I am very sorry about the cuts,” Bray said.\n";
    assert_eq!(findings(t), ["quotes.unclosed@“Do you regr"], "{t}");
    // With a pronoun for its speaker, a mention may be the same speaker.
    let t = "Budget\n\n“Mr. Bray, you voted for the cuts,” he asked. “Do you regret it?\n\n“I am very sorry about the cuts,” Bray said.\n";
    assert!(findings(t).is_empty(), "{t}: {:?}", findings(t));
    // A first paragraph with no attribution of its own may be the words
    // of the speaker named in the next.
    let t = "Budget\n\n“Nobody liked it.\n\n“The cuts went too deep,” said Councillor Tom Bray.\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
}

#[test]
fn an_attribution_inside_an_unclosed_first_sentence_names_the_next_speaker() {
    // The next paragraph lost its own closer before "said Councillor Tom
    // Bray": it is still his quotation, so the one before does not run on.
    let t = "Budget\n\n“We cut what we could,” Mayor Ann Ruiz said. “Nobody liked it.\n\n\
             “The cuts went too deep, said Councillor Tom Bray (Ind.), the chair. “We will see.”\n";
    assert_eq!(
        findings(t),
        [
            "quotes.unclosed@“Nobody like",
            "quotes.unclosed@“The cuts we"
        ]
    );
}

#[test]
fn a_quotation_opened_with_the_closing_glyph_is_one_wrong_opener() {
    // Wire copy that opens with ”: one finding at the opener, not two
    // closers of nothing; after "says," as after a space.
    for t in [
        "Mail\n\n” … and the rest is history,” the reader wrote.\n",
        "Mail\n\nShe says,” the rest is history.”\n",
    ] {
        let f = findings(t);
        assert_eq!(f.len(), 1, "{t}: {f:?}");
        assert!(f[0].starts_with("quotes.mixed-style@”"), "{f:?}");
    }
    // A closer after a comma with no verb of saying keeps its finding.
    let t = "Mail\n\nThe rest,” she said, “is history.”\n";
    assert_eq!(findings(t), ["quotes.unopened@” she said, "]);
}

#[test]
fn a_left_single_mark_typed_for_an_apostrophe_opens_nothing() {
    let t = "TV\n\nOn NBC‘ Sunday show she said, “We are ready.”\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
    // Closed later in the paragraph, it is a quotation as before.
    let t = "TV\n\nThey called it‘ a farce’ on air.\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
}
