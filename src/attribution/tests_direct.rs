//! Direct quotations in the shapes of news copy: two-word and listed
//! cues, asides and adverbials in the speaker, verbs glued to whole
//! utterances, a quotation signed in the next sentence or paragraph,
//! participles and as-clauses.

use super::tests::{atts, one};

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
fn a_question_then_its_speaker_and_the_audience_told() {
    // The audience, its head nouns and a long adjunct report nothing.
    let a = direct(
        "“Who can say?” Lopez told Canada’s CBC radio network in an interview \
         broadcast on Sunday when asked whether the mill would reopen.",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "Lopez");
    let a = direct(
        "“Are we ready?” the mayor told the cheering crowd at the fairground on Friday night.",
    );
    assert_eq!(a[0].0, "the mayor", "{a:?}");
    // A reported clause after the audience is a new statement.
    let a = direct("“Who can say?” Lopez told reporters the mill will close in May.");
    assert!(a.is_empty(), "{a:?}");
    let a = direct("“Who can say?” Lopez told reporters in Ottawa that the mill will close.");
    assert!(a.is_empty(), "{a:?}");
    // A topic or a time clause after the bare verb.
    let a = direct(
        "“Why would anyone pay that?” Ruiz said about the county's plan to sell the old bridge.",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "Ruiz");
    let a = direct(
        "“Is it two? Three?” Ruiz asks as a porter wheels a cart across the stage behind her.",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "Ruiz");
    let a = direct("“Why not?” Ruiz said the county would sell the old bridge after the vote.");
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
