//! Page structure in body paragraphs, through the whole rule.

use crate::claims::flagged_words;

#[test]
fn a_digest_item_credited_in_brackets_is_the_outlets() {
    let item = "HARBOR FEES DOUBLE The port will charge twice as much next year, the biggest rise since 1990. [Coast Ledger.]";
    assert!(flagged_words(item).is_empty(), "{:?}", flagged_words(item));
    // The same claim with no credit, or a bracket that is no credit (a
    // lower-case aside, too many words), is the writer's.
    for body in [
        "The port will charge twice as much next year, the biggest rise since 1990.",
        "The port will charge twice as much next year, the biggest rise since 1990. [sic]",
        "The port will charge twice as much next year, the biggest rise since 1990. [Harbor Board Members Said So Today.]",
    ] {
        assert!(!flagged_words(body).is_empty(), "{body}");
    }
}

#[test]
fn a_name_and_an_age_over_a_profile_is_a_title_line() {
    assert!(flagged_words("Dara Quill (left), 47.").is_empty());
    assert!(flagged_words("Tomas Berend, 61.").is_empty());
    // A word in lower case makes it prose; a second sentence too.
    assert!(!flagged_words("Berend paid 61 dollars.").is_empty());
    assert!(!flagged_words("Tomas Berend, 61. He Won 80 Percent.").is_empty());
}

#[test]
fn a_list_of_headlines_in_title_case_is_not_prose() {
    let links = "— What We Know About The Harbor Fire — Four Things To Watch In The Port Vote";
    assert!(
        flagged_words(links).is_empty(),
        "{:?}",
        flagged_words(links)
    );
    // Names capitalised in running prose are not title case.
    let prose =
        "Most voters in the Harbor District now back Mayor Ana Ruiz and the Port Authority Board.";
    assert!(!flagged_words(prose).is_empty());
}

#[test]
fn the_page_speaking_of_itself_is_furniture() {
    for s in [
        "This is a developing story and will be updated.",
        "The Courier has added quotes from a pool report to this Wire article.",
        "For more from the Courier, download our app for your phone.",
        "Tune in tonight for the final budget hearing at 8 p.m.",
    ] {
        assert!(flagged_words(s).is_empty(), "{s}: {:?}", flagged_words(s));
    }
    // "this" and another noun, or the words later in a sentence, are prose.
    for s in [
        "This plan will double the harbor fees by 2030.",
        "The levy will double, the biggest rise since 1990; download speeds fell too.",
    ] {
        assert!(!flagged_words(s).is_empty(), "{s}");
    }
}

#[test]
fn a_pointer_to_what_follows_is_a_transition() {
    for s in [
        "Here are three reasons the harbor levy will pass:",
        "Here’s the Courier’s pick of the most revealing letters in the new batch:",
        "Here is how the two largest unions plan to vote:",
    ] {
        assert!(flagged_words(s).is_empty(), "{s}: {:?}", flagged_words(s));
    }
    // Not at the close of the sentence, or not opening it: prose.
    for s in [
        "Here are three reasons the harbor levy will pass: it is cheap.",
        "The levy will pass, and here are three reasons:",
        "Here the levy will pass by 40 votes:",
    ] {
        assert!(!flagged_words(s).is_empty(), "{s}");
    }
}

/// `about_itself` of the first sentence after a headline.
fn about_itself(body: &str) -> bool {
    let text = format!("Head\n\n{body}\n");
    let lang = crate::lang::Lang::english();
    let doc = crate::model::Document::parse(&text, crate::model::Format::Plain, &lang);
    super::about_itself(&doc, &lang.claims.page, &doc.sentences[1])
}

#[test]
fn the_self_noun_counts_in_lower_case_or_capitalised_only() {
    assert!(about_itself(
        "This story has been updated with new figures."
    ));
    assert!(about_itself(
        "This Story has been updated with new figures."
    ));
    assert!(about_itself(
        "The Courier has added a map to this Wire post."
    ));
    // In capitals the words alone do not do it; the same letters in
    // lower case elsewhere in the sentence still do.
    assert!(!about_itself(
        "THIS STORY HAS BEEN UPDATED WITH NEW FIGURES."
    ));
    assert!(about_itself("THIS STORY has been updated with history."));
    // The noun without "this" or a state before it is prose.
    assert!(!about_itself("The story of the harbor levy is a long one."));
}

/// `title_case` of the first sentence after a headline.
fn title_case(body: &str) -> bool {
    let text = format!("Head\n\n{body}\n");
    let lang = crate::lang::Lang::english();
    let doc = crate::model::Document::parse(&text, crate::model::Format::Plain, &lang);
    super::title_case(&doc, &lang.claims.stop, &doc.sentences[1])
}

#[test]
fn title_case_allows_a_fifth_of_the_words_in_lower_case_wherever_they_stand() {
    // Ten words, two in lower case: four-fifths capitals, first or last.
    assert!(title_case(
        "eight and What We Know About The Harbor Fire Vote"
    ));
    assert!(title_case(
        "What We Know About The Harbor Fire Vote and eight"
    ));
    // Three in lower case is prose, wherever they stand.
    assert!(!title_case(
        "eight and nine What We Know About The Harbor Fire"
    ));
    assert!(!title_case(
        "What We Know About The Harbor Fire eight and nine"
    ));
}
