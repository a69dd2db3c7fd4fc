//! Pairing quotation marks into quotations, across paragraphs where the
//! news convention runs a quotation on: a paragraph that ends inside a
//! quotation, followed by one that opens with a quotation mark.

use super::block::BlockKind;
use super::conventions::{Conventions, Level};
use super::marks::{Mark, MarkRole};
use super::run_on::{can_run_on, may_carry, opens_with_outer_mark};
use super::run_on_tail::{attributed_mid_paragraph, ends_with_attribution};
use super::token::Token;
use crate::span::Span;

#[path = "quotes_closers.rs"]
mod closers;
#[path = "quotes_quotation.rs"]
mod quotation;
use closers::Closers;
pub use quotation::{Quotation, QuoteProblem, RanTo};

pub(super) struct Open {
    pub(super) mark: u32,
    pub(super) quotation: usize,
}

/// What the pairing needs to know about each block.
pub struct BlockView<'a> {
    pub kind: BlockKind,
    pub span: Span,
    pub marks: std::ops::Range<usize>,
    pub tokens: &'a [Token],
}

/// Quotations open inside one another at most this deep. News copy
/// nests three deep at the most (“… ‘… “…” …’ …”); an opening mark met
/// with this many open is taken as a sign that they were never closed,
/// which keeps every look at the open quotations short whatever the input.
pub const MAX_NESTING: usize = 8;

pub fn pair(
    text: &str,
    marks: &[Mark],
    blocks: &[BlockView<'_>],
    lang: &Conventions,
) -> (Vec<Quotation>, Vec<QuoteProblem>) {
    let mut quotations: Vec<Quotation> = Vec::new();
    let mut problems = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut carried = false;
    let mut closers = Closers::default();

    for (b, block) in blocks.iter().enumerate() {
        let ms = &marks[block.marks.clone()];
        let base = block.marks.start;
        closers.reset();
        for (k, m) in ms.iter().enumerate() {
            let idx = (base + k) as u32;
            if matches!(m.role, MarkRole::Apostrophe | MarkRole::Prime) {
                continue;
            }
            if carried {
                carried = false;
                if k == 0
                    && matches!(m.role, MarkRole::Open | MarkRole::Either)
                    && m.level == Level::Outer
                {
                    // The outer quotation: an inner one may run on inside it.
                    let q = stack
                        .iter()
                        .rev()
                        .find(|o| marks[o.mark as usize].level == Level::Outer)
                        .map(|o| o.quotation)
                        .expect("carried implies open");
                    quotations[q].reopened.push(idx);
                    continue;
                }
            }
            let role = match m.role {
                // An opening glyph in closing position closes a quotation
                // of its own style that is open, as a wrong mark.
                MarkRole::Open
                    if m.backwards
                        && stack.iter().any(|o| {
                            let om = &marks[o.mark as usize];
                            om.level == m.level && om.style() == m.style()
                        }) =>
                {
                    MarkRole::Close
                }
                // A closing glyph in opening position opens when no
                // quotation of its level is open to close.
                MarkRole::Close
                    if m.forwards
                        && !stack
                            .iter()
                            .any(|o| marks[o.mark as usize].level == m.level) =>
                {
                    MarkRole::Open
                }
                MarkRole::Either => {
                    if stack
                        .iter()
                        .any(|o| marks[o.mark as usize].level == m.level)
                    {
                        MarkRole::Close
                    } else {
                        MarkRole::Open
                    }
                }
                r => r,
            };
            match role {
                MarkRole::Open => {
                    let same: Vec<usize> = (0..stack.len())
                        .filter(|&i| marks[stack[i].mark as usize].level == m.level)
                        .collect();
                    if stack.len() >= MAX_NESTING {
                        // Deeper than any real nesting: those quotations
                        // were never closed.
                        for o in stack.drain(..) {
                            close_unclosed(
                                &mut quotations,
                                &mut problems,
                                marks,
                                o,
                                RanTo::NextQuotation,
                                m.span.start,
                                b,
                            );
                        }
                    } else if let Some(&outer) = same.last() {
                        let ahead = closers.after(ms, k, m.level, m.style());
                        if is_nested(m, ahead, marks, &stack, &same, outer) {
                            // “… ‘… “…” …’ …”: a mark of the other level
                            // between is the standard third level, not
                            // same-mark nesting. Nor is a quotation in
                            // another style's marks ("… “…” …"): the
                            // reader tells them apart, and the mixed
                            // styles are `quotes.mixed-style`'s to report.
                            if outer + 1 == stack.len()
                                && marks[stack[outer].mark as usize].style() == m.style()
                            {
                                problems.push(QuoteProblem::Nesting {
                                    open: idx,
                                    outer: stack[outer].mark,
                                });
                            }
                        } else {
                            // The earlier quotation never closed: this mark
                            // starts a new one.
                            for o in stack.drain(outer..) {
                                close_unclosed(
                                    &mut quotations,
                                    &mut problems,
                                    marks,
                                    o,
                                    RanTo::NextQuotation,
                                    m.span.start,
                                    b,
                                );
                            }
                        }
                    }
                    let depth = stack.len() as u32;
                    quotations.push(Quotation {
                        span: m.span,
                        inner: Span::new(m.span.end as usize, m.span.end as usize),
                        open: idx,
                        close: None,
                        level: m.level,
                        depth,
                        first_block: b as u32,
                        last_block: b as u32,
                        reopened: Vec::new(),
                    });
                    stack.push(Open {
                        mark: idx,
                        quotation: quotations.len() - 1,
                    });
                }
                MarkRole::Close => {
                    let same_level = |o: &Open| marks[o.mark as usize].level == m.level;
                    let same_family =
                        |o: &Open| same_level(o) && marks[o.mark as usize].style() == m.style();
                    // A mark closes its own style's quotation first: in
                    // "“…” …" the straight mark is not closed by the curly one.
                    // Another style's quotation is closed by this mark (a
                    // wrong closing mark: „…" or „…”) only when no closer of
                    // its own style follows before another quotation of
                    // that style opens.
                    let target = stack.iter().rposition(same_family).or_else(|| {
                        stack.iter().rposition(same_level).filter(|&p| {
                            let fam = marks[stack[p].mark as usize].style();
                            closers.before_next_open(ms, k, m.level, fam) == 0
                        })
                    });
                    match target {
                        Some(pos) => {
                            for o in stack.drain(pos + 1..) {
                                close_unclosed(
                                    &mut quotations,
                                    &mut problems,
                                    marks,
                                    o,
                                    RanTo::OuterClosed,
                                    m.span.start,
                                    b,
                                );
                            }
                            let o = stack.pop().expect("position found above");
                            if m.backwards {
                                problems.push(QuoteProblem::Unclosed {
                                    open: o.mark,
                                    ran_to: RanTo::WrongMark,
                                    end: m.span.end,
                                });
                            }
                            let q = &mut quotations[o.quotation];
                            q.close = Some(idx);
                            q.span = q.span.cover(m.span);
                            q.inner = Span {
                                start: q.inner.start,
                                end: m.span.start,
                            };
                            q.last_block = b as u32;
                        }
                        None if m.weak => {}
                        None => problems.push(QuoteProblem::Unopened { close: idx }),
                    }
                }
                _ => unreachable!("roles resolved above"),
            }
        }

        if stack.is_empty() {
            continue;
        }
        let runs_on = may_carry(block, marks)
            && blocks
                .get(b + 1)
                .is_some_and(|next| may_carry(next, marks) && opens_with_outer_mark(next, marks))
            && stack
                .iter()
                .rev()
                .find(|o| marks[o.mark as usize].level == Level::Outer)
                .is_some_and(|o| {
                    can_run_on(
                        text,
                        block,
                        &blocks[b + 1],
                        &quotations[o.quotation],
                        marks,
                        lang,
                    )
                })
            && !ends_with_attribution(text, block, marks, &stack, lang)
            && !attributed_mid_paragraph(text, block, marks, &stack, lang);
        if runs_on {
            // Inner quotations run across paragraphs only when the next
            // paragraph closes them before it opens one of its own
            // (`"… 'They love me.` ⏎ `"I will win.' …`).
            let next = &marks[blocks[b + 1].marks.clone()];
            while stack.last().is_some_and(|o| {
                let m = &marks[o.mark as usize];
                m.level != Level::Outer && !inner_closed_in(next, m)
            }) {
                let o = stack.pop().expect("checked");
                close_unclosed(
                    &mut quotations,
                    &mut problems,
                    marks,
                    o,
                    RanTo::ParagraphEnd,
                    block.span.end,
                    b,
                );
            }
            for o in &stack {
                quotations[o.quotation].last_block = b as u32 + 1;
            }
            carried = true;
        } else {
            let body = may_carry(block, marks);
            let why = if body && ends_with_attribution(text, block, marks, &stack, lang) {
                RanTo::Attribution
            } else if body && attributed_mid_paragraph(text, block, marks, &stack, lang) {
                RanTo::AttributionInside
            } else if body
                && blocks.get(b + 1).is_some_and(|next| {
                    may_carry(next, marks) && opens_with_outer_mark(next, marks)
                })
            {
                RanTo::NewQuotation
            } else {
                RanTo::ParagraphEnd
            };
            for o in stack.drain(..).rev() {
                close_unclosed(
                    &mut quotations,
                    &mut problems,
                    marks,
                    o,
                    why,
                    block.span.end,
                    b,
                );
            }
        }
    }
    (quotations, problems)
}

/// Does the first mark of `level`'s of `open` in a paragraph's marks
/// `next` close a quotation of `open`'s style (a closing glyph, or one
/// that may close)? The paragraph's own opening mark of the outer level
/// does not count.
fn inner_closed_in(next: &[Mark], open: &Mark) -> bool {
    next.iter()
        .filter(|n| n.level == open.level)
        .find(|n| !matches!(n.role, MarkRole::Apostrophe | MarkRole::Prime))
        .is_some_and(|n| {
            n.style() == open.style() && matches!(n.role, MarkRole::Close | MarkRole::Either)
        })
}

/// Is the opening mark `m`, met while quotation `outer` (of the same level)
/// is open, a quotation nested inside it rather than a sign that `outer`
/// was never closed? Nested when the marks still to come in the paragraph
/// (`closers` of them can close `m`) can close both.
fn is_nested(
    m: &Mark,
    closers: usize,
    marks: &[Mark],
    stack: &[Open],
    same: &[usize],
    outer: usize,
) -> bool {
    let family = m.style();
    let outer_family = marks[stack[outer].mark as usize].style();
    if outer_family == family {
        let open_same = same
            .iter()
            .filter(|&&i| marks[stack[i].mark as usize].style() == family)
            .count();
        closers > open_same
    } else {
        // Another style: its own closer is enough; the outer quotation may
        // run on to the next paragraph.
        closers >= 1
    }
}

fn close_unclosed(
    quotations: &mut [Quotation],
    problems: &mut Vec<QuoteProblem>,
    marks: &[Mark],
    o: Open,
    why: RanTo,
    end: u32,
    block: usize,
) {
    let q = &mut quotations[o.quotation];
    q.span = Span {
        start: q.span.start,
        end: end.max(q.span.end),
    };
    q.inner = Span {
        start: q.inner.start,
        end: end.max(q.inner.start),
    };
    q.last_block = block as u32;
    // An unpaired single mark that could be an apostrophe is not reported;
    // one that stands where only an opening mark can ("their 'host") is.
    let m = &marks[o.mark as usize];
    if m.level == Level::Inner
        && m.glyph.family() != super::conventions::Family::Curly
        && m.role != MarkRole::Open
        && why != RanTo::OuterClosed
    {
        return;
    }
    problems.push(QuoteProblem::Unclosed {
        open: o.mark,
        ran_to: why,
        end,
    });
}
