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

fn one(body: &str) -> Row {
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

/// (source, content) of the direct attributions only.
fn direct(body: &str) -> Vec<(String, String)> {
    atts(body)
        .into_iter()
        .filter(|a| a.0 == "direct")
        .map(|a| (a.2, a.3))
        .collect()
}

#[test]
fn two_word_cues() {
    let a = direct("“The numbers do not add up,” she pointed out.");
    assert_eq!(a, [("she".into(), "“The numbers do not add up,”".into())]);
    let a = direct("As one aide put it, “We are done here.”");
    assert_eq!(a, [("one aide".into(), "“We are done here.”".into())]);
    // "put" alone is no cue.
    assert!(direct("The mayor put the plan on hold, “for now.”").is_empty());
}

#[test]
fn quote_only_verbs_from_the_list() {
    let a = direct("“Go back to your seat,” Trump barked.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "Trump");
}

#[test]
fn asides_in_the_speaker() {
    let a = direct("“It is a real concern,” Ana Ruiz, 69, told reporters on Monday.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert!(a[0].0.starts_with("Ana Ruiz"), "{a:?}");
    let a = direct("“We survey them every year,” Mr. Lane, of Northfield Capital, said.");
    assert!(a[0].0.starts_with("Mr. Lane"), "{a:?}");
    let a = direct("“The bill is dead,” Senate leader Tom Berg, R-Ky., said.");
    assert!(a[0].0.contains("Tom Berg"), "{a:?}");
    let a = direct("“Prices will rise,” Sam Ortiz, managing director at Northfield Capital, said.");
    assert!(a[0].0.starts_with("Sam Ortiz"), "{a:?}");
    let a = direct("“I was not sure,” Jo Kim, 67, a retired nurse in Dover, Del., said.");
    assert!(
        a[0].0.contains("Jo Kim") || a[0].0.contains("retired nurse"),
        "{a:?}"
    );
}

#[test]
fn a_number_before_a_media_source_is_no_aside() {
    let a = one("The two leaders met 37 times since 2013, Yahoo Finance reported.");
    assert_eq!(a.2, "Yahoo Finance");
}

#[test]
fn verb_chains_and_relative_pronouns() {
    let a = direct("The email goes on to say: “We will win this fight.”");
    assert_eq!(
        a,
        [("The email".into(), "“We will win this fight.”".into())]
    );
    let a = direct("Supporters wore shirts that said “We won.”");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "that");
    let a = direct("Then she added warily: “There is always something.”");
    assert_eq!(a[0].0, "she");
}

#[test]
fn a_verb_glued_to_a_whole_utterance() {
    let a = direct("He yelled “You lie!” at the president.");
    assert_eq!(a, [("He".into(), "“You lie!”".into())]);
    // A word taken up in the sentence is no utterance of its own.
    assert!(direct("He yelled “liar” at the president.").is_empty());
}

#[test]
fn a_closing_mark_of_another_glyph() {
    let a = direct("“It is unusual,“ said Larry Noble, a lawyer.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].1, "“It is unusual,“");
    let a = direct("“Our roads are crumbling,\" she said.");
    assert_eq!(a[0].1, "“Our roads are crumbling,\"");
}

#[test]
fn a_long_clause_after_an_inverted_speaker() {
    let a = direct(
        "“Nobody else is trying,” said Mr. Stevens, who took aim at the senator from the state, long seen by many in the party as their best chance to win the race but who came a distant second in the vote last week.",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert!(a[0].0.starts_with("Mr. Stevens"), "{a:?}");
}

#[test]
fn a_comma_after_an_utterance() {
    let a =
        direct("Immediately after the attacks, Trump issued a statement, “We grieve with France.”");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "Trump");
    let a = direct(
        "Republican presidential nominee Donald Trump issued the following statement: “We grieve.”",
    );
    assert!(a[0].0.ends_with("Donald Trump"), "{a:?}");
    // No utterance, no attribution: a comma alone does not make a speaker.
    assert!(direct("The dog ate the homework, “as usual.”").is_empty());
}

#[test]
fn a_question_then_its_speaker_in_the_next_sentence() {
    let a = direct("“Why are you still endorsing him?” Obama asked Republican politicians.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "Obama");
    let a = direct("“Why not?” Beck questioned.");
    assert_eq!(a[0].0, "Beck");
    // A new sentence of reported speech does not attribute the question.
    let a = direct("“Why not?” Beck said the plan would fail because nobody had funded it.");
    assert!(a.is_empty(), "{a:?}");
}

#[test]
fn a_bare_speaker_after_a_quotation_that_hands_on() {
    let a = direct("“The harm is incalculable,” federal prosecutors wrote in a filing.");
    assert_eq!(
        a,
        [(
            "federal prosecutors".into(),
            "“The harm is incalculable,”".into()
        )]
    );
    // A surname that is also a function word.
    let a = direct("“This should end the race,” Will wrote.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "Will");
    // A scare quote is no quotation that hands on.
    assert!(
        atts("They balked at “poison pill” measures added by the committee.")
            .iter()
            .all(|a| a.2 != "measures")
    );
    // Nor is a title-case headline a speaker and a cue.
    assert!(direct("Sanders Hails ‘Revolution,’ Just Announced Plans").is_empty());
}

#[test]
fn any_verb_closing_a_sentence_after_a_quotation() {
    let a = atts("“That is not how it works,” she sniffed.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!((a[0].1.as_str(), a[0].2.as_str()), ("sniffed", "she"));
    // The verb must close the clause: here it goes on into reported speech.
    assert!(direct("“Fine,” she sniffed the air and left the room for the night.").is_empty());
    // A lowercase word that is no subject does not make a speaker.
    assert!(atts("Sanders declares ‘revolution,’ ignores losses.")
        .iter()
        .all(|a| a.2 != "ignores" && a.1 != "losses"));
}

#[test]
fn a_quotation_signed_in_the_next_paragraph() {
    let a = atts("“We are worried about the future of our kids.”\n\n- Bernie Sanders.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!((a[0].1.as_str(), a[0].2.as_str()), ("-", "Bernie Sanders"));
    let a = direct("“She never quits.”\n\n—Barack Obama, tweeting after the speech.");
    assert_eq!(a[0].0, "Barack Obama");
    // A dash list item after a quotation that does not fill its paragraph.
    assert!(direct("He said it was “fine” for now.\n\n- Budget items.")
        .iter()
        .all(|a| a.0 != "Budget items"));
}

#[test]
fn a_name_and_colon_in_running_text() {
    let a = direct("Turnout rose in the east - Philip Bump: “The Northeast is different.”");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "Philip Bump");
    let a = direct("Rep. Trey Gowdy (R-S.C.): “Who told you that?”");
    assert_eq!(a[0].0, "Rep. Trey Gowdy");
    // Lowercase words after the dash name no one.
    assert!(
        direct("Turnout rose - in the east: “The Northeast is different.”")
            .iter()
            .all(|a| a.0 != "in the east")
    );
}

#[test]
fn a_full_name_before_where_they_work_is_the_speaker() {
    let a = one("“The bill is dead,” said Senator Ted Cruz of Texas.");
    assert_eq!(a.4, "Ted Cruz");
    assert_eq!(a.5, "named");
    let a = one("Ross Eisenbrey of the Economic Policy Institute said the rule would help.");
    assert_eq!(a.4, "Ross Eisenbrey");
    // One word before "of" names nothing alone.
    let a = one("Economists at Bank of America said the plan was dead.");
    assert_ne!(a.4, "Bank");
}

#[test]
fn an_adverbial_between_source_and_cue_is_skipped() {
    let a = one("Clinton, in an interview with NBC, said, “I made a mistake.”");
    assert_eq!(
        (a.0.as_str(), a.2.as_str(), a.4.as_str()),
        ("direct", "Clinton", "Clinton")
    );
    let a = one("Sen. Ted Cruz, speaking to reporters on Monday, said that the deal was dead.");
    assert_eq!(
        (a.0.as_str(), a.2.as_str(), a.4.as_str()),
        ("indirect", "Sen. Ted Cruz", "Ted Cruz")
    );
    let a = one("The company, in a statement, said that it regretted the error.");
    assert_eq!(
        (a.2.as_str(), a.5.as_str()),
        ("The company", "organisation")
    );
    let a = one("Jones, however, said that the count was wrong.");
    assert_eq!(a.2, "Jones");
}

#[test]
fn a_clause_before_an_adverbial_is_no_source() {
    // Without a name, pronoun or short description before the commas, the
    // words before the cue are a clause, not its source.
    for body in [
        "Unemployment dipped to 4.9 percent last month, in January, said nothing new.",
        "The committee held its long hearing in the old hall, during the recess, said little.",
    ] {
        assert!(
            atts(body).iter().all(|a| a.1 != "said" || a.2.is_empty()),
            "{body}: {:?}",
            atts(body)
        );
    }
}

#[test]
fn a_participle_quotes_the_subject_of_its_clause() {
    // Not the last capitalised word before the comma.
    let a = one("Trump attacked Cruz on Monday, saying “he is a liar.”");
    assert_eq!(
        (a.0.as_str(), a.2.as_str(), a.4.as_str()),
        ("direct", "Trump", "Trump")
    );
    let a = one("Senate Majority Leader Mitch McConnell dismissed the idea, saying that it would never pass.");
    assert_eq!(
        (a.0.as_str(), a.4.as_str()),
        ("indirect", "Mitch McConnell")
    );
    let a = one("Trump fired back at Clinton, calling her “crooked.”");
    assert_eq!((a.0.as_str(), a.4.as_str()), ("mixed", "Trump"));
    let a = one("Jones ended the speech by declaring, “We will be back.”");
    assert_eq!((a.0.as_str(), a.4.as_str()), ("direct", "Jones"));
    let a = one("A spokesman for the campaign declined to comment, saying “we are busy.”");
    assert_eq!(a.2, "A spokesman for the campaign");
}

#[test]
fn party_brackets_and_relative_clauses_leave_the_name() {
    let a = one("“We need to act now,” Gov. Jane Smith (D-Ohio) said at a news conference.");
    assert_eq!(a.4, "Jane Smith");
    let a = one("Smith, who has served in the Senate since 2009, said she would retire.");
    assert_eq!((a.0.as_str(), a.2.as_str()), ("indirect", "Smith"));
    let a = one("Ann Lee, whose firm advised the city, said that the bonds were safe.");
    assert_eq!(a.4, "Ann Lee");
}

#[test]
fn an_adjunct_after_an_inverted_name_is_not_the_source() {
    let a = one("“We did it,” wrote Smith on Twitter.");
    assert_eq!((a.2.as_str(), a.4.as_str()), ("Smith", "Smith"));
    let a = one("“It was fine,” said House Speaker Paul Ryan in a statement.");
    assert_eq!(a.4, "Paul Ryan");
    // After a description, the words stay: they may be what makes it
    // anonymous.
    let a = one("“It is over,” said an official who spoke on condition of anonymity.");
    assert_eq!(a.5, "anonymous");
}

#[test]
fn a_split_quotation_may_hold_an_adjunct_between_its_parts() {
    let a = one("“This,” Smith said, pointing to the map, “is where we win.”");
    assert!(a.3.ends_with("“is where we win.”"), "{a:?}");
    // A first part that ends a sentence is no split quotation.
    let a = atts("“We lost.” Smith said, shaking his head, “and we knew it.”");
    assert!(
        a.iter()
            .all(|x| !(x.3.contains("lost") && x.3.contains("knew"))),
        "{a:?}"
    );
}

#[test]
fn he_and_she_prefer_a_source_known_to_fit() {
    let body = "“We won,” Hillary Clinton said. Donald Trump said the vote was rigged. \
                “No,” she said. “Wrong,” he said.";
    let speakers: Vec<String> = atts(body).into_iter().map(|a| a.4).collect();
    assert_eq!(
        speakers,
        [
            "Hillary Clinton",
            "Donald Trump",
            "Hillary Clinton",
            "Donald Trump"
        ]
    );
    // With no gender known, the nearest named source.
    let body = "Analyst Zed Quorn said the vote was close. “It was,” she said.";
    assert_eq!(atts(body)[1].4, "Zed Quorn");
}

#[test]
fn quotations_attributed_across_a_relative_clause_or_by_according_to() {
    let a = one("“This is wrong,” the official, who asked not to be named, said.");
    assert_eq!((a.0.as_str(), a.2.as_str()), ("direct", "the official"));
    assert_eq!(a.3, "“This is wrong,”");
    let a = one("“We will not back down,” according to a statement from the union.");
    assert_eq!(
        (a.0.as_str(), a.3.as_str()),
        ("direct", "“We will not back down,”")
    );
}

#[test]
fn a_participle_phrase_and_an_object_before_the_quotation() {
    let a = one(
        "Smith, delivering the speech, asked the Cleveland crowd “If she lies, why vote for her?”",
    );
    assert_eq!((a.0.as_str(), a.2.as_str()), ("direct", "Smith"));
    assert_eq!(a.3, "“If she lies, why vote for her?”");
}

#[test]
fn an_as_clause_names_its_source_and_leans_on_the_main_clause() {
    let a = one("As The Washington Post reported, the deal fell apart on Monday.");
    assert_eq!(
        (a.2.as_str(), a.3.as_str()),
        ("The Washington Post", "the deal fell apart on Monday")
    );
    let a = one("The deal fell apart on Monday, as the Post reported.");
    assert_eq!(
        (a.2.as_str(), a.3.as_str()),
        ("the Post", "The deal fell apart on Monday")
    );
    let a = one("The situation comes as the two nations have pledged to coordinate efforts.");
    assert_eq!(a.2, "the two nations");
    // A comparison is no clause: no source made of its second half.
    assert!(
        atts("As many as 40 percent of voters said they were undecided.")
            .iter()
            .all(|a| !a.2.starts_with("many"))
    );
}

#[test]
fn a_name_before_a_role_noun_is_not_the_speaker() {
    let a = one("The Moscow leader pledged that he would visit the Olympics.");
    assert_eq!(a.4, "The Moscow leader");
    let a = one("A Treasury official said that rates would rise.");
    assert_ne!(a.4, "Treasury");
    // With the person named beside the role, the person.
    let a = one("Dow’s chief executive, Andrew Liveris, said the merger was good.");
    assert_eq!(a.4, "Andrew Liveris");
    let a = one("Rubio’s deputy campaign manager, Rich Beeson, who oversaw Michigan, said the state was close.");
    assert_eq!(a.4, "Rich Beeson");
}

#[test]
fn a_vague_source_with_its_employer_is_vague() {
    for body in [
        "Officials at the Pentagon said the strike was planned.",
        "Analysts at Goldman Sachs said rates would rise.",
        "Supporters of Hillary Clinton said she had won.",
    ] {
        let a = one(body);
        assert_eq!(a.5, "vague", "{body}: {a:?}");
        assert!(
            a.4.contains(" at ") || a.4.contains(" of "),
            "{body}: {a:?}"
        );
    }
    // A named person at an organisation is still the person.
    let a = one("Ann Lee of the Brookings Institution said the plan would fail.");
    assert_eq!((a.4.as_str(), a.5.as_str()), ("Ann Lee", "named"));
}

#[test]
fn a_plural_possessive_inside_the_source_is_no_quotation_mark() {
    // After the quotation, before it, and inverted: the apostrophe of
    // "Ortegas’" or "voters'" neither closes the quotation nor cuts the source.
    let a = one("“The roads come first,” Dan Ruiz, the Ortegas’ campaign manager, said.");
    assert_eq!(a.0, "direct");
    assert_eq!(a.2, "Dan Ruiz, the Ortegas’ campaign manager");
    assert_eq!(a.4, "Dan Ruiz");
    let a = one("Dan Ruiz, the voters' favourite, said: “The roads come first.”");
    assert_eq!(a.2, "Dan Ruiz, the voters' favourite");
    let a = one("“The roads come first,” said Dan Ruiz, the Ortegas’ campaign manager.");
    assert_eq!(a.2, "Dan Ruiz, the Ortegas’ campaign manager");
    // A closing single mark after a word in s still closes its quotation.
    let a = atts("Critics called the plan ‘a mess of buses’ and moved on.");
    assert!(a.iter().all(|a| !a.2.contains('’')), "{a:?}");
}

#[test]
fn present_and_perfect_forms_of_listed_verbs_attribute_quotations() {
    let a = one("The flyer claims “Our mayor built every road.”");
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.2.as_str()),
        ("direct", "claims", "The flyer")
    );
    let a = one("As the critic Jo Marsh had written a year earlier, “No city runs itself.”");
    assert_eq!((a.0.as_str(), a.1.as_str()), ("direct", "written"));
    assert_eq!(a.4, "Jo Marsh");
    let a = one("“The fund is empty,” the auditors conclude.");
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.2.as_str()),
        ("direct", "conclude", "the auditors")
    );
    let a = one("The group ran an ad asking, “Who pays for the new stadium?”");
    assert_eq!((a.0.as_str(), a.1.as_str()), ("direct", "asking"));
    // Only next to a quotation: no reported speech from them.
    assert!(atts("The firm claims the land is worth more.").is_empty());
    assert!(atts("Nobody is asking the council to pay.").is_empty());
}

#[test]
fn a_whole_sentence_quoted_after_a_colon_is_the_clause_subjects() {
    // No subject to offer: the last name in the clause.
    let a =
        one("The early lead does not surprise pollster Dana Reyes: “Newcomers always rise first?”");
    assert_eq!((a.0.as_str(), a.1.as_str()), ("direct", ":"));
    assert_eq!(a.2, "Dana Reyes");
    assert_eq!(a.3, "“Newcomers always rise first?”");
    // Neither: no attribution.
    assert!(atts("At the end, the punch line: “I would build it myself.”").is_empty());
    // Not a phrase, not a list, not a quotation the sentence goes on after,
    // and not when a cue before the colon is reported speech's.
    assert!(
        atts("By the end of the long meeting the sign on the door had one word: “closed.”")
            .is_empty()
    );
    assert!(atts(
        "After a long day at the office she chose three words for it: “Work, home, rest” and left."
    )
    .is_empty());
    let a = atts("According to the memo from the city budget office: “The fund is empty.”");
    assert!(a.iter().all(|a| a.1 != ":"), "{a:?}");
}

#[test]
fn a_sentence_opening_with_its_speech_verb_names_the_speaker_after_it() {
    let a = one(
        "The old mill reopened as a museum. Said Rosa Delgado, who worked the looms there for thirty years, “We never thought we would see it again.”",
    );
    assert_eq!((a.0.as_str(), a.1.as_str()), ("direct", "Said"));
    assert!(a.2.starts_with("Rosa Delgado"), "{a:?}");
    assert_eq!(a.4, "Rosa Delgado");
    // A capitalised word that is no speech verb opens nothing of the kind.
    let a = atts(
        "The old mill reopened as a museum. Standing by the old looms where she worked for thirty years, “We never thought we would see it again.”",
    );
    assert!(a.iter().all(|a| a.1 != "Standing"), "{a:?}");
}

/// The inferred attributions alone.
fn inferred(body: &str) -> Vec<Row> {
    let all = all_atts(body, true);
    let said = atts(body);
    all.into_iter().filter(|a| !said.contains(a)).collect()
}

#[test]
fn a_quotation_nothing_attributes_continues_the_speaker_before_it() {
    // After narration following reported speech in its paragraph: that
    // speaker, cued by the mark. (Right after the reported speech, it
    // goes on with it: see tests_precision.)
    let a = inferred(
        "Lena Ostrova said the board would vote. The room went quiet. “We owe the parents an answer.”",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(
        (a[0].0.as_str(), a[0].1.as_str(), a[0].2.as_str()),
        ("direct", "“", "Lena Ostrova")
    );
    assert_eq!(a[0].3, "“We owe the parents an answer.”");
    // Or in the paragraph before.
    let a = inferred(
        "Lena Ostrova said the board would vote. The room went quiet.\n\n“We owe the parents an answer.”",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].4, "Lena Ostrova");
    // Two paragraphs back is too far: no one.
    let a = inferred(
        "Lena Ostrova said the board would vote.\n\nThe hall was full.\n\n“We owe the parents an answer.”",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!((a[0].2.as_str(), a[0].5.as_str()), ("", "unknown"));
}

#[test]
fn quotations_nothing_attributes_in_a_run_are_one_statement() {
    let a = inferred("“The vote can wait a week.”\n\n“The children cannot wait a year.”");
    assert_eq!(a.len(), 1, "{a:?}");
    assert!(
        a[0].3.starts_with("“The vote") && a[0].3.ends_with("a year.”"),
        "{a:?}"
    );
}

#[test]
fn titles_and_short_phrases_are_no_ones_words() {
    for body in [
        "Copies of “The Art of the Deal” sold out.",
        "The rally ended. “Make America Great Again”",
        "The plan was “a mess.”",
    ] {
        assert!(
            all_atts(body, true).is_empty(),
            "{body}: {:?}",
            all_atts(body, true)
        );
    }
}

#[test]
fn a_fragment_quoted_in_a_clause_is_its_subjects() {
    // Any verb: the quotation is the subject's words.
    let a = one("In March, Senator Ana Ruiz blasted the agency for its “slow and careless handling of claims.”");
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.2.as_str()),
        ("mixed", "blasted", "Senator Ana Ruiz")
    );
    // One surname the article writes mid-sentence too; a pronoun.
    let a = atts("Critics rounded on Ruiz. Ruiz blamed the budget for the “slow and careless handling of claims.”");
    assert!(a.iter().any(|x| x.1 == "blamed" && x.2 == "Ruiz"), "{a:?}");
    let a = one("She blamed the budget for the “slow and careless handling of claims.”");
    assert_eq!((a.1.as_str(), a.2.as_str()), ("blamed", "She"));
    // Not a subject that names no one, nor a capital that only opens the
    // sentence, nor two fragments of one sentence apart.
    for body in [
        "It blamed the budget for the “slow and careless handling of claims.”",
        "You can blame the budget for the “slow and careless handling of claims.”",
        "Delays followed the “slow and careless handling of claims.”",
    ] {
        assert!(atts(body).is_empty(), "{body}: {:?}", atts(body));
    }
    let a = one("Senator Ana Ruiz praised “the quick work of the crews” and “the patience of every family.”");
    assert!(
        a.3.starts_with("“the quick") && a.3.ends_with("family.”"),
        "{a:?}"
    );
}

#[test]
fn a_sentence_quoted_after_a_clause_is_its_subjects_or_carried() {
    let a = one("Senator Ana Ruiz closed with a warning, “The river will rise again this spring.”");
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.2.as_str()),
        ("direct", "closed", "Senator Ana Ruiz")
    );
    // No one in the clause: the speaker before, inferred.
    let a = inferred(
        "Senator Ana Ruiz closed with a warning, “The river will rise again this spring.”\n\nThen, the laugh line: “I would build the bridge myself.”",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!((a[0].1.as_str(), a[0].4.as_str()), ("“", "Ana Ruiz"));
}

#[test]
fn an_unattributed_quotation_takes_the_person_the_narration_names() {
    // The sentence before names who speaks, not the last speaker.
    let a = inferred(
        "“We will cut nothing,” Mayor Ann Lee said.\n\nAsked about the deficit, Brown shrugged. “It is not my problem.”",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].4, "Brown");
    // A surname takes the full name an attribution gave before.
    let a = inferred(
        "“We will cut nothing,” said Tom Brown.\n\nAnn Lee disagreed.\n\nAsked again, Brown shrugged. “It is not my problem.”",
    );
    assert_eq!(a.last().map(|x| x.4.as_str()), Some("Tom Brown"), "{a:?}");
    // A sentence that names no one leaves the last speaker.
    let a = inferred(
        "“We will cut nothing,” Mayor Ann Lee said.\n\nThe budget passed on Monday. “It is a good day.”",
    );
    assert_eq!(a[0].4, "Ann Lee", "{a:?}");
}
