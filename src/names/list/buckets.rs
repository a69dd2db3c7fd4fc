//! Sorting and bucketing the near-miss keys of a names list by their
//! hashes' top bits: most of the cost of indexing a long list.

/// The bucket starts of sorted pairs `v` by their keys' top bits, about
/// one pair a bucket, and the shift that gives a key's bucket.
pub(super) fn buckets(v: &[(u64, u32)]) -> (Vec<u32>, u32) {
    let bits = (usize::BITS - v.len().leading_zeros()).max(1);
    let shift = 64 - bits;
    let mut starts = vec![0u32; (1 << bits) + 1];
    for &(k, _) in v {
        starts[(k >> shift) as usize + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    (starts, shift)
}

/// Sorts (hash, index) pairs as `sort_unstable` would. The hashes are
/// uniform, so a counting pass on their top bits puts each pair within
/// a bucket of a few, and only the buckets are sorted: a 5,000-name list
/// has ~2·10^5 pairs, where a comparison sort is most of its indexing.
pub(super) fn sort_by_hash(v: &mut Vec<(u64, u32)>) {
    if v.len() < 1 << 10 {
        v.sort_unstable();
        return;
    }
    // About four pairs a bucket.
    let bits = (usize::BITS - 1 - v.len().leading_zeros()).saturating_sub(2);
    let shift = 64 - bits;
    let mut starts = vec![0u32; (1 << bits) + 1];
    for &(k, _) in v.iter() {
        starts[(k >> shift) as usize + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut next = starts.clone();
    let mut out = vec![(0u64, 0u32); v.len()];
    for &p in v.iter() {
        let b = (p.0 >> shift) as usize;
        out[next[b] as usize] = p;
        next[b] += 1;
    }
    for w in starts.windows(2) {
        out[w[0] as usize..w[1] as usize].sort_unstable();
    }
    *v = out;
}
