//! One very large file, worked on in ranges on all threads.

use rayon::prelude::*;
use std::ops::Range;

/// `f` over `0..n` cut into ranges of `step` (the last may be shorter),
/// run in parallel; the results come back in range order.
pub(crate) fn par_ranges<R: Send>(
    n: usize,
    step: usize,
    f: impl Fn(Range<usize>) -> R + Sync + Send,
) -> Vec<R> {
    let step = step.max(1);
    (0..n)
        .step_by(step)
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|a| f(a..(a + step).min(n)))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn ranges_cover_in_order() {
        let got = super::par_ranges(10, 4, |r| r);
        assert_eq!(got, [0..4, 4..8, 8..10]);
        assert!(super::par_ranges(0, 4, |r| r).is_empty());
        assert_eq!(super::par_ranges(3, 0, |r| r.len()), [1, 1, 1]);
    }
}
