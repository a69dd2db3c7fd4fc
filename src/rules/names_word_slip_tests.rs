//! `names.inconsistent` on slips of words that are not names: a title, a
//! day, a demonym or a place misspelt beside a name, and the names that
//! stand one letter from such words and are right as written. Invented
//! copy.

use super::names_false_alarm_tests::found;

#[test]
fn a_misspelt_title_before_a_name_is_a_slip() {
    let t = "Harbour\n\nThe port was opened by President Alma Ruiz. Her deputy met President Ruiz later.\n\nOn Friday the former Presidant Tomas Lind signed the lease.\n";
    assert_eq!(found(t), ["Presidant"]);
}

#[test]
fn a_misspelt_day_beside_a_place_is_a_slip() {
    let t = "Vote\n\nThe count ended Tuesday night. Voters in Lake County cast ballots on Tuesday.\n\nTurnout in East Marlow Tuesdya was low.\n";
    assert_eq!(found(t), ["Tuesdya"]);
}

#[test]
fn a_doubled_letter_in_a_demonym_is_a_slip_beside_a_name() {
    let t = "Debate\n\nThe Democratic field met. Two Democratic senators spoke.\n\nDuring the KTV Democraatic debate the lights failed.\n";
    assert_eq!(found(t), ["Democraatic"]);
}

#[test]
fn a_misspelt_place_with_no_name_beside_it_is_a_slip() {
    let t = "Storm\n\nThe storm reached the Florida Keys on Monday. Florida Power cut lines.\n\nIn North Flroida the rain went on.\n";
    assert_eq!(found(t), ["Flroida"]);
}

#[test]
fn names_one_letter_from_such_words_are_right() {
    for t in [
        // A name beside a name, one letter from a country.
        "Trade\n\nThe Niger Delta sold oil. Talks with Niger Delta chiefs went on.\n\nNigel Farage came too.\n",
        // A short opener is a word names sit close to.
        "Oil\n\nAbout half the wells shut. About a third reopened.\n\nThe minister, Abou Salem, spoke.\n",
        // A demonym beside a name: a surname of its own.
        "Gulf\n\nThe Saudi king spoke. Saudi oil fell. Saudi ministers met.\n\nThe analyst Karim Saoudi disagreed.\n",
    ] {
        assert!(found(t).is_empty(), "{t}: {:?}", found(t));
    }
}

#[test]
fn a_letter_dropped_from_an_ending_is_a_slip() {
    // "-c" is no ending of its own: "Islamc" is "Islamic" misspelt.
    let t = "Fighters\n\nThe Islamic State grew. Islamic State fighters fled.\n\nThe Islamc State lost ground.\n";
    assert_eq!(found(t), ["Islamc"]);
}

#[test]
fn an_ordinary_word_slipped_inside_a_name_of_several_words() {
    let t = "Head\n\nShe met the Black Lives Matter movement. Black Lives Matter leaders spoke, and she turned back to them.\n\nLater she spoke of the Back Lives Matter movement.\n";
    assert_eq!(found(t), ["Back"]);
    let t = "Head\n\nThe Chief Justice spoke. Chief Justice Ann Roe wrote the chief opinion.\n\nHe blamed Chef Justice Roe.\n";
    assert_eq!(found(t), ["Chef"]);
    // An abbreviated title counts with its dot.
    let t = "Head\n\nAides to Ms. Tchen said so. Ms. Tchen spoke. The Tchen plan failed.\n\nBy then, Ms. Then said, it was late.\n";
    assert_eq!(found(t), ["Then"]);
}

#[test]
fn an_ordinary_word_beside_other_neighbours_is_a_word() {
    // The same word, but beside another neighbour than the name's: a word
    // of its own.
    let t = "Head\n\nShe met the Black Lives Matter movement. Black Lives Matter leaders spoke.\n\nHe came Back Home on Monday.\n";
    assert!(found(t).is_empty(), "{t}: {:?}", found(t));
}
