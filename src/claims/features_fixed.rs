//! The names of the features that are not a signal: where a sentence
//! stands, its shape, its grammar and what the attributions near it say,
//! each an index into one list of names.

/// The features that are not a signal, by the index of their name in
/// [`FIXED`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub enum Fixed {
    // What the attributions near it say (see `scope::Coverage`).
    CovSentence,
    CovOwn,
    CovCognition,
    CovSays,
    CovContent,
    CovBetween,
    CovClosing,
    CovClosingContrast,
    CovClosingOther,
    CovClosingQuotation,
    CovNear,
    CovEvidence,
    CovWriter,
    // The class of a source in the sentence.
    AttrNamed,
    AttrOrganisation,
    AttrVague,
    AttrAnonymous,
    AttrUnknown,
    AttrInferred,
    // Where it stands.
    PosLead,
    PosFirst,
    PosAlone,
    PosLast,
    PosItem,
    // Its shape: length in words, and the rest.
    Words1To5,
    Words6To12,
    Words13To20,
    Words21To30,
    Words31Up,
    ShapeQuoted,
    ShapeOpensQuote,
    ShapeNumber,
    ShapeFirstPerson,
    ShapeColon,
    ShapeCapitals,
    ShapeAllCapitals,
    ShapeMarkup,
    NoNames,
    Names1To2,
    Names3Up,
    // Its grammar, roughly.
    GramModal,
    GramNegation,
    GramComparative,
    GramTime,
    GramPast,
    GramPresent,
    GramPerfect,
    GramAdverb,
    // Claim or witnessed fact: the word classes of `features` in
    // rules/claims/<lang>.yaml.
    LexEvaluative,
    LexAttitude,
    LexProspect,
    LexAct,
    FigMoney,
    FigPercent,
}

/// The names of the [`Fixed`] features, in their order.
pub const FIXED: &[&str] = &[
    // What the attributions near it say (see `scope::Coverage`).
    "cov:sentence",
    "cov:own",
    "cov:cognition",
    "cov:says",
    "cov:content",
    "cov:between",
    "cov:closing",
    "cov:closing-contrast",
    "cov:closing-other",
    "cov:closing-quotation",
    "cov:near",
    "cov:evidence",
    "cov:writer",
    // The class of a source in the sentence.
    "attr:named",
    "attr:organisation",
    "attr:vague",
    "attr:anonymous",
    "attr:unknown",
    "attr:inferred",
    // Where it stands.
    "pos:lead",
    "pos:first",
    "pos:alone",
    "pos:last",
    "pos:item",
    // Its shape: length in words, and the rest.
    "len:1-5",
    "len:6-12",
    "len:13-20",
    "len:21-30",
    "len:31+",
    "shape:quoted",
    "shape:opens-quote",
    "shape:number",
    "shape:first-person",
    "shape:colon",
    "shape:capitals",
    "shape:all-capitals",
    "shape:markup",
    "names:0",
    "names:1-2",
    "names:3+",
    // Its grammar, roughly.
    "gram:modal",
    "gram:negation",
    "gram:comparative",
    "gram:time",
    "gram:past",
    "gram:present",
    "gram:perfect",
    "gram:adverb",
    // Claim or witnessed fact: the word classes of `features` in
    // rules/claims/<lang>.yaml.
    "lex:evaluative",
    "lex:attitude",
    "lex:prospect",
    "lex:act",
    "fig:money",
    "fig:percent",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fixed_feature_has_its_own_name() {
        // `Fixed` indexes `FIXED`: one name for each, in the same order.
        assert_eq!(FIXED.len(), Fixed::FigPercent as usize + 1);
        assert_eq!(FIXED[Fixed::CovSentence as usize], "cov:sentence");
        assert_eq!(FIXED[Fixed::Words31Up as usize], "len:31+");
        assert_eq!(FIXED[Fixed::GramAdverb as usize], "gram:adverb");
        assert_eq!(FIXED[Fixed::LexEvaluative as usize], "lex:evaluative");
        assert_eq!(FIXED[Fixed::FigPercent as usize], "fig:percent");
        let mut names = FIXED.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), FIXED.len());
    }
}
