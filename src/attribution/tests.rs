//! Construction tests: one article-shaped text per construction of the
//! attribution grammar, and the cases that must not match.

use super::*;
use crate::model::Format;

pub(super) type Row = (String, String, String, String, String, String);

/// (kind, cue, source, content, speaker, class) of each attribution the
/// article's words make (not the inferred ones: see `orphans`).
pub(super) fn atts(body: &str) -> Vec<Row> {
    all_atts(body, false)
}

/// The speaker of the last attribution of `body`.
pub(super) fn last_speaker(body: &str) -> String {
    let a = atts(body);
    a.last()
        .map(|r| r.4.clone())
        .unwrap_or_else(|| panic!("no attribution in {a:?}"))
}

/// As `atts`, with the inferred attributions too when `inferred`.
pub(super) fn all_atts(body: &str, inferred: bool) -> Vec<Row> {
    let text = format!("Headline\n\n{body}\n");
    let lang = crate::model::Conventions::english();
    let data = super::Data::builtin("en").unwrap();
    let doc = Document::parse(&text, Format::Plain, &lang);
    let t = |s: Option<Span>| s.map_or(String::new(), |s| s.text(&text).to_string());
    super::extract(&doc, &data)
        .iter()
        .filter(|a| inferred || !a.inferred)
        .map(|a| {
            (
                a.kind.as_str().to_string(),
                a.cue.text(&text).to_string(),
                t(a.source),
                t(a.content),
                a.speaker.clone().unwrap_or_default(),
                a.class.as_str().to_string(),
            )
        })
        .collect()
}

pub(super) fn one(body: &str) -> Row {
    let a = atts(body);
    assert_eq!(a.len(), 1, "{body}: {a:?}");
    a.into_iter().next().unwrap()
}

#[test]
fn quote_then_speaker() {
    let a = one("“We will rebuild the bridge by May,” Mayor Ana Ruiz said.");
    assert_eq!(a.0, "direct");
    assert_eq!(a.1, "said");
    assert_eq!(a.2, "Mayor Ana Ruiz");
    assert_eq!(a.3, "“We will rebuild the bridge by May,”");
    assert_eq!(a.4, "Ana Ruiz");
    assert_eq!(a.5, "named");
}

#[test]
fn quote_then_inverted_speaker() {
    let a = one("\"The vote is close,\" said Tom Berg, a pollster at Northfield College.");
    assert_eq!((a.0.as_str(), a.1.as_str()), ("direct", "said"));
    assert!(a.2.starts_with("Tom Berg"), "{a:?}");
    assert_eq!(a.4, "Tom Berg");
}

#[test]
fn speaker_then_colon_quote() {
    let a = one("The minister told Reuters: “The talks are over.”");
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.2.as_str()),
        ("direct", "told", "The minister")
    );
    assert_eq!(a.3, "“The talks are over.”");
}

#[test]
fn split_quote_is_one_attribution() {
    let a = one("“It is late,” she said, “but not too late.”");
    assert_eq!(a.0, "direct");
    assert_eq!(a.3, "“It is late,” she said, “but not too late.”");
}

#[test]
fn quote_carried_into_next_sentence_and_paragraph() {
    let a = atts(
        "Lena Park spoke first. “We won,” Park said. “We won big.”\n\n“And we will win again.”",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert!(a[0].3.ends_with("“And we will win again.”"), "{a:?}");
}

#[test]
fn mixed_quote_carried_into_next_sentence_and_paragraph() {
    let a =
        atts("Ferries are “running half empty,” Dana Holm said on Monday. “Nobody rides at noon.”");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "mixed");
    assert!(a[0].3.ends_with("“Nobody rides at noon.”"), "{a:?}");
    let a = atts("The levy is “a tax by another name,” said Omar Reyes, a grocer.\n\n“I will pay it anyway.”");
    assert_eq!(a.len(), 1, "{a:?}");
    assert!(a[0].3.ends_with("“I will pay it anyway.”"), "{a:?}");
    // Not over a sentence of narration, nor into reported speech's
    // content: a quotation after it is an attribution of its own.
    let a = atts(
        "Ferries are “running half empty,” Dana Holm said. The port opened in 1990. “Few ride.”",
    );
    assert!(!a[0].3.contains("Few ride"), "{a:?}");
    let a = atts("Dana Holm said the ferries were late.\n\n“Nobody rides at noon.”");
    assert_eq!(a[0].3, "the ferries were late", "{a:?}");
}

#[test]
fn quote_after_narration_takes_its_subject() {
    let a = one("The mayor then faced the council. “Who voted for this budget?”");
    assert_eq!((a.0.as_str(), a.2.as_str()), ("direct", "The mayor"));
    assert_eq!(a.3, "“Who voted for this budget?”");
    let a = one("Officer Rita Vance stepped out of the car. “Hands where I can see them.”");
    assert_eq!(a.4, "Rita Vance");
    // Not a title or phrase, not across paragraphs, not after "It" or a
    // sentence that quotes or reports, and not after a cue-less sentence
    // with no source at the head.
    for body in [
        "The mayor then faced the council. “Budget Day” is a local holiday.",
        "The mayor then faced the council.\n\n“Who voted for this budget?”",
        "It rained all week. “Bring an umbrella.”",
        "There was a long pause. “Bring an umbrella.”",
        "the weather turned. “Bring an umbrella.”",
        "The mayor wrote a “letter” to the council. “Who voted for this?”",
    ] {
        let a = atts(body);
        assert!(a.iter().all(|x| x.0 != "direct"), "{body}: {a:?}");
    }
    // A sentence with a cue is reported speech; the quotation is carried on
    // or left, never given to the narration's verb.
    let a = atts("The mayor said the council had lied. “Who voted for this budget?”");
    assert!(a.iter().all(|x| x.1 != "then"), "{a:?}");
}

#[test]
fn paragraph_quote_after_reported_speech_takes_its_subject() {
    let a = atts("Senator Ana Ruiz said the bill would fail.\n\n“It has no votes. None.”");
    let q: Vec<_> = a.iter().filter(|x| x.0 == "direct").collect();
    assert_eq!(q.len(), 1, "{a:?}");
    assert_eq!(
        (q[0].2.as_str(), q[0].4.as_str()),
        ("Senator Ana Ruiz", "Ana Ruiz")
    );
    assert_eq!(q[0].3, "“It has no votes. None.”");
    // Not after narration with no cue, not when the paragraph goes on past
    // the quotation, not a phrase or a single-marked heading, and not
    // after a subject that names no one.
    for body in [
        "The mayor faced the council.\n\n“Who voted for this budget?”",
        "Ruiz said the bill would fail.\n\n“It has no votes.” The vote is Friday.",
        "Ruiz said the bill would fail.\n\n“no votes”",
        "Ruiz said the bill would fail.\n\n‘A change of heart.’",
        "It was said the bill would fail.\n\n“It has no votes.”",
    ] {
        let a = atts(body);
        assert!(a.iter().all(|x| x.0 != "direct"), "{body}: {a:?}");
    }
}

#[test]
fn titled_names_the_words_right_after_it() {
    let a = one("The ad, entitled “Our History,” features three voters.");
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.2.as_str()),
        ("mixed", "entitled", "The ad")
    );
    assert_eq!(a.3, "“Our History,”");
    // The one who gave the title, not the whole clause.
    let a = one("Robby Mook released a memo titled “The Facts on the Race.”");
    assert_eq!((a.1.as_str(), a.2.as_str()), ("titled", "Robby Mook"));
    // Not the legal sense, nor a title word away from the mark.
    for body in [
        "Voters are entitled to “a fair count.”",
        "The ad was titled after a week of “heated debate.”",
    ] {
        let a = atts(body);
        assert!(a.iter().all(|x| !x.1.contains("titled")), "{body}: {a:?}");
    }
}

#[test]
fn list_of_quotations_under_a_lead_in() {
    let a = one("Mayor Ana Ruiz said:\n\n- “We will rebuild.”\n- “We will not wait.”");
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.2.as_str()),
        ("direct", "said", "Mayor Ana Ruiz")
    );
    assert!(a.3.starts_with("“We will rebuild.”"), "{a:?}");
    assert!(a.3.ends_with("“We will not wait.”"), "{a:?}");
    let a = one("Mayor Ana Ruiz said:\n\n1. “We will rebuild.”\n\n2. “We will not wait.”");
    assert!(a.3.ends_with("“We will not wait.”"), "{a:?}");
    let a = one("The mayor was blunt:\n\n• “We will not wait.”");
    assert_eq!(a.1, ":");
    assert!(a.2.starts_with("The mayor"), "{a:?}");
    // Not a lead-in that names no one, nor a quoted headline with a byline
    // after it, nor a dash inside a line.
    for body in [
        "Some of his tweets:\n\n- “Sad!”",
        "Short reads:\n\n- “Star quits the show,” by Amy Spencer.",
        "Mayor Ana Ruiz was asked about the bridge - “a gift to banks” in her words.",
    ] {
        let a = atts(body);
        assert!(a.iter().all(|x| x.0 != "direct"), "{body}: {a:?}");
    }
}

#[test]
fn quotation_inside_a_stray_wrapper_of_another_style() {
    // A paragraph pasted inside straight marks keeps its curly quotations.
    let a = atts("\"Ruiz laughed it off by interjecting, “Only on Fridays.” But Lee went on.");
    let q: Vec<_> = a.iter().filter(|x| x.3 == "“Only on Fridays.”").collect();
    assert_eq!(q.len(), 1, "{a:?}");
    assert_eq!((q[0].1.as_str(), q[0].2.as_str()), ("interjecting", "Ruiz"));
    // A quotation inside a speaker's own, in the inner marks, stays theirs.
    let a = atts("“He told me, ‘You are fired,’ and I left,” Lee said.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!((a[0].1.as_str(), a[0].2.as_str()), ("said", "Lee"));
}

#[test]
fn cue_joined_by_and_takes_the_first_verbs_subject() {
    let a = one("Mayor Ana Ruiz smiled, shook her head and said, “No.”");
    assert_eq!((a.1.as_str(), a.2.as_str()), ("said", "Mayor Ana Ruiz"));
    let a = one("He turned to the crowd and told them: “Go home.”");
    assert_eq!((a.1.as_str(), a.2.as_str()), ("told", "He"));
    let a = one("Mrs. Lee thanked the state and then boomed, “There is no place like home.”");
    assert_eq!((a.1.as_str(), a.2.as_str()), ("boomed", "Mrs. Lee"));
    // A participle after a comma hangs off the clause before it.
    let a = one("Protesters interrupted her speech, shouting “She wins, we lose!”");
    assert_eq!((a.1.as_str(), a.2.as_str()), ("shouting", "Protesters"));
    // Not "it" or "there", and not without "and": a participle still
    // takes the speaker before it.
    let a = atts("“We lost,” Lee said. It rained and he said, “Go home.”");
    assert!(a.iter().all(|x| x.2 != "It"), "{a:?}");
    let a = atts("“We lost,” Lee said, adding: “Go home.”");
    assert_eq!(a.last().map(|x| x.2.as_str()), Some("Lee"), "{a:?}");
}

#[test]
fn cue_opening_the_sentence_before_a_colon_names_the_speaker_after_it() {
    let a = atts("“We lost,” Lee said.\n\nContinued Ana Ruiz: “It is a real problem.”");
    assert_eq!(a.len(), 2, "{a:?}");
    assert_eq!(
        (a[1].1.as_str(), a[1].2.as_str()),
        ("Continued", "Ana Ruiz")
    );
    // Not when the cue does not open the sentence: "adding:" takes the
    // speaker before.
    let a = atts("“We lost,” Lee said, adding: “Few rode.”");
    assert_eq!(a.last().map(|x| x.2.as_str()), Some("Lee"), "{a:?}");
}

#[test]
fn outcry_of_quotes_what_was_called_out() {
    let a = one("Their chants of “Ted! Ted!” were cut short.");
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.2.as_str()),
        ("mixed", "chants of", "Their")
    );
    assert_eq!(a.3, "“Ted! Ted!”");
    let a = one("The hall filled with chants of “Lock her up!”");
    assert_eq!((a.1.as_str(), a.2.as_str()), ("chants of", ""));
    // Not another noun, and not with a word between "of" and the mark.
    for body in [
        "The cost of “free college” is high.",
        "The chants of many “activists” went on.",
    ] {
        let a = atts(body);
        assert!(a.iter().all(|x| !x.1.contains("of")), "{body}: {a:?}");
    }
}

#[test]
fn speaker_after_an_intro_phrase_without_comma() {
    let a = one("On Monday Mayor Ana Ruiz said, “We will rebuild.”");
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.2.as_str()),
        ("direct", "said", "Mayor Ana Ruiz")
    );
    let a = one("Later he told reporters, “We will rebuild.”");
    assert_eq!(a.2, "he");
    // Not a capitalised word read as the cue inside a name.
    let a = atts("In the United States, they write, “faith is the norm.”");
    assert!(a.iter().all(|x| x.1 != "States"), "{a:?}");
}

#[test]
fn joint_speakers_with_both() {
    let a = one("Ruiz and Lee both said: “The bridge is safe.”");
    assert_eq!((a.1.as_str(), a.2.as_str()), ("said", "Ruiz and Lee"));
    let a = one("“The bridge is safe,” they both said.");
    assert_eq!((a.1.as_str(), a.2.as_str()), ("said", "they"));
}

#[test]
fn cited_and_thanked_quote_a_phrase() {
    let a = one("The inspectors cited “broken locks on every floor.”");
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.2.as_str()),
        ("mixed", "cited", "The inspectors")
    );
    assert_eq!(a.3, "“broken locks on every floor.”");
    let a = one("Dr. Lena Ruiz thanked the nurses for “working through the storm.”");
    assert_eq!((a.1.as_str(), a.4.as_str()), ("thanked", "Lena Ruiz"));
    // Not across a sentence end, and not "thanks to".
    let a = atts("The mayor thanked the crews. “Go home safely,” the chief said.");
    assert!(a.iter().all(|x| x.1 != "thanked"), "{a:?}");
    let a = atts("Thanks to “Hamilton,” ticket sales soared.");
    assert!(a.is_empty(), "{a:?}");
}

#[test]
fn naming_with_as_before_the_quote() {
    let a = one("Ms. Tarrant referred to the levy as “a gift to the banks.”");
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.4.as_str()),
        ("mixed", "referred", "Tarrant")
    );
    assert_eq!(a.3, "“a gift to the banks.”");
    let a = one("The chief dismissed the audit as “pure theater.”");
    assert_eq!((a.1.as_str(), a.2.as_str()), ("dismissed", "The chief"));
    // Only with "as" next to the mark, and not "known as" with no one to
    // name it.
    for body in [
        "Ms. Tarrant referred to the levy in “The Daily Ledger.”",
        "The tower is known as “the Needle.”",
        "She dismissed the aide. “Go,” the chief said.",
    ] {
        let a = atts(body);
        assert!(
            a.iter().all(|x| x.1 != "referred" && x.1 != "dismissed"),
            "{body}: {a:?}"
        );
    }
}

#[test]
fn long_adjunct_between_cue_and_quote() {
    let a = one(
        "Ms. Orr said in an interview on Tuesday with the editor of the county weekly paper, “We have spent years on this.”",
    );
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.4.as_str()),
        ("direct", "said", "Orr")
    );
    assert_eq!(a.3, "“We have spent years on this.”");
    // Not when the verb takes a clause rather than an adjunct.
    let a = atts(
        "Ms. Orr said the roads that the county paved last spring after years of delay were worn, “like old plates.”",
    );
    assert!(a.iter().all(|x| x.0 != "direct"), "{a:?}");
}

#[test]
fn running_quotation_over_paragraphs() {
    let a = atts("Jo Reyes said: “The first part.\n\n“The second part.”");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].3, "“The first part.\n\n“The second part.”");
}

#[test]
fn reported_speech_runs_to_the_clause_end() {
    let a = one("Russian presidential aide Yury Ushakov added that the network would grow.");
    assert_eq!((a.0.as_str(), a.1.as_str()), ("indirect", "added"));
    assert_eq!(a.2, "Russian presidential aide Yury Ushakov");
    assert_eq!(a.3, "the network would grow");
    assert_eq!(a.4, "Yury Ushakov");
}

#[test]
fn told_takes_its_object_first() {
    let a = one("Kim Lee told reporters on Tuesday that the plant would close.");
    assert_eq!(a.3, "the plant would close");
}

#[test]
fn according_to_before_and_after() {
    let a = one("According to the city council, the budget is balanced.");
    assert_eq!(
        (a.1.as_str(), a.2.as_str()),
        ("According to", "the city council")
    );
    assert_eq!(a.3, "the budget is balanced");
    let a = one("The budget is balanced, according to Dana Holt.");
    assert_eq!(
        (a.2.as_str(), a.3.as_str()),
        ("Dana Holt", "The budget is balanced")
    );
}

#[test]
fn media_at_the_sentence_end() {
    let a = one("The two leaders met 37 times since 2013, Yahoo Finance reported.");
    assert_eq!((a.1.as_str(), a.2.as_str()), ("reported", "Yahoo Finance"));
    assert_eq!(a.3, "The two leaders met 37 times since 2013");
    assert_eq!(a.5, "organisation");
}

#[test]
fn statements_emails_and_tweets() {
    let a = one("The ministry said in a statement that exports rose.");
    assert_eq!(
        (a.1.as_str(), a.3.as_str(), a.5.as_str()),
        ("said", "exports rose", "organisation")
    );
    let a = one("In an email, Sam Ortiz wrote that the deal was off.");
    assert_eq!((a.1.as_str(), a.2.as_str()), ("wrote", "Sam Ortiz"));
    let a = one("Governor Pat Quinn tweeted that schools would reopen.");
    assert_eq!(a.1, "tweeted");
    let a = one("A report by the Hartwell Institute found that rents rose.");
    assert_eq!((a.1.as_str(), a.3.as_str()), ("found", "rents rose"));
}

#[test]
fn headline_forms() {
    let lang = crate::model::Conventions::english();
    let data = super::Data::builtin("en").unwrap();
    let text = "Rates Will Stay High, Analysts Say\n\nBody text here.\n";
    let doc = Document::parse(text, Format::Plain, &lang);
    let atts = super::extract(&doc, &data);
    assert_eq!(atts.len(), 1);
    let a = &atts[0];
    assert_eq!(a.source.unwrap().text(text), "Analysts");
    assert_eq!(a.class, SourceClass::Vague);
    assert_eq!(a.content.unwrap().text(text), "Rates Will Stay High");

    let text = "Ruiz: “We Will Rebuild”\n\nBody text here.\n";
    let doc = Document::parse(text, Format::Plain, &lang);
    let atts = super::extract(&doc, &data);
    assert_eq!(atts.len(), 1, "{atts:?}");
    assert_eq!(atts[0].source.unwrap().text(text), "Ruiz");
}

#[test]
fn mixed_quotes_and_scare_quotes() {
    let a = one("Senator Amy Cole called the deal “a disaster for farmers.”");
    assert_eq!((a.0.as_str(), a.1.as_str()), ("mixed", "called"));
    // A scare quote with no cue is no attribution.
    assert!(atts("The so-called “reform” passed.").is_empty());
    // A quoted phrase inside reported speech belongs to it.
    let a = one("Ana Ruiz added that “third countries” would not join.");
    assert_eq!(a.0, "indirect");
    assert_eq!(a.3, "“third countries” would not join");
}

#[test]
fn naming_verbs_with_a_long_object_or_an_aside() {
    let a = one("In April, Jo Park called the plans to open a plant in Mexico “an absolute disgrace,” and left.");
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.4.as_str()),
        ("mixed", "called", "Jo Park")
    );
    let a = one("Jo Park, for his part, is labeling the actions “a blatant abuse of power.”");
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.4.as_str()),
        ("mixed", "labeling", "Jo Park")
    );
    let a = one("Critics call the plan “a giveaway.”");
    assert_eq!((a.1.as_str(), a.5.as_str()), ("call", "vague"));
    // A bare form after a singular noun is that noun: no cue.
    assert!(atts("Jo Park held a conference call on the “new deal.”").is_empty());
    assert!(atts("Jo Park sent out a fundraising call to “donate now.”").is_empty());
}

#[test]
fn a_participle_after_a_noun_names_a_thing_and_quotes_no_one() {
    for body in [
        "The troupe staged a comedy called “Nine Lives of a Mayor” downtown.",
        "The firm runs a newsletter, called the “Ledger Notes,” for clients.",
    ] {
        let a = atts(body);
        assert!(a.is_empty(), "{body}: {a:?}");
    }
    // With a subject of its own the verb still names someone's words.
    for body in [
        "Dena Hoyt called the budget “a house of cards” on Friday.",
        "She denounced what he called “a minor delay” at the plant.",
    ] {
        let a = atts(body);
        assert!(a.iter().any(|r| r.1 == "called"), "{body}: {a:?}");
    }
}

#[test]
fn later_references_resolve() {
    let body = "An analyst for Asia at consulting firm Eurasia Group, Neil Thomas, said that ties grew. \
                Thomas said that trust was thin. In an email, the analyst said that trade mattered. \
                He said that it would last.";
    let a = atts(body);
    assert_eq!(a.len(), 4, "{a:?}");
    for x in &a {
        assert_eq!(x.4, "Neil Thomas", "{x:?}");
        assert_eq!(x.5, "named");
    }
}

#[test]
fn source_classes() {
    assert_eq!(one("Analysts said that the plan would fail.").5, "vague");
    assert_eq!(one("Officials said that the plan would fail.").5, "vague");
    assert_eq!(
        one("A source familiar with the matter said that the plan would fail.").5,
        "anonymous"
    );
    assert_eq!(
        one("An official who spoke on condition of anonymity said that the plan would fail.").5,
        "anonymous"
    );
    assert_eq!(
        one("CNBC reported that the plan would fail.").5,
        "organisation"
    );
}

#[test]
fn a_name_qualifying_a_body_is_named_with_it() {
    let a = one("Richmond police said that the road was closed.");
    assert_eq!(
        (a.4.as_str(), a.5.as_str()),
        ("Richmond police", "organisation")
    );
    let a = one("The Obama administration announced that the rule would change.");
    assert_eq!(
        (a.4.as_str(), a.5.as_str()),
        ("Obama administration", "organisation")
    );
    // A person stays the person.
    assert_eq!(
        one("Mayor Ann Lee said that the road was closed.").4,
        "Ann Lee"
    );
}

#[test]
fn reported_speech_after_an_opening_phrase_without_comma() {
    let a = one("In March the company said that the plan had failed.");
    assert_eq!((a.1.as_str(), a.2.as_str()), ("said", "the company"));
    // A preposition opening the sentence is no name.
    let a = one("Near the end the letter says that the plan had failed.");
    assert_eq!(a.2, "the letter");
}

#[test]
fn a_pronoun_takes_the_person_the_narration_just_named() {
    let body = "“We are done,” said Officer Ann Tusk.\n\n\
                Board chair Lena Ostrova opened the meeting. “We start now,” she said.";
    let a = atts(body);
    assert_eq!(a.len(), 2, "{a:?}");
    assert_eq!(a[1].4, "Lena Ostrova");
    // A description is no name to take: the earlier source stands.
    let body = "“We are done,” said Officer Ann Tusk.\n\n\
                The former chair opened the meeting. “We start now,” she said.";
    assert_eq!(atts(body)[1].4, "Ann Tusk");
}

#[test]
fn said_as_an_adjective_is_not_a_cue() {
    assert!(atts("The said agreement was signed in May.").is_empty());
    assert!(atts("They signed the said agreement in May.").is_empty());
}

#[test]
fn reported_as_an_adjective_is_not_a_cue() {
    assert!(atts("Reported cases rose by 40 percent.").is_empty());
    assert!(atts("There were 300 reported cases in May.").is_empty());
    assert!(atts("The city's reported deficit grew.").is_empty());
}

#[test]
fn according_to_plan_is_not_a_cue() {
    assert!(atts("Everything went according to plan.").is_empty());
}

#[test]
fn nouns_and_names_are_not_cues() {
    assert!(atts("The Thrift Savings Plan is open to everyone.").is_empty());
    assert!(atts("Trump continues to fly on his own plane.").is_empty());
}
