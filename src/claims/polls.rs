//! A poll's account of itself: the sentence that tells how a poll was
//! taken ("The poll of 1,000 likely voters, taken Monday, has a margin of
//! error of 3 points") names its own source, the poll, in its subject; its
//! figures are the poll's, not the writer's claims. The lists are
//! `rules/claims/<lang>.polls.yaml`.

use crate::attribution::WordSet;
use crate::model::{Document, Sentence, Token};
use serde::Deserialize;

/// A `rules/claims/<lang>.polls.yaml` file, as read.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PollsFile {
    /// Nouns of a poll ("poll", "survey").
    nouns: Vec<String>,
    /// Words that may open the poll's noun phrase ("the", "this").
    openers: Vec<String>,
    /// Words that may stand between them and the noun ("new", "national").
    modifiers: Vec<String>,
    /// Words and phrases that tell the method ("conducted", "margin of
    /// error").
    methods: Vec<String>,
    /// Phrases that may themselves be the subject ("margin of error").
    margins: Vec<String>,
    /// Nouns of one poll that a pollster's name before them makes a
    /// source after "in" ("in a Harbor Institute poll").
    named_in: Vec<String>,
    /// Nouns that may name a pollster in the subject ("The institute").
    pollsters: Vec<String>,
    /// What a pollster does in telling how it took its poll ("conducted",
    /// "surveyed").
    pollster_verbs: Vec<String>,
}

/// The lists of [`PollsFile`].
#[derive(Debug, Clone, Default)]
pub struct Polls {
    pub(crate) nouns: WordSet,
    pub(crate) openers: WordSet,
    pub(crate) modifiers: WordSet,
    methods: Vec<Vec<String>>,
    margins: Vec<Vec<String>>,
    pub(crate) named_in: WordSet,
    pollsters: WordSet,
    pollster_verbs: WordSet,
}

fn phrases(list: &[String]) -> Vec<Vec<String>> {
    list.iter()
        .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
        .filter(|p: &Vec<String>| !p.is_empty())
        .collect()
}

impl Polls {
    pub fn from_yaml(path: &str, text: &str) -> Result<Polls, crate::error::Error> {
        let f: PollsFile =
            serde_yaml::from_str(text).map_err(|e| crate::error::Error::from_yaml(path, e))?;
        Ok(Polls {
            nouns: WordSet::new(&f.nouns),
            openers: WordSet::new(&f.openers),
            modifiers: WordSet::new(&f.modifiers),
            methods: phrases(&f.methods),
            margins: phrases(&f.margins),
            named_in: WordSet::new(&f.named_in),
            pollsters: WordSet::new(&f.pollsters),
            pollster_verbs: WordSet::new(&f.pollster_verbs),
        })
    }
}

/// How many words may stand before the poll's noun in the subject ("The
/// latest Fox News poll").
const SUBJECT_WORDS: usize = 4;

/// How many words an opening phrase before "the margin of error" may have
/// ("For that subsample, …", "Among the 578 likely primary voters
/// surveyed, …": a subsample is named at that length).
const OPENING_WORDS: usize = 10;

/// How many words after a pollster's verb its poll may come ("conducted
/// its new poll").
const OBJECT_WORDS: usize = 3;

/// Does sentence `s` tell how a poll was taken, with the poll (or its
/// margin of error) for its subject? The poll's noun among the first
/// words, only openers, modifiers and capitalised words before it, and a
/// word of method somewhere ("The Fox poll had a margin of error of 4.5
/// points", "The survey of 1,200 voters was taken online"); or the margin
/// of error itself opening the sentence, perhaps after an opening phrase
/// and its comma ("The margin of error is 3 points"); or the pollster
/// telling what it did (see [`pollster_tells`]).
pub fn describes_itself(doc: &Document<'_>, polls: &Polls, s: &Sentence) -> bool {
    let toks = &doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
    let bytes = doc.text.as_bytes();
    let words: Vec<Token> = toks.iter().copied().filter(|t| t.is_word()).collect();
    let text = |t: &Token| t.text(doc.text);
    let at = |k: usize, p: &[String]| {
        p.iter().enumerate().all(|(j, w)| {
            words
                .get(k + j)
                .is_some_and(|t| text(t).eq_ignore_ascii_case(w))
        })
    };
    // The margin as the subject: after "the", at the start or after an
    // opening phrase and its comma.
    let comma = toks
        .iter()
        .position(|t| t.text(doc.text) == ",")
        .map(|c| {
            words
                .iter()
                .filter(|w| w.span.start < toks[c].span.start)
                .count()
        })
        .filter(|&n| n <= OPENING_WORDS);
    for start in std::iter::once(0).chain(comma) {
        let k = start
            + usize::from(
                words
                    .get(start)
                    .is_some_and(|t| polls.openers.contains_token(*t, bytes)),
            );
        if polls.margins.iter().any(|m| at(k, m)) {
            return true;
        }
    }
    if pollster_tells(doc, polls, toks, &words) {
        return true;
    }
    let Some(noun) = words
        .iter()
        .take(SUBJECT_WORDS + 1)
        .position(|t| polls.nouns.contains_token(*t, bytes))
    else {
        return false;
    };
    let subject = words[..noun].iter().all(|t| {
        polls.openers.contains_token(*t, bytes)
            || polls.modifiers.contains_token(*t, bytes)
            || bytes[t.span.start as usize].is_ascii_uppercase()
    });
    subject && (0..words.len()).any(|k| polls.methods.iter().any(|m| at(k, m)))
}

/// Does the sentence of `words` open with a pollster telling how it took
/// its poll ("Harbor College conducted the poll by telephone", "The
/// institute surveyed 1,200 adults")? The subject is a name in capitals
/// or a pollster's noun, with only openers and modifiers beside; right
/// after it, a pollster's verb whose object is the poll (its noun within
/// a few words) or a count (a number right after the verb). "Ruiz polled
/// 41 percent" is a result, and "polled" is no pollster's verb here.
fn pollster_tells(doc: &Document<'_>, polls: &Polls, toks: &[Token], words: &[Token]) -> bool {
    let bytes = doc.text.as_bytes();
    let Some(verb) = words
        .iter()
        .take(SUBJECT_WORDS + 1)
        .position(|t| polls.pollster_verbs.contains_token(*t, bytes))
    else {
        return false;
    };
    let named = |t: &Token| {
        bytes[t.span.start as usize].is_ascii_uppercase()
            || polls.pollsters.contains_token(*t, bytes)
    };
    let subject = &words[..verb];
    let is_subject = subject.iter().any(&named)
        && subject.iter().all(|t| {
            named(t)
                || polls.openers.contains_token(*t, bytes)
                || polls.modifiers.contains_token(*t, bytes)
        });
    let object = words
        .iter()
        .skip(verb + 1)
        .take(OBJECT_WORDS)
        .any(|t| polls.nouns.contains_token(*t, bytes));
    let after = words[verb].span.end;
    let count = toks
        .iter()
        .find(|t| t.span.start >= after)
        .is_some_and(|t| t.kind() == crate::model::TokenKind::Number);
    is_subject && (object || count)
}

#[cfg(test)]
mod tests {
    use crate::claims::flagged_words;

    #[test]
    fn a_poll_telling_how_it_was_taken_is_not_judged() {
        for s in [
            "The survey of 2,400 likely voters was conducted online from May 3 to May 9.",
            "The Harbor Institute poll had a margin of error of 3.8 percentage points.",
            "For that subsample, the margin of error is plus or minus 6 points.",
            "Margin of error: plus or minus 4 percentage points.",
            "The new statewide poll surveyed 1,150 registered voters by telephone.",
            // The pollster for the subject.
            "Harbor College conducted the poll by telephone from May 2 to May 6, surveying 812 adults.",
            "The institute surveyed 1,320 likely voters in the two counties.",
            "The survey has a credibility interval of 4.2 percentage points.",
            "Among the 612 likely Democratic primary voters surveyed, the margin of error is 5 points.",
        ] {
            assert!(flagged_words(s).is_empty(), "{s}: {:?}", flagged_words(s));
        }
    }

    #[test]
    fn a_result_or_a_judgement_about_a_poll_is_still_judged() {
        for s in [
            // A result with no word of method.
            "Governor Ruiz leads the poll with 41 percent of likely voters.",
            "Ruiz's poll numbers have dropped 9 points since the storm.",
            // The poll is not the subject: the writer's own count.
            "Turnout was 62 percent, well within the margin of error of the exit polls.",
            // A signal other than a figure is judged whatever the subject.
            "The poll, conducted last week, is the worst news for Ruiz in years.",
            // A result told of a candidate, not how the poll was taken.
            "Ruiz polled 41 percent among voters under 30.",
            // A pollster's verb, but no poll and no count: the writer's.
            "Ruiz surveyed the flooded streets, where 400 homes were lost.",
        ] {
            assert!(!flagged_words(s).is_empty(), "{s}");
        }
    }
}
