//! Names on PolNeAR, the inject-style evaluation: one slip planted in a
//! name that occurs at least twice, caught by a `names.*` finding on the
//! slip, and `names.*` findings on the untouched articles counted as noise.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::BIN;
use crate::support::ROOT;

fn polnear() -> PathBuf {
    Path::new(ROOT).join("../shared/corpus/polnear/train/text")
}

/// A tiny deterministic generator (the evaluation need not match Python's).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
    fn pick(&mut self, n: usize) -> usize {
        self.next() % n
    }
}

fn is_name_word(w: &[u8]) -> bool {
    w.len() >= 5 && w[0].is_ascii_uppercase() && w[1..].iter().all(u8::is_ascii_lowercase)
}

/// ASCII words with their byte offsets.
fn words(text: &str) -> Vec<(usize, &str)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_alphanumeric() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            let s = i;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            if i < b.len() && b[i] >= 0x80 {
                continue;
            }
            out.push((s, &text[s..i]));
        } else {
            i += 1;
        }
    }
    out
}

/// Plants one slip (swap, drop, double or vowel change inside the word) at
/// a later occurrence of a capitalised word seen at least twice and at
/// least once after a lower-case word. Returns (text, start, end).
fn plant(text: &str, rng: &mut Lcg) -> Option<(String, usize, usize)> {
    let ws = words(text);
    let mut occ: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    let mut mid = std::collections::BTreeSet::new();
    for (k, &(at, w)) in ws.iter().enumerate() {
        if !is_name_word(w.as_bytes()) {
            continue;
        }
        occ.entry(w).or_default().push(at);
        if k > 0 {
            let (pat, pw) = ws[k - 1];
            let gap = &text[pat + pw.len()..at];
            if (gap == " " || gap == ", ") && pw.as_bytes()[0].is_ascii_lowercase() {
                mid.insert(w);
            }
        }
    }
    let cands: Vec<&str> = mid.into_iter().filter(|w| occ[w].len() >= 2).collect();
    if cands.is_empty() {
        return None;
    }
    let w = cands[rng.pick(cands.len())];
    let at = occ[w][1 + rng.pick(occ[w].len() - 1)];
    let b: Vec<u8> = w.bytes().collect();
    let n = b.len();
    let bad: Vec<u8> = match rng.pick(4) {
        0 => {
            let i = 1 + rng.pick(n - 2);
            let j = if i + 1 < n { i + 1 } else { i - 1 };
            let mut v = b.clone();
            v.swap(i.min(j), i.max(j));
            v
        }
        1 => {
            let i = 1 + rng.pick(n - 2);
            [&b[..i], &b[i + 1..]].concat()
        }
        2 => {
            let i = 1 + rng.pick(n - 2);
            [&b[..=i], &b[i..]].concat()
        }
        _ => {
            let vs: Vec<usize> = (1..n - 1).filter(|&i| b"aeiou".contains(&b[i])).collect();
            if vs.is_empty() {
                return None;
            }
            let i = vs[rng.pick(vs.len())];
            let mut v = b.clone();
            v[i] = if b[i] == b'a' { b'o' } else { b'a' };
            v
        }
    };
    let bad = String::from_utf8(bad).ok()?;
    if bad == w || occ.contains_key(bad.as_str()) {
        return None;
    }
    let new = format!("{}{}{}", &text[..at], bad, &text[at + w.len()..]);
    Some((new, at, at + bad.len()))
}

fn findings(dir: &Path) -> std::collections::BTreeMap<String, Vec<(String, u64, u64)>> {
    let out = Command::new(BIN)
        .args(["check", "--format", "json", "--quiet"])
        .arg(dir)
        .output()
        .expect("run ascribe");
    let code = out.status.code();
    assert!(matches!(code, Some(0 | 1)), "check exited {code:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let mut m = std::collections::BTreeMap::new();
    for f in v["files"].as_array().unwrap() {
        let name = Path::new(f["path"].as_str().unwrap())
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let fs = f["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| {
                (
                    x["rule"].as_str().unwrap().to_string(),
                    x["start"].as_u64().unwrap(),
                    x["end"].as_u64().unwrap(),
                )
            })
            .collect();
        m.insert(name, fs);
    }
    m
}

pub fn polnear_name_slips_are_caught_and_clean_articles_stay_quiet() {
    let src = polnear();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths.truncate(200);
    let work = std::env::temp_dir().join(format!("ascribe-names-eval-{}", std::process::id()));
    let (planted_dir, clean_dir) = (work.join("planted"), work.join("clean"));
    std::fs::create_dir_all(&planted_dir).unwrap();
    std::fs::create_dir_all(&clean_dir).unwrap();
    let mut rng = Lcg(7);
    let mut manifest = Vec::new();
    for p in &paths {
        let text = std::fs::read_to_string(p).unwrap();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        std::fs::write(clean_dir.join(&name), &text).unwrap();
        if let Some((new, s, e)) = plant(&text, &mut rng) {
            std::fs::write(planted_dir.join(&name), new).unwrap();
            manifest.push((name, s as u64, e as u64));
        }
    }
    let planted = findings(&planted_dir);
    let clean = findings(&clean_dir);
    let caught = manifest
        .iter()
        .filter(|(n, s, e)| {
            planted.get(n).is_some_and(|fs| {
                fs.iter()
                    .any(|(r, fs_, fe)| r.starts_with("names.") && fs_ < e && fe > s)
            })
        })
        .count();
    let noise: usize = clean
        .values()
        .map(|fs| {
            fs.iter()
                .filter(|(r, _, _)| r.starts_with("names."))
                .count()
        })
        .sum();
    let _ = std::fs::remove_dir_all(&work);
    let recall = 100.0 * caught as f64 / manifest.len() as f64;
    let per100 = 100.0 * noise as f64 / paths.len() as f64;
    eprintln!(
        "names eval: {caught} of {} slips caught ({recall:.1}%), noise {per100:.1} per 100 articles",
        manifest.len()
    );
    assert!(manifest.len() >= 100, "only {} planted", manifest.len());
    assert!(recall >= 90.0, "name recall {recall:.1}% < 90%");
    // The untouched articles hold real misspellings too (Vigurie for
    // Viguerie, Brazille for Brazile, Mario Rubio), all reported; the
    // bound leaves room for them.
    assert!(per100 <= 5.0, "name noise {per100:.1} per 100 articles > 5");
}
