//! Golden files: a committed report compared with this run's.

use similar::TextDiff;
use std::path::Path;

/// `None` when `actual` matches `expected`, else a unified diff from the
/// expected text to the actual one.
pub fn diff(expected: &str, actual: &str, name: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let d = TextDiff::from_lines(expected, actual);
    Some(
        d.unified_diff()
            .context_radius(3)
            .header(&format!("{name} (expected)"), &format!("{name} (actual)"))
            .to_string(),
    )
}

/// Writes `contents` to `path` through a temporary file in the same
/// folder, so that a crash never leaves a half-written golden file.
pub fn write_atomic(path: &Path, contents: &str) -> std::io::Result<()> {
    crate::atomic::write(path, contents.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_shows_changed_lines() {
        assert!(diff("a\nb\n", "a\nb\n", "x").is_none());
        let d = diff("a\nb\n", "a\nc\n", "x").unwrap();
        assert!(d.contains("-b\n") && d.contains("+c\n"), "{d}");
    }
}
