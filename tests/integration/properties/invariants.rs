//! Invariants of the document model, the findings, the fixes and the
//! reports, which every generated article must satisfy.

use super::*;

pub(super) fn span_ok(text: &str, s: Span, what: &str) -> Check {
    prop_assert!(
        s.start <= s.end,
        "{} {}..{} is reversed",
        what,
        s.start,
        s.end
    );
    prop_assert!(
        s.end as usize <= text.len(),
        "{} {}..{} runs past the text ({} bytes)",
        what,
        s.start,
        s.end,
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize),
        "{} {}..{} splits a character",
        what,
        s.start,
        s.end
    );
    Ok(())
}

pub(super) fn offset_ok(text: &str, at: u32, what: &str) -> Check {
    prop_assert!(
        at as usize <= text.len() && text.is_char_boundary(at as usize),
        "{} offset {} is outside the text or splits a character",
        what,
        at
    );
    Ok(())
}

/// `ranges` follow one another with no gap from 0 to `total`.
pub(super) fn tiles(
    ranges: impl Iterator<Item = std::ops::Range<u32>>,
    total: usize,
    what: &str,
) -> Check {
    let mut at = 0u32;
    for (i, r) in ranges.enumerate() {
        prop_assert_eq!(
            r.start,
            at,
            "block {}'s {} range does not follow on",
            i,
            what
        );
        prop_assert!(r.start <= r.end, "block {}'s {} range is reversed", i, what);
        at = r.end;
    }
    prop_assert_eq!(
        at as usize,
        total,
        "blocks' {} ranges do not reach the end",
        what
    );
    Ok(())
}

/// Everything the model says about `text` is well formed.
pub(super) fn model_ok(doc: &Document<'_>) -> Check {
    let text = doc.text;
    let nb = doc.blocks.len();

    // Blocks: in order, apart, non-empty; their index ranges tile the
    // document's vectors.
    let mut prev_end = 0u32;
    for (i, b) in doc.blocks.iter().enumerate() {
        span_ok(text, b.span, "block")?;
        prop_assert!(!b.span.is_empty(), "block {} is empty", i);
        prop_assert!(
            b.span.start >= prev_end,
            "block {} ({}..{}) overlaps or precedes the block before (ending {})",
            i,
            b.span.start,
            b.span.end,
            prev_end
        );
        prev_end = b.span.end;
    }
    tiles(
        doc.blocks.iter().map(|b| b.segments.clone()),
        doc.segments.len(),
        "segments",
    )?;
    tiles(
        doc.blocks.iter().map(|b| b.tokens.clone()),
        doc.tokens.len(),
        "tokens",
    )?;
    tiles(
        doc.blocks.iter().map(|b| b.sentences.clone()),
        doc.sentences.len(),
        "sentences",
    )?;
    tiles(
        doc.blocks.iter().map(|b| b.marks.clone()),
        doc.marks.len(),
        "marks",
    )?;

    let mut prev_tok = 0u32;
    for (i, b) in doc.blocks.iter().enumerate() {
        // Segments: non-empty, in order, apart, inside the block.
        let segs = &doc.segments[b.segments.start as usize..b.segments.end as usize];
        prop_assert!(!segs.is_empty(), "block {} has no segments", i);
        let mut seg_end = b.span.start;
        for s in segs {
            span_ok(text, *s, "segment")?;
            prop_assert!(!s.is_empty(), "empty segment in block {}", i);
            prop_assert!(s.start >= seg_end, "segments of block {} overlap", i);
            prop_assert!(b.span.contains(*s), "a segment lies outside block {}", i);
            seg_end = s.end;
        }

        // Tokens: non-empty, in order, apart, each inside one segment.
        let mut k = 0;
        for t in doc.block_tokens(b) {
            span_ok(text, t.span, "token")?;
            prop_assert!(!t.span.is_empty(), "empty token at {}", t.span.start);
            prop_assert!(
                t.span.start >= prev_tok,
                "token {}..{} overlaps or precedes the one before",
                t.span.start,
                t.span.end
            );
            prev_tok = t.span.end;
            prop_assert!(
                b.span.contains(t.span),
                "token {}..{} lies outside block {}",
                t.span.start,
                t.span.end,
                i
            );
            while k < segs.len() && segs[k].end < t.span.end {
                k += 1;
            }
            prop_assert!(
                k < segs.len() && segs[k].contains(t.span),
                "token {}..{} is not inside one segment of block {}",
                t.span.start,
                t.span.end,
                i
            );
        }

        // Sentences: they cover the block's tokens exactly, in order.
        let sents = &doc.sentences[b.sentences.start as usize..b.sentences.end as usize];
        let mut next = b.tokens.start;
        for s in sents {
            span_ok(text, s.span, "sentence")?;
            prop_assert_eq!(s.block as usize, i, "sentence names the wrong block");
            prop_assert_eq!(
                s.tokens.start,
                next,
                "sentences of block {} skip or repeat tokens",
                i
            );
            prop_assert!(
                s.tokens.start < s.tokens.end,
                "empty sentence in block {}",
                i
            );
            next = s.tokens.end;
            let toks = doc.sentence_tokens(s);
            let cover = toks[0].span.cover(toks[toks.len() - 1].span);
            prop_assert_eq!(s.span, cover, "a sentence's span is not its tokens'");
        }
        prop_assert_eq!(
            next,
            b.tokens.end,
            "sentences of block {} miss its last tokens",
            i
        );

        // Marks: each is a quote token of its own block.
        for mi in b.marks.clone() {
            let m = &doc.marks[mi as usize];
            span_ok(text, m.span, "mark")?;
            prop_assert_eq!(m.block as usize, i, "mark {} names the wrong block", mi);
            prop_assert!(
                b.tokens.contains(&m.token),
                "mark {}'s token is not in its block",
                mi
            );
            let t = doc.tokens[m.token as usize];
            prop_assert_eq!(t.span, m.span, "mark {} is not its token", mi);
            prop_assert_eq!(
                t.kind(),
                TokenKind::Quote(m.glyph),
                "mark {}'s token is no quote",
                mi
            );
        }
    }
    for w in doc.marks.windows(2) {
        prop_assert!(w[0].token < w[1].token, "marks are out of order");
    }

    // Quotations: from the opening mark, over the closing one.
    let nm = doc.marks.len() as u32;
    for q in &doc.quotations {
        span_ok(text, q.span, "quotation")?;
        span_ok(text, q.inner, "quotation inner")?;
        prop_assert!(q.open < nm, "quotation opens at a missing mark");
        let open = &doc.marks[q.open as usize];
        prop_assert_eq!(
            q.span.start,
            open.span.start,
            "quotation does not start at its mark"
        );
        prop_assert_eq!(
            q.inner.start,
            open.span.end,
            "quoted text does not follow the mark"
        );
        prop_assert!(
            q.span.contains(q.inner),
            "quoted text lies outside the quotation"
        );
        prop_assert!(
            q.first_block <= q.last_block && (q.last_block as usize) < nb,
            "bad block range"
        );
        prop_assert_eq!(
            q.first_block,
            open.block,
            "quotation starts in another block"
        );
        if let Some(c) = q.close {
            prop_assert!(
                q.open < c && c < nm,
                "closing mark {} does not follow {}",
                c,
                q.open
            );
            let close = &doc.marks[c as usize];
            prop_assert_eq!(
                q.span.end,
                close.span.end,
                "quotation does not end at its mark"
            );
            prop_assert_eq!(
                q.inner.end,
                close.span.start,
                "quoted text does not reach the mark"
            );
            prop_assert_eq!(q.last_block, close.block, "quotation ends in another block");
        }
        for &r in &q.reopened {
            prop_assert!(
                q.open < r && r < nm,
                "reopening mark {} does not follow {}",
                r,
                q.open
            );
            prop_assert!(
                q.span.contains(doc.marks[r as usize].span),
                "reopening mark outside quotation"
            );
        }
    }
    for p in &doc.quote_problems {
        match *p {
            QuoteProblem::Unclosed { open, end, .. } => {
                prop_assert!(open < nm, "unclosed problem at a missing mark");
                offset_ok(text, end, "unclosed quotation end")?;
                prop_assert!(
                    end >= doc.marks[open as usize].span.end,
                    "quotation ends before its mark"
                );
            }
            QuoteProblem::Unopened { close } => prop_assert!(close < nm),
            QuoteProblem::Nesting { open, outer } => {
                prop_assert!(
                    outer < open && open < nm,
                    "nesting marks {} in {}",
                    open,
                    outer
                )
            }
        }
    }

    // Bracket problems sit on a bracket token of the right kind.
    for p in &doc.bracket_problems {
        let at = p.span();
        span_ok(text, at, "bracket problem")?;
        let tok = doc.tokens.binary_search_by_key(&at.start, |t| t.span.start);
        prop_assert!(
            tok.is_ok(),
            "bracket problem at {} is on no token",
            at.start
        );
        let t = doc.tokens[tok.unwrap()];
        prop_assert_eq!(t.span, at);
        let (ok, c) = match (p, t.kind()) {
            (BracketProblem::Unclosed { bracket, .. }, TokenKind::Open(_)) => (true, *bracket),
            (BracketProblem::Unopened { bracket, .. }, TokenKind::Close(_)) => (true, *bracket),
            // A mismatch sits on the closer, of the other width.
            (BracketProblem::Mismatched { open, close, .. }, TokenKind::Close(_)) => {
                (open.is_ascii() != close.is_ascii(), *close)
            }
            (BracketProblem::Mismatched { close, .. }, _) => (false, *close),
            (
                BracketProblem::Unclosed { bracket, .. } | BracketProblem::Unopened { bracket, .. },
                _,
            ) => (false, *bracket),
        };
        prop_assert!(ok, "bracket problem at {} is on a {:?}", at.start, t.kind());
        prop_assert_eq!(at.text(text), c.to_string());
    }
    Ok(())
}

pub(super) fn findings_ok(doc: &Document<'_>, findings: &[Finding]) -> Check {
    let text = doc.text;
    let mut on: HashSet<Span> = doc.marks.iter().map(|m| m.span).collect();
    on.extend(
        doc.tokens
            .iter()
            .filter(|t| matches!(t.kind(), TokenKind::Open(_) | TokenKind::Close(_)))
            .map(|t| t.span),
    );
    for f in findings {
        span_ok(text, f.span, &format!("finding {}", f.rule))?;
        if let Some(fix) = &f.fix {
            for e in &fix.edits {
                span_ok(text, e.span, "fix")?;
            }
            for w in fix.edits.windows(2) {
                prop_assert!(
                    w[0].span.end <= w[1].span.start && w[0].span.start < w[1].span.start,
                    "{}: a fix's edits overlap or are out of order: {:?}",
                    f.rule,
                    fix.edits
                );
            }
        }
        if MARK_RULES.contains(&f.rule.as_str()) {
            prop_assert!(
                on.contains(&f.span),
                "{} at {}..{} ({:?}) is on no mark or bracket",
                f.rule,
                f.span.start,
                f.span.end,
                f.span.text(text)
            );
        }
    }
    for w in findings.windows(2) {
        let key = |f: &Finding| (f.span.start, f.span.end, f.rule.clone());
        prop_assert!(
            key(&w[0]) <= key(&w[1]),
            "findings out of order: {:?} before {:?}",
            key(&w[0]),
            key(&w[1])
        );
    }
    Ok(())
}

pub(super) fn all_ok(text: &str) -> Check {
    for (name, checker) in Lang::builtin_names().into_iter().zip(checkers()) {
        for format in FORMATS {
            let article = checker.parse(text, format);
            let doc = &article.doc;
            model_ok(doc).map_err(|e| in_context(e, name, format))?;
            let findings = checker.check_article(&article);
            findings_ok(doc, &findings).map_err(|e| in_context(e, name, format))?;
            fixes_ok(checker, text, format, &findings).map_err(|e| in_context(e, name, format))?;
        }
    }
    Ok(())
}

/// The edits a run makes never overlap, and making them (all of them,
/// suggested ones too) gives text that checks again without any fixed
/// finding where its edit left the text.
pub(super) fn fixes_ok(
    checker: &Checker,
    text: &str,
    format: Format,
    findings: &[Finding],
) -> Check {
    use ascribe::fix;
    let sel = fix::select(findings, true);
    let edits = fix::edits(findings, &sel);
    for w in edits.windows(2) {
        prop_assert!(
            w[0].span.end <= w[1].span.start && w[0].span.start < w[1].span.start,
            "edits of one run overlap: {:?} and {:?}",
            w[0],
            w[1]
        );
    }
    if edits.is_empty() {
        return Ok(());
    }
    let after = fix::apply_str(text, &edits);
    let again = checker.check(&after, format);
    for &i in &sel.applied {
        let f = &findings[i];
        let shift: i64 = edits
            .iter()
            .filter(|e| e.span.end <= f.span.start)
            .map(|e| e.replacement.len() as i64 - e.span.len() as i64)
            .sum();
        let at = (f.span.start as i64 + shift) as u32;
        prop_assert!(
            !again
                .iter()
                .any(|g| g.rule == f.rule && g.span.start == at && g.message == f.message),
            "{} at {} ({}) is found again after its fix: {:?}",
            f.rule,
            f.span.start,
            f.message,
            after
        );
    }
    Ok(())
}

pub(super) fn in_context(e: TestCaseError, lang: &str, format: Format) -> TestCaseError {
    match e {
        TestCaseError::Fail(m) => TestCaseError::fail(format!("[{lang}, {format:?}] {m}")),
        other => other,
    }
}

pub(super) fn report(text: &str, findings: &[Finding]) -> (String, String) {
    let file = FileReport::new("article".to_string(), text, findings);
    let r = Report {
        files: vec![file],
        ..Report::default()
    }
    .finish();
    (r.to_json(), r.to_yaml())
}
