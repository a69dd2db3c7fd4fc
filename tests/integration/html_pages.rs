//! The pages in tests/data/html, checked through the binary: a typical
//! article page reports its article's findings at the page's lines and
//! columns, and a malformed page is read, not refused.

use crate::support::{ascribe, ROOT};

fn check(page: &str) -> (Option<i32>, String) {
    let path = format!("{ROOT}/tests/data/html/{page}");
    let out = ascribe(&["check", "--quiet", "--no-config", "--no-snippets", &path]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    (out.status.code(), stdout.replace(&format!("{ROOT}/"), ""))
}

#[test]
fn an_article_page_reports_its_article_at_the_pages_positions() {
    let (status, out) = check("article-page.html");
    assert_eq!(status, Some(1), "{out}");
    // The reference `&ldquo;` on line 7 holds the unclosed mark; the
    // suppression comment on line 12 silences the claim below it; nav,
    // aside, footer, script, style and the image's alt text are not read.
    assert_eq!(
        out,
        "tests/data/html/article-page.html:7:19: warning quotes.unclosed: opening “ is never closed: the quotation runs to the end of its paragraph (line 7) and the next paragraph does not reopen it\n\
         \x20 note: tests/data/html/article-page.html:8:4: the quotation opened by “ runs to here\n\
         tests/data/html/article-page.html:8:16: info claims.unattributed: figure “3,000” needs a source: nothing in its paragraph attributes it\n"
    );
}

#[test]
fn a_malformed_page_is_read_as_a_browser_reads_it() {
    let (status, out) = check("malformed.html");
    assert!(matches!(status, Some(0 | 1)), "{status:?} {out}");
    for line in out.lines() {
        // Lines 5, 7 and 8 hold navigation, a script and a text area.
        assert!(
            !line.contains("html:5:") && !line.contains("html:7:") && !line.contains("html:8:"),
            "{line}"
        );
    }
    assert!(
        out.contains("malformed.html:4:"),
        "the table's cell is read: {out}"
    );
}
