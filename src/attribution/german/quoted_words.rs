//! Whether a quotation nobody is said to have said is someone's words:
//! a fragment or sentence (`„tiefer Besorgnis“`), or a name or title in
//! quotation marks (`der „Berliner Zeitung“`, `„Journal of Rural
//! Health“`), which is nobody's.

use super::quotes::Quote;
use super::reader::{self, Reader};

/// Does a quotation with no cue read as someone's words: four words or
/// more that are no title (`„Die Früchte des Zorns“`), or a fragment that
/// opens in lower case (`„tiefer Besorgnis“`), which a name rarely does?
/// One word alone (`„entsorgen“`, `„stabil“`) is most often the writer's
/// own scare quotes: someone's only in reported speech (`reported`: the
/// sentence has a subjunctive) or as what something is called (`als
/// „falsch“ zurückgewiesen`). A web address (`„shop.de“`) is a name.
pub(super) fn speechlike(r: &Reader<'_, '_>, q: &Quote, reported: bool) -> bool {
    // `das Album „…“`, `das Lied „…“` (or after a comma, as an apposition):
    // a title.
    let before = q.open.checked_sub(1).map(|k| {
        if r.is_punct(k, ',') {
            k.saturating_sub(1)
        } else {
            k
        }
    });
    if before
        .and_then(|k| r.narrated(k))
        .is_some_and(|w| r.d.german.work_nouns.ends(w, 0))
    {
        return false;
    }
    let words = (q.open + 1..q.close)
        .filter(|&k| r.word(k).is_some())
        .count();
    if words >= crate::attribution::orphans::MIN_WORDS {
        return !crate::attribution::orphans::is_title(r.doc, q.open, q.close);
    }
    let tokens = &r.doc.tokens;
    let address = (q.open + 2..q.close.saturating_sub(1)).any(|k| {
        tokens[k].is_punct('.')
            && tokens[k - 1].span.end == tokens[k].span.start
            && tokens[k].span.end == tokens[k + 1].span.start
    });
    let named_as = || {
        q.open
            .checked_sub(1)
            .and_then(|k| r.narrated(k))
            .is_some_and(|w| r.d.german.naming.is(w))
    };
    let lower = (q.open + 1..q.close)
        .find_map(|k| r.word(k))
        .is_some_and(|w| !reader::starts_upper(w));
    lower && !address && (words >= 2 || reported || named_as())
}

/// Is quotation `q` a name in quotation marks (`der Nachrichtenagentur
/// „Associated Press“`, `der „Berliner Zeitung“`) rather than someone's
/// words: three words or fewer, each capitalised, after a noun it names,
/// after a definite article (`die „Morgenpost“`, `vom „Kurier“`), or
/// after another article when there are two or more of them? (One noun
/// after an indefinite article, `eine „Unverschämtheit“`, is as often a
/// quoted word.)
pub(super) fn names_something(r: &Reader<'_, '_>, q: &Quote) -> bool {
    let words: Vec<&str> = (q.open + 1..q.close).filter_map(|k| r.word(k)).collect();
    if english_title(r, q, &words)
        || in_brackets(r, q, &words)
        || abbreviated(r, q, &words)
        || glossed(r, q, &words)
    {
        return true;
    }
    if words_before_cue(r, q, &words) {
        return true;
    }
    if words.is_empty() || words.len() > 3 || !words.iter().all(|w| reader::starts_upper(w)) {
        return false;
    }
    let Some(before) = q.open.checked_sub(1).and_then(|k| r.narrated(k)) else {
        return false;
    };
    if r.d.german.definite_articles.is_folded(before) {
        return true;
    }
    if r.d.determiners.contains(before) {
        return words.len() >= 2;
    }
    if after_article_and_adjective(r, q.open - 1, before) {
        return true;
    }
    // `ein Artikel von „Radio Nord“`, `gegenüber „Abend Zeitung“`: two or
    // three capitalised words right after a preposition are a name. (One
    // alone is as often a word quoted, `warnte vor „Panik“`.)
    if r.d.german.prepositions.is(before) && !r.d.german.naming.is(before) {
        return words.len() >= 2;
    }
    reader::starts_upper(before) && q.open >= 2 && !r.is_punct(q.open - 1, ':')
}

/// Is the word `before` at `k`, right before a quotation of capitalised
/// words, an adjective after a definite article (`die liberale „El
/// Diario“`, `der so genannten „Rote Hilfe“`)? The quotation is then the
/// name the article and adjective go with. (After an indefinite article,
/// `einen größeren „Konflikt“`, it is as often a quoted word.)
fn after_article_and_adjective(r: &Reader<'_, '_>, k: usize, before: &str) -> bool {
    let attributive = ["e", "en", "er", "es", "em"]
        .iter()
        .any(|e| before.ends_with(e));
    if reader::starts_upper(before) || !attributive {
        return false;
    }
    let mut j = k;
    for _ in 0..2 {
        let Some(i) = j.checked_sub(1) else {
            return false;
        };
        j = i;
        match r.narrated(j) {
            Some(w) if r.d.german.definite_articles.is_folded(w) => return true,
            Some(w) if w.eq_ignore_ascii_case("so") => continue,
            _ => return false,
        }
    }
    false
}

/// Is quotation `q` (its `words`) alone in brackets after what it names
/// or translates (`die Partei Jobbik („Bewegung für Ungarn“)`, `Ziele
/// („Afghanistan“)`): a name, with no sentence's stop of its own? (One
/// word in lower case there, `(„angebliche“)`, is someone's word.)
fn in_brackets(r: &Reader<'_, '_>, q: &Quote, words: &[&str]) -> bool {
    let tokens = &r.doc.tokens;
    // Names listed in one pair of brackets, `(„Hartz IV“, „Rente mit
    // 67“)`: step over the other quotations of the list to the brackets.
    let mut after = q.close + 1;
    while r.is_punct(after, ',') && r.is_mark(after + 1) {
        match (after + 2..tokens.len()).find(|&j| r.is_mark(j)) {
            Some(j) => after = j + 1,
            None => return false,
        }
    }
    let mut before = q.open;
    while before >= 3 && r.is_punct(before - 1, ',') && r.is_mark(before - 2) {
        match (0..before - 2).rev().find(|&j| r.is_mark(j)) {
            Some(j) => before = j,
            None => return false,
        }
    }
    let stop = q.close > q.open + 1
        && matches!(
            tokens[q.close - 1].kind(),
            crate::model::TokenKind::Punct('.' | '!' | '?')
        );
    let lone_lower = words.len() == 1 && !reader::starts_upper(words[0]);
    before >= 1
        && tokens[before - 1].open().is_some()
        && tokens.get(after).is_some_and(|t| t.close().is_some())
        && !stop
        && !words.is_empty()
        && !lone_lower
}

/// Is quotation `q` (its `words`) an English title or name (`„Journal of
/// Rural Health“`, `„Friends for the River“`): capitalised words joined by
/// English function words, the first capitalised, no sentence's stop at
/// its end? A sentence quoted in English (`„Get out of the way.“`, `„Thank
/// you for coming“`) has a stop or a word in lower case of its own.
fn english_title(r: &Reader<'_, '_>, q: &Quote, words: &[&str]) -> bool {
    let joiners = &r.d.german.foreign_title_words;
    let stop = q.close > q.open + 1
        && matches!(
            r.doc.tokens[q.close - 1].kind(),
            crate::model::TokenKind::Punct('.' | '!' | '?')
        );
    words.len() >= 2
        && !stop
        && words.first().is_some_and(|w| reader::starts_upper(w))
        && words.iter().any(|w| joiners.is(w))
        && words
            .iter()
            .all(|w| reader::starts_upper(w) || joiners.is(w))
}

/// Is quotation `q` (its `words`) the short form of a name just given
/// (`„Grand Theft Auto“, kurz „GTA“`, `(kurz: „Fed“)`): after a word that
/// announces an abbreviation, in an apposition, with or without a colon?
/// Nobody's words.
fn abbreviated(r: &Reader<'_, '_>, q: &Quote, words: &[&str]) -> bool {
    let Some(mut k) = q.open.checked_sub(1) else {
        return false;
    };
    if r.is_punct(k, ':') {
        let Some(j) = k.checked_sub(1) else {
            return false;
        };
        k = j;
    }
    // (The word stands in an apposition, after a comma or a bracket: `sagte
    // kurz: „Nein.“` is an adverb's.)
    let apposed = k
        .checked_sub(1)
        .is_some_and(|j| r.is_punct(j, ',') || r.doc.tokens[j].open().is_some());
    !words.is_empty()
        && apposed
        && r.narrated(k)
            .is_some_and(|w| r.d.german.abbreviation_words.is_folded(w))
}

/// Is quotation `q` (its `words`) a name with its abbreviation or
/// translation in brackets right after it (`die „Woche des freien Buches“
/// (Free Book Week)`, `der „Bund der Imker“ (BdI)`): capitalised first,
/// with no sentence's stop of its own? A sentence quoted before a gloss
/// (`„Das ist alles.“ (That is all.)`) keeps its stop; a fragment in lower
/// case (`„die Richtlinien der Politik“`) is someone's words.
fn glossed(r: &Reader<'_, '_>, q: &Quote, words: &[&str]) -> bool {
    let tokens = &r.doc.tokens;
    let stop = q.close > q.open + 1
        && matches!(
            tokens[q.close - 1].kind(),
            crate::model::TokenKind::Punct('.' | '!' | '?')
        );
    // (An aside with a number cites where the words are from, `„…“
    // (Artikel 65 GG)`, `„…“ (Rede vom 3. Mai)`: no gloss.)
    let gloss = tokens.get(q.close + 1).is_some_and(|t| t.open().is_some())
        && (q.close + 2..tokens.len())
            .take_while(|&k| tokens[k].close().is_none())
            .all(|k| !tokens[k].is_number());
    !stop && words.first().is_some_and(|w| reader::starts_upper(w)) && gloss
}

/// Is quotation `q` (its `words`) the name of whoever speaks, between a
/// definite article and the verb of saying (`Wie die „Aktion Kinder
/// helfen“ mitteilte`, `Die „Liga für freie Presse“ berichtete`)? Up to
/// five words, the first capitalised, no clause's punctuation, and the verb
/// right after the closing mark or past one adverb (`heute mitteilte`).
/// Words in lower case may stand in such a name, as they do in no one's
/// words so placed: a quotation is not the subject of a verb of saying.
fn words_before_cue(r: &Reader<'_, '_>, q: &Quote, words: &[&str]) -> bool {
    let named = words.first().is_some_and(|w| reader::starts_upper(w)) && words.len() <= 5;
    let plain = (q.open + 1..q.close).all(|k| r.word(k).is_some() || r.is_punct(k, '-'));
    let article = q
        .open
        .checked_sub(1)
        .and_then(|k| r.narrated(k))
        .is_some_and(|w| r.d.german.definite_articles.is_folded(w));
    if !(named && plain && article) {
        return false;
    }
    let next = q.close + 1;
    let verb = |k: usize| r.is_speech_verb(k, q.close);
    verb(next) || r.narrated(next).is_some_and(|w| !reader::starts_upper(w)) && verb(next + 1)
}
