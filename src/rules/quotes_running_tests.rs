//! When a quotation left open at a paragraph's end runs on (the news
//! convention) and when its closing mark is missing (issue 20): the quote
//! rules run together on invented copy, as `ascribe check` runs them.

use super::quotes_false_alarm_tests::findings;

#[test]
fn a_short_fragment_inside_the_writers_clause_does_not_run_into_a_new_quotation() {
    // Issue 20, class 1: must still be reported, whatever the lead-in.
    for t in [
        "Ward\n\nShe praised the nurses for their “steady work under strain.\n\n“It was a long week,” she said.\n",
        "Ward\n\nThe board, which met late on Monday, backed her “plan for the night shifts.\n\n“We start in May,” the chair said.\n",
    ] {
        assert_eq!(findings(t).len(), 1, "{t}: {:?}", findings(t));
        assert!(findings(t)[0].starts_with("quotes.unclosed@“"), "{t}");
    }
}

#[test]
fn a_fragment_left_open_before_a_quotation_attributed_after_several_sentences_is_reported() {
    // The new paragraph's quotation runs two sentences before it closes
    // and is attributed: still its own, after a fragment opened
    // mid-clause.
    for t in [
        "Show\n\nHe spoke on the station’s “Night Desk, saying the race was over.\n\n\
         “It is done. Nobody can catch her now,” Ruiz said on Monday.\n",
        "Show\n\nThe mayor backed the “harbour plan for the east side.\n\n\
         “We waited. Now we build,” the mayor said.\n",
    ] {
        let f = findings(t);
        assert_eq!(f.len(), 1, "{t}: {f:?}");
        assert!(f[0].starts_with("quotes.unclosed@“"), "{t}: {f:?}");
    }
    // A quotation that opens its sentence still runs on into such a
    // paragraph: running on is its usual way.
    let t = "Show\n\n“The race is over. Nobody can catch her.\n\n\
             “It is done. She won,” Ruiz said on Monday.\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
    // Attributed only in its third sentence: too far to tell (see
    // quotes_false_alarm_tests for the same with a lead-in verb).
    let t = "Show\n\nThe mayor backed the “harbour plan for the east side.\n\n\
             “We waited. We argued. Now we build,” the mayor said.\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
}

#[test]
fn a_paragraph_cut_after_a_title_goes_on_in_the_next() {
    // No paragraph ends on "Dr." or "Gov.": the break was put inside a
    // name, and the quotation open before it goes on.
    let t = "Choice\n\nThe vote is a “false choice, because it is between Ruiz, Lane and Dr.\n\n“Moss, at the very least,” she said.\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
    let t = "Choice\n\nVoters are tired of “Gov.\n\n“Moss and his friends,” he said.\n";
    assert!(findings(t).is_empty(), "{:?}", findings(t));
    // A state's abbreviation may end a sentence: no exception for it.
    let t = "Choice\n\nShe praised the “quiet town of Yreka, Calif.\n\n“It is home,” she said.\n";
    assert_eq!(findings(t), ["quotes.unclosed@“quiet town "]);
}

#[test]
fn a_bare_attribution_ending_the_first_quoted_sentence_means_the_closer_is_missing() {
    for first in [
        "“We will build the wall, Ruiz added. She then had a question.",
        "“We will build the wall, she said. Then she left.",
        "“We will build the wall, said Sen. Ann Ruiz. Then she left.",
    ] {
        let t = format!("Rally\n\n{first}\n\n“Who will pay for it?”\n");
        assert_eq!(findings(&t), ["quotes.unclosed@“We will bui"], "{first}");
    }
    // A verb of saying with more words is the quotation's own clause, and
    // the quotation runs on.
    for first in [
        "“If you read the memo, it says stop. Stop after stop.",
        "“If you ask, Ruiz said no to it. She did.",
        "“As I said, we wrote. We called.",
    ] {
        let t = format!("Rally\n\n{first}\n\n“Nobody answered.”\n");
        assert!(findings(&t).is_empty(), "{first}: {:?}", findings(&t));
    }
}

#[test]
fn a_quotation_inside_a_running_quotation_runs_on_when_the_next_paragraph_closes_it() {
    for t in [
        "Crowds\n\n“You see the crowds,” he said. “You think: ‘They love me.\n\n“I will win.’ Then you lose.”\n",
        "Crowds\n\n\"You see the crowds,\" he said. \"You think: 'They love me.\n\n\"I will win.' Then you lose.\"\n",
    ] {
        assert!(findings(t).is_empty(), "{t}: {:?}", findings(t));
    }
    // Not closed there: it never was, and is reported as before.
    let t = "Crowds\n\n“You see the crowds,” he said. “You think: ‘They love me.\n\n“I will win. Then you lose.”\n";
    assert_eq!(findings(t), ["quotes.unclosed@‘They love m"]);
}
