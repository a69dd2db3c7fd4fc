//! Tests of the slip shapes `similar` tells without building strings.
use super::*;

#[test]
fn slips_of_a_hand_are_told_in_place() {
    // Two letters swapped, next to each other; accented letters count
    // as one.
    for (a, b) in [("Germna", "German"), ("Érdogan", "Érodgan"), ("ab", "ba")] {
        assert!(slip_shaped(a, b) && slip_shaped(b, a), "{a} {b}");
    }
    // A doubled letter dropped, either way round, at any place.
    for (a, b) in [
        ("Democratiic", "Democratic"),
        ("Allan", "Alan"),
        ("Zoë", "Zoëë"),
    ] {
        assert!(slip_shaped(a, b) && slip_shaped(b, a), "{a} {b}");
    }
    for (a, b) in [
        ("German", "German"),  // the same
        ("Gemrna", "German"),  // swaps apart
        ("Germanx", "German"), // a letter added, not doubled
        ("Geman", "German"),   // a letter dropped, not doubled
        ("Gérman", "German"),  // a letter changed
        ("abc", "cba"),        // three apart
        ("Ann", "Annnn"),      // two letters apart
    ] {
        assert!(!slip_shaped(a, b) && !slip_shaped(b, a), "{a} {b}");
    }
    assert!(one_deletion("russians", "russans") && one_deletion("ians", "ans"));
    assert!(one_deletion("ab", "a") && one_deletion("b", "ab"));
    // Byte lengths one apart but no deletion; an accented letter is
    // two bytes, so deleting it is no one-byte deletion.
    assert!(!one_deletion("abc", "ax") && !one_deletion("aé", "a") && !one_deletion("ab", "ab"));
}
