//! Signs that a capitalised word is a noun, not a name, in a language
//! that capitalises every noun (German): a lower-case occurrence says
//! nothing there, but an article or other determiner right before it
//! does ("in der Nacht", "die neue Saison"), and so does a count ("100
//! Meter"). Names of people seldom take
//! one.

use super::fold::key;
use super::Data;
use crate::model::Document;

/// Does the word at token `ti` follow a noun sign of the language: a
/// determiner right before it, or a determiner and a lower-case adjective
/// ("der laufenden Saison")? A determiner after a name particle belongs
/// to the name ("Ursula von der Leyen").
pub fn after_noun_sign(doc: &Document<'_>, data: &Data, ti: usize) -> bool {
    if data.noun_signs.is_empty() {
        return false;
    }
    let text = doc.text;
    // The word `back` tokens before `ti`, on the same line, if it is one.
    let word = |back: usize| -> Option<&str> {
        let i = ti.checked_sub(back)?;
        let (t, next) = (doc.tokens[i], doc.tokens[i + 1]);
        let gap = &text[t.span.end as usize..next.span.start as usize];
        (t.is_word() && !gap.contains('\n') && gap.trim().is_empty()).then(|| t.text(text))
    };
    // Right after a comma, "der", "die", "das" open a relative clause
    // ("Westerwelle, der Gerhardt ablöste"): a pronoun, not an article.
    let after_comma = |back: usize| {
        let start = doc.tokens[ti - back].span.start as usize;
        text[..start].trim_end().ends_with(',')
    };
    let sign = |back: usize| {
        word(back).is_some_and(|w| {
            data.noun_signs.contains(&key(w))
                && !word(back + 1).is_some_and(|p| data.particles.contains(&key(p)))
                && !after_comma(back)
        })
    };
    if sign(1) {
        return true;
    }
    // A count before it: a unit or a plural ("100 Meter", "3 Sterne").
    if ti > 0 {
        let t = doc.tokens[ti - 1];
        let (w, gap) = (
            t.text(text),
            &text[t.span.end as usize..doc.tokens[ti].span.start as usize],
        );
        if !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) && gap == " " {
            return true;
        }
    }
    // An adjective takes an ending after a determiner: -e, -en, -er, -es, -em.
    let adjective = word(1).is_some_and(|w| {
        w.chars().next().is_some_and(char::is_lowercase)
            && w.chars().count() >= 4
            && ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e))
    });
    adjective && sign(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Conventions, Format};

    fn signed(text: &str, word: &str) -> bool {
        let lang = Conventions::english();
        let doc = Document::parse(text, Format::Plain, &lang);
        let data = Data::builtin("de").unwrap();
        let ti = doc
            .tokens
            .iter()
            .position(|t| t.text(text) == word)
            .expect("word");
        after_noun_sign(&doc, &data, ti)
    }

    #[test]
    fn an_article_or_an_article_and_adjective_make_a_noun() {
        assert!(signed("Kopf\n\nSie kam in der Dämmerung.\n", "Dämmerung"));
        assert!(signed(
            "Kopf\n\nNach der kalten Dämmerung ging sie.\n",
            "Dämmerung"
        ));
        assert!(signed("Kopf\n\nEr lobte seine Mannschaft.\n", "Mannschaft"));
        assert!(signed("Kopf\n\nDer Mast ist 40 Fuß hoch.\n", "Fuß"));
    }

    #[test]
    fn names_and_particles_take_no_sign() {
        assert!(!signed(
            "Kopf\n\nEs sprach Ulla Brenzke heute.\n",
            "Brenzke"
        ));
        assert!(!signed(
            "Kopf\n\nEs sprach Anna von der Hohenau.\n",
            "Hohenau"
        ));
        // A preposition is no determiner.
        assert!(!signed("Kopf\n\nSie flog nach Wendlingen.\n", "Wendlingen"));
        // After a comma, "die" is a relative pronoun.
        assert!(!signed(
            "Kopf\n\nDie Idee, die Brenzke nannte, war gut.\n",
            "Brenzke"
        ));
        // English has no noun signs.
        let text = "Head\n\nShe met the Senator.\n";
        let lang = Conventions::english();
        let doc = Document::parse(text, Format::Plain, &lang);
        let ti = doc
            .tokens
            .iter()
            .position(|t| t.text(text) == "Senator")
            .unwrap();
        assert!(!after_noun_sign(&doc, &Data::builtin("en").unwrap(), ti));
    }
}
