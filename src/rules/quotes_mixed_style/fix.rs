//! The fixes of quotes.mixed-style: each off-style mark of the reported
//! quotations becomes the expected style's mark for its place, opening
//! or closing, double or single, as the document model paired them.

use super::closer_of;
use crate::finding::{Applicability, Edit, Fix};
use crate::lang::{Family, Glyph, Level};
use crate::model::{Document, Mark, Quotation};

/// The opening and closing marks of `family` at `level`; `None` for the
/// doubled single marks, which no house writes on purpose.
fn house(family: Family, level: Level) -> Option<(&'static str, &'static str)> {
    Some(match (family, level) {
        (Family::Curly, Level::Outer) => ("“", "”"),
        (Family::Curly, Level::Inner) => ("‘", "’"),
        (Family::Straight, Level::Outer) => ("\"", "\""),
        (Family::Straight, Level::Inner) => ("'", "'"),
        (Family::Guillemet, Level::Outer) => ("«", "»"),
        (Family::Guillemet, Level::Inner) => ("‹", "›"),
        (Family::Low, Level::Outer) => ("\u{201e}", "\u{201c}"),
        (Family::Low, Level::Inner) => ("\u{201a}", "\u{2018}"),
        (Family::Corner, Level::Outer) => ("「", "」"),
        (Family::Corner, Level::Inner) => ("『", "』"),
        (Family::Twin, _) => return None,
    })
}

/// The opening mark `o`, closed by `c`, should have been, if it is a
/// wrong one: the English “ typed for the German „ („…“ written “…“;
/// the model opens with “ only where German closes with it), or a closing
/// ” typed where “ opens (`”Fear.”`, which the model opens with only
/// where no quotation is open).
pub(super) fn wrong_opener(o: &Mark, c: &Mark) -> Option<Glyph> {
    if o.in_markup {
        None
    } else if o.glyph == Glyph::CurlyDoubleLeft && c.style() == Family::Low {
        Some(Glyph::LowDouble)
    } else if o.forwards {
        Some(Glyph::CurlyDoubleLeft)
    } else {
        None
    }
}

/// A quotation's style: its opening mark's, but “…“ (above) is a low
/// quotation opened with the wrong mark.
pub(super) fn style_of(doc: &Document<'_>, q: &Quotation) -> Family {
    let o = &doc.marks[q.open as usize];
    match q.close.map(|c| &doc.marks[c as usize]) {
        Some(c) if wrong_opener(o, c) == Some(Glyph::LowDouble) => Family::Low,
        _ => o.glyph.family(),
    }
}

/// Is `q` a block quotation: its opening mark the first token of its
/// first paragraph and its closing mark the last of its last one (a full
/// stop after it aside)? Such an excerpt keeps the marks it was pasted
/// with, so it says nothing of the style the writer types.
pub(super) fn block_quotation(doc: &Document<'_>, q: &Quotation) -> bool {
    let Some(close) = q.close else {
        return false;
    };
    let (first, last) = (
        doc.block_tokens(&doc.blocks[q.first_block as usize]),
        doc.block_tokens(&doc.blocks[q.last_block as usize]),
    );
    let close = doc.marks[close as usize].span;
    first
        .first()
        .is_some_and(|t| t.span == doc.marks[q.open as usize].span)
        && last
            .iter()
            .rposition(|t| t.span == close)
            .is_some_and(|k| last[k + 1..].iter().all(|t| t.is_punct('.')))
}

/// The fix of a wrong opener: the opening mark it should have been.
pub(super) fn opener(o: &Mark, right: Glyph) -> Fix {
    let mark = right.as_str();
    let mut fix = Fix::replace(o.span, mark, Applicability::Safe);
    fix.title = format!("Open with {mark}");
    fix
}

/// Is `c` the closing mark `family` writes at `level`?
pub(super) fn house_closes_with(family: Family, level: Level, c: &Mark) -> bool {
    house(family, level).is_some_and(|(_, close)| c.glyph.as_str() == close)
}

/// Does the closing mark `c` of a quotation opened by `o` get its own
/// finding (a closer of another style)? Low marks close with another
/// family's glyph by design, but only with that one: „…" and „…” are
/// wrong. Guillemets close with the other guillemet, either way round
/// (»…«, «…»), never with their own (»…»).
pub(super) fn mismatched(o: &Mark, c: &Mark) -> bool {
    if o.in_markup {
        return false;
    }
    match o.glyph.family() {
        Family::Low | Family::Guillemet => c.glyph != closer_of(o.glyph),
        fam => c.glyph.family() != fam,
    }
}

/// The fix of a closer that does not match its opener: the closer of the
/// opener's style. When the quotation is restyled too, that fix changes
/// this closer as well and the two overlap: a run applies the restyle
/// (it starts first), or, when that is only suggested, this.
pub(super) fn closer(o: &Mark, c: &Mark) -> Fix {
    let mark = closer_of(o.glyph).as_str();
    let mut fix = Fix::replace(c.span, mark, Applicability::Safe);
    fix.title = format!("Close with {mark}");
    fix
}

/// The fix of one off-style family: the marks of `quotations` (opening,
/// reopening and closing) in the marks of `expected`.
pub(super) fn restyle(doc: &Document<'_>, quotations: &[&Quotation], expected: Family) -> Option<Fix> {
    let mut edits = Vec::new();
    for q in quotations {
        let o = &doc.marks[q.open as usize];
        let (open, close) = house(expected, o.level)?;
        for &m in std::iter::once(&q.open).chain(&q.reopened) {
            let m = &doc.marks[m as usize];
            if m.glyph.as_str() != open {
                edits.push(Edit {
                    span: m.span,
                    replacement: open.to_string(),
                });
            }
        }
        if let Some(c) = q.close.map(|c| &doc.marks[c as usize]) {
            if c.glyph.as_str() != close {
                edits.push(Edit {
                    span: c.span,
                    replacement: close.to_string(),
                });
            }
        }
    }
    let n = quotations.len();
    let title = format!(
        "Use {} marks in {n} quotation{}",
        expected.describe(),
        if n == 1 { "" } else { "s" }
    );
    Fix::of_edits(title, Applicability::Safe, edits)
}

/// `fix`, kept safe only if the text with it made pairs its quotation
/// marks as the text does now: the same quotations at the same depths,
/// and no more unpaired marks. Otherwise (an inner quotation already in
/// the expected marks, a style the language does not pair) it becomes a
/// suggestion. Only the paragraphs the edits touch are parsed afresh,
/// before and after, widened over the quotations that cross them (marks
/// pair within a paragraph or a quotation running on): parsing the whole
/// text for every such finding made an archive of one file check at
/// half the speed.
pub(super) fn verified(
    doc: &Document<'_>,
    lang: &crate::lang::Lang,
    budget: &Budget,
    mut fix: Fix,
) -> Fix {
    // Finding the region reads the article's quotations; parsing it,
    // its bytes twice.
    if !budget.spend(doc.quotations.len()) {
        fix.applicability = Applicability::Suggested;
        return fix;
    }
    let Some((from, to)) = region(doc, &fix) else {
        return fix;
    };
    // A mark costs the pairing far more than a letter does: a paragraph
    // made of marks is charged for its marks, not only its bytes.
    let marks = doc.marks.partition_point(|m| (m.span.start as usize) < to)
        - doc.marks.partition_point(|m| (m.span.start as usize) < from);
    if !budget.spend(2 * (to - from + MARK_COST * marks)) {
        fix.applicability = Applicability::Suggested;
        return fix;
    }
    let slice = &doc.text[from..to];
    // Only the pairing is compared: the sentences and brackets a full
    // parse would also find were a sixth of the cost.
    let shape = |text: &str| {
        let (quotations, problems) = Document::pair_marks(text, doc.format, lang);
        let qs: Vec<(u32, bool)> = quotations
            .iter()
            .map(|q| (q.depth, q.close.is_some()))
            .collect();
        (qs, problems.len())
    };
    let local: Vec<Edit> = fix
        .edits
        .iter()
        .map(|e| Edit {
            span: crate::span::Span::new(e.span.start as usize - from, e.span.end as usize - from),
            replacement: e.replacement.clone(),
        })
        .collect();
    let after = crate::fix::apply_str(slice, &local);
    if shape(&after) != shape(slice) {
        fix.applicability = Applicability::Suggested;
    }
    fix
}

/// What verifying charges for one quotation mark, in bytes: pairing a
/// mark (its class, its partner, the odd-mark look around it) costs about
/// as much as reading this many bytes of prose.
const MARK_COST: usize = 32;

/// What the fixes of one article may spend on verifying themselves, in
/// bytes parsed and quotations read: twice the article, and 64 KiB.
/// Verifying parses a fix's paragraphs twice (before and after), so an
/// article with a fix in every paragraph spends about twice its length,
/// and a real one a few paragraphs' worth; a paragraph of thousands of
/// mixed marks would re-parse itself once per mark, and an article of
/// thousands of off-style quotations read them all once per fix. Past it,
/// a fix is offered unverified, as a suggestion. (Four times the article
/// made a page of paragraphs dense with marks spend three quarters of its
/// time here; a paragraph of nothing but marks, charged for its bytes
/// alone, still made verifying a third of the cost of checking it.)
pub(super) struct Budget(std::cell::Cell<usize>);

impl Budget {
    pub(super) fn for_doc(doc: &Document<'_>) -> Budget {
        Budget(std::cell::Cell::new(
            doc.text.len().saturating_mul(2).saturating_add(64 << 10),
        ))
    }

    /// Takes `cost` from what is left; false, and nothing left, when it
    /// does not cover it.
    fn spend(&self, cost: usize) -> bool {
        let left = self.0.get();
        self.0.set(left.saturating_sub(cost));
        cost <= left
    }
}

/// The bytes of the paragraphs `fix` edits, from the first one's start
/// to the last one's end, widened over every quotation that overlaps
/// them to the paragraphs it runs over.
fn region(doc: &Document<'_>, fix: &Fix) -> Option<(usize, usize)> {
    let span = fix.span();
    let mut lo = doc.block_at(span.start)?;
    let mut hi = doc.block_at(span.end.saturating_sub(1).max(span.start))?;
    loop {
        let (from, to) = (doc.blocks[lo].span.start, doc.blocks[hi].span.end);
        let (mut l, mut h) = (lo, hi);
        for q in doc
            .quotations
            .iter()
            .filter(|q| q.span.start < to && from < q.span.end)
        {
            l = l.min(q.first_block as usize);
            h = h.max(q.last_block as usize);
        }
        if (l, h) == (lo, hi) {
            return Some((from as usize, to as usize));
        }
        (lo, hi) = (l, h);
    }
}
