//! The `swap` table of a substitution rule compiled: split from
//! `compile.rs`, which builds the other kinds.

use super::super::file::{self, scalar, RuleFile};
use super::super::matcher::{Matcher, Swap};
use super::super::regex::{build, prefilter, syntax};
use super::{alternation, each_compiles, exceptions, Cx};
use crate::error::Error;
use std::sync::OnceLock;

/// The matcher of a substitution rule: one regex over every `swap` entry,
/// each entry's capture group noted; `Ok(None)` when an entry cannot run.
pub(super) fn substitution(
    cx: &mut Cx<'_>,
    f: &RuleFile,
    except_list: &[String],
    quote_choices: bool,
) -> Result<Option<Matcher>, Error> {
    let (text, ic) = (cx.text, f.ignorecase);
    let mut entries: Vec<(String, String)> = Vec::new();
    for (k, v) in &f.swap {
        let (Some(k), Some(v)) = (scalar(k), scalar(v)) else {
            return Err(cx.err(
                file::key_line(text, "swap"),
                "`swap` must map strings to strings",
            ));
        };
        entries.push((k, v));
    }
    // Longer patterns first, as Vale does, so "MPL 2.0" beats "MPL".
    entries.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    let mut swaps = Vec::new();
    let mut alts = Vec::new();
    let mut group = 1;
    // An entry is parsed for its groups, and compiled only when its
    // replacement needs its regex or it does not parse (to say
    // why, as before).
    // Entries that parse and were not compiled are compiled before
    // one that does not parse, or the whole that does not compile,
    // so that the first entry that fails on its own is named (only
    // a size limit fails an entry that parses).
    let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
    for (i, (k, v)) in entries.iter().enumerate() {
        let parsed = syntax(k, ic);
        let re = match parsed {
            Some(_) if !v.contains('$') => None,
            _ => {
                if parsed.is_none() && !each_compiles(cx, "swap", &keys[..i], ic)? {
                    return Ok(None);
                }
                match cx.regex("swap", k, k, ic)? {
                    Some(re) => Some(re),
                    None => return Ok(None),
                }
            }
        };
        let inner = match (&parsed, &re) {
            (Some(hir), _) => hir.properties().explicit_captures_len(),
            (None, Some(re)) => re.captures_len() - 1,
            (None, None) => unreachable!("an entry that does not parse is compiled"),
        };
        alts.push(format!("({k})"));
        swaps.push(Swap {
            group,
            re: re.filter(|_| v.contains('$')),
            replacement: v.clone(),
            fits: OnceLock::new(),
            literal: regex::escape(v) == *v,
        });
        group += 1 + inner;
    }
    let pattern = alternation(&alts, &[], f.nonword, false);
    let re = match build(&pattern, ic) {
        Ok(re) => re,
        Err(_) => {
            if !each_compiles(cx, "swap", &keys, ic)? {
                return Ok(None);
            }
            let Some(re) = cx.regex("swap", &pattern, &pattern, ic)? else {
                return Ok(None);
            };
            re
        }
    };
    Ok(Some(Matcher::Substitution {
        re,
        pre: prefilter(&pattern, ic),
        swaps,
        capitalize: f.capitalize,
        quote_choices,
        except: exceptions(cx, except_list, ic)?,
    }))
}
