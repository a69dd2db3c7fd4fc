//! The claims model's feature word lists as one set, so that a word is
//! looked up once for all of them.

use super::file::DataFile;
use crate::attribution::WordSet;
use crate::model::Token;

/// The feature word lists as one set: each word with the lists it is in,
/// as bits.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    words: WordSet,
    /// By slot of `words`.
    bits: Vec<u16>,
}

impl Lexicon {
    pub const FIRST_PERSON: u16 = 1;
    pub const TIME: u16 = 1 << 1;
    pub const PAST: u16 = 1 << 2;
    pub const PRESENT: u16 = 1 << 3;
    pub const PERFECT: u16 = 1 << 4;
    pub const MODAL: u16 = 1 << 5;
    pub const NEGATION: u16 = 1 << 6;
    pub const COMPARATIVE: u16 = 1 << 7;
    pub const STOP: u16 = 1 << 8;
    pub const NOT_ADVERB: u16 = 1 << 9;
    pub const EVALUATIVE: u16 = 1 << 10;
    pub const ATTITUDE: u16 = 1 << 11;
    pub const PROSPECT: u16 = 1 << 12;
    pub const ACT: u16 = 1 << 13;
    pub const MONEY: u16 = 1 << 14;
    pub const PERCENT: u16 = 1 << 15;

    fn new(lists: &[(&Vec<String>, u16)]) -> Lexicon {
        let words = WordSet::new(lists.iter().flat_map(|(l, _)| l.iter()));
        let mut bits = vec![0; words.slot_count()];
        for (list, bit) in lists {
            for w in list.iter() {
                if let Some(k) = words.slot(w) {
                    bits[k] |= bit;
                }
            }
        }
        Lexicon { words, bits }
    }

    /// Every feature list of a claims file, each under its bit.
    pub(super) fn from_file(f: &DataFile) -> Lexicon {
        Lexicon::new(&[
            (&f.not_claims.first_person, Lexicon::FIRST_PERSON),
            (&f.features.time, Lexicon::TIME),
            (&f.not_claims.dates, Lexicon::TIME),
            (&f.features.past, Lexicon::PAST),
            (&f.features.present, Lexicon::PRESENT),
            (&f.features.perfect, Lexicon::PERFECT),
            (&f.not_claims.modals, Lexicon::MODAL),
            (&f.features.negation, Lexicon::NEGATION),
            (&f.features.comparative, Lexicon::COMPARATIVE),
            (&f.features.stop, Lexicon::STOP),
            (&f.features.not_adverbs, Lexicon::NOT_ADVERB),
            (&f.features.evaluative, Lexicon::EVALUATIVE),
            (&f.features.attitude, Lexicon::ATTITUDE),
            (&f.features.prospect, Lexicon::PROSPECT),
            (&f.features.acts, Lexicon::ACT),
            (&f.features.money, Lexicon::MONEY),
            (&f.features.percent, Lexicon::PERCENT),
        ])
    }

    /// The lists word token `t` of `text` is in.
    #[inline]
    pub fn of(&self, t: Token, text: &[u8]) -> u16 {
        self.words.slot_token(t, text).map_or(0, |k| self.bits[k])
    }
}
