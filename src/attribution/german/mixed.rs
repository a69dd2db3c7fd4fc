//! A quotation inside a reported clause is two statements, as the corpus
//! marks them: the quoted words (`mixed`) and the clause that reports
//! them (`indirect`). `Der Sprecher sagte, die Lage sei „ernst“.` gives
//! both; `Sie nannte den Plan „mutig“.`, where the quotation is the verb's
//! object and no clause is reported, gives the quotation alone.

use super::attributed::attribution;
use super::cue::Cue;
use super::quotes::Quote;
use super::reader::Reader;
use crate::attribution::found::Found;
use crate::attribution::AttributionKind;

/// The reported clause around the quotations `qs` that cue `c` attributes
/// as mixed (`f`), in sentence `si` (`a..b`): an indirect attribution of
/// the same cue and source over the sentence. Only when a comma outside
/// any quotation stands between the cue and the quotation (`sagte, die
/// Lage sei „…“`, `Die Lage sei „…“, sagte er`, `Nach den Worten der
/// Ministerin, Eva Roth, fehle es „…“`): a clause of its own, not the
/// verb's object (`nannte den Plan „mutig“`, `sprach von einer „Krise“`).
/// A source phrase with no verb (`laut X`, `nach Angaben von X`, `X
/// zufolge`) reports the clause it stands in, comma or none.
pub(super) fn reported_clause(
    r: &Reader<'_, '_>,
    si: usize,
    a: usize,
    b: usize,
    c: &Cue,
    qs: &[Quote],
    f: &Found,
) -> Option<Found> {
    if f.kind != AttributionKind::Mixed || c.quote_only {
        return None;
    }
    let (first, last) = (qs.first()?, qs.last()?);
    let mut between = if c.last < first.open {
        c.last + 1..first.open
    } else if last.close < c.first {
        last.close + 1..c.first
    } else {
        return None;
    };
    let comma = between.any(|k| r.is_punct(k, ',') && !r.is_quoted(k));
    if !comma && !phrase(r, c) {
        return None;
    }
    attribution(r, si, a, b, c, &[]).filter(|g| g.kind == AttributionKind::Indirect)
}

/// Is cue `c` a source phrase rather than a verb (`laut`, `nach`,
/// `zufolge`, `so`)? It has no object: a quotation in its sentence stands
/// in the clause it reports.
fn phrase(r: &Reader<'_, '_>, c: &Cue) -> bool {
    let g = &r.d.german;
    r.narrated(c.first).is_some_and(|w| {
        g.according.is_folded(w)
            || g.report_openers.is_folded(w)
            || g.postpositions.is_folded(w)
            || g.source_openers.is_folded(w)
    })
}
