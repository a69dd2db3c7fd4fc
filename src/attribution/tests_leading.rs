//! A clause leading a sentence ("When Lee said that …, Roe …"): what it
//! reports ends at its comma, and a pronoun after the sentence means the
//! main clause's subject.

use super::tests::{atts, last_speaker};

#[test]
fn after_a_leading_clause_a_pronoun_means_the_main_clauses_subject() {
    let body = "“We will win,” said Nora Pell.\n\n\
                When Dunst pointed out that the mayor had voted for it, Pell seized upon the point. \
                “She voted for it twice,” she said.";
    let a = atts(body);
    // What Dunst said ends at the comma before the main clause.
    let pointed = a
        .iter()
        .find(|r| r.1 == "pointed out")
        .expect("pointed out");
    assert_eq!(pointed.3, "the mayor had voted for it");
    assert_eq!(last_speaker(body), "Nora Pell");
    // Named in full, and never a source before.
    let body = "When Dunst noted that the mayor had voted for it, Ivan Halloway laughed. \
                “He voted for it twice,” he said.";
    assert_eq!(last_speaker(body), "Ivan Halloway");
}

#[test]
fn a_main_clauses_subject_of_the_other_gender_leaves_the_pronoun_to_the_source() {
    let body = "When Oren Blick said that the mayor had voted for it, Nora Pell laughed. \
                “She voted for it twice,” he said.";
    assert_eq!(last_speaker(body), "Oren Blick");
    // Not a leading clause: the source of the sentence itself speaks on.
    let body = "Oren Blick said that the mayor had voted for it, and Nora Pell laughed. \
                “She voted for it twice,” he said.";
    assert_eq!(last_speaker(body), "Oren Blick");
}

#[test]
fn a_list_in_a_leading_clauses_content_does_not_end_it() {
    let body = "When Dunst said that Ohio, Iowa and Utah had voted no, Pell laughed.";
    let a = atts(body);
    let said = a.iter().find(|r| r.1 == "said").expect("said");
    assert_eq!(said.3, "Ohio, Iowa and Utah had voted no");
}

#[test]
fn an_appositive_after_a_name_is_no_main_clause() {
    let body = "After Dunst said that the board would meet Ann Roe, a member responsible for \
                the budget, the mayor left.";
    let a = atts(body);
    let said = a.iter().find(|r| r.1 == "said").expect("said");
    assert_eq!(
        said.3,
        "the board would meet Ann Roe, a member responsible for the budget"
    );
}

#[test]
fn a_cue_in_the_main_clause_keeps_its_content() {
    // The cue follows the leading clause's comma: its words run on.
    let body = "After the vote on Monday, Tarn Velko said the plan would pass, the council \
                would meet and the tax would fall.";
    let a = atts(body);
    let said = a.iter().find(|r| r.1 == "said").expect("said");
    assert_eq!(
        said.3,
        "the plan would pass, the council would meet and the tax would fall"
    );
}
