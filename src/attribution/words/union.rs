//! One set holding the members of several: for a scan that asks a dozen
//! sets of each word it keeps, and finds most words in none of them. One
//! probe of the union turns those away; only a member is asked of each.

use super::{Key, WordSet};

impl WordSet {
    /// Every member of `sets`, once. Members are moved over by their keys
    /// (and, past 16 bytes, their bytes): the words need not be at hand.
    pub fn union(sets: &[&WordSet]) -> WordSet {
        let total: usize = sets.iter().map(|s| s.len).sum();
        let cap = (total * 2).next_power_of_two().max(8);
        let mask = cap - 1;
        let mut out = WordSet {
            slots: vec![Key::default(); cap],
            long: vec![Box::default(); cap],
            len: 0,
            shapes: Default::default(),
        };
        for set in sets {
            out.shapes.add_all(&set.shapes);
            for (key, long) in set.slots.iter().zip(&set.long) {
                if key.len == 0 {
                    continue;
                }
                let mut i = key.home(cap.trailing_zeros());
                let mut known = false;
                while out.slots[i].len != 0 {
                    if out.slots[i] == *key && (key.len <= 16 || out.long[i] == *long) {
                        known = true;
                        break;
                    }
                    i = (i + 1) & mask;
                }
                if !known {
                    out.slots[i] = *key;
                    out.long[i] = long.clone();
                    out.len += 1;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_union_holds_the_members_of_each_set_once() {
        let verbs = WordSet::new(["grumbled", "Noted", "an-extraordinarily-long-verb"]);
        let nouns = WordSet::new(["ledger", "noted", "memorandum"]);
        let both = WordSet::union(&[&verbs, &nouns]);
        for w in ["grumbled", "NOTED", "ledger", "Memorandum"] {
            assert!(both.contains(w), "{w}");
        }
        assert!(both.contains("an-extraordinarily-long-verb"));
        // A long word is matched in full, not by its key's ends alone.
        assert!(!both.contains("an-extraordinarilx-long-verb"));
        assert!(!both.contains("ledgers") && !both.contains("note"));
        assert_eq!(both.len, 5);
        assert!(WordSet::union(&[]).is_empty());
    }
}
