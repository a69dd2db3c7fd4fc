//! `ascribe model FILE`: the document model (or, with `--claims`, the
//! claims rule's candidate sentences and their features) as the library
//! builds it, for debugging rules and for training the claims model.

use super::{fail, EXIT_CLEAN};
use ascribe::input;

pub(super) fn model(path: &str, lang: &str, claims: bool) -> i32 {
    let lang = match ascribe::lang::Lang::builtin(lang) {
        Ok(l) => l,
        Err(e) => return fail(e),
    };
    let source = input::Source::File(path.into());
    let text = match input::read(&source) {
        Ok(t) => t,
        Err(e) => return fail(e),
    };
    // An HTML page's model is that of its article text (offsets into it).
    let format = ascribe::Format::from_path(path);
    let page = (format == ascribe::Format::Html)
        .then(|| ascribe::model::html::Page::read(&text, &lang.text));
    let article = match &page {
        Some(p) => {
            ascribe::article::Article::new(p.document(&lang.text), &lang).from_page(&text, &p.map)
        }
        None => ascribe::article::Article::parse(&text, format, &lang),
    };
    let doc = &article.doc;
    if claims {
        let mut out = String::new();
        let atts = article.attributions();
        ascribe::claims::features::candidates(doc, atts, &lang.claims, &lang.attribution, |c| {
            let s = doc.sentences[c.sentence].span;
            let features = c.features();
            let claim = lang.claims.model.claim(&features, doc);
            // A signal ranked warning makes a claim whatever the score.
            let strong = c.hits.first().is_some_and(|h| {
                lang.claims.signals[h.signal as usize].severity != ascribe::finding::Severity::Info
            });
            let line = serde_json::json!({
                "start": s.start,
                "end": s.end,
                "claim": (claim * 1000.0).round() / 1000.0,
                "strong": strong,
                "features": features.names(doc, &lang.claims),
            });
            out.push_str(&line.to_string());
            out.push('\n');
        });
        print!("{out}");
        return EXIT_CLEAN;
    }
    print!("{}", ascribe::model::debug::dump(doc));
    EXIT_CLEAN
}
