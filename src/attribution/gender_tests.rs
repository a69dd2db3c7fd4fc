//! `Surnames`: the table is read on first use, and what it holds does not
//! depend on the order its tests run in.

use super::{Gender, Surnames, SEARCHES};
use crate::model::{Conventions, Document, Format};

fn with_surnames(text: &str, check: impl FnOnce(&Surnames<'_, '_>)) {
    let lang = Conventions::english();
    let doc = Document::parse(text, Format::Plain, &lang);
    let d = crate::attribution::Data::builtin("en").unwrap();
    check(&Surnames::build(&doc, &d));
}

#[test]
fn the_first_full_mention_gives_a_surname_its_gender() {
    let text = "Headline\n\nMrs. Pell Vorna spoke first. Later John Vorna spoke.\n\n\
                Dr. Ilse Kander met Ms. Ruth Odrin. Mr. Odrin left.\n";
    with_surnames(text, |s| {
        // "Pell" is no given name the lists hold: the title before it
        // is not the word before "Vorna", so Vorna shows nothing, and
        // the later "John Vorna" is a namesake, not a first mention.
        assert_eq!(s.of("Vorna"), Gender::Unknown);
        assert_eq!(s.of("Odrin"), Gender::Female);
        // Asked twice, the same answer from the one table.
        assert_eq!(s.of("Odrin"), Gender::Female);
        assert_eq!(s.of("Kander"), Gender::Unknown);
        assert_eq!(s.of("Nobody"), Gender::Unknown);
    });
}

#[test]
fn a_grammar_word_before_a_surname_is_no_given_name() {
    let text = "Headline\n\nIn Halvek's view, taxes rise. Mr. Halvek agreed.\n";
    with_surnames(text, |s| {
        // "In" is skipped; the first full mention is "Mr. Halvek".
        assert_eq!(s.of("Halvek"), Gender::Male);
    });
}

#[test]
fn a_middle_initial_is_passed_over() {
    let text = "Headline\n\nMary J. Stelb spoke. Then John Stelb spoke.\n";
    with_surnames(text, |s| assert_eq!(s.of("Stelb"), Gender::Female));
}

#[test]
fn a_search_and_the_table_agree_on_every_word() {
    let text = "Headline\n\nSen. Ann Wilde met Gov. Tom Brask. Mary Brask and Mr. Wilde \
                spoke.\n\nIn Brask's plan, Dr. Q. Ellor agreed. Said Ellor: \"Mrs. Fenn \
                knows.\" Mr. Fenn did not.\n";
    with_surnames(text, |s| {
        let table = s.read();
        // Every capitalised word, asked both ways.
        let words = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        for w in words.filter(|w| w.starts_with(char::is_uppercase)) {
            assert_eq!(s.search(w), table.get(w).copied(), "{w}");
        }
        assert_eq!(s.search("Wilde"), Some(Gender::Female));
        assert_eq!(s.search("Brask"), Some(Gender::Male));
        assert_eq!(s.search("Fenn"), Some(Gender::Female));
        // "Ellor" follows an initial after a title; "Said" is a cue.
        assert_eq!(s.search("Ellor"), Some(Gender::Unknown));
    });
}

#[test]
fn asked_past_the_searches_the_table_answers_the_same() {
    // "Ida" is no given name the lists hold; "Ms." before it is.
    let text = "Headline\n\nMs. Ida Lorn and John Peck met Mrs. Vell.\n";
    with_surnames(text, |s| {
        // Four surnames a round: past the searches, the table answers.
        for _ in 0..SEARCHES {
            for (w, g) in [
                ("Lorn", Gender::Unknown),
                ("Peck", Gender::Male),
                ("Vell", Gender::Female),
                ("Ida", Gender::Female),
            ] {
                assert_eq!(s.of(w), g, "{w}");
            }
        }
        assert!(s.first.get().is_some());
    });
}

#[test]
fn a_surname_inside_a_longer_word_is_passed_over() {
    // "Bell" first stands inside "Bellamy" and "BellBell", a woman's.
    let text = "Headline\n\nMs. Joan Bellamy and Mrs. Ruth BellBell met Tom Bell.\n";
    with_surnames(text, |s| {
        assert_eq!(s.search("Bell"), Some(Gender::Male));
        assert_eq!(s.search("BellBell"), Some(Gender::Female));
        assert_eq!(s.search("ell"), None);
        assert_eq!(s.read().get("Bell"), Some(&Gender::Male));
    });
}

#[test]
fn a_surname_is_known_when_written_after_any_given_name_or_title() {
    // "Pell" is in no list, yet "Pell Vorna" writes Vorna as a surname;
    // "Harbor" is never written after a given name.
    let text = "Headline\n\nPell Vorna and the Harbor board met.\n";
    with_surnames(text, |s| {
        assert!(s.knows("Vorna"));
        assert_eq!(s.of("Vorna"), Gender::Unknown);
        assert!(!s.knows("Harbor") && !s.knows("Nobody"));
    });
    // Past the searches, the table answers the same.
    with_surnames(text, |s| {
        for _ in 0..SEARCHES {
            s.of("Nobody");
        }
        assert!(s.knows("Vorna") && !s.knows("Harbor"));
        assert!(s.first.get().is_some());
    });
}
