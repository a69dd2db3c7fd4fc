//! Tests of `names.inconsistent`, apart so that the rule file stays small.

use super::*;
use crate::rules::names_false_alarm_tests::found;
use crate::rules::{run_rule, Settings};

#[test]
fn the_rarer_spelling_is_reported_with_a_fix() {
    let text = "Head\n\nThe aide Yury Ushakov spoke. Later Ushakov left.\n\nOn Friday Uhsakov returned.\n";
    let f = run_rule(&NamesInconsistent, text, &Settings::default());
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].span.text(text), "Uhsakov");
    assert!(
        f[0].message.contains("“Ushakov”, written twice"),
        "{}",
        f[0].message
    );
    assert!(f[0].message.contains("line 3"), "{}", f[0].message);
    let first = text.find("Ushakov").unwrap();
    assert_eq!(f[0].related.len(), 1);
    assert_eq!(f[0].related[0].span.start as usize, first);
    assert_eq!(f[0].related[0].span.text(text), "Ushakov");
    let fix = f[0].fix.as_ref().unwrap();
    assert_eq!(fix.edits[0].replacement, "Ushakov");
    assert_eq!(fix.edits[0].span, f[0].span, "each occurrence fixes itself");
    // The majority is a guess: --fix leaves it to --unsafe-fixes.
    assert_eq!(fix.applicability, crate::fix::Applicability::Suggested);
}

#[test]
fn one_against_one_reports_the_later() {
    assert_eq!(
        found("Head\n\nWe met Hillary Clinton. Then Hilary Clinton left.\n"),
        ["Hilary"]
    );
}

#[test]
fn listed_spellings_of_one_name() {
    assert_eq!(
        found("Head\n\nThey saw Gadhafi and met Gadhafi's son, then Qaddafi left.\n"),
        ["Qaddafi"]
    );
}

#[test]
fn must_not_fire_on_derived_and_different_words() {
    for text in [
        "Head\n\nIn America the American people voted. The Americans won.\n",
        "Head\n\nThe United States said its Status report was late.\n",
        "Head\n\nMany Latino voters and a Latin teacher came.\n",
        "Head\n\nThey flew to Austria and then to Australia, then Austria.\n",
        "Head\n\nThey named Iran and Iraq and Iran again.\n",
        "Head\n\nBoth Clintons came; the Clinton camp cheered Clinton.\n",
        "Head\n\nGennifer Flowers met Jennifer Lopez. Then Gennifer left.\n",
        "Head\n\nBen Carson met Tucker Carlson. Later Ben Carson spoke and Carson left.\n",
        "Head\n\nDemocrats and the Democratic Party met a Democrat.\n",
        "Head\n\nThe Russian said Russia and the Russians agreed.\n",
        "Head\n\nAlexey NIKOLSKY took it, said ALEXEY NIKOLSKY of Sputnik.\n",
        "Head\n\nChinese President Xi Jinping met Putin. Xi said yes.\n",
        // A possessive pronoun opening a sentence is no slip for a state.
        "Head\n\nHe won Maine. Mine told me so, she said of Maine.\n",
        // A country is its own spelling, however near a name.
        "Head\n\nDavid Cameron spoke. Cameron left for Cameroon. Cameron came back.\n",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

#[test]
fn two_spellings_each_used_often_are_a_choice() {
    let text =
        "Head\n\nSmithson said. Smithson left. Smithson came. Smithsen said. Smithsen left.\n";
    assert!(found(text).is_empty());
}

#[test]
fn ordinary_words_in_lower_case_are_not_names() {
    let text =
        "Head\n\nThe United States met. The States said. Then Sates said; the sates agreed.\n";
    assert!(found(text).is_empty(), "{:?}", found(text));
}

#[test]
fn a_misspelt_word_is_caught_whatever_stands_beside_it() {
    let text = "Head\n\nThe National Guard came to the National Zoo. National parks shut.\n\nThe Nationla Mall was closed.\n";
    assert_eq!(found(text), ["Nationla"]);
}

#[test]
fn a_name_beside_a_name_is_no_misspelt_word() {
    // "Deval" is no word and "Deal" is, but "Deval" stands beside a
    // name of its own.
    let text = "Head\n\nThe New Deal came up. A Green New Deal too. Deal or not.\n\nDeval Patrick spoke.\n";
    assert!(found(text).is_empty(), "{:?}", found(text));
}

#[test]
fn two_dictionary_words_are_two_words() {
    let text = "Head\n\nThe State Department spoke. State law and state pay. The Secretary of State came.\n\nSlate wrote about it.\n";
    assert!(found(text).is_empty(), "{:?}", found(text));
    // Without the lower-case "state" too: "Slate" is a common word, and
    // "State" ends no person's name.
    let text = "Head\n\nThe State Department spoke. State law. The Secretary of State came.\n\nSlate wrote about it.\n";
    assert!(found(text).is_empty(), "{:?}", found(text));
    // A name that is a word too keeps its slips into a rare word.
    let text = "Head\n\nDonald Trump spoke. Trump left. Trump came back.\n\nTump wrote about it.\n";
    assert_eq!(found(text), ["Tump"]);
}

#[test]
fn a_one_off_slip_beside_other_names_is_still_a_slip() {
    // Each spelling stands beside its own given name, yet the rarer is
    // the usual one typed with a letter dropped or two swapped.
    let t = "Head\n\nSenator Halina Brantley spoke in Ohio. Brantley won. Brantley left. Later her husband Oskar Brantly said she would win.\n";
    assert_eq!(found(t), ["Brantly"]);
    let t = "Head\n\nMarta Velez met Gerhard Lomax at noon. Gerhard Lomax said the talks were over. Gerhard Lomax left, and Gerahrd Wilkins agreed.\n";
    assert_eq!(found(t), ["Gerahrd"]);
}

#[test]
fn two_people_each_named_once_are_not_a_slip() {
    // A usual form written only once is not established: two surnames a
    // letter apart, each with its own given name, are two people.
    let t = "Head\n\nThe pollster Dana Kohn wrote first. The analyst Eli Kohen replied.\n";
    assert!(found(t).is_empty(), "{:?}", found(t));
    let t = "Head\n\nSenator Halina Brantley spoke in Ohio. Later her husband Oskar Brantly said she would win.\n";
    assert!(found(t).is_empty(), "{:?}", found(t));
}

#[test]
fn two_people_beside_their_own_names_stay_two_people() {
    // Two given names a vowel apart: each a known given name.
    let t = "Head\n\nDana Ruiz met voters. Her sister Dina Ruiz spoke later.\n";
    assert!(found(t).is_empty(), "{:?}", found(t));
    // A surname with a letter added that doubles nothing is another
    // surname, not a slip of the hand.
    let t = "Head\n\nBen Marson spoke first. Later Tucker Marlson hosted the show.\n";
    assert!(found(t).is_empty(), "{:?}", found(t));
    // A slip written twice is a spelling of its own.
    let t = "Head\n\nEdna Brantley spoke. Oskar Brantly came, and Oskar Brantly left.\n";
    assert!(found(t).is_empty(), "{:?}", found(t));
}

#[test]
fn a_given_name_slipped_beside_another_persons_is_a_slip() {
    // Two people with one given name, each written once in full: the
    // usual spelling is on the census list, the slip is not.
    assert_eq!(
        found("Head\n\nThe panel heard Richard Vance and then Rihcard Olmstead.\n"),
        ["Rihcard"]
    );
    assert_eq!(
        found("Head\n\nScholars Patricia Quill and Patircia Oduya agreed.\n"),
        ["Patircia"]
    );
}

#[test]
fn a_given_name_slip_needs_both_used_as_given_names() {
    for text in [
        // A rarer spelling on the census list is somebody's own name.
        "Head\n\nThe panel heard Carol Vance and then Carl Olmstead.\n",
        // A surname one slip from a given name stands before no name.
        "Head\n\nThe panel heard Richard Vance, and Tom Rihcard said no.\n",
        // The usual spelling never stands as a given name here.
        "Head\n\nThey met Ann Richard. Later Rihcard Olmstead spoke.\n",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}
