//! A speaker and cue set off by commas inside the clause they report
//! ("The ferry captain, Ann Roe said, has created a mess"): the speaker
//! is the name in the aside, not the subject before it.

use super::tests::atts;

#[test]
fn a_name_and_cue_between_commas_inside_a_subject_are_an_aside() {
    for (body, speaker, opens) in [
        (
            "The ferry captain, Ann Roe said, has created a \"mess nobody can fix\" in the port.",
            "Ann Roe",
            "The ferry captain",
        ),
        (
            "The real trouble, Bo Lind argued, is that the lock gates are too old.",
            "Bo Lind",
            "The real trouble",
        ),
        (
            "Tourism, the officials say, will not recover before the bridge reopens.",
            "the officials",
            "Tourism",
        ),
    ] {
        let a = atts(body);
        let r = a.iter().find(|r| r.2 == speaker);
        let r = r.unwrap_or_else(|| panic!("{body}: {a:?}"));
        // What was said is the sentence the aside stands in.
        assert!(r.3.starts_with(opens), "{body}: {a:?}");
        assert!(r.3.len() > body.len() / 2, "{body}: {a:?}");
        assert!(a.iter().all(|r| !r.2.contains(',')), "{body}: {a:?}");
    }
}

#[test]
fn an_appositive_before_its_cue_stays_whole() {
    // A comma before the cue closes the appositive: no aside.
    let a = atts("The ferry captain, Ann Roe, said the port would close.");
    assert!(
        a.iter().any(|r| r.2 == "The ferry captain, Ann Roe"),
        "{a:?}"
    );
    // A participle after the cue hangs off it; the clause does not go on.
    let a = atts("Weighing the plan, the harbour master, Ann Roe agreed, adding that it was late.");
    assert!(a.iter().all(|r| !r.3.contains("agreed")), "{a:?}");
}
