//! A quotation credited after a dash on its own line (`credits`).

use super::tests::atts;

/// (cue, source, content) of the direct attributions.
fn credited(body: &str) -> Vec<(String, String, String)> {
    atts(body)
        .into_iter()
        .filter(|a| a.0 == "direct")
        .map(|a| (a.1, a.2, a.3))
        .collect()
}

#[test]
fn a_dash_and_a_name_after_the_closing_mark() {
    let a = credited("“The whole evening felt staged to me.” — Dana Whitfield");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!((a[0].0.as_str(), a[0].1.as_str()), ("—", "Dana Whitfield"));
    assert_eq!(a[0].2, "“The whole evening felt staged to me.”");
    // No space before the dash, a full stop after the name.
    let a = credited("“Rents went up twice this year.”– Pilar Ybarra.");
    assert_eq!(a[0].1, "Pilar Ybarra");
    // Two hyphens typed for a dash, initials in the name.
    let a = credited("\"Nobody answered the question on wages.\" -- Greta M. Lindqvist");
    assert_eq!(a[0].1, "Greta M. Lindqvist");
}

#[test]
fn a_description_after_the_name_is_not_the_source() {
    let a = credited("“I have never been so worried.” — Omar Castillo, 34, a teacher in Tucson");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].1, "Omar Castillo");
}

#[test]
fn the_horizontal_bar_is_a_dash() {
    // Some sites set U+2015 for every em dash.
    let a = credited("“We just want the buses to run on time.” ― Ines Valdivia");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].1, "Ines Valdivia");
}

#[test]
fn each_credited_paragraph_has_its_own_speaker() {
    let a = credited(
        "We asked readers what they made of the debate.\n\n\
         “It felt like theatre.” — Dana Whitfield\n\n\
         “Nobody talked about rent.” — Omar Castillo",
    );
    let sources: Vec<&str> = a.iter().map(|x| x.1.as_str()).collect();
    assert_eq!(sources, ["Dana Whitfield", "Omar Castillo"], "{a:?}");
}

#[test]
fn a_dash_that_goes_on_with_the_writers_sentence_credits_no_one() {
    // A clause after the dash, not a name.
    assert!(credited("“Yes.” — The crowd roared its approval.")
        .iter()
        .all(|a| a.1 != "The crowd roared its approval" && a.0 != "—"));
    // The quotation does not open its paragraph: the dash is the writer's.
    assert!(credited("She called it “a fine plan” — Ruiz disagreed.")
        .iter()
        .all(|a| a.0 != "—"));
}
