//! The signals of `rules/claims/en.signals.yaml` (plans and goals,
//! agentless passives of judging, charges carried by a verb or a loaded
//! noun), through the whole rule; and the claim before a verb that
//! reports only what follows it (`scope_before.rs`).

use crate::claims::data::Data;
use crate::claims::flagged_words as words;

fn flagged(sentence: &str, at: &str) {
    let found = words(sentence);
    assert!(found.iter().any(|w| w == at), "{sentence}: {found:?}");
}

#[test]
fn a_plan_or_goal_told_as_fact_is_an_intention() {
    flagged(
        "Harbour councillors are looking to shift the ferry levy onto visitors.",
        "looking to",
    );
    flagged(
        "After the spring vote, the strategy is to outspend Vale in the suburbs.",
        "strategy is to",
    );
    flagged(
        "The Quill campaign is courting dock workers along the north shore.",
        "courting",
    );
}

#[test]
fn an_agentless_passive_of_judging_names_no_source() {
    flagged(
        "The toll road was once thought to be a gold mine for the county.",
        "thought to be",
    );
    flagged(
        "The harbour board is widely seen as loyal to the mayor.",
        "widely seen",
    );
}

#[test]
fn a_charge_carried_by_a_verb_or_a_loaded_noun() {
    flagged(
        "The mayor pandered to landlords with the new rule.",
        "pandered",
    );
    flagged(
        "The board covered up the losses at the ferry depot for a year.",
        "covered up",
    );
    flagged(
        "The levy was a scheme to reward the council's friends.",
        "scheme",
    );
    flagged(
        "Mayor Quill landed at the pier for a budget talk but gave a familiar rant.",
        "rant",
    );
    flagged(
        "The harbour chief insulted the ferry crews at two meetings.",
        "insulted",
    );
}

#[test]
fn a_claim_before_a_verb_that_reports_what_follows_is_the_one_judged() {
    // "hypocritical" is in what "portraying" reports; "tried to" before
    // it is the writer's.
    flagged(
        "On Monday, Quill tried to turn the tables, portraying Vale as hypocritical because he had accepted \"about $9,000\" from harbour firms through the Port Committee.",
        "tried to",
    );
}

#[test]
fn a_word_listed_twice_or_a_signal_unknown_is_refused() {
    let main = include_str!("../../rules/claims/en.yaml");
    let twice = "signals:\n  - name: charge\n    words: [lied]\n";
    let e = Data::from_yamls("en.yaml", main, Some(("more.yaml", twice))).unwrap_err();
    assert!(e.to_string().contains("already"), "{e}");
    let unknown = "signals:\n  - name: gossip\n    words: [rumour]\n";
    let e = Data::from_yamls("en.yaml", main, Some(("more.yaml", unknown))).unwrap_err();
    assert!(e.to_string().contains("gossip"), "{e}");
    let fine = "signals:\n  - name: charge\n    words: [rumourmonger]\n";
    assert!(Data::from_yamls("en.yaml", main, Some(("more.yaml", fine))).is_ok());
}

#[test]
fn a_claim_that_is_the_reporting_verbs_subject_is_what_it_reports() {
    // "eight out of 10" are the ones who say: the verb speaks of them
    // (a poll's answers), and what they say is theirs.
    for sentence in [
        "Nearly eight out of 10 say they will need to continually learn new trades to keep their posts.",
        "Among members, about two-thirds of the dockers described themselves as loyal with about three in 10 saying they are very loyal.",
        "About four in 10 said they were sure the levy would pass.",
    ] {
        let found = words(sentence);
        assert!(found.is_empty(), "{sentence}: {found:?}");
    }
}
