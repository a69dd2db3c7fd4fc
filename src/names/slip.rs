//! The typing slips a hand makes in a name it has just written right:
//! what tells a one-off slip ("Hilalry", "Clintn") from a second person's
//! own name one letter away ("Carlson" beside "Carson").

/// Is `slip` (folded) `right` (folded) typed with one slip: two adjacent
/// letters swapped, an inner letter dropped, a letter doubled, or a vowel
/// written for another vowel? The direction matters: a letter added that
/// doubles nothing ("Carson" to "Carlson") is how two surnames differ,
/// not how a hand slips, so it is no slip here.
pub fn typed_slip(slip: &str, right: &str) -> bool {
    let (s, r): (Vec<char>, Vec<char>) = (slip.chars().collect(), right.chars().collect());
    let vowel = |c: char| "aeiou".contains(c);
    if s.len() == r.len() {
        let diff: Vec<usize> = (0..s.len()).filter(|&i| s[i] != r[i]).collect();
        return match diff[..] {
            [i] => i > 0 && vowel(s[i]) && vowel(r[i]),
            [i, j] => j == i + 1 && s[i] == r[j] && s[j] == r[i],
            _ => false,
        };
    }
    if s.len() + 1 == r.len() {
        // An inner letter dropped: the first and last stay.
        return (1..r.len() - 1).any(|i| s[..i] == r[..i] && s[i..] == r[i + 1..]);
    }
    if s.len() == r.len() + 1 {
        // A letter doubled.
        return (1..s.len()).any(|i| s[i] == s[i - 1] && s[..i] == r[..i] && s[i + 1..] == r[i..]);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::typed_slip;

    #[test]
    fn the_four_slips_of_a_hand() {
        assert!(typed_slip("bratnon", "branton"), "two letters swapped");
        assert!(typed_slip("brantn", "branton"), "an inner letter dropped");
        assert!(typed_slip("dorrval", "dorval"), "a letter doubled");
        assert!(typed_slip("hollary", "hillary"), "a vowel for a vowel");
    }

    #[test]
    fn how_two_names_differ_is_no_slip() {
        // A letter added that doubles nothing: another surname.
        assert!(!typed_slip("marlson", "marson"));
        // A consonant for a consonant, a first or last letter dropped,
        // the first letter changed, two slips at once.
        assert!(!typed_slip("dorvak", "dorval"));
        assert!(!typed_slip("orval", "dorval"));
        assert!(!typed_slip("dorva", "dorval"));
        assert!(!typed_slip("ilsa", "elsa"));
        assert!(!typed_slip("horvel", "dorval"));
        assert!(!typed_slip("dorval", "dorval"));
    }
}
