//! Locality: an edit far up an article moves what follows a blank line,
//! and changes nothing else.

use super::*;

/// `text` with `ins` inserted at the char boundary picked by `at`.
fn insert_at(text: &str, at: Index, ins: &str) -> String {
    let bounds: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    let pos = bounds[at.index(bounds.len())];
    format!("{}{ins}{}", &text[..pos], &text[pos..])
}

/// Does a quotation from an earlier block run into block `b`?
fn run_into(doc: &Document<'_>, b: usize) -> bool {
    doc.quotations
        .iter()
        .any(|q| (q.first_block as usize) < b && b <= q.last_block as usize)
}

/// A finding as it would read `shift` bytes earlier; line numbers in the
/// message are dropped, since the insertion may add lines.
fn moved(f: &Finding, shift: u32) -> (String, ascribe::Severity, u32, u32, String) {
    let message: String = f.message.chars().filter(|c| !c.is_ascii_digit()).collect();
    (
        f.rule.clone(),
        f.severity,
        f.span.start - shift,
        f.span.end - shift,
        message,
    )
}

/// `prefix + "\n\n" + tail` against the same with `ins` inserted anywhere in
/// `prefix`: the blank line fixes where the tail's blocks start, and the
/// tail's blocks, tokens, marks and bracket problems move by the inserted
/// length. Findings move too from the first tail block whose kind (and the
/// kinds after it) agree in both texts and that no quotation runs into: the
/// kind of a plain-text block may depend on the blocks before it (the first
/// headline-shaped block is the headline; a list after "Tags" is page
/// furniture), and a quotation running on carries its state across blocks.
///
/// Markdown is left out: there an edit far up can change how everything
/// below parses (an unclosed code fence or HTML block swallows the rest, a
/// link reference definition turns a later `[x]` into a link, a list or
/// block quote continues lazily over lines), so findings are not local.
pub(super) fn locality_ok(prefix: &str, tail: &str, ins: &str, at: Index) -> Check {
    let a = format!("{prefix}\n\n{tail}");
    let p2 = insert_at(prefix, at, ins);
    let b = format!("{p2}\n\n{tail}");
    let d = ins.len() as u32;
    let ta = prefix.len() as u32 + 2;
    let tb = ta + d;
    for (name, checker) in Lang::builtin_names().into_iter().zip(local_checkers()) {
        let article_a = checker.parse(&a, Format::Plain);
        let article_b = checker.parse(&b, Format::Plain);
        let (da, db) = (&article_a.doc, &article_b.doc);
        let first_a = da.blocks.partition_point(|x| x.span.start < ta);
        let first_b = db.blocks.partition_point(|x| x.span.start < tb);
        let tail_a = &da.blocks[first_a..];
        let tail_b = &db.blocks[first_b..];

        // The model of the tail moves as a whole.
        let spans = |bs: &[ascribe::model::Block], s: u32| -> Vec<(u32, u32)> {
            bs.iter()
                .map(|x| (x.span.start - s, x.span.end - s))
                .collect()
        };
        prop_assert_eq!(
            spans(tail_a, ta),
            spans(tail_b, tb),
            "[{}] tail blocks moved",
            name
        );
        let toks = |doc: &Document<'_>, s: u32| -> Vec<(u32, u32, TokenKind)> {
            doc.tokens
                .iter()
                .filter(|t| t.span.start >= s)
                .map(|t| (t.span.start - s, t.span.end - s, t.kind()))
                .collect()
        };
        prop_assert_eq!(toks(da, ta), toks(db, tb), "[{}] tail tokens moved", name);
        // Marks compare whole, with their offsets and indices made relative
        // to the tail.
        let marks = |doc: &Document<'_>, s: u32, first: usize| {
            let tok0 = doc
                .blocks
                .get(first)
                .map_or(doc.tokens.len() as u32, |x| x.tokens.start);
            doc.marks
                .iter()
                .filter(|m| m.span.start >= s)
                .map(|m| {
                    let mut m = *m;
                    m.span = Span {
                        start: m.span.start - s,
                        end: m.span.end - s,
                    };
                    m.block -= first as u32;
                    m.token -= tok0;
                    m
                })
                .collect::<Vec<_>>()
        };
        prop_assert_eq!(
            marks(da, ta, first_a),
            marks(db, tb, first_b),
            "[{}] tail marks changed",
            name
        );
        let brackets = |doc: &Document<'_>, s: u32| {
            doc.bracket_problems
                .iter()
                .filter(|p| p.span().start >= s)
                .map(|p| {
                    (
                        p.span().start - s,
                        matches!(p, BracketProblem::Unclosed { .. }),
                    )
                })
                .collect::<Vec<_>>()
        };
        prop_assert_eq!(
            brackets(da, ta),
            brackets(db, tb),
            "[{}] tail brackets changed",
            name
        );

        // Once a tail block is a paragraph in both texts, every later block
        // has the same kind in both.
        let kinds_a: Vec<_> = tail_a.iter().map(|x| x.kind).collect();
        let kinds_b: Vec<_> = tail_b.iter().map(|x| x.kind).collect();
        let para = ascribe::model::BlockKind::Paragraph;
        if let Some(p) = (0..kinds_a.len()).find(|&i| kinds_a[i] == para && kinds_b[i] == para) {
            prop_assert_eq!(
                &kinds_a[p..],
                &kinds_b[p..],
                "[{}] kinds differ after a paragraph",
                name
            );
        }

        // Findings from the first tail block that nothing before can reach.
        let agree_from = (0..=kinds_a.len())
            .rev()
            .take_while(|&i| i == kinds_a.len() || kinds_a[i] == kinds_b[i])
            .last()
            .unwrap_or(kinds_a.len());
        let Some(k) = (agree_from..kinds_a.len())
            .find(|&i| !run_into(da, first_a + i) && !run_into(db, first_b + i))
        else {
            continue;
        };
        let from_a = tail_a[k].span.start;
        let from_b = tail_b[k].span.start;
        let fa: Vec<_> = checker
            .check_article(&article_a)
            .iter()
            .filter(|f| f.span.start >= from_a)
            .map(|f| moved(f, from_a))
            .collect();
        let fb: Vec<_> = checker
            .check_article(&article_b)
            .iter()
            .filter(|f| f.span.start >= from_b)
            .map(|f| moved(f, from_b))
            .collect();
        prop_assert_eq!(
            fa,
            fb,
            "[{}] findings after block {} of the tail changed",
            name,
            k
        );
    }
    Ok(())
}
