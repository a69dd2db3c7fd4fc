//! The grammar's word lists of each syntax (`grammar:` and `german:` in
//! `rules/attribution/*.yaml`): one declaration gives the YAML shape and
//! the compiled lists, so a list is added in one place. Kept apart from
//! `data.rs`, which loads the rest of a language's attribution words.

use super::words::Words;
use serde::Deserialize;

/// Declares the grammar's word lists once: the YAML shape (every list
/// optional, no other key allowed) and the compiled lists.
macro_rules! grammar_lists {
    ($(#[doc = $sdoc:expr])* $file:ident => $out:ident {
        $($(#[doc = $doc:expr])* $name:ident,)*
    }) => {
        #[derive(Debug, Default, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub(super) struct $file {
            $(#[serde(default)] $name: Vec<String>,)*
        }

        impl $file {
            /// Adds the words of `more`, list by list.
            #[allow(dead_code)] // only languages with a second file of lists
            pub(super) fn extend(&mut self, more: $file) {
                $(self.$name.extend(more.$name);)*
            }
        }

        $(#[doc = $sdoc])*
        #[derive(Debug, Clone, Default)]
        pub struct $out {
            $($(#[doc = $doc])* pub $name: Words,)*
        }

        impl $out {
            pub(super) fn new(f: &$file) -> $out {
                $out { $($name: Words::new(&f.$name),)* }
            }

            /// The names of the lists that are empty.
            pub fn empty_lists(&self) -> Vec<&'static str> {
                let mut out = Vec::new();
                $(if self.$name.is_empty() { out.push(stringify!($name)); })*
                out
            }
        }
    };
}

grammar_lists! {
    /// The English grammar's word lists (`grammar:` in the YAML): the
    /// words its constructions turn on.
    GrammarFile => Grammar {
    /// Words that open an aside after a name ("of Dayton", "now 81").
    aside_openers,
    /// Relative pronouns that open a clause about a source ("who", "whose").
    relatives,
    /// Relative words that open a clause about a thing or a place set off
    /// by commas between a subject and its cue ("The records, which …,
    /// show"; "The market, where …, shows"): read only there, as these
    /// words open clauses of their own everywhere else.
    thing_relatives,
    /// Words that report the writer meeting a group before a cue ("none
    /// of the scholars I interviewed thought"): a contact clause that
    /// parts the subject from its verb.
    contact_verbs,
    /// Words in -ing that are no participle ("nothing", "morning").
    not_participles,
    /// The possessives of "for his part".
    part_owners,
    /// Introductory words that never set off an interruption.
    not_interruptions,
    /// Auxiliaries: a piece holding one is a clause, not a description.
    auxiliaries,
    /// Cue verbs that name a deed before "by" and a participle other than
    /// a cue ("responded by closing the office", not "by saying").
    deed_verbs,
    /// Forms of "be" before a passive cue: "Lee was asked by Roe, “…”"
    /// quotes the agent after "by".
    passive_auxiliaries,
    /// Determiners that may head a source ("another", "one").
    determiner_heads,
    /// Words that cannot end a source just before its cue.
    not_heads,
    /// Words that join a name to more of it ("of", "the").
    name_joiners,
    /// Prepositions after a full name that say where the person works.
    workplaces,
    /// Object pronouns.
    object_pronouns,
    /// Words that begin a time or place adjunct (lower case).
    time_or_place,
    /// Further words that begin an adjunct after a cue (lower case).
    adjunct_starts,
    /// Who "told" or "said to" may address.
    addressees,
    /// Who a verb like "told" takes as its object.
    audiences,
    /// Articles.
    articles,
    /// Days and months, as written: they open an adjunct, not a name.
    dates,
    /// Words that stand for a source already named ("who", "that").
    relative_subjects,
    /// Words for a share of a group ("half", "three-quarters"): a poll's
    /// respondents as a subject.
    shares,
    /// Words that may open a share ("about half", "four in 10").
    share_openers,
    /// Relative words that may stand right before a verb of reported
    /// speech as its subject ("Ruiz, who said the plan would fail").
    cue_relatives,
    /// Prepositions whose object, before a relative word's comma, is a
    /// place or a body the relative word does not stand for ("lawmakers
    /// on Capitol Hill, who said"; "the mayor of Lyon, who said").
    antecedent_prepositions,
    /// Conjunctions that may open a lead-in before "as X put it".
    lead_conjunctions,
    /// Prepositions after a speech verb that say where it was said.
    verb_adjuncts,
    /// Words that open a topic or a time clause after a bare cue, however
    /// long ("“…?” Lee said about the plan to …", "asks as a guard walks
    /// in"): what follows them is no reported clause.
    topic_or_time,
    /// Words that open the last clause before a cue ("Then", "which").
    clause_turns,
    /// Words before a cue that hand its subject back (lower case).
    subject_handers,
    /// Words before "as" that make it compare ("such as", "so as").
    comparison_words,
    /// Words after "as" that make it open a clause ("as the", "as he").
    clause_openers,
    /// Words before a verb that make it no cue's noun ("to", "some").
    verb_markers,
    /// Prepositions that join a source to where it works.
    source_prepositions,
    /// Words that close a time phrase opening a sentence ("Eight years
    /// ago,", "Minutes later,"): the phrase is no subject.
    time_closers,
    /// Prepositions that open an adjunct set off by a comma at a
    /// sentence's start ("Over the years,"), not in `intro`.
    adjunct_prepositions,
    /// A cue verb and the word after it that give it a sense other than
    /// saying ("added to the confusion", "reported from Cairo"), written
    /// as the two words with a space (lower case).
    other_senses,
    /// Cue words that are nouns after one of `noun_markers` ("the final
    /// say", "no say in it").
    noun_cues,
    /// Articles and adjectives that make a `noun_cues` word a noun.
    noun_markers,
    /// Cue words that are adjectives after one of `degree_words` ("a
    /// telling sign", "most telling"), before one of `adjective_heads`
    /// ("telling insight"), or after a form of "be" with nothing said
    /// after them ("is telling in itself").
    adjective_cues,
    degree_words,
    adjective_heads,
    /// Words after such a "be … telling" that say nothing follows.
    adjective_tails,
    /// Cue words meaning to know or make out after `ability_modals`
    /// ("can't tell whether"), or with "time" as subject ("time will tell").
    discern_cues,
    ability_modals,
    /// Adverbs between the modal and the verb ("can't already tell").
    ability_adverbs,
    /// Verbs before "as" and a participle of saying that opens a
    /// quotation: their subject, like a clause's before a comma, is the
    /// participle's ("Lee was quoted as saying “…”", "the agency quoted
    /// the minister as saying “…”").
    quoted_as,
    /// Verbs of saying that also take a plain object in another sense
    /// ("maintains a lead", "boasted a record"): without "that", a
    /// quotation or a finite verb after them they report nothing.
    object_verbs,
    /// Words that begin a noun phrase: after an `object_verbs` verb they
    /// open its object ("the", "his").
    object_openers,
    /// Words that make what follows a clause, not a noun phrase ("was",
    /// "will"): after an `object_verbs` verb they keep it reported speech.
    finite_markers,
    /// Words that open a subordinate clause, whose subject a verb joined
    /// by "and" after it shares ("when Lee waved and said").
    clause_subordinators,
    /// Cue verbs that, with nothing said after or before them, name an
    /// act ("Lee agreed.", "before he announced"), not an attribution.
    bare_deeds,
    /// Participles that put a question in the passive ("asked").
    passive_questions,
    /// Words before such a participle that leave it no subject ("when").
    question_openers,
    /// Words that open the question after it ("whether", "about").
    question_words,
    /// Auxiliaries, in lower case, that make the words after an inverted
    /// cue a clause ("said the state would appeal"), not its source.
    clause_auxiliaries,
    /// Participles that, right after a common noun, give a thing its
    /// name ("a play called “…”"): nobody is quoted.
    thing_namers,
    /// Conjunctions that join a cue verb to the verbs before it, whose
    /// subject it shares ("did not name him, but told …").
    verb_joints,
    /// Prepositions before a cue in -ing whose subject is the clause's
    /// ("drew boos upon saying …", "began by saying …").
    gerund_openers,
    /// Reflexives that open an appositive after a name ("Ann Roe,
    /// herself a member, …").
    reflexives,
    /// Words before a count that opens a subject ("about 200 protesters").
    approximators,
    /// Words that open a clause leading a sentence before its main clause
    /// ("When Lee said that …, Roe …").
    leading_clauses,
    /// Words that open an appositive after a name ("Ann Roe, a member
    /// …"), not a main clause.
    appositive_openers,
    /// Verbs of knowing that, after "as" and a pronoun and before "it",
    /// describe a thing as it stands ("news as we know it").
    as_it_stands,
    /// Words after which the word before them is a noun, not a verb ("some
    /// kind of deal"): no lead-in verb before a colon is read there.
    noun_links,
    /// Adverbs and particles right after a lead-in verb before a colon
    /// ("went even further:", "hit back:"): the word before them is the
    /// verb, not a noun of the subject ("The harbour master went").
    lead_in_particles,
    /// Articles and possessives that open a subject of lower-case nouns
    /// before a lead-in verb ("The harbour master", "Our ferry captain").
    lead_in_openers,
    /// Set phrases that hold a cue word and close their clause ("enough
    /// said", "having said that", "well told"): no one is reported.
    idioms,
    /// Titles that are also surnames: after a given name they end the
    /// name ("Steve King"), not open a rank ("King Abdullah").
    surname_titles,
    }
}

grammar_lists! {
    /// The German constructions' word lists (`german:` in the YAML).
    GermanFile => German {
    /// Prepositions that take the source (`laut`).
    according,
    /// Postpositions after the source (`zufolge`).
    postpositions,
    /// Nouns of `nach Angaben …`.
    report_nouns,
    /// The preposition that opens `nach Angaben …`.
    report_openers,
    /// Relative adverbs that open what a noun before them says (`Berichte,
    /// wonach …`).
    relative_reports,
    /// Endings of compound report nouns (`Polizeiangaben`), lower case.
    report_endings,
    /// `eigenen`: `nach eigenen Angaben` gives the clause's subject's word.
    own,
    /// Subjunctive forms: reported speech with no cue of its own.
    subjunctives,
    /// Subjunctive II forms that carry no reported speech (`könnten`).
    conditionals,
    /// `soll`, `sollen`: a reported claim.
    hearsay,
    /// The infinitives of the perfect (`haben`, `sein`): `soll … haben`.
    perfect,
    /// First-person pronouns: a sentence with one is no reported speech.
    first_person,
    /// Sentence openers that carry the source before them (`Demnach`).
    carriers,
    /// Focus adverbs before a subject, not part of it (`Auch`).
    focus,
    /// Conjunctions that open a reported clause (`dass`).
    complementizers,
    /// Particles of separable cue verbs (`mit`).
    particles,
    /// Auxiliaries of the perfect and the passive.
    auxiliaries,
    /// Passive auxiliaries.
    passives,
    /// Participles whose passive subject is the speaker (`wird X zitiert`).
    passive_speakers,
    /// Verbs of quoting (`zitiert`): in the active, their object is who
    /// speaks (`Die Zeitung zitiert den Anwalt mit den Worten`).
    quoting,
    /// Words that open a sentence without being its subject.
    fronted,
    /// Words after an inverted cue that end its subject.
    subject_ends,
    /// Word endings of role nouns (`…sprecher`).
    title_endings,
    /// Word endings of organisations' names (`…verwaltung`, `…bund`).
    organisation_endings,
    /// Endings of nouns for an act or a state (`…ung`, `…heit`): a
    /// subject with one as its head names nobody who speaks.
    abstract_endings,
    /// Nouns with those endings that do name a body or an utterance
    /// (`Organisation`, `Ankündigung`), lower case; compounds count.
    abstract_speakers,
    /// Verbs that attribute with an impersonal `es` (`heißt es`).
    impersonal,
    /// Their infinitive and participle, after an auxiliary and `es`
    /// (`hatte es geheißen`, `soll es heißen`).
    impersonal_late,
    /// Prepositions before the document `heißt es` quotes (`in`, `im`).
    document_prepositions,
    /// Verbs of words standing written (`steht`, `zu lesen`): the text
    /// they stand in speaks a quotation.
    written,
    /// Pronominal adverbs for that text (`darauf`, `darin`).
    written_places,
    /// Pronouns that are only ever subjects (`er`, `ich`, `wir`).
    subject_pronouns,
    /// Forms of `lassen` before a cue's infinitive (`lässt … erklären`).
    causatives,
    /// Demonstratives that stand alone for a person (`dieser`, `diese`).
    demonstratives,
    /// The subject of an impersonal cue (`es`).
    impersonal_subjects,
    /// Reflexive pronouns between a verb and its subject (`sich`).
    reflexives,
    /// `von`, `vom`: before the source in `nach Angaben von X`.
    of,
    /// Participles whose `von` opens their object, not a passive's agent
    /// (`es wurde von einem Erfolg gesprochen`).
    von_objects,
    /// Words after a comma that open a source with no verb (`so`).
    source_openers,
    /// Prepositions that open a sentence with whose view it gives (`Für
    /// X ist …`).
    opinion_openers,
    /// Words that open a clause before `für X` (`Was für X „…“ ist`), as
    /// a sentence's start does.
    opinion_clause_openers,
    /// Endings of nouns that a quoted name or title follows (`das Album
    /// „…“`, `Codenamen „…“`): the quotation names it, nobody said it.
    work_nouns,
    /// Definite articles and the prepositions fused with one (`die`,
    /// `vom`): one capitalised word in quotation marks after one is a name
    /// (`die „Morgenpost“`), an indefinite article's a quoted word.
    definite_articles,
    /// Words that announce a name's short form (`kurz`): a quotation
    /// right after one (`kurz „GTA“`) is that name, nobody's words.
    abbreviation_words,
    /// English function words (`of`, `the`): capitalised words joined by
    /// them in quotation marks are a title or a name (`„Journal of Rural
    /// Health“`), nobody's words.
    foreign_title_words,
    /// Endings of adverbs a sentence may open with, capitalised
    /// (`Relativierend`, `Letztlich`): one alone before the verb is no
    /// subject.
    adverb_endings,
    /// Copulas: after `Für X`, X's view of something (`ist`, `sei`).
    copulas,
    /// Words before a one-word quotation that give it as what someone
    /// called something (`als „falsch“ zurückgewiesen`).
    naming,
    /// Articles that may follow a noun inside one phrase: the genitive's.
    genitives,
    /// Words that join the nouns of one source (`von`, `und`, `der`).
    joiners,
    /// Relative pronouns after a comma (`der`, `die`, `welche`): the
    /// clause they open ends in its verb.
    relatives,
    /// The relative pronouns that may be their clause's subject (`…, die
    /// skandierten:`): the speaker is the noun they stand for.
    subject_relatives,
    /// Conjunctions before a second verb of one subject (`und rief`).
    coordinators,
    /// Prepositions: after a word that is no article, one opens an
    /// adverbial (`Kurz vor dem Start`), not a subject.
    prepositions,
    /// Articles only an object takes (`Den Unmut … brachte X zum
    /// Ausdruck`): a phrase opening with one before the verb is no subject.
    object_articles,
    /// Articles of a subject right after the verb, before a masculine
    /// role (`stellte der Vorsitzende in Frage`).
    subject_articles,
    /// A cue verb and a word later in its clause that make it mean
    /// something else (`sprach für`: spoke in favour; `forderte … an`:
    /// requested), as "verb word".
    not_cues,
    /// Verbs that judge what their object names (`kritisierte den Plan`):
    /// with that object alone, no statement is reported.
    judging,
    }
}
