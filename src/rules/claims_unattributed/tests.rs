use super::*;
use crate::rules::{run_rule, Settings};

fn claims(text: &str) -> Vec<Finding> {
    run_rule(&ClaimsUnattributed, text, &Settings::default())
}

fn strict(text: &str) -> Vec<Finding> {
    let settings = Settings {
        options: [(
            "claims.unattributed".to_string(),
            [("scope".to_string(), "sentence".to_string())].into(),
        )]
        .into(),
        ..Settings::default()
    };
    run_rule(&ClaimsUnattributed, text, &settings)
}

/// The signal named by each finding, with the words it points at.
fn signals(text: &str) -> Vec<(String, String)> {
    claims(text)
        .iter()
        .map(|f| {
            let name = f.message.split(" “").next().unwrap().to_string();
            (name, f.span.text(text).to_string())
        })
        .collect()
}

fn body(sentence: &str) -> String {
    format!("Head\n\n{sentence}\n")
}

fn one(sentence: &str) -> (String, String) {
    let text = body(sentence);
    let s = signals(&text);
    assert_eq!(s.len(), 1, "{sentence}: {s:?}");
    s[0].clone()
}

fn none(sentence: &str) {
    let text = body(sentence);
    let s = signals(&text);
    assert!(s.is_empty(), "{sentence}: {s:?}");
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

#[test]
fn figures_money_percentages_and_ranks() {
    assert_eq!(
        one("Trade topped $100 billion last year."),
        pair("figure", "$100 billion")
    );
    assert_eq!(
        one("Turnout rose to 48% in the city."),
        pair("figure", "48%")
    );
    assert_eq!(
        one("It marks the 37th time since 2013 that they met."),
        pair("figure", "37th time since 2013")
    );
    assert_eq!(
        one("Nine voters live in the village."),
        pair("figure", "Nine")
    );
    assert_eq!(one("Police made 3,000 arrests."), pair("figure", "3,000"));
}

#[test]
fn severity_says_how_sure_the_model_is() {
    let text = body("Police made 3,000 arrests. The mayor welcomed the report.");
    let f = claims(&text);
    assert_eq!(f.len(), 2, "{f:?}");
    let lang = crate::lang::Lang::english();
    let model = &lang.claims.model;
    let doc = crate::model::Document::parse(&text, crate::model::Format::Plain, &lang);
    let mut scores = Vec::new();
    let atts = crate::attribution::extract(&doc, &lang.attribution);
    crate::claims::features::candidates(&doc, &atts, &lang.claims, &lang.attribution, |c| {
        scores.push(model.claim(&c.features(), &doc));
    });
    assert_eq!(scores.len(), 2);
    for (finding, score) in f.iter().zip(scores) {
        let want = if score >= model.warning {
            Severity::Warning
        } else {
            Severity::Info
        };
        assert_eq!(finding.severity, want, "{score}: {finding:?}");
    }
}

#[test]
fn records_and_superlatives() {
    assert_eq!(
        one("The deal passed for the first time in a decade."),
        pair("record", "for the first time")
    );
    assert_eq!(
        one("It was the largest protest in the country."),
        pair("record", "largest")
    );
    assert_eq!(
        one("Sales hit a record in May."),
        pair("record", "a record")
    );
}

#[test]
fn a_record_denied_claims_none() {
    none("The mayor wasn’t the only official who skipped the parade.");
    none("Frankly, it was not Kerry’s best speech.");
    assert_eq!(
        one("The mayor was the only official who skipped the parade."),
        pair("record", "the only")
    );
    // Too far back, or across a comma, the negation denies something else.
    assert_eq!(
        one("It was not, by any count, the largest protest in the country."),
        pair("record", "largest")
    );
    // Other signals keep their claim: "not more than" still compares.
    assert_eq!(
        one("Turnout was not higher than in the last race.").0,
        "comparison"
    );
}

#[test]
fn intentions_motives_and_states_of_mind() {
    assert_eq!(
        one("The two nations aim to reduce their reliance on the dollar."),
        pair("intention", "aim to")
    );
    assert_eq!(
        one("The council acted because of the audit."),
        pair("motive", "because of")
    );
    assert_eq!(
        one("Putin and Xi welcomed the increased trade."),
        pair("state of mind", "welcomed")
    );
}

#[test]
fn predictions_and_hedges() {
    assert_eq!(
        one("The bill is expected to pass the senate."),
        pair("prediction", "is expected to")
    );
    assert_eq!(
        one("Washington could impose sanctions."),
        pair("prediction", "could")
    );
    assert_eq!(
        one("It remains unclear what the ministry plans."),
        pair("hedge", "unclear")
    );
}

#[test]
fn charges_comparisons_and_unwitnessed_events() {
    assert_eq!(
        one("Moscow's continued aggression alarmed the region."),
        pair("charge", "aggression")
    );
    assert_eq!(
        one("The plant is bigger than the old one."),
        pair("comparison", "bigger")
    );
    assert_eq!(
        one("The board privately dropped the plan."),
        pair("unwitnessed event", "privately")
    );
}

#[test]
fn dates_times_ages_and_labels_are_not_figures() {
    none("The summit was held on June 28, 2021 in the capital.");
    none("The meeting began at 10:30 a.m. on Wednesday.");
    none("Polls close at 7 p.m. local time.");
    none("The hall opens from noon to 5 p.m.; the bar stays open.");
    none("The ban began five years ago in the port.");
    none("Smith, 82, met the mayor in 2019.");
    none("The 82-year-old spoke at the town hall.");
    none("He lives at No. 10 in the old street.");
    none("The law covers Section 230 and the 2nd district.");
    none("Fans gathered for Super Bowl 50 in the city.");
    none("1) the roof;\n2) the buses.");
    none("Options: 1) the roof; 2) the buses.");
}

#[test]
fn scene_setting_is_not_a_claim() {
    none("Chinese President Xi Jinping and Russian President Vladimir Putin held a video summit on Wednesday.");
    none("The mayor visited the school and spoke to parents.");
    none("Biden will speak to reporters in Ohio on Monday.");
    none("The senator will also be interviewed on the radio.");
    none("The 2016 election ended most recently in a recount.");
}

#[test]
fn questions_quotations_and_first_person_are_not_claims() {
    none("Will the bill pass in the senate?");
    none("The ministry saw “the largest protest in a decade” that day.");
    none("I had to pay a $30,000 fine.");
    none("Critics call it illegal immigration and nothing more.");
}

#[test]
fn sentences_of_a_quoted_paragraph_are_not_claims_but_the_words_after_are() {
    // Every sentence of the quotation is passed over whole; the figure
    // after it is the writer's.
    let text = "Head\n\n“Sales fell 40 percent. The plant will close.” Jobs fell by 300.\n";
    let found = claims(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("“300”"), "{found:?}");
}

#[test]
fn attributed_sentences_are_covered() {
    none("Trade topped $100 billion for the first time, Xi said.");
    none("According to Reuters, sales fell 12 percent.");
    none("The analyst said that the two nations would most likely prefer talks.");
    none("As the Post observed, rivals control 30 states.");
    none("In a poll released Monday, 50 percent chose the mayor.");
    none("The audit showed that 50 percent of the money went missing.");
}

#[test]
fn a_document_names_a_source_when_it_opens_the_sentence_or_speaks() {
    none("In a poll released Monday, 50 percent chose the mayor.");
    none("In March, a poll put the mayor at 50 percent.");
    none("Bush lent his campaign $2 million last month, fundraising documents show.");
    none("He was arrested 12 times, according to records published by the Sentinel.");
    // Polling that speaks ("puts … at") names its source as a poll does.
    none("The county's latest polling puts the mayor at 41 percent.");
    assert_eq!(one("The mayor stands at 41 percent in the county.").0, "figure");
    // "poll" after the comma, with no verb of its own, speaks for nothing.
    assert_eq!(
        one("In March, the mayor won 50 percent of the poll.").0,
        "figure"
    );
}

#[test]
fn the_attribution_that_is_the_claim_does_not_cover_it() {
    let text = body("The situation comes as the two nations have pledged to set up a network.");
    let f = claims(&text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].message.starts_with("intention “pledged to”"),
        "{}",
        f[0].message
    );
    assert!(
        f[0].message.contains("is itself the claim"),
        "{}",
        f[0].message
    );
}

#[test]
fn a_view_with_a_clause_is_its_holders_but_a_wish_is_the_writers_claim() {
    // "X believes that …" reports X's view; "X wants to …" is the writer's
    // claim about X's mind (the shared claim labels read them so).
    none("The board believes that 40 percent of the funds were lost.");
    let text = body("The board wants to cut 40 percent of the staff.");
    assert_eq!(claims(&text).len(), 1, "{:?}", claims(&text));
}

const CLOSED: &str = "Head\n\nThe conference marks the 37th time since 2013 that the two met. It was also a display of their partnership, Yahoo Finance reported.\n";

#[test]
fn a_closing_attribution_covers_its_paragraph_under_paragraph_scope() {
    assert!(claims(CLOSED).is_empty(), "{:?}", claims(CLOSED));
    let f = strict(CLOSED);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        f[0].message,
        "figure “37th time since 2013” needs a source: the nearest source, Yahoo Finance (line 3), closes the paragraph and covers it only under scope: paragraph"
    );
}

#[test]
fn a_closing_attribution_that_turns_away_covers_nothing() {
    let text = "Head\n\nIt remains unclear what Beijing thinks. But China has faced similar pressure, CNBC reported.\n";
    let f = claims(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].message.contains("opens with “But”"),
        "{}",
        f[0].message
    );
}

#[test]
fn a_closing_attribution_in_a_paragraph_with_another_source_covers_nothing() {
    let text = "Head\n\nXi said that trade had grown. The two nations aim to reduce their reliance on the dollar. These limits could last, the South China Morning Post reported.\n";
    let f = claims(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].message.starts_with("intention “aim to”"),
        "{}",
        f[0].message
    );
    assert!(
        f[0].message.contains("Xi also speaks in it"),
        "{}",
        f[0].message
    );
}

#[test]
fn an_attribution_in_another_sentence_does_not_carry_over() {
    let text = "Head\n\nThe aide Yury Ushakov added that others will not be able to interfere. Putin and Xi welcomed the increased number of deals.\n";
    let f = claims(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].message
            .contains("Yury Ushakov (line 3), is in another sentence"),
        "{}",
        f[0].message
    );
}

#[test]
fn a_sentence_between_two_by_the_same_speaker_is_covered() {
    let text = "Head\n\nNeil Thomas said the talks had stalled. The two sides plan to meet again in spring. Thomas said that nothing was agreed.\n";
    assert!(claims(text).is_empty(), "{:?}", claims(text));
}

#[test]
fn headlines_are_not_claims() {
    // Headlines and section titles are no claims (the shared guideline):
    // the story below them is what is sourced.
    for head in [
        "Putin and Xi Unlikely To Support Each Other's Military",
        "Trump Allies Made 37 Plans To Win",
    ] {
        let text = format!("{head}\n\nThe summit was held on Wednesday.\n");
        assert!(claims(&text).is_empty(), "{:?}", claims(&text));
    }
}

#[test]
fn signed_comments_and_interview_answers_are_someones_own_words() {
    let text = "Readers Respond\n\nTrump has done more in two weeks than anyone.\n\nKen White.\n\n\
                It is the worst deal in history.\n\n@hotflesh.\n";
    assert!(claims(text).is_empty(), "{:?}", claims(text));
    let text = "Head\n\nQ: What happens next?\n\nA: We will win 40 states for the first time.\n";
    assert!(claims(text).is_empty(), "{:?}", claims(text));
    // Without the signature the same paragraph is the writer's.
    let text = "Readers Respond\n\nTrump has done more in two weeks than anyone.\n";
    assert_eq!(claims(text).len(), 1, "{:?}", claims(text));
}

#[test]
fn an_interview_answer_runs_on_to_the_next_question() {
    // The answer's second paragraph is still the interviewee's words, and
    // a bold "Q" that lost its space still labels the question.
    let text = "Head\n\nQWhy stay there?\n\nA: I think it is in our interest.\n\n\
                We kept 40 bases in the region for the first time.\n\n\
                Q: And now?\n\nThe harbour fees rose by 40 percent for the first time.\n";
    let found = claims(text);
    assert_eq!(found.len(), 1, "{found:?}");
    let after = text.find("The harbour").expect("in the text") as u32;
    assert!(found[0].span.start >= after, "{found:?}");
    // Without a question above it, "A:" labels nothing.
    let text = "Head\n\nA: We kept 40 bases in the region for the first time.\n";
    assert_eq!(claims(text).len(), 1, "{:?}", claims(text));
}

#[test]
fn a_transcripts_turns_are_the_speakers_words() {
    let text = "Head\n\nHOST: Will the levy pass?\n\n\
                RUIZ: It will pass with 60 votes for the first time.\n\n\
                HOST: And the budget?\n\nJANE RUIZ: It is the largest since 1990.\n";
    assert!(claims(text).is_empty(), "{:?}", claims(text));
    // One label in capitals is no turn; the paragraph is the writer's.
    let text = "Head\n\nOHIO: Turnout rose to 60 percent for the first time.\n";
    assert_eq!(claims(text).len(), 1, "{:?}", claims(text));
    // Unless the label is an editor's note on the article: page furniture.
    let text = "Head\n\nUPDATE: Turnout rose to 60 percent for the first time.\n";
    assert!(claims(text).is_empty(), "{:?}", claims(text));
    // Labels that never come back head a roundup's paragraphs.
    let text = "Head\n\nOHIO: Turnout rose to 60 percent for the first time.\n\n\
                TEXAS: Turnout fell to 30 percent.\n\nMAINE: Turnout was the largest since 1990.\n";
    assert_eq!(claims(text).len(), 3, "{:?}", claims(text));
}

#[test]
fn an_embedded_post_prints_its_authors_words() {
    // A tweet embedded as markup is its author's, under their handle.
    let text = "Head\n\n<tweet author=\"@cityhallwatch\">Turnout doubled to 40 percent for the first time.</tweet>.\n";
    assert!(claims(text).is_empty(), "{:?}", claims(text));
    let text = "Head\n\n<tweet/>Turnout doubled to 40 percent for the first time.\n";
    assert!(claims(text).is_empty(), "{:?}", claims(text));
    // The same words as the writer's own are a claim.
    let text = "Head\n\nTurnout doubled to 40 percent for the first time.\n";
    assert_eq!(claims(text).len(), 1, "{:?}", claims(text));
}

#[test]
fn the_writer_speaking_of_themselves_vouches_for_it() {
    // "I" is the writer: the sentence has its source, however far the
    // signal stands from the pronoun.
    none("I have long suspected that the mayor and his closest allies at city hall are corrupt.");
    none("(I’d wager the mayor and his closest allies at city hall are corrupt.)");
    // "We" is the writer with their paper or party.
    none("We asked 300 readers whether the mayor and his allies are corrupt.");
    none("We’ve held more debates than the other party ever did.");
    assert_eq!(
        one("The mayor and his closest allies at city hall are corrupt.").0,
        "charge"
    );
    // Only as the subject that opens the sentence.
    assert_eq!(
        one("As I learned, the mayor and his closest allies at city hall are corrupt.").0,
        "charge"
    );
}

#[test]
fn the_reporters_request_for_comment_is_the_writers_own_account() {
    none("The mayor’s three aides could not be immediately reached for comment.");
    none("All four council members declined to comment on Friday.");
    none("The campaign did not respond to emailed questions about its 12 offices.");
    // Without the formula the figure is a claim again.
    assert_eq!(
        one("The mayor’s three aides could not be immediately reached.").0,
        "figure"
    );
    assert_eq!(one("A deal worth $2 million could be reached by Friday.").0, "figure");
}

#[test]
fn a_sentence_with_no_signal_is_reported_only_when_the_model_is_sure() {
    let lang = crate::lang::Lang::english();
    let model = &lang.claims.model;
    let text = "Head\n\nThe mayor left the hall at noon. The plan is a disaster for the city and its people.\n";
    let doc = crate::model::Document::parse(text, crate::model::Format::Plain, &lang);
    let mut scored = Vec::new();
    let atts = crate::attribution::extract(&doc, &lang.attribution);
    crate::claims::features::candidates(&doc, &atts, &lang.claims, &lang.attribution, |c| {
        if c.hits.is_empty() {
            scored.push((c.sentence, model.claim(&c.features(), &doc)));
        }
    });
    let found = claims(text);
    for (si, score) in scored {
        let s = doc.sentences[si].span;
        let reported = found
            .iter()
            .any(|f| s.start <= f.span.start && f.span.end <= s.end);
        assert_eq!(
            reported,
            score >= model.threshold,
            "{}: {score}",
            s.text(text)
        );
    }
}

#[test]
fn captions_and_page_furniture_are_not_checked() {
    let text = "Head\n\nThe summit was held on Wednesday.\n\nRelated Article:\n\nTrump Allies Allegedly Made 37 Plans To Win\n\nTags\nRussia, China\n";
    assert!(claims(text).is_empty(), "{:?}", claims(text));
}

#[test]
fn a_language_without_claim_lists_finds_nothing() {
    let lang = crate::lang::Lang::builtin("ja").unwrap();
    let text = body("Trade topped $100 billion for the first time.");
    let article = crate::article::Article::parse(&text, crate::model::Format::Plain, &lang);
    let settings = Settings::default();
    let cx = Context::new(&article, &settings);
    let mut out = crate::rules::Sink::unbounded();
    ClaimsUnattributed.check(&cx, &mut out);
    assert!(out.is_empty());
}

/// `claims.unattributed` on German copy: (signal, words) of each finding.
fn german(text: &str) -> Vec<(String, String)> {
    let lang = crate::lang::Lang::builtin("de").unwrap();
    let article = crate::article::Article::parse(text, crate::model::Format::Plain, &lang);
    let settings = Settings::default();
    let cx = Context::new(&article, &settings);
    let mut out = Sink::unbounded();
    ClaimsUnattributed.check(&cx, &mut out);
    out.finish(META.id, META.severity)
        .iter()
        .map(|f| {
            let name = f.message.split(" “").next().unwrap().to_string();
            (name, f.span.text(text).to_string())
        })
        .collect()
}

#[test]
fn german_nouns_are_signals_though_capitalised() {
    let f = german("Kopf\n\nDie Preise steigen um zwölf Prozent.\n");
    assert_eq!(f, vec![pair("figure", "zwölf Prozent")]);
    let f = german("Kopf\n\nIm Bauamt herrscht seit Jahren Korruption.\n");
    assert_eq!(f, vec![pair("charge", "Korruption")]);
}

#[test]
fn german_reported_speech_covers_its_claims_and_the_subjunctive_carries_it() {
    let text = "Kopf\n\nDie Sprecherin sagte, die Preise stiegen um zwölf Prozent. Der Umsatz sei um 40 Prozent gefallen.\n";
    assert!(german(text).is_empty(), "{:?}", german(text));
}

#[test]
fn a_hyphenated_word_after_a_number_is_read_by_characters() {
    // "15-minütigen": the check for "-year-old" read four bytes of a word
    // whose fourth byte is inside "ü".
    let f = german("Kopf\n\nNach einer 15-minütigen Pause stiegen die Kurse um drei Prozent.\n");
    assert!(f.iter().any(|(s, _)| s == "figure"), "{f:?}");
}

#[test]
fn a_closing_quotation_speaks_only_for_itself() {
    // One person's quotation after the writer's claim is an example, not
    // its source; the same paragraph closed by a report is covered.
    let quoted = "Head\n\nThe levy will cost the harbour 40 jobs. “It was a shock to us,” said Mara Quill.\n";
    let f = claims(quoted);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].message.contains(
            "the nearest source, Mara Quill (line 3), closes the paragraph with a quotation of its own"
        ),
        "{}",
        f[0].message
    );
    let reported =
        "Head\n\nThe levy will cost the harbour 40 jobs. The council has not replied, the Coast Ledger reported.\n";
    assert!(claims(reported).is_empty(), "{:?}", claims(reported));
}

#[test]
fn an_attribution_inside_its_sentence_closes_nothing() {
    // "he observed" is set inside its sentence, which goes on: it speaks
    // for that sentence, not for the paragraph before it.
    let text = "Head\n\nThe mayor will likely raise the levy again. If the port can build a pier in a month, he observed on Friday, then the town can build a school in a year without any new money.\n";
    let f = claims(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.starts_with("prediction “will”"), "{}", f[0].message);
}

#[test]
fn slashed_dates_and_stretches_of_time_are_not_figures() {
    none("UPDATE: 5/12 — The shop has taken the listing down.");
    none("Over the past seven months, the race has been about the harbour.");
    none("With five days remaining until the vote, the mayor toured the docks.");
    // A count is still a figure.
    assert_eq!(one("Seven boats sank in the storm."), pair("figure", "Seven"));
    // A stretch of time compared is still a stretch of time.
    none("The mayor spoke to the crowd at the docks for more than a minute.");
    none("The ferry left the harbour less than two hours later.");
    // Anything else after "than" compares.
    assert_eq!(
        one("The ferry carried more than a crowd to the harbour.").0,
        "comparison"
    );
}

#[test]
fn a_stance_held_in_words_attributes() {
    none("He expressed concern that the port would lose 300 jobs.");
    none("Even economists who like the levy agree that it will raise little.");
    none("His plan calls for a levy of 12 percent on every cargo.");
}
