//! `--input-format jsonl` for `check` and `extract`: what one record
//! gives each command. Reading the stream, order, error lines and kept
//! fields are [`super::records`]'.

use super::records::{self, Made, Record, Run};
use ascribe::config::Effective;
use ascribe::input::Source;
use ascribe::lang::Lang;
use ascribe::report::map::MapFile;
use ascribe::report::FileReport;
use ascribe::{Checker, Error, Format};

/// `check`: a line per record, `{"id": …, "findings": [...]}`, each
/// finding as in the JSON report.
pub fn check(
    plan: Vec<(Source, Result<Effective, Error>)>,
    walk_errors: &[Error],
    how: &Run,
) -> i32 {
    let plan = plan
        .into_iter()
        .map(|(s, e)| {
            let checker = e.and_then(|e| Ok((Checker::new(&e.options)?, e.fail_level)));
            (s, checker)
        })
        .collect();
    records::run(plan, walk_errors, how, |(checker, level), r: &Record| {
        let found = checker.check(r.body, r.format);
        let report = FileReport::build(String::new(), r.body, found, false);
        let failing = report
            .findings
            .iter()
            .filter(|f| f.severity >= *level)
            .count();
        Ok(Made {
            json: serde_json::to_string(&report.findings).unwrap_or_default(),
            failing,
            items: report.findings.len(),
        })
    })
}

/// `extract`: a line per record, `{"id": …, "attributions": [...]}`,
/// each attribution as in the JSON map (spans in the record's body, a
/// page's at its bytes quoting its decoded text).
pub fn extract(
    plan: Vec<(Source, Result<&'static Lang, Error>)>,
    walk_errors: &[Error],
    how: &Run,
) -> i32 {
    records::run(plan, walk_errors, how, |lang, r: &Record| {
        let map = attributions(r.body, r.format, lang);
        Ok(Made {
            json: serde_json::to_string(&map.attributions).unwrap_or_default(),
            failing: 0,
            items: map.attributions.len(),
        })
    })
}

/// The attribution map of one article, read in `format`.
pub fn attributions(text: &str, format: Format, lang: &Lang) -> MapFile {
    if format == Format::Html {
        // Found in the page's article text, which the map quotes.
        let page = ascribe::model::html::Page::read(text, &lang.text);
        let doc = page.document(&lang.text);
        let atts = ascribe::attribution::extract(&doc, &lang.attribution);
        return MapFile::of_page(String::new(), text, &page, &atts);
    }
    let atts = ascribe::article::attributions_of_text(text, format, lang);
    MapFile::new(String::new(), text, &atts)
}
