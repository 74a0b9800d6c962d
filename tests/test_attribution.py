"""Each engine rule pinned with short real sentences run through the real Stanza pipeline."""

from __future__ import annotations

import pytest

from tracker.attribution import AttributionType, Extraction, SourceKind, Sourcing, extract, lexicon
from tracker.attribution.furniture import is_furniture

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(annotate):
    def go(text: str) -> Extraction:
        return extract(annotate(text), text)

    return go


def texts(text: str, extraction: Extraction) -> list[dict]:
    """Attributions as readable rows for assertions."""
    rows = []
    for a in extraction.attributions:
        source = extraction.source(a.source_id)
        rows.append({
            "content": [text[s.start : s.end] for s in a.content],
            "cue": text[a.cue.start : a.cue.end] if a.cue else None,
            "speaker": a.speaker.text if a.speaker else None,
            "source": source,
            "type": a.type,
            "rule": a.rule,
        })
    return rows



def said(text: str, extraction: Extraction) -> list[tuple]:
    """(cue, speaker, content pieces) of each attribution, in order."""
    return [(row["cue"], row["speaker"], row["content"]) for row in texts(text, extraction)]

def only(text: str, extraction: Extraction) -> dict:
    rows = texts(text, extraction)
    assert len(rows) == 1, rows
    return rows[0]


def test_reporting_verb_with_that_clause(run):
    text = "The mayor said that the bridge would reopen in May."
    row = only(text, run(text))
    assert row["content"] == ["that the bridge would reopen in May"]
    assert row["cue"] == "said"
    assert row["speaker"] == "The mayor"
    assert row["type"] == AttributionType.INDIRECT


def test_cue_takes_in_auxiliaries_and_adverbs(run):
    text = "The governor has also said that the budget will not balance."
    row = only(text, run(text))
    assert row["cue"] == "has also said"
    assert row["content"] == ["that the budget will not balance"]
    assert row["speaker"] == "The governor"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The senator has pointed out that the tax cut was never paid for.",
         "has pointed out", "that the tax cut was never paid for"),
        ("The governor went on to explain that the plan would cost nothing.",
         "went on to explain", "that the plan would cost nothing"),
        ("Trump has refused to endorse the speaker's budget.",
         "has refused to endorse", "the speaker's budget"),
    ],
)
def test_cue_takes_in_particles_and_the_verbs_an_infinitive_hangs_from(run, text, cue, content):
    row = only(text, run(text))
    assert row["cue"] == cue
    assert row["content"] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Hillary Clinton says in Ohio that she's thrilled to receive the endorsement of "
         "LeBron James.", "says",
         "that she's thrilled to receive the endorsement of LeBron James"),
        ("In Honolulu last week, he told a meeting of Pacific Island leaders that few people "
         "understood the stakes.", "told", "that few people understood the stakes"),
    ],
)
def test_that_clause_hung_inside_the_object_is_the_content(run, text, cue, content):
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == (cue, [content])


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("David Axelrod on Wednesday called on Howard Dean to apologize to Donald Trump.",
         "called on", "David Axelrod", "Howard Dean to apologize to Donald Trump"),
        ("Palmieri called on Trump to stop attacking Machado and apologize.",
         "called on", "Palmieri", "Trump to stop attacking Machado and apologize"),
        ("On Twitter, Jeb Bush called Trump “unhinged.”", "called", "Jeb Bush",
         "Trump “unhinged.”"),
        ("Mr. Obama told his advisers to figure out how to cut emissions.",
         "told", "Mr. Obama", "his advisers to figure out how to cut emissions"),
        ("Clinton called half of Donald Trump's supporters “deplorables.”",
         "called", "Clinton", "half of Donald Trump's supporters “deplorables.”"),
    ],
)
def test_what_a_speaker_asks_of_someone_or_calls_them(run, text, cue, speaker, content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (cue, speaker, [content])


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The White House refused to release the memo.", "refused", "to release the memo"),
        ("She offered her assessment of the debate.", "offered",
         "her assessment of the debate"),
    ],
)
def test_stance_verbs_attribute_their_object(run, text, cue, content):
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == (cue, [content])


@pytest.mark.parametrize(("text", "expected"), [
    ("Witnesses described hearing gunfire around 2 a.m.",
     ("described", "Witnesses", ["hearing gunfire around 2 a.m"])),
    ("Residents reported seeing smoke over the harbor.",
     ("reported", "Residents", ["seeing smoke over the harbor"])),
    ("He denied taking the money.", ("denied", "He", ["taking the money"])),
    # a past tense the parser read as a modifier is the verb of the noun before it
    ("Two days later, the minister reversed course, telling parliament that the tax would be "
     "delayed.", ("telling", "the minister", ["that the tax would be delayed"])),
])
def test_a_gerund_after_a_speech_verb_is_what_was_said(run, text, expected):
    assert said(text, run(text)) == [expected]


def test_a_verbs_own_preposition_read_as_a_modifier_still_carries_the_content(run):
    text = "Minister warns of job losses\n\nThe minister said thousands of jobs were at risk.\n"
    assert said(text, run(text))[0] == ("warns of", "Minister", ["job losses"])


def test_a_gerund_before_a_quotation_says_how_not_what(run):
    text = ('US President Barack Obama tweeted using his @POTUS account:\n\n"Cool clock, Ahmed. '
            'We should inspire more kids like you to like science."\n')
    assert [row["content"] for row in texts(text, run(text))] == [
        ['"Cool clock, Ahmed. We should inspire more kids like you to like science."']]


def test_declining_to_comment_stays_a_disclosure(run):
    assert run("The senator declined to comment on the report.").attributions == []


def test_speech_verb_running_on_into_a_clause(run):
    text = "Federal officials said the two raised $350 million through the program."
    row = only(text, run(text))
    assert row["content"] == ["the two raised $350 million through the program"]
    assert row["speaker"] == "Federal officials"
    assert row["cue"] == "said"


def test_naming_verb_takes_object_and_what_it_is_called(run):
    text = "The senator called the proposal a disaster for working families."
    row = only(text, run(text))
    assert row["content"] == ["the proposal a disaster for working families"]
    assert row["cue"] == "called"
    assert row["speaker"] == "The senator"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Senate Minority Leader Harry Reid has been steadily pounding Trump as a “con artist” "
         "for months.", "has been steadily pounding", "Trump as a “con artist”"),
        ("Trump openly admires Russian President Vladimir Putin as a “strong leader.”",
         "openly admires", "Russian President Vladimir Putin as a “strong leader.”"),
    ],
)
def test_any_verb_giving_its_object_a_quoted_name_is_a_characterization(run, text, cue,
                                                                        content):
    row = only(text, run(text))
    assert (row["rule"], row["cue"], row["content"]) == ("characterization", cue, [content])


def test_unquoted_as_phrase_needs_a_naming_verb(run):
    assert run("The company used the building as a warehouse for years.").attributions == []


def test_document_in_a_prepositional_phrase_sources_the_clause(run):
    text = "In the latest Quinnipiac poll, Clinton led Trump by five points."
    row = only(text, run(text))
    assert row["cue"] == "In"
    assert row["speaker"] == "the latest Quinnipiac poll"
    assert row["content"] == ["Clinton led Trump by five points"]
    assert row["source"].kind == SourceKind.DOCUMENT


def test_participle_after_the_content_is_the_same_speakers(run):
    text = "The mayor said the city was safe, adding that more police would patrol the subway."
    rows = texts(text, run(text))
    assert [(r["cue"], r["speaker"], r["content"]) for r in rows] == [
        ("said", "The mayor", ["the city was safe"]),
        ("adding", "The mayor", ["that more police would patrol the subway"]),
    ]


@pytest.mark.parametrize("text, expected", [
    # A participle with an adverb still takes the quotation after it.
    ("“We certainly can’t afford to do this anymore,” Trump said, adding later, “NATO is "
     "costing us a fortune.”",
     [("said", "Trump", ["“We certainly can’t afford to do this anymore,”"]),
      ("adding", "Trump", ["“NATO is costing us a fortune.”"])]),
    # A participle whose complement is speech is its own attribution.
    ("“We have come so far in this country,” Sanders said, going on to say that the country "
     "has spent years fighting racism.",
     [("said", "Sanders", ["“We have come so far in this country,”"]),
      ("going on to say", "Sanders", ["that the country has spent years fighting racism"])]),
    # A participle the lemmatizer left as written ('warning') is still the verb's.
    ("Ukraine's military is running low on air defense missiles, a senior Ukrainian officer "
     "said Tuesday, warning that Russia could exploit the shortage.",
     [("said", "a senior Ukrainian officer",
       ["Ukraine's military is running low on air defense missiles"]),
      ("warning", "a senior Ukrainian officer", ["that Russia could exploit the shortage"])]),
])
def test_a_second_speech_participle_after_the_tag(run, text, expected):
    assert said(text, run(text)) == expected


def test_subject_with_a_long_relative_clause_is_the_speakers(run):
    text = ("Dr. Connie Mariano, who as a Navy captain was the White House physician in the "
            "administration of former President Bill Clinton and later retired from the service "
            "as a rear admiral, said that in 1998, Clinton allowed her staff to think that the "
            "injury was minor.")
    said = [r for r in texts(text, run(text)) if r["cue"] == "said"]
    assert len(said) == 1
    assert said[0]["speaker"].startswith("Dr. Connie Mariano, who as a Navy captain")
    assert said[0]["source"].name == "Connie Mariano"
    assert said[0]["content"] == ["that in 1998, Clinton allowed her staff to think that the "
                                  "injury was minor"]


def test_subject_the_parser_gave_to_the_clause_is_the_speakers(run):
    text = ("The nonpartisan Commission on Presidential Debates says there was indeed a problem "
            "with Donald Trump’s microphone during Monday night’s first debate.")
    row = only(text, run(text))
    assert row["speaker"] == "The nonpartisan Commission on Presidential Debates"
    assert row["content"] == ["there was indeed a problem with Donald Trump’s microphone during "
                              "Monday night’s first debate"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Democratic senator also forced Stumpf, who said the bank had fixed its "
         "practices, to apologize.", "Stumpf"),
        ("The senator met McConnell, now the Senate majority leader, who said the vote would "
         "wait.", "McConnell"),
        ("The plan is likely to placate nervous Democrats on Capitol Hill, who say the deal is "
         "weak.", "nervous Democrats"),
    ],
)
def test_who_stands_for_the_noun_just_before_it(run, text, source):
    row = only(text, run(text))
    assert row["speaker"] == "who"
    assert row["source"].name == source


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("At a rally Friday in Coral Springs, Florida, Clinton questioned what kind of person "
         "gets up at 3 a.m. to send angry tweets.", "Clinton"),
        ("Acts of protest, Mr. Obama said, are acts of patriotism.", "Mr. Obama"),
        ("In one tweet Friday, Trump said the debate was rigged.", "Trump"),
        ("FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton criticized the "
         "Affordable Care Act as a “crazy system.”", "Former President Bill Clinton"),
    ],
)
def test_place_time_or_phrase_before_a_name_is_not_the_speaker(run, text, speaker):
    assert only(text, run(text))["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It will not pass,” said Charlie King, a prominent New York Democrat.",
         "Charlie King, a prominent New York Democrat"),
        # a verb after a quotation the tagger read as a bare form is still its tag
        ('"Sack her now," read one banner in the away end.', "one banner in the away end"),
        ("A more subdued Bill Clinton may not be such a bad thing, say some Democrats.",
         "some Democrats"),
    ],
)
def test_inverted_speaker_keeps_the_apposition_after_it(run, text, speaker):
    assert only(text, run(text))["speaker"] == speaker


def test_speaker_between_closing_quote_and_verb(run):
    text = "“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday."
    row = only(text, run(text))
    assert row["speaker"] == "Rep. Gwen Moore (D-Wis.)"
    assert row["content"] == ["“It’s a dog whistle to all Americans,”"]
    assert row["type"] == AttributionType.DIRECT


def test_named_speaker_keeps_the_name_over_its_apposition(run):
    text = ("Even China, Pyongyang's only ally and its economic lifeline, said it was "
            "resolutely opposed to the test.")
    row = only(text, run(text))
    assert row["speaker"].startswith("China")
    assert row["source"].name == "China"
    assert not row["source"].anonymous


def test_speaker_mention_stops_at_a_closing_quotation_mark(run):
    text = "“Executives must face jail time” for criminal behavior, she said."
    row = only(text, run(text))
    assert row["speaker"] == "she"


def test_name_and_apposition_parsed_as_two_subjects_stay_one_speaker(run):
    text = ("Phil Smith, a spokesman for the United Mine Workers of America, said the union "
            "expected production to improve.")
    row = only(text, run(text))
    assert row["speaker"].startswith("Phil Smith")
    assert row["source"].name == "Phil Smith"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sanders on Tuesday said that the deal was a disaster.", "Sanders"),
        ("A memorable ad in 2008 said that the phone would ring at 3 a.m.", "A memorable ad"),
        ("Nearly eight of 10 voters said the economy was getting worse.",
         "Nearly eight of 10 voters"),
        ("Not everyone agreed that the plan would work.", "Not everyone"),
        ("At least one Democrat said the plan would fail.", "At least one Democrat"),
    ],
)
def test_speaker_mention_keeps_its_count_and_drops_its_time(run, text, speaker):
    assert only(text, run(text))["speaker"] == speaker


def test_title_with_of_phrase_before_the_name(run):
    text = "Secretary of State John F. Kerry said the United States would work with its allies."
    row = only(text, run(text))
    assert row["source"].kind == SourceKind.NAMED_PERSON
    assert row["source"].name == "John F. Kerry"
    assert row["source"].title == "Secretary of State"


def test_a_name_modifying_a_group_noun_is_not_the_speaker(run):
    text = "Clinton supporters said the debate had changed nothing."
    row = only(text, run(text))
    assert row["source"].kind != SourceKind.NAMED_PERSON
    assert row["source"].anonymous


@pytest.mark.parametrize("text", [
    "“There is no link between the rhetoric and what he has actually proposed,” said Len "
    "Burman, head of the Tax Policy Center.",
    "“The unfairness of the tax laws is unbelievable,” Len Burman said Monday.",
])
def test_a_subject_inside_the_quotation_is_not_the_speaker(run, text):
    row = only(text, run(text))
    assert row["speaker"].startswith("Len Burman")
    assert row["type"] == AttributionType.DIRECT


def test_colon_headline_speaker_stops_at_the_colon(run):
    text = "John McCain: Republican Populist Anger Appeals to Bad Angels of Our Nature"
    row = only(text, run(text))
    assert (row["rule"], row["cue"], row["speaker"]) == ("colon", ":", "John McCain")
    assert row["content"] == ["Republican Populist Anger Appeals to Bad Angels of Our Nature"]


def test_headline_speech_verb_splits_speaker_and_claim(run):
    text = "Former White House Doctor Says Clinton Hid Past Health Problems From Public"
    row = only(text, run(text))
    assert row["cue"] == "Says"
    assert row["content"] == ["Clinton Hid Past Health Problems From Public"]
    assert row["speaker"] == "Former White House Doctor"


def test_inverted_order_after_the_content(run):
    text = "The bridge will reopen in May, the city's chief engineer said."
    row = only(text, run(text))
    assert row["content"] == ["The bridge will reopen in May"]
    assert row["speaker"] == "the city's chief engineer"
    assert row["rule"] == "inverted"


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("Donations to super PACs hit nearly $1.1 billion through the end of August, a USA "
         "TODAY analysis of campaign-finance reports shows.", "shows",
         "a USA TODAY analysis of campaign-finance reports",
         "Donations to super PACs hit nearly $1.1 billion through the end of August"),
        ("Large sections of the city are divided by race and income, other studies have shown.",
         "have shown", "other studies",
         "Large sections of the city are divided by race and income"),
        ("The company is exploring a sale, people familiar with the matter said.", "said",
         "people familiar with the matter", "The company is exploring a sale"),
        ("The company is exploring a sale, two sources familiar with the matter told Reuters.",
         "told", "two sources familiar with the matter", "The company is exploring a sale"),
        ("Apple, which reports earnings next week, is expected to announce a new chief, a "
         "person familiar with the matter said.", "said", "a person familiar with the matter",
         "Apple, which reports earnings next week, is expected to announce a new chief"),
        ("The ministry, which oversees the program, has frozen payments, officials said.",
         "said", "officials",
         "The ministry, which oversees the program, has frozen payments"),
        ("The aircraft had been carrying 62 passengers and crew, the airline said in a "
         "statement.", "said", "the airline",
         "The aircraft had been carrying 62 passengers and crew"),
        ("The government will announce the measures on Tuesday, officials said late on Sunday.",
         "said", "officials", "The government will announce the measures on Tuesday"),
    ],
)
def test_speaker_and_verb_closing_the_sentence(run, text, cue, speaker, content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (cue, speaker, [content])


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The decision, two people briefed on the talks told Reuters, was made last week.", "told",
     "two people briefed on the talks"),
    ("The decision, a senior official told reporters, was made last week.", "told",
     "a senior official"),
])
def test_a_speaker_tag_inside_the_sentence_sources_the_clause_around_it(run, text, cue,
                                                                        speaker):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == (cue, speaker)
    assert row["content"] == ["The decision", "was made last week"]


def test_an_adverb_before_the_verb_of_a_tag_is_the_cues(run):
    text = "Climate change, Mr. Obama often says, is the greatest threat facing the world."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("often says", "Mr. Obama")


@pytest.mark.parametrize(("text", "verb"), [
    ("Cuba also released Alan Gross, an American contractor accused of spying, but the deal "
     "stood.", "accused"),
    ("The river rose overnight, where the mayor also spoke.", "spoke"),
    ("He walked along a meandering mountain stream, a creek called Miracle Run.", "called"),
    ("Both sides backed the statement, a call echoed by Japan on Saturday.", "echoed"),
    ("It freed Bowe Bergdahl, an American prisoner of war now charged with desertion.",
     "charged"),
    ("Root added 45 before he was caught at slip.", "added"),
])
def test_a_phrase_and_verb_after_a_comma_that_are_no_speaker_tag_are_left_alone(run, text,
                                                                                 verb):
    assert all(verb not in (row["cue"] or "") for row in texts(text, run(text)))


def test_a_fronted_clause_the_parser_took_for_an_adverbial_is_what_was_said(run):
    text = ("The company is exploring a sale, said a person familiar with the matter, who asked "
            "not to be identified because the talks are private.")
    row = only(text, run(text))
    assert row["content"] == ["The company is exploring a sale"]
    assert row["speaker"].startswith("a person familiar with the matter")
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL


def test_a_relative_clause_after_the_subject_is_not_what_was_said(run):
    text = ("A person close to the chief executive, who was not authorized to speak publicly, "
            "said he had no plans to step down.")
    row = only(text, run(text))
    assert row["content"] == ["he had no plans to step down"]


def test_according_to_names_a_document(run):
    text = "According to the report, unemployment rose sharply last year."
    row = only(text, run(text))
    assert row["cue"] == "According to"
    assert row["speaker"] == "the report"
    assert row["source"].kind == SourceKind.DOCUMENT
    assert row["content"] == ["unemployment rose sharply last year"]


def test_direct_quote_with_inverted_named_speaker(run):
    text = "“We are ready to strike tomorrow,” said Maria Lopez, the union's president."
    row = only(text, run(text))
    assert row["type"] == AttributionType.DIRECT
    assert row["content"] == ["“We are ready to strike tomorrow,”"]
    assert row["source"].kind == SourceKind.NAMED_PERSON
    assert row["source"].name == "Maria Lopez"
    assert row["source"].anonymous is False


def test_pronoun_resolves_to_the_named_person(run):
    text = (
        "Senator Jane Smith criticized the bill on Tuesday.\n"
        "“It is a disaster for working families,” she said."
    )
    extraction = run(text)
    quote = next(r for r in texts(text, extraction) if r["type"] == AttributionType.DIRECT)
    assert quote["speaker"] == "she"
    assert quote["source"].name == "Jane Smith"
    assert quote["source"].kind == SourceKind.NAMED_PERSON


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The White House press secretary, asked whether the president would veto the bill, said "
     "no decision had been made.", "The White House press secretary",
     "no decision had been made"),
    ("The senator, asked about the report, said she had not read it.", "The senator",
     "she had not read it"),
])
def test_a_question_set_off_after_the_subject_was_put_to_the_speaker(run, text, speaker,
                                                                      content):
    rows = texts(text, run(text))
    assert ("said", speaker, [content]) in [(r["cue"], r["speaker"], r["content"]) for r in rows]
    assert all(r["speaker"] is None for r in rows if r["cue"] != "said")


@pytest.mark.parametrize(("later", "name", "kind"), [
    ("The nurse said the ward had been short of staff for months.", "Jane Smith",
     SourceKind.NAMED_PERSON),
    ("The minister said the hospital had received record funding.", "minister",
     SourceKind.ANONYMOUS_INDIVIDUAL),
])
def test_a_role_with_the_is_the_person_named_with_it_and_no_one_else(run, later, name, kind):
    """A nurse the story named is 'the nurse'; she is not 'the minister'."""
    text = f'"We have been let down," said Jane Smith, a nurse from Leeds.\n\n{later}'
    source = texts(text, run(text))[-1]["source"]
    assert (source.name, source.kind) == (name, kind)


@pytest.mark.parametrize(("text", "name"), [
    ('Arne Slot praised his players. "We were brilliant," the Dutchman said.', "Arne Slot"),
    ('Novak Djokovic won in straight sets. The Serb said he was "very happy" with his form.',
     "Novak Djokovic"),
    ("Nick Kyrgios reached the final. The Australian, who missed most of last season, said "
     'his knee felt "really good".', "Nick Kyrgios"),
])
def test_one_of_a_people_with_the_is_the_person_last_named(run, text, name):
    source = texts(text, run(text))[-1]["source"]
    assert (source.name, source.kind) == (name, SourceKind.NAMED_PERSON)


def test_a_people_with_the_still_speaks_for_its_side(run):
    text = "The Chinese pledged to cut emissions, and the French said they would follow."
    assert {row["source"].kind for row in texts(text, run(text))} == {
        SourceKind.NAMED_ORGANIZATION}


def test_a_business_named_by_its_trade_is_the_one_just_quoted(run):
    text = ("Pfizer said the vaccine was 90 percent effective. The drugmaker said it would seek "
            "approval this month.")
    assert [row["source"].name for row in texts(text, run(text))] == ["Pfizer", "Pfizer"]


def test_a_business_named_by_its_trade_stays_apart_when_two_bodies_were_quoted(run):
    text = ("Boeing said the jets were safe. The FAA said it would review the data. The company "
            "said it welcomed the review.")
    names = [row["source"].name for row in texts(text, run(text))]
    assert names[:2] == ["Boeing", "FAA"]
    assert names[2] not in ("Boeing", "FAA")


@pytest.mark.parametrize(("text", "name"), [
    ('Gov. Kathy Hochul said the state would help. Mayor Eric Adams said the city needed more '
     'money. "We are working on it," the governor said.', "Kathy Hochul"),
    ("Sen. Susan Collins said she would vote no. Majority Leader John Thune said the bill would "
     "pass anyway. The senator said she had concerns about the cuts.", "Susan Collins"),
])
def test_an_abbreviated_post_before_a_name_is_that_post(run, text, name):
    assert texts(text, run(text))[-1]["source"].name == name


def test_the_official_after_an_unnamed_official_is_that_official(run):
    text = ("Jane Smith, a State Department official, said the talks would resume. A senior "
            "administration official said the White House backed the effort. \"We welcome "
            "it,\" the official said.")
    rows = texts(text, run(text))
    assert [(row["speaker"], row["source"].kind) for row in rows[1:]] == [
        ("A senior administration official", SourceKind.ANONYMOUS_INDIVIDUAL),
        ("the official", SourceKind.ANONYMOUS_INDIVIDUAL)]
    assert rows[1]["source"].id == rows[2]["source"].id


@pytest.mark.parametrize(("text", "name", "title"), [
    ("City Manager Greg Moore said the budget was balanced.", "Greg Moore", "City Manager"),
    ("Councilwoman Maria Diaz said the vote was rushed.", "Maria Diaz", "Councilwoman"),
    ("Assemblyman Tom Lee said the bill would pass.", "Tom Lee", "Assemblyman"),
    ("Microsoft CEO Satya Nadella told investors that demand remained strong.",
     "Satya Nadella", "Microsoft CEO"),
])
def test_a_name_the_parser_split_around_its_title_is_whole(run, text, name, title):
    source = only(text, run(text))["source"]
    assert (source.name, source.title) == (name, title)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("The Chancellor, Rachel Reeves, said the budget would fix the foundations.",
     "Rachel Reeves", "Chancellor"),
    ("The Taoiseach, Micheál Martin, said the talks were constructive.", "Micheál Martin",
     "Taoiseach"),
])
def test_a_capitalised_post_before_a_name_is_the_persons_title(run, text, name, title):
    """The tagger marks 'Chancellor' a person of its own; the name is the apposition's."""
    source = only(text, run(text))["source"]
    assert (source.name, source.kind, source.title) == (name, SourceKind.NAMED_PERSON, title)


@pytest.mark.parametrize(("text", "content"), [
    ("The FDA said in a statement that it was reviewing the data and would make a decision "
     "by the end of the year.", "that it was reviewing the data and would make a decision by "
     "the end of the year"),
    ("The airline said about 2,000 flights had been canceled and that it expected to resume "
     "service on Monday.", "about 2,000 flights had been canceled and that it expected to "
     "resume service on Monday"),
])
def test_what_was_said_goes_on_after_and_with_a_modal_or_that(run, text, content):
    assert only(text, run(text))["content"] == [content]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Her lawyer, Mark Geragos, told reporters outside the courthouse that she would plead "
     "not guilty.", "Her lawyer, Mark Geragos", "that she would plead not guilty"),
    ("The coach told reporters after the game that he was proud of his players.", "The coach",
     "that he was proud of his players"),
])
def test_a_that_clause_hung_on_where_it_was_said_is_what_was_said(run, text, speaker, content):
    """The parser hangs it on 'courthouse' or 'game' as a relative clause."""
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == (speaker, [content])


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    ("A resident of the town told AFP the bombing had lasted all night.", "told",
     "A resident of the town", "the bombing had lasted all night"),
    ("A spokesman for the group told AP the claims were false.", "told",
     "A spokesman for the group", "the claims were false"),
    ('"We were not good enough," said Howe.', "said", "Howe", '"We were not good enough,"'),
])
def test_a_name_tagged_a_conjunction_or_adverb_after_a_speech_verb(run, text, cue, speaker,
                                                                   content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (cue, speaker, [content])


@pytest.mark.parametrize("text", [
    "That said, the city still faces a large deficit.",
    "Having said that, the council approved the budget.",
])
def test_a_set_phrase_on_a_speech_verb_reports_nothing(run, text):
    assert texts(text, run(text)) == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("A study published Monday in the journal JAMA found that teens who used social media "
     "slept less.", "A study published Monday in the journal JAMA",
     "that teens who used social media slept less"),
    ("A Pew Research Center poll released last month found that 58 percent of adults favor "
     "the plan.", "A Pew Research Center poll released last month",
     "that 58 percent of adults favor the plan"),
])
def test_a_document_described_by_where_and_when_it_came_out(run, text, speaker, content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == ("found", speaker, [content])
    assert row["source"].kind == SourceKind.DOCUMENT


@pytest.mark.parametrize(("text", "speaker"), [
    ('Gov. Greg Abbott said on X that Texas would continue to bus migrants to Chicago, calling '
     'the policy "necessary."', "Gov. Greg Abbott"),
    ('The mayor said the city would add 200 officers, calling the plan "a down payment on '
     'safety."', "The mayor"),
])
def test_a_trailing_participle_is_the_speakers_not_the_reported_subjects(run, text, speaker):
    rows = texts(text, run(text))
    assert [(row["cue"], row["speaker"]) for row in rows] == [("said", speaker),
                                                             ("calling", speaker)]


def test_a_short_second_half_of_a_split_quotation_is_the_same_speakers(run):
    text = '"It\'s not about the money," Chief Executive Sarah Lin said, "it\'s about trust."'
    row = only(text, run(text))
    assert row["content"] == ['"It\'s not about the money,"', '"it\'s about trust."']
    assert row["source"].name == "Sarah Lin"


def test_a_transcript_label_is_the_speaker_not_whom_the_turn_addresses(run):
    text = "MARTIN: Senator, thanks for joining us.\n\nCOONS: I do. We will pass it next week.\n"
    rows = texts(text, run(text))
    assert rows[0]["speaker"] == "MARTIN"
    assert rows[0]["source"].name == "MARTIN"


@pytest.mark.parametrize("text", [
    "Poll: Clinton and Trump in dead heat heading into first debate",
])
def test_a_poll_headline_is_the_polls_finding(run, text):
    row = only(text, run(text))
    assert (row["speaker"], row["source"].kind) == ("Poll", SourceKind.DOCUMENT)


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The building, which residents say has been vacant for a decade, was demolished on "
     "Tuesday.", "say", "has been vacant for a decade"),
    ("Her Iraq war vote, which she has repeatedly said was a mistake, was a major factor in "
     "her defeat.", "has repeatedly said", "was a mistake"),
])
def test_what_is_said_inside_a_relative_clause_ends_with_it(run, text, cue, content):
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == (cue, [content])


def test_what_a_relative_clause_reports_stops_at_the_clause_it_describes(run):
    text = ("Mr Raab, who denies bullying, said in his resignation letter that the inquiry had "
            "set a dangerous precedent.")
    rows = texts(text, run(text))
    assert ("said", ["that the inquiry had set a dangerous precedent"]) in [
        (row["cue"], row["content"]) for row in rows]
    assert all("precedent" not in " ".join(row["content"]) for row in rows
               if row["cue"] != "said")


def test_what_a_passive_subject_was_called_is_part_of_what_was_said(run):
    text = 'The agreement was described by officials as "a historic breakthrough."'
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == (
        "officials", ["The agreement", 'as "a historic breakthrough."'])


def test_a_whose_clause_describes_the_speaker(run):
    text = ('"It was a tough game," said coach Mike Brown.\n\nBrown, whose team sits third '
            "in the table, added that he expected his captain to be fit for Saturday.")
    row = texts(text, run(text))[-1]
    assert (row["cue"], row["content"]) == (
        "added", ["that he expected his captain to be fit for Saturday"])
    assert row["source"].name == "Mike Brown"


def test_whose_stands_for_the_noun_before_it(run):
    text = ('"Things are going to be ok," replied Obama, whose criticism of Trump has '
            "sharpened in recent weeks.")
    rows = texts(text, run(text))
    assert [(row["cue"], row["source"].name) for row in rows] == [
        ("replied", "Obama"), ("criticism of", "Obama")]


def test_an_opening_phrase_and_a_mistagged_title_before_a_that_clause(run):
    text = ("In an email to staff seen by the Guardian, the chief executive warned that "
            '"difficult decisions" lay ahead.')
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == (
        "the chief executive", ['that "difficult decisions" lay ahead'])


def test_an_anonymity_aside_between_the_speaker_and_the_verb_is_not_what_was_said(run):
    text = ("A senior administration official, speaking on the condition of anonymity to "
            "describe internal deliberations, said the president had not yet made a decision.")
    extraction = run(text)
    row = only(text, extraction)
    assert (row["speaker"], row["content"]) == (
        "A senior administration official", ["the president had not yet made a decision"])
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert row["source"].justified is True


def test_an_aside_the_parser_took_for_the_subject_is_about_the_speaker(run):
    text = "The official, requesting anonymity, said the talks had stalled."
    extraction = run(text)
    row = only(text, extraction)
    assert (row["speaker"], row["content"]) == ("The official", ["the talks had stalled"])
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert row["source"].justified is True


@pytest.mark.parametrize("text", [
    "According to court documents filed on Monday, the transfers began in 2019.",
    "The transfers began in 2019, according to court documents filed on Monday.",
])
def test_a_document_described_by_a_participle_is_what_according_to_cites(run, text):
    row = only(text, run(text))
    assert (row["speaker"], row["source"].kind) == ("court documents filed on Monday",
                                                    SourceKind.DOCUMENT)
    assert [piece.lower() for piece in row["content"]] == ["the transfers began in 2019"]


@pytest.mark.parametrize(("text", "title"), [
    ('"We have tried everything else," said Tom Ruiz, a union organizer.', "union organizer"),
    ("Maria Lopez, a nurse at the county hospital, says the staffing shortage has become "
     "dangerous.", "nurse at the county hospital"),
    ("The hospital's chief executive, David Chen, disputes that account.",
     "hospital's chief executive"),
    ('"Nobody listens to us," said Anna Weber, 67.', None),
    ('Coach Maria Santos was blunt after the loss. "We did not deserve anything," she said.',
     "Coach"),
    ('"The air quality is hazardous," said Dr. Amy Lee, the county\'s health officer.',
     "county's health officer"),
    ('"The air quality is hazardous," said Dr. Amy Lee.', "Dr."),
])
def test_a_named_speakers_post_comes_from_before_the_name_or_its_apposition(run, text,
                                                                            title):
    assert only(text, run(text))["source"].title == title


def test_a_name_the_parser_split_around_a_time_stays_whole(run):
    text = ("The Federal Trade Commission last year sued to block a similar deal, arguing it "
            "would reduce competition.")
    row = only(text, run(text))
    assert (row["speaker"], row["source"].kind) == ("The Federal Trade Commission",
                                                    SourceKind.NAMED_ORGANIZATION)
    assert row["content"] == ["it would reduce competition"]


def test_a_pronoun_with_no_source_yet_means_the_last_subject_named(run):
    text = ("Senator Elizabeth Warren met Treasury Secretary Janet Yellen on Tuesday. She said "
            "afterwards that the meeting had been productive.")
    assert only(text, run(text))["source"].name == "Elizabeth Warren"


def test_a_post_means_the_person_named_with_it(run):
    text = ("Police Chief Tom Brown and Mayor Lisa Grant held a joint news conference. The chief "
            "said arrests were imminent.")
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == ("The chief", ["arrests were imminent"])
    assert (row["source"].name, row["source"].kind) == ("Tom Brown", SourceKind.NAMED_PERSON)


def test_a_post_means_the_person_it_was_set_before(run):
    text = ("The town's mayor, Lisa Grant, met the fire chief, Tom Brown, on Monday. The mayor "
            "said the city would offer a reward.")
    assert only(text, run(text))["source"].name == "Lisa Grant"


def test_short_back_reference_joins_the_full_name(run):
    text = (
        "Ukrainian President Volodymyr Zelenskyy said the talks had stalled.\n"
        "Zelenskyy said Kyiv would not give up territory."
    )
    extraction = run(text)
    people = [s for s in extraction.sources if s.kind == SourceKind.NAMED_PERSON]
    assert len(people) == 1
    assert people[0].name == "Volodymyr Zelenskyy"
    assert people[0].title == "Ukrainian President"
    assert len(people[0].mentions) == 2


def test_anonymous_official_taken_apart_and_justified(run):
    text = (
        "A senior Western official in Kyiv said the plan was not final. "
        "The official spoke on condition of anonymity to discuss sensitive matters."
    )
    extraction = run(text)
    row = only(text, extraction)
    source = row["source"]
    assert source.kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert source.anonymous is True
    assert (source.role, source.seniority, source.affiliation, source.location) == (
        "official", "senior", "Western", "Kyiv")
    assert source.justified is True
    (justification,) = extraction.justifications
    assert justification.reason == "sensitive_matter"
    assert justification.source_ids == [source.id]


@pytest.mark.parametrize(("text", "parts"), [
    ("Two high-ranking Ukrainian military officers, who spoke on condition of anonymity to "
     "discuss operational details, said the front was holding.",
     {"seniority": "high-ranking", "affiliation": "Ukrainian, military", "number": "two",
      "knowledge_basis": None}),
    ("A European Union diplomat in Brussels said the sanctions would be renewed.",
     {"affiliation": None, "organization": "European Union", "location": "Brussels"}),
    ("A White House official said the president was furious.",
     {"affiliation": None, "organization": "White House"}),
    ("Officials in Washington and Kyiv said the weapons would arrive soon.",
     {"affiliation": None, "location": "Washington and Kyiv"}),
    ("A person familiar with the administration's thinking said no decision had been made.",
     {"name": "person familiar with the administration's thinking",
      "knowledge_basis": "familiar with the administration's thinking"}),
    ("A person who has seen the document said it was authentic.",
     {"name": "person who has seen the document",
      "knowledge_basis": "who has seen the document"}),
    ("A diplomat present at the meeting said the mood was tense.",
     {"role": "diplomat", "knowledge_basis": "present at the meeting"}),
    ("Two people with access to the data said the figures were revised.",
     {"number": "two", "knowledge_basis": "with access to the data"}),
])
def test_anonymous_descriptions_taken_apart(run, text, parts):
    source = only(text, run(text))["source"]
    assert {part: getattr(source, part) for part in parts} == parts


@pytest.mark.parametrize(("text", "reason"), [
    ("An Israeli security official, speaking on condition of anonymity in line with "
     "regulations, said the strike had been planned for weeks.", "policy"),
    ('"They have no plan," one European diplomat, who requested anonymity to speak candidly, '
     "said of the talks.", "candor"),
    ("A senior official, speaking anonymously because the talks were private, said the deal "
     "was close.", "private_deliberations"),
    ('Another Labour MP, who did not want to be named, said the mood in the party was "grim".',
     "unstated"),
    ("The deal is close, said a diplomat who spoke on background.", "unstated"),
    ("An aide, who spoke in exchange for anonymity to describe internal deliberations, said "
     "the president was furious.", "private_deliberations"),
    ("The strikes will continue, an official said, requesting anonymity to discuss internal "
     "deliberations.", "private_deliberations"),
    ("The strikes will continue, two U.S. officials said on condition of anonymity.",
     "unstated"),
    ("The victim's mother, who did not want her name published, said her son had been "
     "bullied for years.", "unstated"),
])
def test_other_ways_of_granting_anonymity_are_justifications(run, text, reason):
    extraction = run(text)
    source = only(text, extraction)["source"]
    assert source.justified is True
    assert [(j.reason, j.source_ids) for j in extraction.justifications] == \
        [(reason, [source.id])]


def test_a_justification_phrase_counts_only_as_whole_words(run):
    """'on background' is not in '21 million background check records'."""
    text = ("Washington has accused China of stealing more than 21 million background check "
            "records from federal agencies.")
    extraction = run(text)
    assert only(text, extraction)["cue"] == "has accused"
    assert extraction.justifications == []


def test_a_wire_lede_citing_unnamed_people_and_the_anonymity_they_asked_for(run):
    text = ("Acme Corp is in advanced talks to acquire rival Globex for about $12 billion, "
            "according to three people familiar with the matter, in what would be the largest "
            "deal in the sector this year.\n\nThe talks could still fall apart, the sources "
            "cautioned, asking not to be identified because the negotiations are confidential. "
            "An announcement could come as soon as next week, one of the people said.\n")
    extraction = run(text)
    rows = texts(text, extraction)
    assert [(r["cue"], r["speaker"], r["source"].kind) for r in rows] == [
        ("according to", "three people familiar with the matter", SourceKind.ANONYMOUS_GROUP),
        ("cautioned", "the sources", SourceKind.ANONYMOUS_GROUP),
        ("said", "one of the people", SourceKind.ANONYMOUS_INDIVIDUAL)]
    assert rows[0]["content"][0].startswith("Acme Corp is in advanced talks")
    assert rows[1]["content"] == ["The talks could still fall apart"]
    assert [j.reason for j in extraction.justifications] == ["sensitive_matter"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The strikes will continue, an official said, requesting anonymity to discuss internal "
     "deliberations.", "an official"),
    ("The strikes will continue, two U.S. officials said on condition of anonymity.",
     "two U.S. officials"),
])
def test_a_tag_after_the_claim_sources_it_whatever_follows_the_tag(run, text, speaker):
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == (speaker, ["The strikes will continue"])


def test_organizations_and_ranks_in_anonymous_descriptions(run):
    text = ("The strikes will continue, according to a defence source quoted by The Times. "
            "A senior opposition figure said the vote was rigged.")
    first, second = (row["source"] for row in texts(text, run(text)))
    assert (first.kind, first.affiliation, first.organization) == (
        SourceKind.ANONYMOUS_INDIVIDUAL, "defence", None)
    assert (second.kind, second.seniority, second.affiliation) == (
        SourceKind.ANONYMOUS_INDIVIDUAL, "senior", "opposition")


def test_a_first_name_only_leaves_the_person_unidentified_and_justified(run):
    text = ('"We have nothing left," said Fatima, a mother of four who fled the fighting. She '
            "gave only her first name for fear of reprisals.")
    extraction = run(text)
    source = only(text, extraction)["source"]
    assert (source.name, source.kind, source.justified) == (
        "Fatima", SourceKind.ANONYMOUS_INDIVIDUAL, True)
    assert [(j.reason, j.source_ids) for j in extraction.justifications] == [
        ("fear_of_reprisal", [source.id])]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("A military source, speaking on condition of anonymity, confirmed that reinforcements "
     "had been sent to the region.", "A military source",
     "that reinforcements had been sent to the region"),
    ("Local authorities say more than 200 people have been killed since Friday.",
     "Local authorities", "more than 200 people have been killed since Friday"),
])
def test_a_subject_and_a_count_the_parser_misread(run, text, speaker, content):
    row = only(text, run(text))
    assert row["speaker"].startswith(speaker)
    assert row["content"] == [content]


def test_unjustified_anonymous_source_is_flagged(run):
    text = "Two administration officials said the order would be signed on Friday."
    extraction = run(text)
    source = only(text, extraction)["source"]
    assert source.kind == SourceKind.ANONYMOUS_GROUP
    assert source.plural is True
    assert source.number == "two"
    assert source.justified is False
    assert extraction.justifications == []


def test_knowledge_basis_of_people_familiar(run):
    text = "People familiar with the negotiations said a deal was close."
    source = only(text, run(text))["source"]
    assert source.kind == SourceKind.ANONYMOUS_GROUP
    assert source.knowledge_basis == "familiar with the negotiations"


@pytest.mark.parametrize("text", [
    "Critics say the law goes too far.",
    "Experts say the law goes too far.",
    "Many lawmakers said the bill would fail.",
    "Several experts on North Korea said the test failed.",
])
def test_crowd_is_vague(run, text):
    source = only(text, run(text))["source"]
    assert source.kind == SourceKind.VAGUE
    assert source.anonymous is True


def test_placed_expert_is_an_anonymous_source(run):
    text = "An analyst familiar with the talks said the law goes too far."
    source = only(text, run(text))["source"]
    assert source.kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert source.knowledge_basis == "familiar with the talks"


@pytest.mark.parametrize("text", [
    "The Hill reported that the vote was delayed.",
    "PolitiFact said the claim was false.",
    "Downing Street said the decision was final.",
    "Number 10 said the prime minister had full confidence in the minister.",
])
def test_an_outlet_or_a_seat_of_government_is_an_organization(run, text):
    source = only(text, run(text))["source"]
    assert source.kind == SourceKind.NAMED_ORGANIZATION


def test_declined_to_comment_is_a_disclosure_not_a_claim(run):
    text = "The company declined to comment on the lawsuit."
    extraction = run(text)
    assert extraction.attributions == []
    (disclosure,) = extraction.disclosures
    assert disclosure.kind == "declined"
    assert text[disclosure.span.start : disclosure.span.end] == "declined to comment"


def test_referring_questions_elsewhere_is_a_disclosure_not_a_claim(run):
    text = "A National Security Council spokesperson referred questions to the Pentagon."
    extraction = run(text)
    assert extraction.attributions == []
    assert [d.kind for d in extraction.disclosures] == ["referred"]


def test_quoted_fragment_makes_a_mixed_attribution(run):
    text = "Macron said the meeting would take place in “close coordination” with NATO."
    row = only(text, run(text))
    assert row["type"] == AttributionType.MIXED
    assert row["content"] == ["the meeting would take place in “close coordination” with NATO"]


def test_scare_quotes_are_not_quotations(run):
    text = "Leaders of the so-called “coalition of the willing” met in Paris on Tuesday."
    assert run(text).attributions == []


def test_quote_running_over_paragraphs_keeps_its_speaker(run):
    text = (
        "“We will rebuild the school before winter,” the principal said.\n"
        "“The parents have waited long enough.\n"
        "“Nobody should study in a tent,” she added."
    )
    first, added = texts(text, run(text))
    assert added["content"] == [
        "“The parents have waited long enough.", "“Nobody should study in a tent,”"]
    assert added["cue"] == "added"
    assert added["source"] is first["source"]
    assert first["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL


def test_two_sources_one_claim(run):
    text = "Mayor John Carter and a police official said the road was safe."
    extraction = run(text)
    assert len(extraction.attributions) == 2
    (claim,) = extraction.claims
    assert claim.attribution_ids == [a.id for a in extraction.attributions]
    assert claim.sourcing == Sourcing.MIXED
    rows = texts(text, extraction)
    assert [r["speaker"] for r in rows] == ["Mayor John Carter and a police official"] * 2
    assert [r["source"].name for r in rows] == ["John Carter", "police official"]


def test_every_member_of_a_list_the_parser_chained_is_a_source(run):
    text = ("Protesters, pastors and civic leaders have been demanding that police release the "
            "video.")
    rows = texts(text, run(text))
    assert [row["source"].name for row in rows] == ["Protesters", "pastors", "civic leaders"]
    assert {row["speaker"] for row in rows} == {"Protesters, pastors and civic leaders"}


def test_and_inside_one_name_is_one_speaker(run):
    text = ("The House Oversight and Government Reform Committee voted 19-15 along party lines "
            "on Wednesday to send a contempt resolution to the full House.")
    row = only(text, run(text))
    assert row["speaker"] == "The House Oversight and Government Reform Committee"
    assert row["source"].kind == SourceKind.NAMED_ORGANIZATION


def test_a_tag_ending_in_a_colon_introduces_the_quotation_not_the_clause_before(run):
    text = ("The New York Times made the same allegations in February, and Breitbart News "
            'responded:\n\n"If there are people in this country who are prone to terror '
            'attacks, the solution is not to punish the law-abiding."\n')
    row = only(text, run(text))
    assert row["speaker"] == "Breitbart News"
    assert row["content"] == [text[text.index('"'):].strip()]


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ('One European diplomat put it bluntly: "They have no plan."', "One European diplomat",
     SourceKind.ANONYMOUS_INDIVIDUAL),
    ('Or, as Tom Ridge, a former secretary of homeland security, put it: "The barbarians are '
     'no longer at the gate."', "Tom Ridge, a former secretary of homeland security",
     SourceKind.NAMED_PERSON),
])
def test_putting_it_a_way_introduces_a_quotation(run, text, speaker, kind):
    row = only(text, run(text))
    assert row["cue"].startswith("put it")
    assert (row["speaker"], row["source"].kind) == (speaker, kind)
    assert row["content"] == [text[text.index(":") + 2:]]


def test_a_list_with_no_and_describes_one_speaker(run):
    text = '"We need to act now," said Karen Janes, 67, of Exeter, N.H.'
    row = only(text, run(text))
    assert row["speaker"] == "Karen Janes, 67, of Exeter, N.H"
    assert row["source"].kind == SourceKind.NAMED_PERSON


def test_claim_sourcing_named_and_anonymous(run):
    text = (
        "Governor Ana Ruiz said the budget was balanced. "
        "A senior aide said the deficit was larger than reported."
    )
    claims = run(text).claims
    assert [c.sourcing for c in claims] == [Sourcing.NAMED, Sourcing.ANONYMOUS]


def test_unbalanced_marks_do_not_sink_the_article(run):
    text = (
        "Officials described a force “convincing and reduced, for less than 30,000 soldiers.\n"
        "The Western official said in Kiev that the force would be “robust and verifiable.”"
    )
    rows = texts(text, run(text))
    core = next(r for r in rows if r["cue"] == "said")
    assert core["content"] == ["that the force would be “robust and verifiable.”"]
    assert core["type"] == AttributionType.MIXED
    assert core["source"].location == "Kiev"


def test_furniture_lines_are_not_attributed(run):
    text = (
        "The minister said the talks would resume.\n"
        "Jill Lawless in London contributed to this report.\n"
        "https://example.com/photo.jpg\n"
        "Video: Obama speaks at the Congressional Black Caucus dinner in Washington\n"
        "\"Document found on street not secret, say feds\" — The Canadian Press, "
        "August 15, 2008\n"
    )
    rows = texts(text, run(text))
    assert [r["cue"] for r in rows] == ["said"]


def test_nominal_cue_with_a_possessive_speaker(run):
    text = "Governor Ana Ruiz's claim that the election was rigged angered local officials."
    row = only(text, run(text))
    assert row["rule"] == "nominal"
    assert row["cue"] == "claim"
    assert row["speaker"] == "Governor Ana Ruiz's"
    assert row["content"][0].startswith("that the election was rigged")
    assert row["source"].kind == SourceKind.NAMED_PERSON
    assert row["source"].name == "Ana Ruiz"


def test_a_that_the_parser_hung_elsewhere_still_opens_a_nouns_clause(run):
    text = "The minister's claim that the economy was growing was false."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (
        "claim", "The minister's", ["that the economy was growing"])


def test_a_statement_read_with_the_verb_tagged_a_noun(run):
    text = 'A statement from the family read: "We are heartbroken by the loss of our son."'
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["source"].kind) == (
        "read", "A statement from the family", SourceKind.DOCUMENT)


def test_nominal_cue_with_an_infinitive_or_a_topic(run):
    text = "The minister's promise to cut taxes won votes."
    row = only(text, run(text))
    assert (row["rule"], row["cue"], row["speaker"]) == ("nominal", "promise", "The minister's")
    assert row["content"] == ["to cut taxes"]
    text = "North Korea's claims about the potency of its nuclear test were doubted."
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == ("claims about", ["the potency of its nuclear test"])


def test_nominal_cue_inside_content_is_part_of_it(run):
    text = ("The judge argued that the senator had lost touch with voters because of his "
            "support for Trump and his refusal to hold hearings.")
    row = only(text, run(text))
    assert (row["cue"], row["rule"]) == ("argued", "verb_complement")
    assert row["content"][0].endswith("his refusal to hold hearings")


def test_poll_answers_after_a_quoted_question(run):
    text = ("Asked whether Clinton “has the integrity to serve effectively as president,” 75 "
            "percent of Democrats said yes, but 55 percent of all voters say she does not.")
    assert said(text, run(text)) == [
        ("said", "75 percent of Democrats", ["yes"]),
        ("say", "55 percent of all voters", ["she does not"]),
    ]


def test_a_quotation_set_tight_against_the_comma_is_whole(run):
    text = ("Ryan said,“Look, these images have no place in a campaign. Candidates should know "
            "that.”")
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("said", "Ryan")
    assert row["content"] == ["“Look, these images have no place in a campaign. Candidates "
                              "should know that.”"]


def test_a_long_described_name_after_a_quotation_speaks_it(run):
    text = ("“Very good reporter, very good reporter this guy,” Trump, the 2016 GOP "
            "presidential frontrunner nationally and current polling leader in South Carolina "
            "by a wide margin after winning the New Hampshire primaries, said when Boyle asked "
            "him a question.")
    row = only(text, run(text))
    assert row["speaker"].startswith("Trump, the 2016 GOP presidential frontrunner")
    assert row["content"] == ["“Very good reporter, very good reporter this guy,”"]


@pytest.mark.parametrize("text, content", [
    ("Trump called her “third-rate” and boycotted one of the debates at which she was a "
     "moderator.", ["her “third-rate”"]),
    ("Clinton has increasingly decried the issue of “systemic racism” and highlighted her "
     "plans to combat the problem.", ["the issue of “systemic racism”"]),
])
def test_a_second_predicate_of_the_speaker_is_not_what_was_said(run, text, content):
    row = only(text, run(text))
    assert row["content"] == content


@pytest.mark.parametrize("text, cue, content", [
    ("Republicans have expressed concern that changing the policy could lead to voter fraud.",
     "have expressed concern", ["that changing the policy could lead to voter fraud"]),
    ("Younger black voters have expressed misgivings about Mrs. Clinton.",
     "have expressed misgivings about", ["Mrs. Clinton"]),
    ("The union expressed support for Clinton.", "expressed support for", ["Clinton"]),
])
def test_a_feeling_expressed_carries_its_topic_or_clause(run, text, cue, content):
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == (cue, content)


@pytest.mark.parametrize(("text", "field", "value"), [
    # a thing offered is no feeling expressed
    ("Clinton was offering a narrow message that would not tackle the problems.", "cue",
     "offering a narrow message"),
    # an aside before a colon is no speaker
    ("Ah, friends once more: Ted Cruz endorses Donald Trump after months of feuding.", "rule",
     "colon"),
    # what goes on is no clause of 'continue'
    ("The Taipei lantern festival continues a 2000 year old tradition of light related "
     "festivals marking the end of the Chinese New Year celebrations.", "cue", "continues"),
])
def test_what_is_not_read_as_an_attribution(run, text, field, value):
    assert all(r[field] != value for r in texts(text, run(text)))


def test_a_participle_clause_after_the_content_is_the_reporters(run):
    text = ("Video shows that Crutcher had his hands in the air, contradicting the police's "
            "earlier claim that Crutcher had refused to keep his hands up.")
    rows = texts(text, run(text))
    assert [(r["cue"], r["content"]) for r in rows] == [
        ("shows", ["that Crutcher had his hands in the air"]),
        ("claim", ["that Crutcher had refused to keep his hands up"]),
    ]


def test_according_to_opening_a_sentence_sources_the_clause_after_its_comma(run):
    text = ("According to conservative talk radio host Rush Limbaugh, the move reeks of "
            "“fear” and desperation.")
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("According to",
                                            "conservative talk radio host Rush Limbaugh")
    assert row["content"] == ["the move reeks of “fear” and desperation"]


def test_a_speech_verb_tagged_as_a_noun_after_a_name(run):
    text = ("Several women lead divisions of the department, though Lynch notes they were "
            "appointed before she formally came to lead it.")
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("notes", "Lynch")
    assert row["content"] == ["they were appointed before she formally came to lead it"]


def test_a_participle_after_the_subject_describes_it(run):
    text = ("A Quinnipiac University poll released in late August found that 74 percent of "
            "likely voters want the returns released.")
    row = only(text, run(text))
    assert row["speaker"].startswith("A Quinnipiac University poll")
    assert row["content"] == ["that 74 percent of likely voters want the returns released"]
    assert row["source"].kind == SourceKind.DOCUMENT


@pytest.mark.parametrize("text, speaker, kind", [
    # A noun subject outranks a clause the parser also made a subject.
    ("Voting rights advocates have expressed deep concern about the policy.",
     "Voting rights advocates", SourceKind.VAGUE),
    # A name the parser hung inside a time subject is the speaker.
    ("Wells Fargo just this month announced it would get rid of these incentives.",
     "Wells Fargo", SourceKind.NAMED_ORGANIZATION),
])
def test_a_subject_the_parser_misplaced(run, text, speaker, kind):
    row = only(text, run(text))
    assert (row["speaker"], row["source"].kind) == (speaker, kind)


def test_a_document_after_the_verb_places_rather_than_sources(run):
    text = "But he quickly slid in the polls behind his more outspoken rivals."
    assert [r for r in texts(text, run(text)) if r["rule"] == "in_document"] == []


def test_an_untagged_title_in_quotation_marks_is_nobodys_speech(run):
    text = ("Clinton said the state had failed its people.\n\n"
            "“The Rachel Maddow Show”\n\nThe interview ran on Monday night.")
    assert said(text, run(text)) == [("said", "Clinton", ["the state had failed its people"])]
    text = "Obama said the museum was long overdue.\n\n“We’re America.”\n\nThe crowd cheered."
    assert [r["rule"] for r in texts(text, run(text))] == ["verb_complement", "continuation"]


def test_according_to_an_honorific_and_surname(run):
    text = ("Among Supreme Court precedents at risk, according to Ms. Epstein, are 16 involving "
            "business activity, unions or tax policy.")
    row = only(text, run(text))
    assert row["speaker"] == "Ms. Epstein"
    assert row["content"] == ["Among Supreme Court precedents at risk",
                              "are 16 involving business activity, unions or tax policy"]


@pytest.mark.parametrize("text", [
    "Seven decades on, it is remarkable how many of our political arguments continue to "
    "revolve around the war.",
    "It is not clear how long her particular brand of magic can continue to work.",
])
def test_a_clause_embedded_by_a_question_word_is_no_inverted_tag(run, text):
    assert run(text).attributions == []


def test_a_cue_inside_a_quotation_does_not_cut_the_content(run):
    text = ('Trump told Fox that "they hit Matt because they said he should have been much '
            'tougher."')
    row = only(text, run(text))
    assert row["content"] == ['that "they hit Matt because they said he should have been much '
                              'tougher."']


def test_a_time_is_no_topic_or_object(run):
    text = "“I never thought I was losing it,” she said several months after her release."
    row = only(text, run(text))
    assert row["content"] == ["“I never thought I was losing it,”"]
    text = "The president's remarks on Saturday drew a crowd."
    assert run(text).attributions == []


def test_verb_frames_keep_file_order_so_runs_agree():
    """A set of frames was tried in hash-seed order: 'called for' or 'called on' by chance."""
    frames = lexicon.verb_frames()["call"]
    assert isinstance(frames, tuple)
    assert frames.index("about:for") < frames.index("about:on")


def test_quotation_styles_are_paired_by_position_and_glyph():
    from tracker.attribution.quotes import find_quotes

    for text, quoted in [
        ("« Nous sommes prêts », a dit le ministre.", "« Nous sommes prêts »"),
        ("„Wir sind bereit“, sagte der Minister.", "„Wir sind bereit“"),
        ('She said "we are ready" and left.', '"we are ready"'),
        ("He called it ‘a disgrace’ on Friday.", "‘a disgrace’"),
        ("“Wrong glyph both ways“ is still a quotation.", "“Wrong glyph both ways“"),
        ("''I think so,'' Mr. Smith said.", "''I think so,''"),
        ("``Typewriter marks,'' he wrote.", "``Typewriter marks,''"),
        ("\"I hate the term 'outreach,' \" he told the group.", "\"I hate the term 'outreach,' \""),
        ("Ryan said,“Look, no.” He left.", "“Look, no.”"),
    ]:
        pieces = [text[p.start : p.end] for q in find_quotes(text) for p in q.pieces]
        assert pieces == [quoted], text


def test_dash_signature_after_a_quotation_names_the_speaker(run):
    text = "“We deserve a president who listens to all of us.”\u00a0― Maria Gomez\n"
    row = only(text, run(text))
    assert row["cue"] == "―"
    assert row["content"] == ["“We deserve a president who listens to all of us.”"]
    assert row["source"].name == "Maria Gomez"
    assert row["source"].kind == SourceKind.NAMED_PERSON


def test_bare_title_in_a_headline_is_the_person_the_story_names(run):
    text = ("Former party chairman says nominee should step aside\n\n"
            "Former party chairman Don Fowler said Monday that the nominee should step aside.")
    rows = texts(text, run(text))
    assert [r["speaker"] for r in rows] == ["Former party chairman",
                                            "Former party chairman Don Fowler"]
    assert {r["source"].name for r in rows} == {"Don Fowler"}
    assert not any(r["source"].anonymous for r in rows)


def test_relational_descriptions_stay_unnamed_and_groups_of_bodies_are_vague(run):
    text = (
        "Senator Mark Hale spoke at the rally. My father said the plant would close. "
        "Several environmental groups said the river was polluted."
    )
    sources = {row["speaker"]: row["source"] for row in texts(text, run(text))}
    assert sources["My father"].kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert sources["Several environmental groups"].kind == SourceKind.VAGUE
    assert sources["Several environmental groups"].anonymous is True


@pytest.mark.parametrize("text", [
    "Advisers to Mr. Obama say the president has grown frustrated with the campaign.",
    "A spokeswoman for Sen. Warren said the bill would pass.",
])
def test_name_after_a_preposition_and_an_honorific_is_someone_elses(run, text):
    source = only(text, run(text))["source"]
    assert source.kind in (SourceKind.ANONYMOUS_GROUP, SourceKind.ANONYMOUS_INDIVIDUAL)
    assert source.anonymous is True


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ("Other major unions, including the American Federation of Teachers and the AFL-CIO, "
     "have also endorsed Clinton in the race.",
     "Other major unions, including the American Federation of Teachers and the AFL-CIO",
     SourceKind.NAMED_ORGANIZATION),
    ("Critics of the plan, like Senator Chuck Grassley, say the program has become plagued "
     "by fraud.", "Critics of the plan, like Senator Chuck Grassley", SourceKind.NAMED_PERSON),
    ("Critics, such as Senator Patrick Leahy, say the program is a failure.",
     "Critics, such as Senator Patrick Leahy", SourceKind.NAMED_PERSON),
])
def test_crowd_with_named_members_is_sourced_to_them(run, text, speaker, kind):
    row = only(text, run(text))
    assert row["speaker"] == speaker
    assert row["source"].kind == kind
    assert row["source"].anonymous is False


def test_they_after_named_critics_is_them(run):
    text = (
        "Critics of the program, like Senators Charles E. Grassley and Patrick J. Leahy, say "
        "the program is plagued by fraud. The governor, John Lynch, said the audit was fair. "
        "In a letter, they wrote that the program should be allowed to expire."
    )
    rows = texts(text, run(text))
    assert [r["cue"] for r in rows] == ["say", "said", "wrote"]
    assert rows[2]["source"] is rows[0]["source"]


def test_name_before_a_described_subject_after_a_quote_is_the_speaker(run):
    text = (
        "“If the FBI wanted any other American’s laptops, they’d just go get them — they "
        "wouldn’t get an immunity deal,” Rep. Jim Jordan (R-Ohio), an oversight panel member, "
        "said."
    )
    row = only(text, run(text))
    assert row["speaker"].startswith("Rep. Jim Jordan (R-Ohio)")
    assert (row["source"].name, row["source"].title) == ("Jim Jordan", "Rep.")
    assert row["source"].kind == SourceKind.NAMED_PERSON


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ("A number of lawmakers said the bill would fail.", "A number of lawmakers",
     SourceKind.VAGUE),
    ("A chorus of prominent Republicans has said the same thing.",
     "A chorus of prominent Republicans", SourceKind.VAGUE),
    ("One of his senior aides said the meeting went badly.", "One of his senior aides",
     SourceKind.ANONYMOUS_INDIVIDUAL),
    ("A group of doctors said the treatment was unsafe.", "A group of doctors",
     SourceKind.ANONYMOUS_GROUP),
])
def test_a_count_is_read_as_the_people_it_counts(run, text, speaker, kind):
    row = texts(text, run(text))[0]
    assert row["speaker"] == speaker
    assert row["source"].kind == kind
    assert row["source"].anonymous is True


def test_a_body_named_by_its_institution_is_named_even_when_indefinite(run):
    text = "A House panel said the aide had ignored a subpoena."
    row = only(text, run(text))
    assert row["speaker"] == "A House panel"
    assert row["source"].kind == SourceKind.NAMED_ORGANIZATION


@pytest.mark.parametrize(("text", "speaker"), [
    ("Nearly eight of 10 voters say they plan to watch the debate.",
     "Nearly eight of 10 voters"),
    ("Half of Vermont Democrats said they want the next president to be more liberal.",
     "Half of Vermont Democrats"),
])
def test_a_share_of_those_polled_is_the_polls_finding(run, text, speaker):
    rows = texts(text, run(text))
    assert rows[0]["speaker"] == speaker
    assert rows[0]["source"].kind == SourceKind.DOCUMENT
    assert rows[0]["source"].anonymous is False
    assert all(row["source"] is rows[0]["source"] for row in rows)


def test_headline_colon_after_a_name_the_tagger_read_as_a_noun(run):
    text = (
        "Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp\n\n"
        "On Sunday, Republican vice-presidential nominee Mike Pence said the tweet was a joke."
    )
    rows = texts(text, run(text))
    assert rows[0]["rule"] == "colon"
    assert rows[0]["speaker"] == "Pence"
    assert rows[0]["source"].kind == SourceKind.NAMED_PERSON
    assert rows[0]["source"] is rows[1]["source"]


def test_transcript_label_in_capitals_is_the_person_the_article_names(run):
    text = (
        "Oklahoma Gov. Mary Fallin spoke to the host on Sunday.\n\n"
        "FALLIN: Well, I think the whole nation needs to work together.\n"
    )
    row = texts(text, run(text))[0]
    assert (row["rule"], row["speaker"]) == ("colon", "FALLIN")
    assert row["source"].kind == SourceKind.NAMED_PERSON


def test_quoted_transcript_turns_each_say_what_their_label_said(run):
    text = (
        "Oklahoma Gov. Mary Fallin spoke to Fox News on Sunday.\n\n"
        "\"WALLACE: Do you really see those two as equivalent?\n\n"
        "\"FALLIN: Well, I think the whole nation needs to work together.\n\n"
        "\"WALLACE: Thank you, Governor, for joining us this morning."
    )
    turns = [(row["speaker"], row["content"]) for row in texts(text, run(text))
             if row["rule"] == "colon"]
    assert turns[:2] == [
        ("WALLACE", ["Do you really see those two as equivalent"]),
        ("FALLIN", ["Well, I think the whole nation needs to work together"]),
    ]


def test_hyphenated_names_are_whole_and_kept_apart(run):
    text = (
        "Civil Defense director Suleiman al-Amr said the toll was rising.\n\n"
        "\"Had it happened an hour later it would have been much worse,\" Khaled Al-Maeena, "
        "editor at large at the Saudi Gazette, said."
    )
    sources = [row["source"] for row in texts(text, run(text))]
    assert [s.name for s in sources] == ["Suleiman al-Amr", "Khaled Al-Maeena"]
    assert sources[0] is not sources[1]


def test_they_refers_to_people_not_to_a_plural_document(run):
    text = (
        "The report's authors said iodine deficiency had returned. The results of the "
        "national survey showed that deficiency was rising. They called for mandatory "
        "iodisation of all edible salt."
    )
    rows = texts(text, run(text))
    assert rows[-1]["speaker"] == "They"
    assert rows[-1]["source"] is rows[0]["source"]
    assert rows[0]["source"].kind == SourceKind.ANONYMOUS_GROUP


@pytest.mark.parametrize(("intro", "cue", "speaker"), [
    ("The pollster Pat Caddell continued:", "continued:", "The pollster Pat Caddell"),
    ("The New York Times reports:", "reports:", "The New York Times"),
    ("Former President Bill Clinton released the following statement:",
     "released the following statement:", "Former President Bill Clinton"),
])
def test_quotation_after_a_sentence_ending_in_speech_verb_and_colon(run, intro, cue, speaker):
    text = (
        f"{intro}\n\n"
        "\"The health issue is very much a partisan issue, but that does not account for "
        "almost everything we have seen this week.\"\n"
    )
    row = only(text, run(text))
    assert (row["rule"], row["cue"], row["speaker"]) == ("introduced_quote", cue, speaker)
    assert row["type"] == AttributionType.DIRECT


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("“Cruz is there in terms of having the same positions on issues,” Viguerie notes.",
     "Viguerie", ["“Cruz is there in terms of having the same positions on issues,”"]),
    ("“Conservatives have issues with Trump,” Richard Viguerie notes.", "Richard Viguerie",
     ["“Conservatives have issues with Trump,”"]),
    ("The health law is failing, Caddell notes.", "Caddell", ["The health law is failing"]),
])
def test_speech_verb_tagged_as_a_plural_noun_after_a_name(run, text, speaker, content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == ("notes", speaker, content)


def test_titles_names_and_acronyms_the_tagger_missed(run):
    text = (
        "Professor Cres Eastman, Director of the National Iodine Nutrition study, and Chairman "
        "of the Australian Centre for Control of Iodine Deficiency Disorders, says it is "
        "crucial that children get iodine.\n\n"
        "\"It causes learning difficulties,\" Professor Eastman said.\n\n"
        "The World Health Organisation (WHO) recommends that every country should iodise "
        "all edible salt."
    )
    rows = texts(text, run(text))
    assert [r["cue"] for r in rows] == ["says", "said", "recommends"]
    eastman = rows[0]["source"]
    assert eastman.kind == SourceKind.NAMED_PERSON
    assert rows[1]["source"] is eastman
    assert rows[2]["source"].kind == SourceKind.NAMED_ORGANIZATION


@pytest.mark.parametrize(("text", "kind"), [
    ("Police said the student had not been charged.", SourceKind.NAMED_ORGANIZATION),
    ("New Poll Shows Clinton With A Small Lead", SourceKind.DOCUMENT),
    ("The United States pledged to lift the restrictions.", SourceKind.NAMED_ORGANIZATION),
])
def test_capitalised_common_nouns_are_not_people(run, text, kind):
    assert texts(text, run(text))[0]["source"].kind == kind


@pytest.mark.parametrize(("text", "speaker"), [
    ("\"Had it happened an hour later it would have been much worse,\" Khaled Al-Maeena, "
     "editor at large at the Saudi Gazette, said.",
     "Khaled Al-Maeena, editor at large at the Saudi Gazette"),
    ("\"Secretary Clinton believes that businesses need to focus on the long term,\" said "
     "Mike Schmidt, an economic policy adviser at the Clinton campaign.",
     "Mike Schmidt, an economic policy adviser at the Clinton campaign"),
])
def test_apposition_keeps_the_phrase_that_places_the_speaker(run, text, speaker):
    row = only(text, run(text))
    assert row["speaker"] == speaker
    assert row["source"].kind == SourceKind.NAMED_PERSON


def test_subject_the_parser_left_inside_a_fronted_clause(run):
    text = (
        "Although Scott lacks a signature policy achievement, elected officials from both "
        "parties say he has forged a reputation as a hard worker."
    )
    row = only(text, run(text))
    assert row["speaker"] == "elected officials from both parties"
    assert row["source"].kind == SourceKind.ANONYMOUS_GROUP


@pytest.mark.parametrize("mark", ["''", "\""])
def test_double_apostrophe_quote_and_a_trade_in_the_apposition(run, mark):
    text = (
        f"The returns matter. {mark}I think Trump and all candidates should do so,{mark} "
        "Douglas Holtz-Eakin, an economist and tax expert, told me this week."
    )
    rows = texts(text, run(text))
    assert [(r["cue"], r["source"].name) for r in rows] == [("told", "Douglas Holtz-Eakin")]
    assert rows[0]["speaker"].startswith("Douglas Holtz-Eakin, an economist and tax expert")


@pytest.mark.parametrize(("text", "content"), [
    ("Sanders said the tax breaks used by Trump and others “do nothing to boost the economy.”",
     "the tax breaks used by Trump and others “do nothing to boost the economy.”"),
    ("The spokesman said voter fraud “is a myth.”", "voter fraud “is a myth.”"),
])
def test_object_running_into_a_subjectless_clause_is_its_subject(run, text, content):
    row = only(text, run(text))
    assert row["content"] == [content]
    assert row["type"] == AttributionType.MIXED


@pytest.mark.parametrize(("text", "content"), [
    ("A diplomat, who declined to be named, said the talks remained stalled.",
     "the talks remained stalled"),
    ("An Israeli official familiar with the negotiations said the gaps remained wide.",
     "the gaps remained wide"),
])
def test_object_running_into_a_verb_tagged_as_a_participle_is_its_subject(run, text, content):
    assert only(text, run(text))["content"] == [content]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Warren told reporters the plan would fail.", "Warren", "the plan would fail"),
    ("She assured voters the economy was growing.", "She", "the economy was growing"),
])
def test_clause_after_the_person_told_is_what_they_were_told(run, text, speaker, content):
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == (speaker, [content])


def test_relative_clause_after_an_inverted_speaker_describes_the_speaker(run):
    text = "\"We need the money to keep the school open,\" said Jane Doe, who has four children."
    row = only(text, run(text))
    assert row["content"] == ["\"We need the money to keep the school open,\""]
    assert row["speaker"] == "Jane Doe, who has four children"
    assert row["source"].name == "Jane Doe"


@pytest.mark.parametrize(("text", "content"), [
    ("The senator is demanding that President Barack Obama make a pledge not to pardon "
     "Hillary Clinton, who has not been charged with any crime.",
     "that President Barack Obama make a pledge not to pardon Hillary Clinton"),
    ("Officials said the rules violate the Clean Air Act, which the Supreme Court has put on "
     "hold.", "the rules violate the Clean Air Act"),
    ("She said he did not support Mr. Trump, the presumed Putin favorite.",
     "he did not support Mr. Trump"),
])
def test_reporters_aside_after_a_comma_is_not_content(run, text, content):
    rows = texts(text, run(text))
    assert rows[0]["content"] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("He said the agency, which was founded in 1990, would close.",
     "the agency, which was founded in 1990, would close"),
    ("She said the plan would help “families, who have waited too long.”",
     "the plan would help “families, who have waited too long.”"),
])
def test_aside_inside_the_content_or_a_quotation_stays(run, text, content):
    assert only(text, run(text))["content"] == [content]


def test_speech_tag_split_off_after_a_question_mark_still_cues_the_quotation(run):
    text = ("“Why isn’t this crystal clear proof that an entity as big as Wells is too big to "
            "fail?” Vitter demanded.")
    row = only(text, run(text))
    assert (row["rule"], row["cue"], row["speaker"]) == ("quote_cue", "demanded", "Vitter")


def test_verb_inside_another_quotation_is_no_cue_and_a_quotation_broken_at_a_comma_joins(run):
    text = (
        "“Every time you say that,” Tester said, referring to the 1 percent excuse, “you give "
        "ammunition to the people who want to break up the big banks.”"
    )
    rows = texts(text, run(text))
    said = next(r for r in rows if r["cue"] == "said")
    assert said["content"] == [
        "“Every time you say that,”",
        "“you give ammunition to the people who want to break up the big banks.”",
    ]
    assert all(r["speaker"] == "Tester" for r in rows)


def test_single_marks_are_quotations_when_they_are_the_articles_style():
    from tracker.attribution.quotes import find_quotes

    text = ("The minister, who called the report \"flawed\", was defiant.\n\n"
            "‘We will not be bullied into this,’ she said. ‘The evidence isn’t there.’\n\n"
            "Critics said the government’s approach would cost voters’ trust.\n")
    pieces = [text[p.start : p.end] for q in find_quotes(text) for p in q.pieces]
    assert pieces == ['"flawed"', "‘We will not be bullied into this,’",
                      "‘The evidence isn’t there.’"]
    doubles = "He said ‘no’ to the \"plan\" and the \"deal\"."
    assert [doubles[p.start : p.end] for q in find_quotes(doubles) for p in q.pieces] == \
        ['"plan"', '"deal"']


@pytest.mark.parametrize(("text", "quoted"), [
    ("'It was a stitch-up,' he said. Critics called it \"a farce\".",
     ["'It was a stitch-up,'", '"a farce"']),
    ("'He told me, \"Don't worry about it,\" and walked away,' Ms Patel said.",
     ["'He told me, \"Don't worry about it,\" and walked away,'"]),
    ("\"I told him 'no way,' and he left,\" she said. \"We never spoke again.\"",
     ["\"I told him 'no way,' and he left,\"", '"We never spoke again."']),
    ("\"It's rock 'n' roll,\" he said. \"Fans from the '90s love it.\"",
     ["\"It's rock 'n' roll,\"", "\"Fans from the '90s love it.\""]),
])
def test_typewriter_single_marks_set_quotations_when_they_open_as_many_as_doubles(text, quoted):
    from tracker.attribution.quotes import find_quotes

    assert [text[p.start : p.end] for q in find_quotes(text) for p in q.pieces] == quoted


def test_typewriter_single_marks_are_quotations_only_at_word_edges():
    from tracker.attribution.quotes import find_quotes

    for text, quoted in [
        ("'It's the Trumps' fault,' he said. 'They don't care.'",
         ["'It's the Trumps' fault,'", "'They don't care.'"]),
        ("The players' union called the offer 'unacceptable'.", ["'unacceptable'"]),
        ('He called the offer \'unacceptable\' and "absurd".', ["'unacceptable'", '"absurd"']),
    ]:
        assert [text[p.start : p.end] for q in find_quotes(text) for p in q.pieces] == \
            quoted, text


def test_same_glyph_quotation_nested_inside_another_is_one_quotation():
    from tracker.attribution.quotes import find_quotes

    text = ("“I’d rather live in what he calls “hell” than in a world where he is president.” "
            "― Adriana Rodarte\n“The first part, “unclosed inner, and the rest.\n")
    pieces = [text[p.start : p.end] for q in find_quotes(text) for p in q.pieces]
    assert pieces == [
        "“I’d rather live in what he calls “hell” than in a world where he is president.”",
        "“The first part, “unclosed inner, and the rest.",
    ]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("Experts disagree. Said Ellis: “I don’t get the sense she’s the least bit interested in "
     "tax reform.”", "Said", "Ellis"),
    ("“The impact of Monday’s debate is still small,” wrote Cameron Easley for Morning "
     "Consult.", "wrote", "Cameron Easley"),
])
def test_name_read_as_the_object_of_a_fronted_or_trailing_tag_is_the_speaker(run, text, cue,
                                                                           speaker):
    row = next(r for r in texts(text, run(text)) if r["cue"] == cue)
    assert row["speaker"] == speaker
    assert row["source"].kind == SourceKind.NAMED_PERSON
    assert row["content"][0].startswith("“")


def test_reporting_lemma_of_forms_the_lemmatizer_left_as_written_or_got_wrong():
    forms = ("said", "notes", "added", "denies", "vowed", "echoed", "warning", "noting",
             "admitted", "admitting", "table", "began", "seems", "saved", "seemed", "planted")
    assert [lexicon.reporting_lemma(f) for f in forms] == \
        ["say", "note", "add", "deny", "vow", "echo", "warn", "note", "admit", "admit", None,
         None, None, None, None, None]


def test_name_after_a_participle_tag_following_the_quotation_is_the_speaker(run):
    text = ("\"Commanders were hastily dispatched to the front-line troops and told to prepare "
            "against the enemy's possible counteractions\", added KCNA.")
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("added", "KCNA")


def test_said_runs_on_into_a_clause_whose_verb_the_tagger_missed(run):
    text = ("Executive director of the Dallas chapter of the Council on American - Islamic "
            "Relations Alia Salem said Mohamed wishes to use his newfound fame and attention to "
            "spotlight social causes including the treatment of Muslims in the United States.")
    row = only(text, run(text))
    assert row["content"][0].startswith("Mohamed wishes to use his newfound fame")
    assert row["speaker"].endswith("Alia Salem")


@pytest.mark.parametrize(("text", "cue", "content", "speaker"), [
    ("Once, when my mother mentioned the devil to me while driving on the highway, I laughed "
     "and said, \"I don't believe in the devil.\"", "said",
     "\"I don't believe in the devil.\"", "I"),
    ("Trump criticized the designer of a clubhouse at one of his golf courses, saying, “Maybe "
     "he didn’t do a good job, and I wasn’t satisfied with his work.”", "saying",
     "“Maybe he didn’t do a good job, and I wasn’t satisfied with his work.”", "Trump"),
])
def test_run_on_stops_before_the_next_speech_verb(run, text, cue, content, speaker):
    rows = texts(text, run(text))
    assert [(r["content"], r["speaker"]) for r in rows if r["cue"] == cue] == \
        [([content], speaker)]
    assert not any(content in piece for r in rows if r["cue"] != cue for piece in r["content"])


@pytest.mark.parametrize(("text", "content"), [
    ("Acts of protest, Mr. Obama said, are acts of patriotism.",
     ["Acts of protest", "are acts of patriotism"]),
    ("The difference now, he told me on Friday, is that he is the anchor of a news program.",
     ["The difference now", "is that he is the anchor of a news program"]),
    ("In a statement, the ministry said the talks would resume.", ["the talks would resume"]),
    ("But to prevent problems, the official said, local officials should be vigilant.",
     ["local officials should be vigilant"]),
])
def test_subject_before_a_tag_set_off_by_commas_is_the_contents_first_piece(run, text,
                                                                             content):
    assert only(text, run(text))["content"] == content


def test_clause_before_an_inverted_tag_read_as_a_second_subject_is_the_content(run):
    text = "The meeting deteriorated from there, said one GOP source in the room."
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == ("one GOP source in the room",
                                                ["The meeting deteriorated from there"])
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL


def test_those_close_to_someone_are_an_anonymous_group(run):
    text = "Those close to him say he would have to consider Rep. Don Beyer."
    row = only(text, run(text))
    assert row["source"].kind == SourceKind.ANONYMOUS_GROUP
    assert row["source"].knowledge_basis.startswith("close to")


def test_transcript_label_in_capitals_names_a_person(run):
    text = ("\"WALLACE: Let’s start with breaking news on the debate story. Why would Trump do "
            "that?\n\n\"PENCE: Well, look, this is serious business for the American people.\n")
    rows = texts(text, run(text))
    assert [(r["speaker"], r["source"].kind) for r in rows] == [
        ("WALLACE", SourceKind.NAMED_PERSON), ("PENCE", SourceKind.NAMED_PERSON)]


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ("The fund predicted that growth would slow.", "The fund", SourceKind.NAMED_ORGANIZATION),
    ("A spokesman for the company who declined to be named said the plant would close.",
     "A spokesman for the company who declined to be named", SourceKind.ANONYMOUS_INDIVIDUAL),
])
def test_bodies_and_who_standing_for_a_person_not_the_body_in_their_description(run, text,
                                                                               speaker, kind):
    row = texts(text, run(text))[0]
    assert (row["speaker"], row["source"].kind) == (speaker, kind)


def test_run_on_never_starts_at_another_speakers_verb(run):
    text = ("Mary Jones, the head of the charity who spoke at the rally, said the march would "
            "go ahead.")
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == ("said", ["the march would go ahead"])


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("It would likely take two to three weeks to convene the DNC for a special meeting, he "
     "said, and intense wrangling could be paralyzing.", "he",
     ["It would likely take two to three weeks to convene the DNC for a special meeting",
      "intense wrangling could be paralyzing"]),
    ("The middle one-fifth paid 8.9 percent, the agency said in a June report, and those in "
     "the bottom fifth of incomes paid 0.8 percent.", "the agency",
     ["The middle one-fifth paid 8.9 percent",
      "those in the bottom fifth of incomes paid 0.8 percent"]),
    ("The latest test, North Korea said, was its biggest yet, although it may take several "
     "days to determine how powerful it was.", "North Korea",
     ["The latest test", "was its biggest yet"]),
    ("WASHINGTON ― Donald Trump’s obsession with Obama’s birth is an insult to all "
     "African-Americans, top black lawmakers said Friday afternoon, as they bristled at the "
     "questions.", "top black lawmakers",
     ["Donald Trump’s obsession with Obama’s birth is an insult to all African-Americans"]),
])
def test_tag_set_off_by_commas_after_an_unquoted_clause_sources_it(run, text, speaker,
                                                                   content):
    row = only(text, run(text))
    assert (row["rule"], row["speaker"], row["content"]) == ("parenthetical", speaker, content)


@pytest.mark.parametrize("text", [
    "Though the White House kept mum about the timing, all signs pointed to a June visit.",
    "“We will win,” she said, “and soon.”",
])
def test_a_scene_setting_clause_or_a_quotation_is_no_parenthetical(run, text):
    assert all(r["rule"] != "parenthetical" for r in texts(text, run(text)))


def test_that_read_as_an_oblique_still_opens_what_was_told(run):
    text = "On Wednesday, he told a crowd in Cleveland that he was “troubled” by the situation."
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == ("told",
                                            ["that he was “troubled” by the situation"])


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("Fiorina was upfront about her distaste for Donald Trump, the current GOP front-runner, "
     "saying conservatives need to band together to stop him.", "saying", "Fiorina"),
    ("The conservative publication has been outspoken in its opposition to Donald Trump, "
     "arguing he is a political opportunist.", "arguing", "The conservative publication"),
    ("Clinton paused, then revealed why Smegielski’s activism was especially moving.",
     "then revealed", "Clinton"),
])
def test_subjectless_verbs_take_the_subject_of_the_clause_they_follow(run, text, cue, speaker):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == (cue, speaker)


def test_tail_of_a_compound_adjective_is_no_cue(run):
    text = ("Sanders visited Missouri on Saturday. The self-described democratic socialist said "
            "he would win the state’s primary.")
    assert [r["cue"] for r in texts(text, run(text))] == ["said"]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("“The great state of Alabama is proud to cast its votes for the next president, Donald "
     "J. Trump!” US Senator Jeff Sessions said as he launched the process.", "said",
     "US Senator Jeff Sessions"),
    ("“I hope you’re able to find the 30,000 emails that are missing.” Trump said.", "said",
     "Trump"),
    ("“OK, for a start, his wife has explained that she chose not to speak,” Oliver barked.",
     "barked", "Oliver"),
])
def test_tag_after_a_closed_quotation_with_no_content_of_its_own(run, text, cue, speaker):
    row = only(text, run(text))
    assert (row["rule"], row["cue"], row["speaker"]) == ("quote_cue", cue, speaker)
    assert row["content"][0].startswith("“")


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("What that means for this year’s election - More from Jones: “The partisanship of the "
     "state population is a starting point in determining a state’s likely vote.”", ":",
     "Jones"),
    ("Stated Stone:\n\n“I think that the stakes are so high that they would do anything "
     "necessary to remain in power.”", "Stated Stone:", "Stone"),
])
def test_name_or_fronted_verb_before_a_colon_introduces_the_quotation(run, text, cue,
                                                                      speaker):
    row = only(text, run(text))
    assert (row["rule"], row["cue"], row["speaker"]) == ("introduced_quote", cue, speaker)


@pytest.mark.parametrize(("text", "cue"), [
    ("“Hi Americans! Donald Trump may become the President of your country!” a welcome "
     "message on the website reads.", "reads"),
    ("“It is not our role to build up or take down a campaign,” the anchor groused.",
     "groused"),
    ("“No Contracting State shall expel or return a refugee in any manner whatsoever,” the "
     "convention affirms.", "affirms"),
])
def test_more_ways_of_saying_and_writing_cue_a_quotation(run, text, cue):
    row = only(text, run(text))
    assert row["cue"] == cue
    assert row["content"][0].startswith("“")


def test_crowd_that_includes_named_bodies_is_sourced_to_them(run):
    text = ("The authors of the report, which include the U.S. PIRG Education Fund and Citizens "
            "for Tax Justice, found that most companies used havens.")
    row = only(text, run(text))
    assert row["source"].kind == SourceKind.NAMED_ORGANIZATION
    assert row["source"].anonymous is False


@pytest.mark.parametrize("text", [
    "According to one version of the proposal, the troops would be posted far from the front.",
    "A section of the report said the agency had failed.",
])
def test_a_part_of_a_document_is_that_document(run, text):
    assert only(text, run(text))["source"].kind == SourceKind.DOCUMENT


@pytest.mark.parametrize(("text", "speaker"), [
    ("She disrupted proceedings before cops managed to drag her out. Christopher Harvey, an "
     "African-American delegate from Houston, Texas, said the turmoil at this week’s "
     "convention was all for show.",
     "Christopher Harvey, an African-American delegate from Houston, Texas"),
    ("''We wholeheartedly support people sharing their political views on Tinder, but we "
     "don't allow spamming,'' Rosette Pambakian, a Tinder spokeswoman, said in an email.",
     "Rosette Pambakian, a Tinder spokeswoman"),
    ("“We are on pace to beat Secretary Clinton’s goal of $50 million in the first quarter of "
     "2016,” Jeff Weaver, Sanders’ campaign manager, said in a statement.",
     "Jeff Weaver, Sanders’ campaign manager"),
    ("But in a conference call with reporters on Dec. 2, Col. Steven H. Warren, a military "
     "spokesman in Baghdad, said, ''I mean, a raid is a combat operation.''",
     "Col. Steven H. Warren, a military spokesman in Baghdad"),
    ("Mr. Rubio, a career politician who is running as a next-generation leader, hopes Iowa "
     "will prove what his supporters say.",
     "Mr. Rubio, a career politician who is running as a next-generation leader"),
])
def test_name_before_its_description_stays_the_named_speaker(run, text, speaker):
    row = only(text, run(text))
    assert row["speaker"] == speaker
    assert row["source"].kind == SourceKind.NAMED_PERSON


@pytest.mark.parametrize(("text", "kind"), [
    ("“Hi Americans!” one message on the website said.", SourceKind.DOCUMENT),
    ("Insurers said premiums would rise next year.", SourceKind.VAGUE),
    ("The moderator said the candidates had two minutes.", SourceKind.ANONYMOUS_INDIVIDUAL),
    # A single post held by a named person identifies its holder; a crowd of them does not.
    ("Pagliano's lawyer has said he will refuse to answer any questions.",
     SourceKind.NAMED_PERSON),
    ("Obama's aides said the trip would go ahead.", SourceKind.ANONYMOUS_GROUP),
    ("One of Obama's advisers said the trip would go ahead.",
     SourceKind.ANONYMOUS_INDIVIDUAL),
    # A crowd led by a named body, a named pair, a nation.
    ("Twelve states led by Texas said the rule was illegal.", SourceKind.NAMED_ORGANIZATION),
    ("Both senators said the bill would pass.", SourceKind.NAMED_PERSON),
    ("Twelve states said the rule was illegal.", SourceKind.VAGUE),
    ("The Russians said the talks had failed.", SourceKind.NAMED_ORGANIZATION),
    ("The airline said the storm had grounded its fleet.", SourceKind.NAMED_ORGANIZATION),
    ("The automaker said no injuries had been reported.", SourceKind.NAMED_ORGANIZATION),
    ("The Europeans, who had been cut out of the talks, said the deal was toothless.",
     SourceKind.NAMED_ORGANIZATION),
    ("The Americans who live abroad say the tax rules are unfair.", SourceKind.VAGUE),
    ("Many Americans say the economy is weak.", SourceKind.VAGUE),
    # Institutions the lexicon lists.
    ("Several municipalities have started asking religious schools to pay taxes.",
     SourceKind.VAGUE),
    ("The prosecution argued that the defendant had lied.", SourceKind.NAMED_ORGANIZATION),
    # A post written with capitals names its holder; a plain post does not.
    ("The Chancellor said taxes on working people would not rise.", SourceKind.NAMED_PERSON),
    ("The Foreign Secretary told reporters the talks would resume.", SourceKind.NAMED_PERSON),
    ("The man said the fire started at midnight.", SourceKind.ANONYMOUS_INDIVIDUAL),
    ("One senior backbencher said the plan was a shambles.", SourceKind.ANONYMOUS_INDIVIDUAL),
    ("Two senior Conservative MPs said the prime minister had lost the room.",
     SourceKind.ANONYMOUS_GROUP),
])
def test_more_messages_crowds_and_roles_are_resolved(run, text, kind):
    assert only(text, run(text))["source"].kind == kind


def test_he_with_no_speaker_before_stands_for_the_last_person_named(run):
    text = ("Robyn Gedrich runs a bakery in Trenton. Business has been slow since the spring. "
            "She said the new tax would close her shop.")
    row = only(text, run(text))
    assert row["speaker"] == "She"
    assert (row["source"].name, row["source"].kind) == ("Robyn Gedrich", SourceKind.NAMED_PERSON)


def test_it_with_no_speaker_before_stands_for_the_last_body_named(run):
    text = ("The World Trade Organization ruled against the tariffs last year. It said the "
            "measures broke global trade rules.")
    row = only(text, run(text))
    assert row["speaker"] == "It"
    assert (row["source"].name, row["source"].kind) == ("World Trade Organization",
                                                        SourceKind.NAMED_ORGANIZATION)


@pytest.mark.parametrize("text, pronoun, name", [
    ("Environment Canada spokesperson Julie Hahn said the papers were not classified. "
     "Environment Minister John Baird said he had asked officials for a review.\n"
     "“We take document security seriously,” she said.", "she", "Julie Hahn"),
    ("Mayor Tom Reyes said the city had no money. Ms. Okafor said the clinic would close.\n"
     "“This is a dark day for the neighbourhood,” he said.", "he", "Tom Reyes"),
    ("Senator Maria Lopez said the vote was rigged. Governor Tom Baker said it was fair.\n"
     "“There is no evidence of fraud,” she said.", "she", "Maria Lopez"),
])
def test_he_and_she_skip_people_of_the_other_gender(run, text, pronoun, name):
    quote = next(r for r in texts(text, run(text)) if r["type"] == AttributionType.DIRECT)
    assert quote["speaker"] == pronoun
    assert quote["source"].name == name


def test_people_sharing_a_surname_are_two_sources(run):
    text = ("Hillary Clinton said the plan would create jobs. "
            "Bill Clinton said he would step down from the foundation.")
    people = {s.name for s in run(text).sources if s.kind == SourceKind.NAMED_PERSON}
    assert people == {"Hillary Clinton", "Bill Clinton"}


def test_a_surname_alone_still_joins_the_full_name_after_a_namesake(run):
    text = ("Bill Clinton said he would step down from the foundation. "
            "Hillary Clinton said the plan would create jobs. "
            "Mr. Clinton said the foundation would go on.")
    extraction = run(text)
    last = texts(text, extraction)[-1]
    assert last["speaker"] == "Mr. Clinton"
    assert last["source"].name == "Bill Clinton"


@pytest.mark.parametrize("text", [
    "The alleged crime involved five hard drives worth $200 each.",
    "Clinton is on track to win a majority of pledged delegates in June.",
    "The skywriting was paid for by a group called the “We The People Foundation.”",
])
def test_participles_used_as_adjectives_or_names_are_no_cues(run, text):
    assert texts(text, run(text)) == []


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Asked what characteristics he would like the nominee to embody, Adelson said, "
     "“They have got to be able to win.”", "said", "Adelson",
     "“They have got to be able to win.”"),
    ("Asked if he was encouraging violence, Trump replied, “Well, maybe so. Maybe that’s why "
     "I wouldn’t do it.”", "replied", "Trump",
     "“Well, maybe so. Maybe that’s why I wouldn’t do it.”"),
    ("He said allies were rattled. Asked if Trump’s comments had rattled them as well, Ryan "
     "said, “Sure. I get that, too.”", "said", "Ryan", "“Sure. I get that, too.”"),
])
def test_a_question_put_to_the_speaker_is_not_what_they_said(run, text, cue, speaker, content):
    rows = texts(text, run(text))
    answer = next(r for r in rows if r["speaker"] == speaker)
    assert (answer["cue"], " … ".join(answer["content"])) == (cue, content)
    asked = [r for r in rows if r["cue"] == "Asked"]
    assert all(r["speaker"] is None for r in asked)


def test_a_participle_opening_the_sentence_is_no_part_of_the_speaker(run):
    text = "Citing privacy rules, U.S. officials have not said why the team was denied visas."
    row = only(text, run(text))
    assert row["speaker"] == "U.S. officials"
    assert row["source"].kind == SourceKind.ANONYMOUS_GROUP


def test_a_name_set_off_after_according_to_names_that_source(run):
    text = ("Dean Kamen founded the contest. According to the Afghan team's coach, Alireza "
            "Mehraban, the robot scored well in its first match.")
    row = next(r for r in texts(text, run(text)) if r["rule"] == "according_to")
    assert row["content"] == ["the robot scored well in its first match"]
    assert row["source"].name == "Alireza Mehraban"
    assert row["source"].kind == SourceKind.NAMED_PERSON


@pytest.mark.parametrize("text", [
    "Speaking in Michigan, Trump says he is making a demand of Obama.",
    "Vice President Joseph R. Biden Jr. was speaking this week in Ohio.",
])
def test_speaking_takes_no_clause(run, text):
    assert all(r["cue"] not in ("Speaking", "was speaking") for r in texts(text, run(text)))


def test_a_surname_source_takes_the_full_name_the_article_gave_earlier(run):
    text = ("Clinton communications director Jennifer Palmieri appeared on television on Friday. "
            "Palmieri said Clinton would address the comments later.")
    row = only(text, run(text))
    assert row["speaker"] == "Palmieri"
    assert row["source"].name == "Jennifer Palmieri"


@pytest.mark.parametrize("text, speaker", [
    ("Christie, who has campaigned heavily for Donald Trump, said the attacks were unfair.",
     "Christie"),
    ("Officials who were not authorized to speak publicly said the talks had stalled.",
     "Officials who were not authorized to speak publicly"),
])
def test_a_relative_clause_after_a_comma_is_no_part_of_the_speaker(run, text, speaker):
    assert only(text, run(text))["speaker"] == speaker


def test_a_quotation_after_a_coordinated_speech_verb_is_what_it_said(run):
    text = ("Hayek confirmed she had been and said, “America has a very severe problem with "
            "discrimination that we try to overlook.”")
    rows = {r["cue"]: r for r in texts(text, run(text))}
    assert rows["confirmed"]["content"] == ["she had been"]
    assert rows["said"]["content"] == ["“America has a very severe problem with discrimination "
                                       "that we try to overlook.”"]


def test_a_that_clause_after_an_aside_in_dashes_is_what_was_said(run):
    text = ("His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump "
            "raised about $4 million that day.")
    row = only(text, run(text))
    assert row["content"] == ["that Trump raised about $4 million that day"]
    assert row["source"].name == "Paul Manafort"


def test_an_inverted_tag_after_a_quotation_takes_the_quotation(run):
    text = "“Get out of the building right now!” yelled a man in the crowd as the police moved in."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("yelled", "a man")
    assert row["content"] == ["“Get out of the building right now!”"]
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL


@pytest.mark.parametrize("text, cue, speaker", [
    ("“We did it, we really did it,” she laughed.", "laughed", "she"),
    ("“I have no idea what they are talking about,” Sen. Jane Doe shrugged after the vote.",
     "shrugged", "Sen. Jane Doe"),
])
def test_any_verb_in_a_tag_right_after_a_quotation_is_its_cue(run, text, cue, speaker):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["rule"]) == (cue, speaker, "quote_cue")


def test_a_verb_after_a_quotation_with_its_own_object_is_no_tag(run):
    text = ("“Trump’s economic plan is a disaster for working families,” Clinton won the "
            "state easily.")
    assert all(r["cue"] != "won" for r in texts(text, run(text)))


@pytest.mark.parametrize("text, content", [
    ("“This is fantastic!” beamed Donald Hartley of Madison, Alabama, as he waited in line.",
     ["“This is fantastic!”"]),
    ("“I love Oreos,” he said, “but I will never eat them again.”",
     ["“I love Oreos,”", "“but I will never eat them again.”"]),
])
def test_a_short_quotation_breaking_off_before_its_tag_is_speech(run, text, content):
    row = only(text, run(text))
    assert row["content"] == content


def test_a_short_title_in_quotation_marks_is_no_speech(run):
    text = "Speaking on ABC’s “This Week,” Carson said he would stay in the race."
    assert [r["cue"] for r in texts(text, run(text))] == ["said"]


def test_a_quotation_after_adding_is_what_was_added(run):
    text = ("“This is a community that has been neglected,” she said, adding, “I’ll tell you "
            "what — if the kids in a rich suburb had been drinking that water there would’ve "
            "been action.”")
    rows = {r["cue"]: r for r in texts(text, run(text))}
    assert rows["said"]["content"] == ["“This is a community that has been neglected,”"]
    assert rows["adding"]["content"][0].startswith("“I’ll tell you what")
    assert rows["adding"]["speaker"] == "she"


def test_a_tag_closing_the_sentence_with_whom_it_was_told(run):
    text = "The company will cut 500 jobs, a source close to the investigation told Reuters."
    row = only(text, run(text))
    assert row["content"] == ["The company will cut 500 jobs"]
    assert row["speaker"] == "a source close to the investigation"
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert row["source"].knowledge_basis == "close to the investigation"


def test_telling_a_difference_is_no_tag(run):
    text = ("The two men were at opposite poles, and yet here was the judge professing his "
            "inability to tell the difference.")
    assert all(r["rule"] != "sentence_final" for r in texts(text, run(text)))


def test_unnamed_groups_with_different_knowledge_are_two_sources(run):
    text = ("The deal is close, according to two people briefed on the talks. "
            "People with knowledge of the decision said the board voted 5-2.")
    groups = [s for s in run(text).sources if s.kind == SourceKind.ANONYMOUS_GROUP]
    assert len(groups) == 2
    assert {s.knowledge_basis for s in groups} == {"briefed on the talks",
                                                   "with knowledge of the decision"}


def test_a_description_keeps_what_places_the_person(run):
    """... and what was confirmed stops where the terms of anonymity begin."""
    text = ("The person familiar with the planning confirmed the meeting on the condition of "
            "anonymity because they were not authorized to discuss it.")
    row = only(text, run(text))
    assert row["source"].name == "person familiar with the planning"
    assert row["content"] == ["the meeting"]


@pytest.mark.parametrize("text, kind", [
    ("A Washington Post database tracking such deaths shows that 963 people were killed.",
     SourceKind.DOCUMENT),
    ("The top British medical journal said the study was flawed.",
     SourceKind.NAMED_ORGANIZATION),
])
def test_databases_are_documents_and_journals_bodies(run, text, kind):
    assert only(text, run(text))["source"].kind == kind


def test_a_place_set_off_before_the_speaker_is_no_part_of_them(run):
    text = ("Trump spoke for an hour on Monday. In Novi, Michigan, Trump says he is making a "
            "demand of Obama.")
    row = next(r for r in texts(text, run(text)) if r["cue"] == "says")
    assert row["speaker"] == "Trump"


def test_an_infinitive_with_nobody_to_say_it_is_no_run_on(run):
    text = ("Australia, New Zealand, Japan and South Korea will be at a distance to discuss the "
            "discussions, the French military official said.")
    rows = texts(text, run(text))
    assert [r["cue"] for r in rows] == ["said"]


def test_an_editors_note_is_no_reporting(run):
    text = ("Collins said the endorsement would open the floodgates.\n\n"
            "Editor’s note: Donald Trump is a serial liar and bully who has repeatedly pledged "
            "to ban all Muslims from entering the U.S.")
    assert [r["cue"] for r in texts(text, run(text))] == ["said"]


def test_an_indefinite_pronoun_after_the_verb_is_the_speaker(run):
    text = "“Cruz,” shouted someone in the audience."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("shouted", "someone in the audience")


def test_one_of_a_crowd_is_one_unnamed_person(run):
    text = "“We want answers,” said one of the protesters."
    source = only(text, run(text))["source"]
    assert source.kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert source.anonymous


def test_a_speech_verb_tagged_as_a_noun_before_a_quotation_is_the_verb(run):
    text = ('The U.S. Department of Agriculture notes, "Ground-level ozone causes more damage '
            'to plants than all other air pollutants combined", highlighting the importance of '
            "air quality.")
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("notes", "The U.S. Department of Agriculture")
    assert row["content"][0].startswith('"Ground-level ozone')


def test_speech_reported_inside_what_someone_said_is_part_of_their_claim(run):
    text = (
        "Clinton pointed out that Trump called the 1996 pageant winner “Miss Piggy” as an "
        "example of his disrespect for women.\n\n"
        "Officials said she plans to join her supporters at the protest."
    )
    rows = texts(text, run(text))
    assert [(row["cue"], row["speaker"]) for row in rows] == [
        ("pointed out", "Clinton"), ("said", "Officials")]
    assert rows[0]["content"] == [
        "that Trump called the 1996 pageant winner “Miss Piggy” as an example of his "
        "disrespect for women"]


@pytest.mark.parametrize("sentence, cue, content", [
    ("Clinton thanked the volunteers for their patience.", "thanked", "their patience"),
    ("The senator disavowed the endorsement on Tuesday.", "disavowed", "the endorsement"),
    ("Sanders railed against the big banks in his speech.", "railed against", "the big banks"),
    ("The mayor apologized for the delays.", "apologized for", "the delays"),
])
def test_verbal_acts_on_an_object_carry_it_as_content(run, sentence, cue, content):
    rows = texts(sentence, run(sentence))
    assert [(row["cue"], row["content"]) for row in rows] == [(cue, [content])]


@pytest.mark.parametrize("sentence, speaker, answer", [
    ("Asked if he was ever bullied, the Republican presidential candidate said no.",
     "the Republican presidential candidate", "no"),
    ("Asked whether Sanders is realistic, 72 percent of Democrats said yes.",
     "72 percent of Democrats", "yes"),
])
def test_a_one_word_answer_after_a_question_is_what_was_said(run, sentence, speaker, answer):
    assert ("said", speaker, [answer]) in said(sentence, run(sentence))

@pytest.mark.parametrize("sentence, speaker", [
    ("Since October, officials have told Flint residents not to drink the water.", "officials"),
    ("That, the commission said, “would be helpful in avoiding uncertainty.”", "the commission"),
    ("LONDON (Reuters) - Donald Trump said on Friday that he would visit Scotland.",
     "Donald Trump"),
    ("BRUSSELS - European leaders said on Friday that they would meet again.",
     "European leaders"),
    ("Years after Bill Clinton claimed that the era of big government was over, Obama did "
     "the opposite.", "Bill Clinton"),
    ("But Chris Christie said the senators had failed.", "Chris Christie"),
    ("Cement makers, for instance, argue that imports from China grew.", "Cement makers"),
])
def test_what_stands_before_the_speaker_is_not_part_of_them(run, sentence, speaker):
    assert [row["speaker"] for row in texts(sentence, run(sentence))] == [speaker]


def test_a_signature_after_a_dash_ends_at_the_line(run):
    text = (
        "Readers wrote to us.\n\n"
        "“I am so ashamed to be an American. I cannot believe a man like him got this far.” "
        "― Jacklyn Ashley\n"
        "“Trump promotes ignorance and hate. A terrible influence for the young.” "
        "― Azucena Gonzalez\n"
    )
    rows = texts(text, run(text))
    assert [(row["cue"], row["speaker"]) for row in rows] == [
        ("―", "Jacklyn Ashley"), ("―", "Azucena Gonzalez")]


def test_a_person_whose_sentence_ends_in_a_colon_presents_the_quotation(run):
    text = (
        "Senator Jeff Sessions then listed the qualities a Republican nominee needs:\n\n"
        "“In the piece I wrote last November, I said a nominee must be tough on trade.”"
    )
    assert said(text, run(text)) == [
        (":", "Senator Jeff Sessions",
         ["“In the piece I wrote last November, I said a nominee must be tough on trade.”"])]

def test_a_name_with_two_descriptions_after_a_quotation_is_the_speaker(run):
    text = (
        "''It has the important virtue of being fiscally responsible,'' Leonard E. Burman, "
        "director of the centrist Urban-Brookings Tax Policy Center and a professor at the "
        "Maxwell School of Syracuse University, said of Mrs. Clinton's plan."
    )
    rows = texts(text, run(text))
    assert [(row["source"].name, row["source"].kind) for row in rows] == [
        ("Leonard E. Burman", SourceKind.NAMED_PERSON)]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Courted by most of the Republican candidates and widely expected to be the party's top "
     "donor in the November 2016 presidential election, Adelson said on Friday during a news "
     "conference that he may wait until February to decide.",
     "said", "Adelson", ["that he may wait until February to decide"]),
    ("Claiming the criticism of Lauer is designed to pressure debate moderators, Trump told Fox "
     "that the moderators were being gamed.",
     "told", "Trump", ["that the moderators were being gamed"]),
])
def test_an_opening_infinitive_or_participle_describes_the_speaker(run, text, cue, speaker,
                                                                    content):
    rows = [r for r in texts(text, run(text)) if r["cue"] == cue]
    assert [(r["speaker"], r["content"]) for r in rows] == [(speaker, content)]


def test_a_name_after_a_dash_in_the_speakers_phrase_is_someone_else(run):
    text = ("The film ― which weaves together the voices of activists like Angela Davis and "
            "author Michelle Alexander ― explains America’s treatment of black people.")
    rows = [r for r in texts(text, run(text)) if r["cue"] == "explains"]
    assert [r["source"].kind for r in rows] == [SourceKind.DOCUMENT]


def test_a_role_filled_by_a_named_body_is_that_body(run):
    text = ("More than 100,000 people took part in a nationwide walk-in at more than 2,000 "
            "schools, according to the event organizer Alliance to Reclaim Our Schools (AROS).")
    rows = texts(text, run(text))
    assert [(row["source"].name, row["source"].kind, row["source"].anonymous) for row in rows] \
        == [("Alliance to Reclaim Our Schools", SourceKind.NAMED_ORGANIZATION, False)]

@pytest.mark.parametrize("text, content", [
    ("Clinton plans to visit Charlotte on Sunday, according to a campaign aide.",
     "Clinton plans to visit Charlotte on Sunday"),
    ("Police have said they have no immediate plans to release two recordings of the "
     "shooting, one captured by a police dashboard camera and another by a body camera worn by "
     "an officer at the scene, according to attorneys for the family.",
     "Police have said they have no immediate plans to release two recordings of the "
     "shooting, one captured by a police dashboard camera and another by a body camera worn by "
     "an officer at the scene"),
])
def test_according_to_at_the_end_of_a_sentence_sources_all_of_it(run, text, content):
    rows = texts(text, run(text))
    assert [(row["cue"], row["content"]) for row in rows] == [("according to", [content])]


def test_a_phrase_between_the_speaker_and_a_closing_tag_describes_the_speaker(run):
    text = ("Scott's relatives, who asked authorities to show them video of the shooting, "
            "watched it on Thursday, attorneys for the family said.")
    assert said(text, run(text)) == [
        ("said", "attorneys for the family",
         ["Scott's relatives, who asked authorities to show them video of the shooting, "
          "watched it on Thursday"])]


def test_the_republican_after_a_named_candidate_is_that_candidate(run):
    text = ("Donald Trump spoke in Ohio on Monday.\n\n"
            "The Republican is also encouraging supporters to vote early, telling them the "
            "system is rigged.")
    rows = texts(text, run(text))
    assert {(row["speaker"], row["source"].name, row["source"].kind) for row in rows} == {
        ("The Republican", "Donald Trump", SourceKind.NAMED_PERSON)}
@pytest.mark.parametrize("sentence, cue, speaker, content", [
    ("Supporters held a sign which read “Hispanics 4 Trump” outside the hall.",
     "read", "which", "“Hispanics 4 Trump”"),
    ("As the crowd cheered, a man yelled “Stay there!” from the back.",
     "yelled", "a man", "“Stay there!”"),
])
def test_a_short_quotation_as_the_object_of_a_shout_or_a_sign(run, sentence, cue, speaker,
                                                                content):
    assert said(sentence, run(sentence)) == [
        (cue, speaker, [content])]


def test_calling_someone_a_name_with_the_person_as_indirect_object(run):
    text = ("Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, "
            "calling him “a total stiff.”")
    assert said(text, run(text)) == [
        ("calling", "Trump", ["him “a total stiff.”"])]


def test_calling_something_quoted_words_read_as_its_modifier(run):
    text = ("On Twitter, Former Florida Gov. Jeb Bush called Trump “unhinged.” Sen. Marco Rubio "
            "called the statement “offensive and outlandish.”")
    rows = texts(text, run(text))
    assert [(row["speaker"], row["content"]) for row in rows] == [
        ("Former Florida Gov. Jeb Bush", ["Trump “unhinged.”"]),
        ("Sen. Marco Rubio", ["the statement “offensive and outlandish.”"])]


def test_adding_after_a_quotation_that_ends_in_a_comma_is_a_second_statement(run):
    text = ("Cruz said there is “only one strong conservative in a position to win this race,” "
            "adding that it is why Donald Trump “relentlessly attacks us.”")
    assert said(text, run(text)) == [
        ("said", "Cruz", ["there is “only one strong conservative in a position to win this "
                          "race,”"]),
        ("adding", "Cruz", ["that it is why Donald Trump “relentlessly attacks us.”"])]


@pytest.mark.parametrize("sentence, cue, content", [
    ("Sanders accused Republicans of placing the interests of the National Rifle Association "
     "ahead of children.", "accused",
     "placing the interests of the National Rifle Association ahead of children"),
    ("House Speaker Paul Ryan blasted the FBI Tuesday for its decision not to indict Clinton.",
     "blasted", "its decision not to indict Clinton"),
])
def test_what_someone_is_accused_or_blasted_for_is_the_content(run, sentence, cue, content):
    rows = texts(sentence, run(sentence))
    assert [(row["cue"], row["content"]) for row in rows] == [(cue, [content])]


def test_a_quotation_after_a_statement_that_ends_in_a_colon_goes_on_with_it(run):
    text = ("Senator Jane Smith argued that the plan has one flaw:\n\n"
            "“It costs too much and helps too few people in the state.”")
    assert said(text, run(text)) == [
        ("argued", "Senator Jane Smith",
         ["that the plan has one flaw",
          "“It costs too much and helps too few people in the state.”"])]


def test_a_tag_sentence_after_a_nested_quotation_and_to_a_listener(run):
    text = ("“When this came about, her response has been, ‘Let’s see what’s going on, and "
            "what can we do to help?’” Renteria told reporters during the conference call.")
    rows = texts(text, run(text))
    assert [(row["cue"], row["speaker"]) for row in rows] == [("told", "Renteria")]


def test_a_short_quotation_opening_its_sentence_takes_the_tag_after_it(run):
    text = ("“He deserved it,” the assailant, John McGraw, told the television program "
            "“Inside Edition” after the confrontation.")
    rows = texts(text, run(text))
    assert [(row["cue"], row["source"].name, row["content"]) for row in rows] == [
        ("told", "John McGraw", ["“He deserved it,”"])]


def test_what_was_said_does_not_run_on_into_its_own_tag(run):
    text = "Those discussions are continuing, he said."
    assert said(text, run(text)) == [
        ("said", "he", ["Those discussions are continuing"])]


def test_a_floating_both_is_not_the_head_of_two_speakers(run):
    text = ("Former U.N. Ambassador John Bolton and Dr. Sebastian Gorka both said the policy "
            "had failed.")
    rows = texts(text, run(text))
    assert [(row["speaker"], row["source"].name) for row in rows] == [
        ("Former U.N. Ambassador John Bolton and Dr. Sebastian Gorka", "John Bolton"),
        ("Former U.N. Ambassador John Bolton and Dr. Sebastian Gorka", "Sebastian Gorka")]


def test_a_spaced_hyphen_inside_a_name_is_no_dateline(run):
    text = ("Executive director of the Dallas chapter of the Council on American - Islamic "
            "Relations Alia Salem said the school had overreacted.")
    rows = texts(text, run(text))
    assert [row["speaker"] for row in rows] == [
        "Executive director of the Dallas chapter of the Council on American - Islamic "
        "Relations Alia Salem"]


@pytest.mark.parametrize("text, speaker", [
    ("At the club, where it costs new members $70,000 to sign up, Jay DiPietro, the club's "
     "78-year-old president and general manager, suggested that the troubles were real.",
     "Jay DiPietro, the club's 78-year-old president and general manager"),
    ("Still, while the tech industry cannot block all terror content on the web, people who "
     "have battled other online threats say it could be doing more.",
     "people who have battled other online threats"),
])
def test_a_subject_the_parser_hung_in_the_clause_before_it(run, text, speaker):
    rows = texts(text, run(text))
    assert [row["speaker"] for row in rows] == [speaker]


def test_an_age_after_a_quotation_stands_for_the_person_named_before(run):
    text = ("Melania Trump spoke on Monday.\n\n"
            "“Donald is, and always has been, an amazing leader,” said the 46-year-old.")
    rows = texts(text, run(text))
    assert [(row["speaker"], row["source"].name) for row in rows] == [
        ("the 46-year-old", "Melania Trump")]


@pytest.mark.parametrize("text, speaker, kind", [
    ("Exit polling showed that Clinton won every demographic tracked except voters under 30.",
     "Exit polling", SourceKind.DOCUMENT),
    ("Those close to him say that, in addition to Scott, he would have to consider Rep. Tim "
     "Scott.", "Those close to him", SourceKind.ANONYMOUS_GROUP),
    ("That is a small fraction of the minimum $20 million experts say it costs to run.",
     "experts", SourceKind.VAGUE),
    ("“So why didn’t Donald Trump pay his?” a narrator in the Clinton ad asks.",
     "a narrator in the Clinton ad", SourceKind.ANONYMOUS_INDIVIDUAL),
    ("Years ago, many European countries agreed to share a single currency.",
     "many European countries", SourceKind.VAGUE),
    ("Most believe that both the economy and their own lives have improved.",
     "Most", SourceKind.VAGUE),
])
def test_misparsed_or_unlisted_speakers_and_their_kinds(run, text, speaker, kind):
    """Exit polling is a document that shows; 'those close to him' a group the parser hid in
    an adjective; a plural noun right before a subjectless 'say' its speaker; a person in a
    document that person; unnamed countries a vague source; 'Most' opening the sentence
    (read as an adverb) the speaker."""
    assert [(row["speaker"], row["source"].kind) for row in texts(text, run(text))] == [
        (speaker, kind)]


def test_a_second_speech_verb_after_what_was_said_is_a_second_statement(run):
    text = ("He says the obvious response was to break up the banks and says he introduced a "
            "bill to do that.")
    assert said(text, run(text)) == [
        ("says", "He", ["the obvious response was to break up the banks"]),
        ("says", "He", ["he introduced a bill to do that"])]


@pytest.mark.parametrize("text, expected", [
    ("Trump is expected to deliver a victory speech later tonight.",
     [("is expected", None, ["Trump", "to deliver a victory speech later tonight"])]),
    ("The senator is said to be furious about the vote.",
     [("is said", None, ["The senator", "to be furious about the vote"])]),
    ("The deal is scheduled to close next week.", []),
])
def test_a_passive_of_thinking_or_saying_tells_what_its_subject_will_do(run, text, expected):
    """'X is expected to ...' reports an expectation without naming who holds it: the
    subject and the infinitive are the content, and there is no speaker; a passive that
    reports nothing ('is scheduled to') stays out."""
    assert said(text, run(text)) == expected


def test_a_source_who_asked_not_to_be_named_is_anonymous_and_asked_nothing(run):
    """The relative clause before 'told AFP' describes the speaker, not what was said; the
    terms of anonymity ('asked not to be named') are no claim; and a crowd word whose
    mention carries those terms is an anonymous individual, not a vague source."""
    text = ('"I don\'t know," one resident, who asked not to be named, told AFP. '
            '"Nobody tells us anything."')
    extraction = run(text)
    assert said(text, extraction) == [
        ("told", "one resident, who asked not to be named",
         ['"I don\'t know,"', '"Nobody tells us anything."'])]
    assert extraction.sources[0].kind == SourceKind.ANONYMOUS_INDIVIDUAL


def test_a_name_after_an_honorific_without_a_full_stop_is_a_person(run):
    """British style writes 'Ms Smith'; the tagger ran 'BBC, Ms Smith' into one
    organization, and 'She' then found no woman to stand for."""
    text = ("Speaking to the BBC, Ms Smith said: 'It is a disgrace.' She added that the "
            "government had 'lost its way'.")
    rows = texts(text, run(text))
    assert [(row["speaker"], row["source"].name, row["source"].kind) for row in rows] == [
        ("Ms Smith", "Smith", SourceKind.NAMED_PERSON),
        ("She", "Smith", SourceKind.NAMED_PERSON)]


def test_quotations_in_typewriter_single_marks(run):
    """Copy that lost its curly marks sets British quotations in apostrophes; the follow-on
    quotation still belongs to the speaker."""
    text = "'We will not back down,' the prime minister said. 'Our resolve is total.'"
    assert said(text, run(text)) == [
        ("said", "the prime minister",
         ["'We will not back down,'", "'Our resolve is total.'"])]


def test_a_short_quotation_that_is_a_sentence_of_its_own_follows_the_speaker(run):
    """'“We lost.”' is two words, too short to stand without a cue as a rule, but a whole
    sentence in its own marks is speech (not a scare quote), so it joins the attribution
    before it."""
    text = '"It\'s over," Mr. Brown told The New York Times on Tuesday. "We lost."'
    assert said(text, run(text)) == [
        ("told", "Mr. Brown", ['"It\'s over,"', '"We lost."'])]


def test_a_particle_the_parser_gave_the_verb_ends_its_clause(run):
    text = "John Smith met Jane Doe on Monday. He told her the deal was off."
    assert said(text, run(text)) == [("told", "He", ["the deal was off"])]


def test_wire_copy_speakers_and_datelines(run):
    """A relative clause after a speaker's age describes the speaker; a name the parser
    hung under its title ('Dr.') in an apposition still names the source; a wire
    dateline is never part of what was said."""
    text = ('"It\'s been a nightmare," said Karen Olsen, 62, who lives near the river.\n\n'
            'Its lead author, Dr. Emily Zhao of Stanford University, said the results were '
            '"alarming."\n\n'
            "WASHINGTON (AP) — The Pentagon is weighing a plan to send more troops to the "
            "region, according to two U.S. officials.\n")
    rows = texts(text, run(text))
    assert [(row["speaker"], row["content"], row["source"].kind) for row in rows] == [
        ("Karen Olsen, 62, who lives near the river", ['"It\'s been a nightmare,"'],
         SourceKind.NAMED_PERSON),
        ("Its lead author, Dr. Emily Zhao of Stanford University",
         ['the results were "alarming."'], SourceKind.NAMED_PERSON),
        ("two U.S. officials",
         ["The Pentagon is weighing a plan to send more troops to the region"],
         SourceKind.ANONYMOUS_GROUP)]


@pytest.mark.parametrize("text, expected", [
    ("In the latest poll, Clinton leads Trump by five points.",
     [("In", "the latest poll", ["Clinton leads Trump by five points"])]),
    ("Rathbun requested donations on his blog in order to help Montalvo with his defense.",
     []),
])
def test_a_document_named_in_a_phrase_on_its_clause_sources_it(run, text, expected):
    """'In the latest poll, ...' cites the poll; 'in order to' names no document."""
    assert said(text, run(text)) == expected


@pytest.mark.parametrize("text, speaker, kind", [
    ("Gawker.com has stated that it will keep hosting the video.", "Gawker.com",
     SourceKind.NAMED_ORGANIZATION),
    ("One poster on the forum wrote that the site was down.", "One poster on the forum",
     SourceKind.ANONYMOUS_INDIVIDUAL),
    ("The scientists found that yields fell.", "The scientists", SourceKind.VAGUE),
])
def test_websites_forum_posters_and_scientists(run, text, speaker, kind):
    """A site named by its address is a publisher; someone posting on a forum an unnamed
    individual; scientists, like researchers and experts, a vague source."""
    assert [(row["speaker"], row["source"].kind) for row in texts(text, run(text))] == [
        (speaker, kind)]


@pytest.mark.parametrize("text, expected", [
    ("Sanders endorsed her in June.", [("endorsed", "Sanders", ["her"])]),
    ("The senator denied it.", [("denied", "The senator", ["it"])]),
    ("It was a claim that the senator denied.", []),
])
def test_a_pronoun_is_what_a_verb_of_position_takes_a_stand_on(run, text, expected):
    """'endorsed her', 'denied it': the pronoun is the content (PolNeAR marks it so); a
    relative pronoun stands for a noun outside the clause and is not."""
    assert said(text, run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Palestinians want East Jerusalem.", [("want", "Palestinians", ["East Jerusalem"])]),
    ("Trump tweeted a photo of the crowd.", [("tweeted", "Trump", ["a photo of the crowd"])]),
])
def test_wanting_or_posting_something_is_a_stance_on_it(run, text, expected):
    assert said(text, run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("He voted against the measure.", [("voted against", "He", ["the measure"])]),
    ("Most economists agree with him.", [("agree with", "Most economists", ["him"])]),
])
def test_a_stance_taken_through_a_preposition(run, text, expected):
    assert said(text, run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sanders challenged the ruling on Monday.", [("challenged", "Sanders", ["the ruling"])]),
    ("Russia attacked Ukraine again.", []),
    ("Clinton has advocated for paid family leave for years.",
     [("has advocated for", "Clinton", ["paid family leave"])]),
    ("Investigators learned that the server had been wiped.",
     [("learned", "Investigators", ["that the server had been wiped"])]),
])
def test_verbs_of_challenge_advocacy_and_learning(run, text, expected):
    """'attacked' stays out: in war reporting it is mostly a military attack, no stance."""
    assert said(text, run(text)) == expected


def test_a_stance_noun_with_its_owner_and_target(run):
    """'her criticism of Sanders' vote': the owner takes a position on what follows 'of'."""
    text = "Clinton has been persistent in her criticism of Bernie Sanders' vote on guns."
    assert said(text, run(text)) == [("criticism of", "her", ["Bernie Sanders' vote on guns"])]


@pytest.mark.parametrize("text, expected", [
    ("Clinton made it clear that she has their backs.",
     [("made it clear", "Clinton", ["that she has their backs"])]),
    ("Mr. Obama made clear that meeting relatives of prisoners has an impact.",
     [("made clear", "Mr. Obama", ["that meeting relatives of prisoners has an impact"])]),
    ("Republicans have been critical of Clinton's use of personal email.",
     [("have been critical of", "Republicans", ["Clinton's use of personal email"])]),
    ("The room was clear of debris.", []),
])
def test_made_clear_and_adjectives_of_stance(run, text, expected):
    """A verb and the adjective it makes report a clause; an adjective of stance takes
    its preposition's object, its copula in the cue; 'clear of' is no stance."""
    assert said(text, run(text)) == expected


def test_seeing_someone_as_something_is_a_view_of_them(run):
    text = "Mr. Obama sees Mr. Netanyahu as captured by a hard-line philosophy."
    assert said(text, run(text)) == [
        ("sees", "Mr. Obama", ["Mr. Netanyahu as captured by a hard-line philosophy"])]


def test_british_parliamentary_copy(run):
    """A preposition before a quotation hangs on the quotation's head, so 'accused her of
    "..."' keeps the charge; an MP is a title, not an organization."""
    text = ('But the shadow chancellor, Mel Stride, accused her of "burying her head in the '
            'sand".\n\nAsked if she would stand again, the MP replied: "Never say never."\n')
    rows = texts(text, run(text))
    assert [(row["cue"], row["content"]) for row in rows] == [
        ("accused", ['"burying her head in the sand"']),
        ("replied", ['"Never say never."'])]
    alone = 'Asked if she would stand again, the MP replied: "Never say never."'
    assert [row["source"].kind for row in texts(alone, run(alone))] == [
        SourceKind.ANONYMOUS_INDIVIDUAL]


def test_a_dateline_with_a_colon_is_neither_speaker_nor_content(run):
    """Indian and Pakistani outlets write 'NEW DELHI: ...'; the colon rule read the place as
    a transcript speaker of the whole paragraph, and the parser made it the subject."""
    text = ('NEW DELHI: The government on Monday said it would not extend the deadline. '
            '"There is no question of an extension," a senior official in the finance '
            'ministry told TOI on condition of anonymity.')
    assert said(text, run(text)) == [
        ("said", "The government", ["it would not extend the deadline"]),
        ("told", "a senior official in the finance ministry",
         ['"There is no question of an extension,"'])]


def test_one_member_of_a_crowd_is_an_unnamed_individual(run):
    """'parents say' is a crowd's vague voice; 'one parent said' quotes one unnamed person,
    and so does 'her neighbour said'."""
    text = ('"It\'s a scandal," said one parent. Another parent said she was considering '
            "legal action. Parents say the school ignored them. Her neighbour said the family "
            "kept to themselves.")
    assert [(row["speaker"], row["source"].kind) for row in texts(text, run(text))] == [
        ("one parent", SourceKind.ANONYMOUS_INDIVIDUAL),
        ("Another parent", SourceKind.ANONYMOUS_INDIVIDUAL),
        ("Parents", SourceKind.VAGUE),
        ("Her neighbour", SourceKind.ANONYMOUS_INDIVIDUAL)]


@pytest.mark.parametrize("text, expected", [
    ("The company's chief executive, Jane Roe, said in an interview that sales had doubled.",
     [("said", "The company's chief executive, Jane Roe", ["that sales had doubled"])]),
    ("He told reporters in a conference call that he was not giving up.",
     [("told", "He", ["that he was not giving up"])]),
])
def test_a_that_clause_after_where_something_was_said_is_what_was_said(run, text, expected):
    """The parser hangs 'that sales had doubled' on 'interview' as a relative clause."""
    assert said(text, run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ('"We need to talk about this," Smith said, before adding: "But not today."',
     [("said", "Smith", ['"We need to talk about this,"']),
      ("adding:", "Smith", ['"But not today."'])]),
    ('"No," she said, when asked whether she regretted the decision.',
     [("said", "she", ['"No,"'])]),
    ("The report recommends closing three schools.",
     [("recommends", "The report", ["closing three schools"])]),
])
def test_short_quotations_after_a_colon_and_clauses_of_time_after_a_tag(run, text, expected):
    """A quotation a colon introduces is speech however short; ', when asked ...' after a
    tag says when, not what (and the reporter's question is no claim); a report recommends
    an action."""
    assert said(text, run(text)) == expected


def test_one_of_them_is_an_unnamed_member_of_the_group(run):
    text = ("Two diplomats briefed on the talks said a deal was close. One of them said the "
            "sticking point was sanctions relief.")
    assert [(row["speaker"], row["source"].kind) for row in texts(text, run(text))] == [
        ("Two diplomats briefed on the talks", SourceKind.ANONYMOUS_GROUP),
        ("One of them", SourceKind.ANONYMOUS_INDIVIDUAL)]


@pytest.mark.parametrize("text, outlet, cited", [
    ("The newspaper, citing unnamed intelligence officials, reported that the missile had "
     "been fired from Iranian territory.", "The newspaper", "unnamed intelligence officials"),
    ("Citing sources familiar with the matter, Reuters reported that the deal had collapsed.",
     "Reuters", "sources familiar with the matter"),
    ("Reuters reported, citing two sources, that the deal had collapsed.",
     "Reuters", "two sources"),
])
def test_the_people_a_report_cites_are_sources_of_its_claim(run, text, outlet, cited):
    """An outlet 'citing unnamed officials' rests its report on them: the claim has both
    sources, so its sourcing is mixed, not named."""
    extraction = run(text)
    rows = texts(text, extraction)
    assert sorted(row["speaker"] for row in rows) == sorted([outlet, cited])
    assert {row["source"].kind for row in rows if row["speaker"] == cited} == {
        SourceKind.ANONYMOUS_GROUP}
    assert [claim.sourcing for claim in extraction.claims] == [Sourcing.MIXED]


def test_a_thing_cited_is_no_source(run):
    """'citing low economic growth' cites a fact, not a person: no second source."""
    text = "He pressed for the bill, citing low economic growth."
    assert said(text, run(text)) == [("citing", "He", ["low economic growth"])]


@pytest.mark.parametrize("text, expected", [
    ('As one veteran diplomat put it, "Nobody wins a trade war."',
     [("put it", "one veteran diplomat", ['"Nobody wins a trade war."'])]),
    ('The economy, as the governor put it, is "on fire."',
     [("put it", "the governor", ["The economy", 'is "on fire."'])]),
    ("He put it on the table.", []),
])
def test_as_someone_put_it(run, text, expected):
    assert said(text, run(text)) == expected


def test_an_event_label_before_a_colon_does_not_speak(run):
    text = ("FIFA World Cup 2018 day five: Sweden, Belgium, England win three points\n\n"
            "Q: Why did you run?\n\nPoll: voters abandon Trump\n")
    assert said(text, run(text)) == [(":", "Poll", ["voters abandon Trump"])]


def test_a_quotation_after_someone_issued_a_statement_is_that_statement(run):
    text = ("Not all were pleased. U.S. Senator John Cornyn, Republican from Texas, issued a "
            "statement regarding the decision. \"Like many Texans, I am disappointed with the "
            "decision. Houston has played a critical role.\"")
    assert said(text, run(text)) == [
        ("issued a statement", "U.S. Senator John Cornyn, Republican from Texas",
         ['"Like many Texans, I am disappointed with the decision. Houston has played a '
          'critical role."'])]


@pytest.mark.parametrize("text, expected", [
    ("The meeting was first reported by Politico.",
     [("was first reported", "Politico", ["The meeting"])]),
    ("The plan was criticized by Democrats on Monday.",
     [("was criticized", "Democrats", ["The plan"])]),
    ("The plan was criticized on Monday.", []),
])
def test_in_the_passive_the_subject_is_what_the_agent_reported(run, text, expected):
    assert said(text, run(text)) == expected


def test_what_someone_said_about_something(run):
    text = "Here are nine things Trump has said about Latinos."
    assert said(text, run(text)) == [("has said about", "Trump", ["Latinos"])]


def test_a_quotation_after_reported_speech_in_its_paragraph_joins_it(run):
    """'X said. “More.”': a quotation with no cue of its own that follows an attribution in
    the same paragraph carries on what that speaker said, quoted or not."""
    text = ("The administration may be reluctant to act while talks go on, Schiff said. "
            '"The other factor the administration may be considering is the election."')
    assert said(text, run(text)) == [
        ("said", "Schiff",
         ["The administration may be reluctant to act while talks go on",
          '"The other factor the administration may be considering is the election."'])]


def test_a_quotation_in_the_next_paragraph_follows_the_speaker_as_its_own_attribution(run):
    text = ("The administration may be reluctant to act while talks go on, Schiff said.\n\n"
            '"The other factor the administration may be considering is the election."')
    rows = texts(text, run(text))
    assert [(row["rule"], row["speaker"]) for row in rows] == [
        ("inverted", "Schiff"), ("continuation", "Schiff")]


def test_a_complement_the_parse_cut_out_of_a_quotation_is_the_whole_quotation(run):
    quotation = ('"We know at least two states have been the subject of hacking already, so '
                 "the question is not whether they have the ability, only whether they have "
                 'the will to do it,"')
    text = quotation + " he said of the prospect of tampering with election returns."
    assert said(text, run(text)) == [("said", "he", [quotation])]


def test_a_paragraph_after_a_speech_verb_and_colon_is_a_block_quotation(run):
    text = ("The governor added:\n\nIt's typical of Hillary Clinton. She knows nothing, but "
            "the mouth never stops.\n\nThe debate is on Monday.")
    assert said(text, run(text)) == [
        ("added:", "The governor",
         ["It's typical of Hillary Clinton. She knows nothing, but the mouth never stops."])]


@pytest.mark.parametrize("text", [
    "Sanders pointed out that veterans were ignored:\n\nAs the candidates spoke, nobody "
    "mentioned the waiting lists at all.",
    "Here is what we know so far:\n\nThe plane left the gate at noon and landed an hour late.",
])
def test_a_colon_ending_a_paragraph_without_a_bare_speech_verb_opens_no_block_quote(run, text):
    assert all(row["rule"] != "block_quote" for row in texts(text, run(text)))


def test_a_name_set_off_after_a_description_ending_in_a_body_names_the_speaker(run):
    text = ("His former business partner at Lenox, Lawrence B. Cummings, called him a master "
            "at bolting together impossible business transactions.")
    row = only(text, run(text))
    assert (row["source"].name, row["source"].kind) == (
        "Lawrence B. Cummings", SourceKind.NAMED_PERSON)


def test_an_act_or_its_result_is_no_unnamed_person(run):
    """'comment' ends like 'resident' and 'agent', but a comment is nobody."""
    text = ("The bill prompted Hillary Clinton to make a controversial comment that "
            'egregiously described all young black men as "super predators."')
    kinds = {row["source"].kind for row in texts(text, run(text)) if row["source"]}
    assert not kinds & {SourceKind.ANONYMOUS_INDIVIDUAL, SourceKind.ANONYMOUS_GROUP}


@pytest.mark.parametrize(("text", "speaker"), [
    ("The state's campaign chairman, Phil Lovas, said the rally would go ahead.",
     "The state's campaign chairman, Phil Lovas"),
    ("The minister of the economy, Mr. Guajardo Villarreal, said the talks were going well.",
     "The minister of the economy, Mr. Guajardo Villarreal"),
])
def test_a_description_before_a_name_set_off_by_commas_is_the_speakers(run, text, speaker):
    row = only(text, run(text))
    assert row["speaker"] == speaker
    assert row["source"].kind == SourceKind.NAMED_PERSON


@pytest.mark.parametrize(("text", "speaker"), [
    ("The meeting deteriorated from there, said one GOP source in the room.",
     "one GOP source in the room"),
    ("''It is not a new revenue source,'' said Mr. Burman of the Tax Policy Center.",
     "Mr. Burman of the Tax Policy Center"),
    ("The meeting deteriorated from there, said one GOP source on Tuesday.", "one GOP source"),
    ("The meeting deteriorated from there, said one GOP source in a statement.",
     "one GOP source"),
])
def test_a_phrase_closing_the_sentence_after_an_inverted_speaker_places_the_speaker(
        run, text, speaker):
    assert only(text, run(text))["speaker"] == speaker


def test_a_school_district_is_a_named_body_and_both_is_no_part_of_its_name(run):
    text = ("Both the Irving Independent School District and the Irving Police Department have "
            "asserted that the boy's religion and name were not a factor.")
    sources = {(s.name, s.kind) for s in run(text).sources}
    assert sources == {("Irving Independent School District", SourceKind.NAMED_ORGANIZATION),
                       ("Irving Police Department", SourceKind.NAMED_ORGANIZATION)}


def test_in_the_words_of_a_role_and_its_holder(run):
    text = ("By the end, her skin broke every time her parents changed her clothes, and in the "
            "words of the Crown prosecutor, Mark Tedeschi, QC, \"Gloria spent a lot of the last "
            "five months of her life crying.\"")
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["source"].name, row["content"]) == (
        "in the words of", "the Crown prosecutor, Mark Tedeschi, QC", "Mark Tedeschi",
        ['"Gloria spent a lot of the last five months of her life crying."'])


def test_a_two_word_name_split_by_the_parser_stays_one_source(run):
    text = ("The United Nations rates the Rohingya among the world's most persecuted groups. "
            "According to ABC News, Basya also believes the asylum seekers may have left the "
            "boat on purpose.")
    row = only(text, run(text))
    assert (row["speaker"], row["source"].kind) == ("ABC News", SourceKind.NAMED_ORGANIZATION)
    assert row["content"] == [
        "Basya also believes the asylum seekers may have left the boat on purpose"]


def test_research_supported_by_a_foundation_was_funded_not_endorsed(run):
    text = "The study was supported by the Croucher Foundation and the National Park Service."
    assert texts(text, run(text)) == []


def test_a_name_ending_in_a_time_word_is_no_time_phrase(run):
    text = ("A reporter for USA Today spotted Stein and her press secretary and reported her "
            "presence on Twitter.")
    assert [row["speaker"] for row in texts(text, run(text))] == ["A reporter for USA Today"]


def test_a_verb_inside_the_quotation_is_no_part_of_the_cue(run):
    text = ('"We are so interested because we find a big chance to show the talent of '
            'Afghans," team member Rodaba Noori told the press, "to show that Afghan women can '
            'make robots too."')
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("told", "team member Rodaba Noori")
    assert row["content"][1] == '"to show that Afghan women can make robots too."'


def test_a_name_beside_a_persons_description_is_a_persons(run):
    text = ("Valeska Paris, an Australian woman and former Scientologist, has claimed that the "
            "church imprisoned her for twelve years.")
    row = only(text, run(text))
    assert (row["source"].name, row["source"].kind) == ("Valeska Paris", SourceKind.NAMED_PERSON)


def test_a_surname_the_tagger_reads_as_a_place_is_the_person_described_with_it(run):
    text = ("Valeska Paris, an Australian woman and former Scientologist, has claimed that the "
            "church held her aboard a ship for years. Paris claims she was sent to the ship "
            "at eighteen.")
    extraction = run(text)
    assert [(row["speaker"], row["source"].name, row["source"].kind)
            for row in texts(text, extraction)][1] == \
        ("Paris", "Valeska Paris", SourceKind.NAMED_PERSON)
    assert len(extraction.sources) == 1


def test_an_adverb_phrase_before_the_verb_is_in_the_cue_whole(run):
    text = "Microsoft no longer wants to support the browser."
    assert only(text, run(text))["cue"] == "no longer wants to support"


def test_a_body_named_before_a_persons_name_is_no_part_of_it(run):
    text = ("CEO of the Refugee Council Enver Solomon told The Independent that the plan "
            '"must be well thought out".')
    assert only(text, run(text))["source"].name == "Enver Solomon"


def test_a_news_site_observing_is_a_body(run):
    text = "Wikinews observed the exhibit identifies and features Polaroids of Halston."
    row = only(text, run(text))
    assert (row["source"].name, row["source"].kind) == (
        "Wikinews", SourceKind.NAMED_ORGANIZATION)


def test_a_tag_after_a_quotation_runs_on_into_nothing_that_was_said(run):
    quotation = ('"Let everyone know that if the United States makes a choice to pull back, '
                 'Europe must be able to defend itself,"')
    text = quotation + " French President Francois Hollande said Friday as he entered the talks."
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == ("said", [quotation])


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Law enforcement officials subsequently told The New York Times that Ms. Malik "
     "communicated with her husband in private messages.", "subsequently told",
     "that Ms. Malik communicated with her husband in private messages"),
    ("Mr. Rubio defiantly told voters here Sunday that he would continue hammering at "
     "President Obama's leadership.", "defiantly told",
     "that he would continue hammering at President Obama's leadership"),
])
def test_a_that_clause_after_the_person_told_is_what_they_were_told(run, text, cue, content):
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == (cue, [content])


def test_an_opening_participle_stops_at_the_subject_of_its_verb(run):
    text = ("Conceding that there would likely be a US-UK trade agreement “down the line” he "
            "warned: “It’s not going to happen any time soon, because our focus is on "
            "negotiating with a big bloc, the EU.”")
    rows = said(text, run(text))
    assert ("Conceding", "he", ["that there would likely be a US-UK trade agreement “down the "
                                "line”"]) in rows
    assert [row[0] for row in rows] == ["Conceding", "warned"]


@pytest.mark.parametrize("text", [
    "“Very good reporter, very good reporter this guy,” Trump said when Boyle asked him a "
    "question.",
    "“It never crossed my mind that I’m losing it,” she said several months after her release, "
    "and a big reason for this conviction was the rise of Donald Trump.",
])
def test_a_clause_after_a_quotations_tag_is_no_part_of_what_was_said(run, text):
    row = only(text, run(text))
    assert row["content"] == [text[: text.index("”") + 1]]


def test_a_clause_a_preposition_opens_before_the_verb_sets_the_scene(run):
    text = ("With former New York City Mayor Michael Bloomberg reportedly considering a "
            "presidential run, a Morning Consult Poll found that he would draw from Clinton's "
            "support.")
    row = only(text, run(text))
    assert row["content"] == ["that he would draw from Clinton's support"]


@pytest.mark.parametrize(("text", "content"), [
    ("About two-thirds of voters support temporarily banning non-citizen Muslims from "
     "entering the United States.",
     ["temporarily banning non-citizen Muslims from entering the United States"]),
    ("The bias begins to show when looking at how the website rated the statement.", None),
])
def test_a_gerund_right_after_a_stance_verb_is_what_the_stance_is_on(run, text, content):
    rows = [row for row in texts(text, run(text)) if row["cue"] in ("support", "show")]
    assert [row["content"] for row in rows] == ([content] if content else [])


def test_the_post_in_the_plural_after_named_holders_is_no_anonymous_group(run):
    text = ("Senator Chuck Grassley and Senator Patrick Leahy want the visa program changed. "
            "The senators said the practice was economic gerrymandering.\n\n"
            "Officials said the program would be renewed.")
    kinds = {row["speaker"]: row["source"].kind for row in texts(text, run(text))}
    assert kinds["The senators"] == SourceKind.NAMED_PERSON
    assert kinds["Officials"] in (SourceKind.ANONYMOUS_GROUP, SourceKind.VAGUE)


def test_a_titled_name_before_a_colon_introduces_the_quotation(run):
    text = ("The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: "
            "“Historically, lesser-known candidates beating establishment candidates is not "
            "unusual.”")
    row = only(text, run(text))
    assert (row["cue"], row["source"].name) == (":", "Daron Shaw")


def test_a_definite_noun_phrase_after_a_verb_with_no_object_is_its_object(run):
    text = "Lynch announced on Monday the DOJ lawsuit against the state of North Carolina."
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == ("announced", ["the DOJ lawsuit"])


def test_an_indirect_question_is_what_was_explained(run):
    text = ("“Just one minute, come on, one second, alright?” he urged them, as he explained how "
            "tough it is to run.")
    assert ("explained", "he", ["how tough it is to run"]) in said(text, run(text))


def test_contenders_who_understand_are_sources(run):
    text = ("Presidential contenders of both parties have understood that it is necessary to "
            "show that they have nothing to hide.")
    assert only(text, run(text))["cue"] == "have understood"


@pytest.mark.parametrize(("text", "kind"), [
    ("Many citizens believe that the new tax is unfair.", SourceKind.VAGUE),
    ("A campaign contributor thinks the senator will win easily.",
     SourceKind.ANONYMOUS_INDIVIDUAL),
])
def test_people_the_lexicon_lists_may_think_and_want(run, text, kind):
    assert only(text, run(text))["source"].kind == kind


def test_a_named_persons_family_is_no_anonymous_source(run):
    text = ("Keith Lamont Scott was shot by police on Tuesday. Scott's family has called on "
            "police to release the videos.")
    row = only(text, run(text))
    assert not row["source"].anonymous


def test_a_perfect_parsed_as_a_passive_keeps_its_subject(run):
    text = "Republicans have long called for her ouster."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (
        "have long called for", "Republicans", ["her ouster"])


def test_a_run_on_cut_down_to_its_time_says_nothing(run):
    text = "The Sanders campaign responded Friday, saying the claim was false."
    assert said(text, run(text)) == [("saying", "The Sanders campaign", ["the claim was false"])]


def test_a_wire_datelines_hyphen_and_a_third_official(run):
    text = ("WASHINGTON (Reuters) - The United States is preparing new sanctions against "
            "Russian banks, two U.S. officials familiar with the matter said on Tuesday.\n\n"
            "One of the officials said the measures could be announced next week. A third "
            "official said the Treasury was still debating the scope.")
    rows = texts(text, run(text))
    assert rows[0]["content"] == [
        "The United States is preparing new sanctions against Russian banks"]
    names = [row["source"].name for row in rows]
    assert len(set(names)) == 3 and "third official" in names


def test_a_phrase_inside_the_subjects_words_is_the_subjects(run):
    text = ("Officials at the ministry, who spoke to The Associated Press on condition they not "
            "be identified, said the talks would resume on Thursday.")
    row = only(text, run(text))
    assert row["speaker"] == "Officials at the ministry"
    assert row["source"].anonymous and row["source"].justified


def test_according_to_an_official_who_requested_anonymity_is_a_claim(run):
    text = ("The strike killed at least 12 fighters, according to a U.S. defense official who "
            "requested anonymity to discuss internal deliberations.")
    row = only(text, run(text))
    assert row["content"] == ["The strike killed at least 12 fighters"]
    assert (row["source"].name, row["source"].justified) == ("U.S. defense official", True)


def test_a_person_familiar_with_the_matter_after_the_verb(run):
    text = ("The company is exploring a sale of its European unit, said a person familiar with "
            "the matter, who asked not to be identified because the information is private.")
    row = only(text, run(text))
    assert row["source"].name == "person familiar with the matter"
    assert row["source"].knowledge_basis is not None and row["source"].justified


@pytest.mark.parametrize(("text", "name"), [
    ("Politifact then ruled that the statement was mostly true.", "Politifact"),
    ("Twitter announced that Pence was the subject of 60 percent of the conversation.",
     "Twitter"),
])
def test_a_listed_outlet_or_platform_is_a_body_whatever_the_tagger_says(run, text, name):
    row = only(text, run(text))
    assert (row["source"].name, row["source"].kind) == (name, SourceKind.NAMED_ORGANIZATION)


@pytest.mark.parametrize(("text", "kind"), [
    ("PolitiFact checks claims. The website said the claim was false.",
     SourceKind.NAMED_ORGANIZATION),
    ("A conservative website reported that the senator had resigned.", SourceKind.VAGUE),
])
def test_a_website_is_a_publisher(run, text, kind):
    rows = [row for row in texts(text, run(text)) if row["cue"] in ("said", "reported")]
    assert [row["source"].kind for row in rows] == [kind]


def test_a_relative_clause_between_a_quotation_and_its_tag_describes_the_speaker(run):
    text = ('"We are looking at all options," a White House official, who requested anonymity '
            "to discuss internal deliberations, told CNN.")
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == ("told", ['"We are looking at all options,"'])
    assert row["source"].name.startswith("White House official")
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL and row["source"].justified


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("It was announced by the ministry that the border would reopen on Monday.",
     "the ministry", "that the border would reopen on Monday"),
    ("It has been claimed by critics that the scheme is unfair.", "critics",
     "that the scheme is unfair"),
])
def test_a_clause_after_the_agent_of_an_impersonal_passive_is_what_was_said(
        run, text, speaker, content):
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == (speaker, [content])


def test_a_name_between_a_quotation_and_a_verb_of_writing_is_the_writer(run):
    text = '"This is a sad day for democracy," Sen. Elizabeth Warren (D-Mass.) posted on X.'
    row = only(text, run(text))
    assert (row["cue"], row["source"].name, row["source"].title) == (
        "posted", "Elizabeth Warren", "Sen.")
    assert row["content"] == ['"This is a sad day for democracy,"']


def test_a_place_after_a_quoted_title_is_no_speaker(run):
    text = ("Later on Sunday, Carson shared a syllabus for a class called “Perception” on his "
            "Facebook page, writing “Still waiting on the apology.”")
    rows = texts(text, run(text))
    assert {row["source"].name for row in rows} == {"Carson"}


def test_a_second_subject_of_the_speech_verb_is_the_subject_of_what_was_said(run):
    text = 'Speaking to the BBC, the foreign secretary said Britain "stands ready" to help.'
    row = only(text, run(text))
    assert row["speaker"] == "the foreign secretary"
    assert "Britain" in " ".join(row["content"])


def test_a_name_the_tagger_read_as_an_adverb_is_the_speaker(run):
    text = ("Zelenskyy, speaking in his nightly video address, said Ukraine needed more air "
            "defense systems.")
    row = only(text, run(text))
    assert (row["speaker"], row["source"].kind) == ("Zelenskyy", SourceKind.NAMED_PERSON)


def test_another_and_a_third_are_more_of_the_unnamed_sources_just_quoted(run):
    text = ("Two senior diplomats in Brussels said the deal was close. Another said it was "
            "dead. A third said talks would resume.")
    rows = texts(text, run(text))
    assert [row["speaker"] for row in rows] == [
        "Two senior diplomats in Brussels", "Another", "A third"]
    first, second, third = (row["source"] for row in rows)
    assert len({first.id, second.id, third.id}) == 3
    assert (second.kind, second.role, second.name) == (
        SourceKind.ANONYMOUS_INDIVIDUAL, "diplomat", "another diplomat")
    assert third.kind == SourceKind.ANONYMOUS_INDIVIDUAL and third.anonymous


def test_another_with_no_one_quoted_before_is_unresolved(run):
    text = "Another said the plan was fine."
    assert only(text, run(text))["source"].kind == SourceKind.UNRESOLVED


@pytest.mark.parametrize(("text", "name"), [
    ("“I would absolutely not support him,” Mary Bennett said.\n\nAnne Paradis agrees. She said "
     "she would leave the insults to the politicians.", "Anne Paradis"),
    ("“I would absolutely not support him,” Tom Bennett said after he met John Paradis. He "
     "said he would leave the insults to the politicians.", "Tom Bennett"),
])
def test_she_is_the_person_last_named_as_a_sentences_subject(run, text, name):
    rows = texts(text, run(text))
    assert rows[-1]["speaker"] in ("She", "He")
    assert rows[-1]["source"].name == name


def test_the_next_paragraphs_first_sentence_tags_no_quotation(run):
    text = ('"I didn\'t do anything wrong," Smith insisted. "I followed the rules."\n\n'
            "Prosecutors disagree. In court filings, they say Smith knowingly misled investors.")
    rows = said(text, run(text))
    assert rows[0] == ("insisted", "Smith", ['"I didn\'t do anything wrong,"',
                                             '"I followed the rules."'])
    assert all(row[0] != "disagree" for row in rows)


def test_who_after_a_count_in_a_description_is_the_person_described(run):
    text = ('"They lied to us," says Maria Lopez, a mother of two who asked that her address '
            "not be published.")
    rows = texts(text, run(text))
    assert [row["cue"] for row in rows] == ["says", "asked"]
    assert rows[1]["speaker"] == "who" and rows[1]["source"] is rows[0]["source"]


def test_a_name_set_off_after_a_roles_description_names_the_role(run):
    text = ('A lawyer for the family, Ben Crump, called the footage "horrific" and demanded '
            "that the officers be charged.")
    rows = texts(text, run(text))
    assert [row["cue"] for row in rows] == ["called", "demanded"]
    assert {(row["source"].name, row["source"].kind) for row in rows} == {
        ("Ben Crump", SourceKind.NAMED_PERSON)}


@pytest.mark.parametrize(("text", "reporter", "cited"), [
    ("Local media reported that at least 12 people had died, citing hospital officials.",
     "Local media", "hospital officials"),
    ("Bloomberg reported the deal was near, citing people familiar with the matter.",
     "Bloomberg", "people familiar with the matter"),
])
def test_citing_after_what_was_reported_names_who_it_rests_on(run, text, reporter, cited):
    rows = texts(text, run(text))
    assert [row["speaker"] for row in rows] == [reporter, cited]
    assert rows[0]["content"] == rows[1]["content"]
    assert rows[1]["source"].anonymous


def test_people_close_to_the_company_after_a_closing_said_are_its_speaker(run):
    text = "The company is preparing a bid, said people close to the company."
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == (
        "people close to the company", ["The company is preparing a bid"])
    assert row["source"].knowledge_basis is not None


@pytest.mark.parametrize("text", [
    "One Ukrainian soldier, who gave only his first name, Oleksandr, for security reasons, "
    "said the shelling had not stopped for three days.",
    "A resident, identified only as Ahmed, said the shelling lasted all night.",
    "Another protester, who gave her name only as Maria, said police had used tear gas.",
    "“We are hungry,” said Ahmed, who gave only his first name for security reasons.",
    "A resident identified only as Maria said the water had been cut for days.",
    "“We will hold,” a Ukrainian soldier on the front line, who gave only his call sign, Bear, "
    "told the BBC.",
])
def test_a_source_giving_only_a_first_name_is_justified(run, text):
    row = only(text, run(text))
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert row["source"].justified


def test_descriptor_parts_stop_where_the_description_does(run):
    text = ("Two people with knowledge of the plans, who were not authorized to speak on the "
            "record, said the announcement could come Friday. Several current and former "
            "officials said the program had been plagued by delays.")
    first, second = (row["source"] for row in texts(text, run(text)))
    assert first.knowledge_basis == "with knowledge of the plans"
    assert (second.affiliation, second.seniority) == (None, "former")


def test_a_name_before_its_description_opens_what_was_said(run):
    text = ("The US State Department said John Kerry, the Secretary of State, contacted "
            "Thailand's foreign minister over temporary housing for the Rohingya.")
    row = only(text, run(text))
    assert row["speaker"] == "The US State Department"
    assert row["content"][0].startswith("John Kerry, the Secretary of State, contacted")


def test_a_document_after_a_participle_is_where_the_participle_happened(run):
    text = ('Writing in a blog post, Matthew Ingram dubbed the conflict "Scientology vs. the '
            'Internet, part XVII".')
    rows = texts(text, run(text))
    assert [row["rule"] for row in rows if row["rule"] == "in_document"] == []
    assert [(row["cue"], row["source"].name) for row in rows] == [("dubbed", "Matthew Ingram")]


def test_a_participle_before_the_speakers_name_describes_the_speaker(run):
    text = ('Clinton "is the only candidate that has the experience to keep America safe," '
            "retired Air Force general Lloyd Newton said.")
    row = only(text, run(text))
    assert row["speaker"] == "retired Air Force general Lloyd Newton"
    assert row["content"][0].startswith('Clinton "is the only candidate')


@pytest.mark.parametrize(("text", "cited", "content"), [
    ("The coach is expected to be fired as early as Monday, ESPN reported, citing league "
     "sources.", "league sources", "The coach is expected to be fired as early as Monday"),
    ("Unemployment is higher than it looks, he said, citing the many Americans who had given "
     "up looking for work.", "he", "the many Americans who had given up looking for work"),
])
def test_citing_after_a_tag_names_an_informant_not_a_fact(run, text, cited, content):
    row = next(row for row in texts(text, run(text)) if row["cue"] == "citing")
    assert (row["speaker"], row["content"]) == (cited, [content])


def test_a_verb_deep_in_the_speakers_relative_clause_tags_no_quotation(run):
    text = ('"I don\'t think anybody expected this," one analyst at a Wall Street bank, who '
            "requested anonymity because he was not authorized to speak to the media, told "
            "Reuters.")
    row = only(text, run(text))
    assert row["cue"] == "told"
    assert row["speaker"].startswith("one analyst at a Wall Street bank")
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL and row["source"].justified


def test_unquoted_content_stays_in_the_paragraph_of_its_cue(run):
    text = ("Biden says Ukraine aid will continue despite opposition\n"
            "By JOSH BOAK Associated Press\n"
            'WASHINGTON (AP) — President Joe Biden said Thursday that U.S. aid would continue '
            '"as long as it takes."')
    rows = said(text, run(text))
    assert rows[0] == ("says", "Biden", ["Ukraine aid will continue despite opposition"])
    assert rows[1][0] == "said"


def test_a_line_going_on_in_lower_case_is_the_same_sentence(run):
    text = ("Trump has repeatedly pledged to ban all Muslims from\n"
            "entering the United States.")
    row = only(text, run(text))
    assert row["content"] == ["to ban all Muslims from\nentering the United States"]


def test_an_outlet_quoting_someone_as_saying_carries_what_they_said(run):
    text = "Putin was quoted by the Interfax news agency as saying that Russia would respond."
    rows = said(text, run(text))
    assert rows == [("was quoted", "the Interfax news agency", ["that Russia would respond"]),
                    ("saying", "Putin", ["that Russia would respond"])]


def test_responding_to_requests_for_comment_says_nothing(run):
    text = "Neither the mayor nor the police chief responded to requests for comment."
    assert said(text, run(text)) == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Lohan also hinted that she might be pregnant.", "also hinted",
     "that she might be pregnant"),
    ("Rubio bemoaned the current political climate.", "bemoaned",
     "the current political climate"),
    ("Analysts speculated that the bank would cut rates.", "speculated",
     "that the bank would cut rates"),
    ('Cruz exhorted Republicans to "vote your conscience."', "exhorted",
     'Republicans to "vote your conscience."'),
    ("The school board decided that the building would close in June.", "decided",
     "that the building would close in June"),
    ("President Recep Tayyip Erdogan laments hosting the growing number of refugees.",
     "laments", "hosting the growing number of refugees"),
])
def test_less_common_reporting_verbs(run, text, cue, content):
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == (cue, [content])


@pytest.mark.parametrize(("text", "speaker", "title"), [
    ("The company's chief executive, Tim Cook, said Apple would invest $500 billion.",
     "The company's chief executive, Tim Cook", "company's chief executive"),
    ("Blinken's spokesman, Matthew Miller, told reporters the meeting would go ahead.",
     "Blinken's spokesman, Matthew Miller", "Blinken's spokesman"),
])
def test_a_post_set_off_before_a_name_is_the_names_title(run, text, speaker, title):
    row = only(text, run(text))
    assert (row["speaker"], row["source"].title) == (speaker, title)
    assert row["source"].kind == SourceKind.NAMED_PERSON


def test_according_to_a_document_with_a_participle_after_it(run):
    text = "According to court documents filed Monday, Smith transferred $40,000 to the account."
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == (
        "court documents filed Monday", ["Smith transferred $40,000 to the account"])
    assert row["source"].kind == SourceKind.DOCUMENT


def test_typewriter_pairs_open_and_close_as_one_mark():
    from tracker.attribution.quotes import find_quotes

    for text, quoted in [
        ("They called them ''Manchurian anchors'').\n\n''Their strategy is very clear,'' "
         "Michael McFaul said of RT.",
         ["''Manchurian anchors''", "''Their strategy is very clear,''"]),
        ("''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said.",
         ["''We are told all the time, 'Kosovo is a special case,'''"]),
        ("He said: '''Sir, we have decided to stay.' That was it.'' Then he left.",
         ["'''Sir, we have decided to stay.' That was it.''"]),
    ]:
        pieces = [text[p.start : p.end] for q in find_quotes(text) for p in q.pieces]
        assert pieces == quoted, text


def test_a_quotation_goes_on_from_the_tag_not_from_the_speakers_description(run):
    text = ('"It\'s not going to be easy for him," said Representative Peter King of New York, '
            'who endorsed Mr. Rubio on Tuesday. "There is no doubt that Trump is the favorite."')
    rows = said(text, run(text))
    assert rows[0][0] == "said" and len(rows[0][2]) == 2
    assert rows[0][2][1] == '"There is no doubt that Trump is the favorite."'


@pytest.mark.parametrize(("text", "name"), [
    ("Prosecutors charged Smith with fraud. They allege he stole $2 million.", "Prosecutors"),
    ("Officials said the plan was dead.\n\nProtesters gathered outside the building on "
     "Monday. They said the police had used tear gas.", "Protesters"),
    ("The results of the study revealed that children are iodine deficient. The report's "
     "authors say the problem is serious. They call for all salt to be iodised.",
     "report's authors"),
])
def test_they_is_the_crowd_last_named_as_a_sentences_subject(run, text, name):
    row = texts(text, run(text))[-1]
    assert row["speaker"] == "They"
    assert row["source"].name == name


def test_a_name_the_tagger_read_as_the_main_verb_is_its_subject(run):
    text = ("Mook further asserted that Trump tells so many lies that Clinton could risk "
            "deviating from her own message to fact check him.")
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("further asserted", "Mook")


def test_asked_by_someone_before_the_answer_is_their_question(run):
    text = "Asked by reporters whether he would resign, the mayor said no."
    assert said(text, run(text)) == [("Asked", "reporters", ["whether he would resign"]),
                                     ("said", "the mayor", ["no"])]


def test_a_negation_cut_off_the_clause_it_ends_is_what_was_said(run):
    text = ("Two weeks ago, the minister said the budget was balanced. On Monday, he admitted "
            "it was not.")
    rows = said(text, run(text))
    assert rows[-1] == ("admitted", "he", ["it was not"])


def test_a_tag_with_a_day_before_an_as_clause_sources_the_clause_before_it(run):
    text = ("Russian forces launched a wave of drone attacks on Ukraine's power grid overnight, "
            "officials said Wednesday, as Western diplomats met in Brussels.")
    rows = said(text, run(text))
    assert rows[0] == ("said", "officials", [
        "Russian forces launched a wave of drone attacks on Ukraine's power grid overnight"])


def test_one_of_them_and_the_other_are_each_one_of_the_group_just_quoted(run):
    text = ("Two European diplomats confirmed the outline of the deal. One of them said Hungary "
            "was still holding out. The other said a decision could come on Friday.")
    rows = texts(text, run(text))
    one, other = rows[-2]["source"], rows[-1]["source"]
    assert (one.name, other.name) == ("one diplomat", "the other diplomat")
    assert one.id != other.id
    assert one.kind == other.kind == SourceKind.ANONYMOUS_INDIVIDUAL


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Spokeswoman Dana Lee said the governor was fine.", "Dana Lee", "Spokeswoman"),
    ("Commissioner Jane Doe said the agency would act.", "Jane Doe", "Commissioner"),
])
def test_a_name_the_sentence_splitter_cut_in_two_is_one_speaker(run, text, name, title):
    row = only(text, run(text))
    assert row["speaker"] == f"{title} {name}"
    assert (row["source"].name, row["source"].title) == (name, title)


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ("The scandal had Republicans wondering about his ability to govern.", "Republicans",
     SourceKind.VAGUE),
    ("The verdict left many voters wondering whether the trial was fair.", "many voters",
     SourceKind.VAGUE),
])
def test_the_object_of_a_causative_verb_does_the_saying(run, text, speaker, kind):
    row = next(r for r in texts(text, run(text)) if r["speaker"] == speaker)
    assert row["source"].kind == kind


@pytest.mark.parametrize(("text", "speaker"), [
    ("The mayor has nothing but praise to say about the new bridge.", "The mayor"),
    ("The union sent a letter urging members to reject the offer.", "The union"),
])
def test_a_thing_a_causative_verb_sets_is_no_speaker(run, text, speaker):
    assert [r["speaker"] for r in texts(text, run(text))] == [speaker]



def test_a_noun_the_parser_read_as_a_verb_after_according_to_is_cited(run):
    text = ("Donald Trump repeatedly demeaned women with sexist language, according to show "
            "insiders. They said he rated contestants by their looks.")
    rows = texts(text, run(text))
    assert [(r["cue"], r["speaker"]) for r in rows] == [
        ("according to", "show insiders"), ("said", "They")]
    assert rows[0]["source"].kind == SourceKind.ANONYMOUS_GROUP
    assert rows[1]["source"] is rows[0]["source"]


def test_adding_a_thing_to_another_says_nothing(run):
    text = ("But the senators said developers had broadly defined these areas by adding a few "
            "low-income communities to wealthier neighborhoods so they could use the funding.")
    rows = texts(text, run(text))
    assert [(r["cue"], r["speaker"]) for r in rows] == [("said", "the senators")]
    assert rows[0]["content"] == [text[text.index("developers") : -1]]


def test_a_noun_before_a_passive_clause_is_its_subject(run):
    text = ("Many of the families say the president's claims about retaliation from other "
            "governments are unfounded.")
    row = next(r for r in texts(text, run(text)) if r["cue"] == "say")
    assert row["content"] == [
        "the president's claims about retaliation from other governments are unfounded"]


ASIDE = ("But while climate change has played to Mr. Obama's highest ideals{dash}critics would "
         "call them messianic impulses{dash}it has also exposed his weaknesses.")


@pytest.mark.parametrize(("text", "cue", "speaker", "content", "kind"), [
    # an aside between dashes (or hyphens standing as dashes) has its own speaker and ends
    # at the closing dash
    (ASIDE.format(dash=" - "), "would call", "critics", "them messianic impulses",
     SourceKind.VAGUE),
    (ASIDE.format(dash=" — "), "would call", "critics", "them messianic impulses",
     SourceKind.VAGUE),
    # a decision about someone is the deciders' claim
    ("Although she was the top student in her class, high school administrators decided she "
     "should share the honor with two others.", "decided", "high school administrators",
     "she should share the honor with two others", SourceKind.ANONYMOUS_GROUP),
])
def test_speaker_content_and_kind_of_harder_sentences(run, text, cue, speaker, content, kind):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (cue, speaker, [content])
    assert row["source"].kind == kind


def test_a_clause_read_as_a_second_predicate_after_a_speech_verb_is_what_was_said(run):
    text = ("Friday morning, as the Rose Bowl parade rolled through Pasadena, CNN reported at "
            "least six skywriting planes filled the skies with anti-Trump messages.")
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("reported", "CNN")
    assert row["content"] == [text[text.index("at least") : -1]]


@pytest.mark.parametrize(("text", "content"), [
    ("Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will look "
     "into the incident.", "the department will look into the incident"),
    ("Clinton campaign manager Robby Mook told CBS This Morning on Monday that the Clinton "
     "campaign expects Holt to insert himself into the debate.",
     "that the Clinton campaign expects Holt to insert himself into the debate"),
])
def test_a_sentence_the_splitter_cut_after_a_listener_is_one_statement(run, text, content):
    rows = texts(text, run(text))
    assert [(r["cue"], r["content"]) for r in rows] == [("told", [content])]


def test_an_acronym_read_as_a_pronoun_is_the_body_it_names_elsewhere(run):
    text = ("The World Health Organisation (WHO) recommends that every country should iodise "
            "all edible salt. WHO say Iodine deficiency is the world's most prevalent cause of "
            "brain damage.")
    rows = texts(text, run(text))
    assert [(r["cue"], r["speaker"]) for r in rows] == [
        ("recommends", "The World Health Organisation (WHO)"), ("say", "WHO")]
    assert all(r["source"].kind == SourceKind.NAMED_ORGANIZATION for r in rows)


def test_a_partly_named_source_called_again_by_that_name_is_the_same_source(run):
    text = ("A resident identified only as Maria said the water had been cut for days. "
            "“We have nothing left,” Maria said.")
    extraction = run(text)
    assert len(extraction.sources) == 1
    source = extraction.sources[0]
    assert (source.kind, source.name, source.anonymous) == (
        SourceKind.ANONYMOUS_INDIVIDUAL, "Maria", True)
    assert [a.source_id for a in extraction.attributions] == [source.id, source.id]


@pytest.mark.parametrize(("text", "content"), [
    ("She described the situation as dire.", "the situation as dire"),
    ("Attorney General Roy Cooper called Friday for releasing the videos, as well, saying "
     "that transparency matters.", "for releasing the videos"),
])
def test_what_a_naming_verb_calls_something_is_part_of_what_was_said(run, text, content):
    assert texts(text, run(text))[0]["content"] == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The company said in a statement that profits rose sharply.", "said",
     "that profits rose sharply"),
    ("The firm disclosed in a filing that its chief executive would step down.", "disclosed",
     "that its chief executive would step down"),
    # 'demand' tagged a verb with 'that' its subject
    ("Nvidia said in a statement that demand for its chips remained strong.", "said",
     "that demand for its chips remained strong"),
])
def test_a_that_clause_after_where_it_was_said_is_what_was_said(run, text, cue, content):
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == (cue, [content])


def test_declining_to_give_details_after_a_confirmation_is_a_disclosure(run):
    text = "Ms. Ardern's office confirmed the visit but declined to give details."
    extraction = run(text)
    assert [r["cue"] for r in texts(text, extraction)] == ["confirmed"]
    (disclosure,) = extraction.disclosures
    assert (disclosure.kind, text[disclosure.span.start : disclosure.span.end]) == (
        "declined", "declined to give details")


def test_a_day_opening_the_sentence_is_when_not_who(run):
    text = ("Thursday at the Republican Jewish Coalition conference in Washington, D.C., "
            "Republican, presidential candidate Sen. Lindsey Graham (R-SC) called out his rival "
            "Donald Trump for alienating Hispanics.")
    row = only(text, run(text))
    assert row["speaker"] == "presidential candidate Sen. Lindsey Graham (R-SC)"
    assert (row["source"].kind, row["source"].name) == (SourceKind.NAMED_PERSON, "Lindsey Graham")


def test_a_name_cut_from_the_subject_of_what_was_said_is_no_speaker(run):
    text = ("GOP presidential candidate Dr. Ben Carson says Democrat Hillary Clinton is not fit "
            "to serve as President of the United States, because she’s put American lives at "
            "risk.")
    row = only(text, run(text))
    assert row["content"] == [text[text.index("Democrat") : -1]]
    assert (row["source"].kind, row["source"].name) == (SourceKind.NAMED_PERSON, "Ben Carson")


def test_a_when_clause_after_a_quoted_title_is_no_part_of_what_was_said(run):
    text = ("Sunday on CNN’s “Fareed Zakaria GPS,” when asked about Donald Trump, President "
            "Barack Obama said he expected that Americans will say “no” to Trump’s policies.")
    row = next(r for r in texts(text, run(text)) if r["cue"] == "said")
    assert row["content"] == [text[text.index("he expected") : -1]]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    ("Viguerie notes that Reagan Democrats can play a key role in a 2016 Republican "
     "Presidential victory.", "notes", "Viguerie",
     "that Reagan Democrats can play a key role in a 2016 Republican Presidential victory"),
    ("Christie endorsed Trump last week and has appeared at the rallies.", "endorsed",
     "Christie", "Trump"),
    ("But some note that Trump has proposed little in the way of reforming the breaks.",
     "note", "some", "that Trump has proposed little in the way of reforming the breaks"),
])
def test_a_speech_verb_read_into_a_noun_phrase_is_a_verb(run, text, cue, speaker, content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (cue, speaker, [content])


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("He believes, for example, that women who are raped and become pregnant should have to "
     "carry the pregnancy to term.", "believes",
     "that women who are raped and become pregnant should have to carry the pregnancy to term"),
    ("But Monday night’s results showed just how weak that establishment is.", "showed",
     "just how weak that establishment is"),
])
def test_a_clause_after_an_aside_or_opened_by_how_is_what_was_said(run, text, cue, content):
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == (cue, [content])


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    ("As The Washington Post reported, even if Sanders split the delegates, he would need to "
     "win 55 percent of the rest.", "reported", "The Washington Post",
     ["even if Sanders split the delegates, he would need to win 55 percent of the rest"]),
    ("The economy, as the governor noted, is growing fast.", "noted", "the governor",
     ["The economy", "is growing fast"]),
    ("Yet, as Mr. Bown observed, in the early days of a Trump administration -- when he "
     "wouldn't be worried about re-election -- ''what products would you pick?''", "observed",
     "Mr. Bown", ["in the early days of a Trump administration -- when he wouldn't be worried "
                  "about re-election -- ''what products would you pick?''"]),
])
def test_the_clause_an_as_clause_of_saying_sits_in_is_what_was_said(run, text, cue, speaker,
                                                                     content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"], row["rule"]) == (
        cue, speaker, content, "as_put")


def test_an_as_clause_of_speaking_tells_when(run):
    text = "Growing sharper as he spoke, Trump continued: “It was terrible.”"
    assert [r["cue"].rstrip(":") for r in texts(text, run(text))] == ["continued"]


def test_a_count_opened_by_at_least_is_an_object(run):
    text = "Authorities reported at least 20 victims at a nonprofit center."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (
        "reported", "Authorities", ["at least 20 victims"])


def test_a_time_after_a_closing_tag_is_when_it_was_said(run):
    text = ("Consumer sentiment over the last year has been higher than in any year since 2004, "
            "the University of Michigan reported last week.")
    row = only(text, run(text))
    assert (row["rule"], row["speaker"], row["content"]) == (
        "sentence_final", "the University of Michigan",
        ["Consumer sentiment over the last year has been higher than in any year since 2004"])


def test_a_second_predicate_after_did_not_is_the_speakers_next_act(run):
    text = ("Carson did not mention any of his opponents by name, but told his supporters, “our "
            "nation is in horrible trouble.”")
    assert said(text, run(text)) == [
        ("did not mention", "Carson", ["any of his opponents by name"]),
        ("told", "Carson", ["“our nation is in horrible trouble.”"]),
    ]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("“We will win this state,” he said on MSNBC’s “Morning Joe.”", "said",
     "“We will win this state,”"),
    ("Trump wrote in “The Art of the Deal” that he loved to win.", "wrote",
     "that he loved to win"),
    ("The mayor said in an interview with the local newspaper that the bridge would reopen.",
     "said", "that the bridge would reopen"),
])
def test_where_something_was_said_is_no_part_of_it(run, text, cue, content):
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == (cue, [content])


def test_knowledge_with_a_preposition_hung_on_the_verb_describes_the_source(run):
    text = ("The decision was made late Tuesday, according to two people with direct knowledge "
            "of the deliberations who were not authorized to discuss them publicly.")
    row = only(text, run(text))
    assert row["content"] == ["The decision was made late Tuesday"]
    source = row["source"]
    assert (source.kind, source.number, source.justified) == (
        SourceKind.ANONYMOUS_GROUP, "two", True)
    assert source.knowledge_basis.startswith("with direct knowledge of the deliberations")


@pytest.mark.parametrize(("text", "speaker", "name", "kind"), [
    ("Doctors Without Borders said the hospital had been hit by three airstrikes.",
     "Doctors Without Borders", "Doctors Without Borders", SourceKind.NAMED_ORGANIZATION),
    ("Citizens for Tax Justice advocates a litany of rules to end the deferral of foreign "
     "income.", "Citizens for Tax Justice", "Citizens for Tax Justice",
     SourceKind.NAMED_ORGANIZATION),
    ("Reporters Without Borders said at least 50 journalists were killed this year.",
     "Reporters Without Borders", "Reporters Without Borders", SourceKind.NAMED_ORGANIZATION),
    # lawyers acting for someone named are unnamed lawyers, and residents of a place a crowd
    ("Lawyers for Smith argued that he was innocent.", "Lawyers for Smith",
     "Lawyers for Smith", SourceKind.ANONYMOUS_GROUP),
    ("Residents of Brooklyn said the noise was unbearable.", "Residents of Brooklyn",
     "Residents of Brooklyn", SourceKind.VAGUE),
])
def test_a_plural_joined_to_a_cause_in_capitals_is_an_organization(run, text, speaker, name,
                                                                    kind):
    row = only(text, run(text))
    assert (row["speaker"], row["source"].name, row["source"].kind) == (speaker, name, kind)


def test_a_name_set_off_after_a_subject_is_who_the_next_pronoun_means(run):
    text = ('"We are ready," said Paul Jones.\n\nHer son, Greg Brandt, drove through the night '
            'to reach her. "When I got there she was making coffee," he said.')
    rows = texts(text, run(text))
    assert [(r["speaker"], r["source"].name) for r in rows] == [
        ("Paul Jones", "Paul Jones"), ("he", "Greg Brandt")]


def test_a_post_the_parser_split_from_the_name_after_it_is_its_title(run):
    text = ('"At half-time I told them we had nothing to lose," said Rovers manager Paul '
            'Whitaker.')
    row = only(text, run(text))
    assert row["speaker"] == "Rovers manager Paul Whitaker"
    assert (row["source"].name, row["source"].kind, row["source"].title) == (
        "Paul Whitaker", SourceKind.NAMED_PERSON, "Rovers manager")


@pytest.mark.parametrize(("text", "speaker", "name", "kind"), [
    ("Interfax quoted a source as saying that the talks had stalled.", "a source", "source",
     SourceKind.ANONYMOUS_INDIVIDUAL),
    ("RIA quoted Lavrov as saying that Russia was ready to talk.", "Lavrov", "Lavrov",
     SourceKind.NAMED_PERSON),
    ("The newspaper quoted an unnamed official as saying the minister would resign.",
     "an unnamed official", "unnamed official", SourceKind.ANONYMOUS_INDIVIDUAL),
    ("Kremlin spokesman Dmitry Peskov was quoted by TASS as saying that the decision was "
     "final.", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", SourceKind.NAMED_PERSON),
])
def test_who_an_outlet_quotes_as_saying_is_who_said_it(run, text, speaker, name, kind):
    rows = texts(text, run(text))
    outlet, person = rows
    assert outlet["cue"] in ("quoted", "was quoted")
    assert outlet["source"].kind == SourceKind.NAMED_ORGANIZATION
    assert person["cue"] == "saying"
    assert (person["speaker"], person["source"].name, person["source"].kind) == (
        speaker, name, kind)
    assert person["content"] == outlet["content"]


@pytest.mark.parametrize(("text", "name"), [
    ("Adani Group said the allegations were baseless.", "Adani Group"),
    ("Gardaí said a man had been arrested.", "Gardaí"),
    ("Xiaomi, the Chinese phone maker, said it had shipped 10 million phones.", "Xiaomi"),
])
def test_a_name_the_tagger_gave_a_person_but_ending_in_or_set_off_by_a_body_word_is_a_body(
        run, text, name):
    row = only(text, run(text))
    assert (row["source"].name, row["source"].kind) == (name, SourceKind.NAMED_ORGANIZATION)


def test_a_person_set_off_by_a_trade_that_names_bodies_stays_a_person(run):
    text = ("“I've been through the racks trying to find a union label,” said Bob Mason, a "
            "retired Postal Service letter carrier.")
    row = only(text, run(text))
    assert (row["source"].name, row["source"].kind) == ("Bob Mason", SourceKind.NAMED_PERSON)


@pytest.mark.parametrize(("text", "kind"), [
    ("Users on Weibo said the video had been censored.", SourceKind.VAGUE),
    ("The magistrate said that the accused had no previous convictions.",
     SourceKind.ANONYMOUS_INDIVIDUAL),
    ("A senior bureaucrat in the PMO said the file had been cleared.",
     SourceKind.ANONYMOUS_INDIVIDUAL),
    ("The teenager said he had been threatened.", SourceKind.ANONYMOUS_INDIVIDUAL),
])
def test_people_described_outside_politics_are_sources_of_their_kind(run, text, kind):
    assert only(text, run(text))["source"].kind == kind


@pytest.mark.parametrize(("text", "cue", "name"), [
    ("Prime Minister Keir Starmer is reported to have told cabinet colleagues that the budget "
     "would be tough.", "is reported to have told", "Keir Starmer"),
    ("The minister is believed to have warned that the deal could collapse.",
     "is believed to have warned", "minister"),
])
def test_who_is_said_to_have_told_someone_is_who_told_them(run, text, cue, name):
    row = only(text, run(text))
    assert (row["cue"], row["source"].name) == (cue, name)


def test_a_raised_subject_with_no_speech_of_its_own_stays_in_what_was_said(run):
    text = "The senator is said to be furious about the vote."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("is said", None)
    assert row["content"] == ["The senator", "to be furious about the vote"]


@pytest.mark.parametrize("text", [
    'A spokesman for Mr Netanyahu said the report was "fake news".',
    "A spokesperson for Prime Minister Anthony Albanese said the government would respond.",
    "A spokeswoman for Senator Elizabeth Warren said she would vote against the bill.",
])
def test_a_spokesperson_for_someone_named_is_not_that_person(run, text):
    source = only(text, run(text))["source"]
    assert source.kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert source.role == "spokesman" or source.role.startswith("spokes")


@pytest.mark.parametrize(("text", "name"), [
    ("The police spokesman, SP Benjamin Hundeyin, said the suspects had been arrested.",
     "Benjamin Hundeyin"),
    ("Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, told a "
     "news conference that Tokyo would protest.", "Yoshimasa Hayashi"),
])
def test_a_name_under_a_rank_set_off_after_a_post_is_who_holds_it(run, text, name):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == (name, SourceKind.NAMED_PERSON)


def test_a_post_set_off_in_a_list_of_principals_names_none_of_them(run):
    text = ("And aides to Gov. Chris Christie of New Jersey, a former federal prosecutor, and "
            "Gov. John R. Kasich of Ohio, who had a long career in Congress, said their stump "
            "speeches would focus on security.")
    source = texts(text, run(text))[0]["source"]
    assert source.kind == SourceKind.ANONYMOUS_GROUP


@pytest.mark.parametrize(("text", "cue", "name"), [
    # 'the airline' is the one business named just before
    ("Shares in Qantas slid after the airline warned that fuel costs would rise.", "warned",
     "Qantas"),
    ("The yen weakened after the finance minister warned that Tokyo could intervene.",
     "warned", "finance minister"),
    ("The pound fell after the Bank of England said it would hold rates.", "said",
     "Bank of England"),
    # a thing in the time phrase is no speaker
    ("The man arrested after the raid said he was innocent.", "said", "man"),
])
def test_who_speaks_in_a_clause_of_time_is_its_own_subject(run, text, cue, name):
    row = only(text, run(text))
    assert (row["cue"], row["source"].name) == (cue, name)


def test_a_time_opening_the_sentence_is_when_not_who(run):
    text = 'Hours later, the minister posted on X: "The matter is closed."'
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (
        "posted", "the minister", ['"The matter is closed."'])


@pytest.mark.parametrize("text", [
    "The blast killed 12 people, state media said.",
    "Iranian state television reported that the talks had ended.",
])
def test_state_media_is_a_body(run, text):
    assert only(text, run(text))["source"].kind == SourceKind.NAMED_ORGANIZATION


@pytest.mark.parametrize(("text", "name"), [
    ("Harold Finch, a civil engineer, died on Tuesday. He was 91.\n\nMr. Finch was born in "
     "1933 in Butte, Mont. “I went home and told my wife,” he said.", "Harold Finch"),
    ("Michelle Obama spoke first. Mr. Obama followed her to the stage.\n\nHe said the "
     "election was about decency.", "Obama"),
])
def test_a_person_a_pronoun_finds_by_a_short_name_gets_the_fullest_name_that_fits(run, text,
                                                                                 name):
    row = texts(text, run(text))[-1]
    assert (row["speaker"].lower(), row["source"].name) == ("he", name)


def test_a_relative_owned_by_a_pronoun_is_the_one_the_story_named_with_that_tie(run):
    text = ("His death was confirmed by his daughter, Ruth Adams, who said the cause was "
            "pneumonia.\n\nHis daughter said he remained curious to the end.")
    row = texts(text, run(text))[-1]
    assert (row["speaker"], row["source"].name, row["source"].kind) == (
        "His daughter", "Ruth Adams", SourceKind.NAMED_PERSON)


def test_a_professional_owned_by_a_pronoun_stays_unnamed(run):
    text = ("Clinton's lawyer Cheryl Mills was granted immunity. On Thursday, the panel held "
            "Pagliano in contempt. His lawyer said he would not answer questions.")
    row = texts(text, run(text))[-1]
    assert (row["speaker"], row["source"].kind) == ("His lawyer", SourceKind.ANONYMOUS_INDIVIDUAL)


def test_a_post_after_an_unnamed_holder_was_heard_is_that_holder(run):
    text = ("Anders Vik, the chief executive, denied wrongdoing. “I signed what was put in front "
            "of me,” he said.\n\nTwo former executives disputed that account. One of them said "
            "Mr. Vik had renegotiated the contract.\n\n“He knew exactly what he was paying for,” "
            "the former executive said.")
    rows = texts(text, run(text))
    assert rows[-1]["source"] is rows[-2]["source"]
    assert rows[-1]["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL


@pytest.mark.parametrize(("text", "content"), [
    ("The club said Bukayo Saka would be out for several weeks.",
     "Bukayo Saka would be out for several weeks"),
    ("Pataki says Kasich “has a track record of bringing people together.”",
     "Kasich “has a track record of bringing people together.”"),
])
def test_a_name_read_as_the_object_of_said_is_the_subject_of_what_was_said(run, text, content):
    row = only(text, run(text))
    assert (row["cue"] in ("said", "says"), row["content"]) == (True, [content])


@pytest.mark.parametrize(("text", "speaker", "name"), [
    ("Health Secretary Wes Streeting conceded that mistakes had been made in the rollout.",
     "Health Secretary Wes Streeting", "Wes Streeting"),
    ('Foreign ministry spokeswoman Mao Ning said Beijing "firmly opposes" the move.',
     "Foreign ministry spokeswoman Mao Ning", "Mao Ning"),
    ("Eliud Kipchoge won in Berlin on Sunday. The 39-year-old told reporters that he would "
     "run in Paris.", "The 39-year-old", "Eliud Kipchoge"),
])
def test_speakers_the_tagger_broke_apart_are_whole(run, text, speaker, name):
    row = texts(text, run(text))[-1]
    assert (row["speaker"], row["source"].name, row["source"].kind) == (
        speaker, name, SourceKind.NAMED_PERSON)


def test_declining_to_give_a_name_grants_anonymity_and_says_nothing(run):
    text = ("A woman who declined to give her name said the queue had been there since dawn.")
    row = only(text, run(text))
    assert (row["cue"], row["source"].kind) == ("said", SourceKind.ANONYMOUS_INDIVIDUAL)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Alibaba shares rose 5 percent after the company said profit had doubled.",
     "the company"),
    ("McConnell aides acknowledged a collaborative relationship with the administration.",
     "McConnell aides"),
])
def test_a_plural_noun_tagged_a_verb_before_its_own_verb_is_a_noun(run, text, speaker):
    assert only(text, run(text))["speaker"] == speaker


@pytest.mark.parametrize(("text", "kind"), [
    ("The Taliban said girls would not be allowed to return to school.",
     SourceKind.NAMED_ORGANIZATION),
    ("The charge sheet filed by the NIA said the accused had links to the group.",
     SourceKind.DOCUMENT),
])
def test_bodies_and_documents_outside_us_politics(run, text, kind):
    assert only(text, run(text))["source"].kind == kind


def test_speech_that_takes_its_speaker_from_what_was_said_stays_in_it(run):
    text = ("A third official said diplomats had begun quietly informing Kurdish partners that "
            "a drawdown was under consideration.")
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == ("said", [text[text.index("diplomats"):-1]])


def test_a_speaker_of_its_own_inside_what_was_said_still_ends_it(run):
    text = ("Figueroa said the campaign planned to bus in supporters, though she acknowledged it "
            "was unlikely to work.")
    rows = texts(text, run(text))
    assert rows[0]["content"] == ["the campaign planned to bus in supporters"]
    assert rows[1]["cue"] == "acknowledged"


def test_a_transcript_label_in_capitals_takes_the_name_as_the_story_writes_it(run):
    text = ("Donna Hewitt organizes the weekly distribution.\n\nDONNA HEWITT: We started with "
            "twelve families.")
    row = only(text, run(text))
    assert (row["speaker"], row["source"].name) == ("DONNA HEWITT", "Donna Hewitt")


def test_a_verb_of_recounting_closing_a_paragraph_introduces_the_quotation_after_it(run):
    text = ("Carol Brandt was asleep when the river rose. She described the next few hours in an "
            "interview last week.\n\n\"I went down the stairs and the water was already at the "
            "third step.\n\n\"So I sat at the top of the stairs and I prayed.\"")
    row = only(text, run(text))
    assert (row["cue"], row["source"].name) == ("described", "Carol Brandt")
    assert len(row["content"]) == 2


def test_a_person_called_by_a_given_name_alone_has_that_names_gender(run):
    text = '"My kids call it the lake," said Tanya.\n\nHe said the hotline was closed.'
    rows = texts(text, run(text))
    assert rows[0]["source"].name == "Tanya"
    assert rows[1]["source"] is not rows[0]["source"]


@pytest.mark.parametrize(("text", "name"), [
    ("McDonald's said sales had fallen in the Middle East.", "McDonald's"),
    ("Wendy's said it would test dynamic pricing.", "Wendy's"),
])
def test_a_business_named_with_a_possessive_ending_is_a_body(run, text, name):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == (name, SourceKind.NAMED_ORGANIZATION)


@pytest.mark.parametrize(("text", "kind"), [
    ("Pals say the singer is heartbroken.", SourceKind.ANONYMOUS_GROUP),
    ("Her rep confirmed the couple had split.", SourceKind.ANONYMOUS_INDIVIDUAL),
    ("An eyewitness said the car had been travelling at speed.",
     SourceKind.ANONYMOUS_INDIVIDUAL),
    ("The defence argued that the evidence was unreliable.", SourceKind.NAMED_ORGANIZATION),
    ("His solicitor said he would appeal.", SourceKind.ANONYMOUS_INDIVIDUAL),
])
def test_people_of_tabloid_court_and_sports_pages_are_sources_of_their_kind(run, text, kind):
    assert only(text, run(text))["source"].kind == kind


def test_she_with_no_one_heard_yet_is_the_unnamed_person_just_described(run):
    text = ('The nurse was exhausted after a 14-hour shift. "We cannot keep going like this," '
            'she said.')
    source = only(text, run(text))["source"]
    assert (source.role, source.kind) == ("nurse", SourceKind.ANONYMOUS_INDIVIDUAL)


@pytest.mark.parametrize(("text", "cue", "name"), [
    ("'We will win.' That was the verdict of coach Smith.", "verdict", "Smith"),
    ('"We have to be braver on the ball and stop giving away cheap goals." That was the '
     "message from the Arsenal manager after the defeat.", "message", "Arsenal manager"),
])
def test_a_sentence_calling_a_quotation_someones_verdict_names_who_said_it(run, text, cue,
                                                                          name):
    row = only(text, run(text))
    assert (row["cue"], row["source"].name) == (cue, name)


@pytest.mark.parametrize(("text", "name"), [
    ("The Premier League said it would review the incident.", "Premier League"),
    ("The General Medical Council said the doctor had been struck off.",
     "General Medical Council"),
])
def test_a_word_for_a_post_inside_a_bodys_name_stays_in_it(run, text, name):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == (name, SourceKind.NAMED_ORGANIZATION)


def test_an_honorific_heading_a_name_the_tagger_called_a_body_makes_it_a_person(run):
    text = "Ms Ardern said the country would recover."
    source = only(text, run(text))["source"]
    assert (source.name, source.kind, source.title) == ("Ardern", SourceKind.NAMED_PERSON, "Ms")


@pytest.mark.parametrize("text", [
    "The court heard that the defendant had sent more than 200 threatening messages.",
    "Jurors heard that the victim was stabbed nine times.",
])
def test_evidence_a_court_heard_is_said_by_no_one_named(run, text):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["rule"]) == ("heard", None, "heard_in_court")
    assert row["content"] == [text[text.index("that"):-1]]


def test_hearing_something_elsewhere_is_no_attribution(run):
    text = "I heard that the shop was closing."
    assert texts(text, run(text)) == []


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    ("Friends of the star claim the couple have split.", "claim", "Friends of the star",
     "the couple have split"),
    ("Supporters of the mayor point out that crime has fallen.", "point out",
     "Supporters of the mayor", "that crime has fallen"),
])
def test_a_speech_verb_read_as_the_noun_closing_an_of_phrase_is_a_verb(run, text, cue, speaker,
                                                                         content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (cue, speaker, [content])


def test_one_of_a_group_after_with_is_who_speaks_not_the_group(run):
    text = 'Critics were quick to pounce, with one saying the plan was "a shambles".'
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("saying", "one")
    assert row["source"].name != "Critics"


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    ('Residents were furious, with one telling the BBC: "Nobody warned us."',
     "telling the BBC:", "one", '"Nobody warned us."'),
    ('Fans flooded social media, with one writing: "This is the best day of my life."',
     "writing", "one", '"This is the best day of my life."'),
    ("Shares fell 5 percent, with analysts warning that margins would shrink.",
     "warning", "analysts", "that margins would shrink"),
    ('He left the company in 2019, with one former colleague saying he was "impossible".',
     "saying", "one former colleague", 'he was "impossible"'),
    ("Hundreds of readers responded, with many saying they had been overcharged for years.",
     "saying", "many", "they had been overcharged for years"),
])
def test_who_speaks_after_with_when_the_parser_hangs_them_apart(run, text, cue, speaker, content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (cue, speaker, [content])


@pytest.mark.parametrize("text", [
    "An official familiar with the matter said the bank had been warned.",
    "A U.S. official familiar with the talks said the bank had been warned.",
])
def test_an_official_read_as_an_adjective_of_familiar_is_still_the_source(run, text):
    row = only(text, run(text))
    source = row["source"]
    assert (source.kind, source.role, source.knowledge_basis) == (
        SourceKind.ANONYMOUS_INDIVIDUAL, "official", text.split(" said")[0].split("official ")[1])


@pytest.mark.parametrize(("text", "name", "knowledge"), [
    ("According to an official familiar with the matter who was not authorized to speak "
     "publicly, the talks had stalled.", "official familiar with the matter",
     "familiar with the matter"),
    ("The general was replaced, according to an officer on his staff who spoke on condition "
     "of anonymity.", "officer on his staff", None),
])
def test_a_clause_saying_why_a_source_is_unnamed_is_not_part_of_its_name(run, text, name,
                                                                           knowledge):
    extraction = run(text)
    source = only(text, extraction)["source"]
    assert (source.name, source.knowledge_basis, source.justified) == (name, knowledge, True)


@pytest.mark.parametrize(("text", "speaker"), [
    ('The coach was blunt: "We were terrible today and we deserved to lose."', "The coach"),
    ('Pundit Ian Wright was furious: "That is never a penalty in a million years."',
     "Pundit Ian Wright"),
])
def test_a_manner_of_speaking_before_a_colon_tags_the_quotation(run, text, speaker):
    row = only(text, run(text))
    assert (row["rule"], row["speaker"]) == ("introduced_quote", speaker)


def test_a_plain_adjective_before_a_colon_tags_nothing(run):
    text = 'The result was clear: "We are out of the cup and it hurts."'
    assert only(text, run(text))["speaker"] is None


def test_a_message_from_someone_before_a_colon_tags_the_quotation(run):
    text = ('The message from the council was clear: "We will not tolerate this behaviour any '
            'longer."')
    row = only(text, run(text))
    assert (row["rule"], row["speaker"], row["cue"]) == (
        "introduced_quote", "the council", "message")


def test_a_platform_the_tagger_took_for_a_person_is_no_one_a_pronoun_means(run):
    text = ("Maria Lopez says she was fired last month. In a video posted to TikTok, she claimed "
            "the manager had lied.")
    rows = texts(text, run(text))
    assert [r["source"].name for r in rows] == ["Maria Lopez", "Maria Lopez"]


def test_a_courtesy_title_before_a_tagged_name_is_not_part_of_it(run):
    text = "Study co-author Dr Tom Wright said the results were striking."
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == ("Tom Wright", SourceKind.NAMED_PERSON)


@pytest.mark.parametrize(("text", "name", "kind", "content"), [
    ("The county clerk confirmed that the ballots had been counted.", "county clerk",
     SourceKind.ANONYMOUS_INDIVIDUAL, "that the ballots had been counted"),
    ("The U.S. Coast Guard said the search had ended.", "U.S. Coast Guard",
     SourceKind.NAMED_ORGANIZATION, "the search had ended"),
    ('"We are safe," said Capt. Leo Grant, a department spokesman.', "Leo Grant",
     SourceKind.NAMED_PERSON, '"We are safe,"'),
    ("Police said the crash occurred at 5 p.m. Sunday on Route 9.", "Police",
     SourceKind.NAMED_ORGANIZATION, "the crash occurred at 5 p.m. Sunday on Route 9"),
])
def test_local_news_sources(run, text, name, kind, content):
    row = only(text, run(text))
    assert (row["source"].name, row["source"].kind, row["content"]) == (name, kind, [content])


def test_the_one_member_of_a_crowd_a_story_quotes_is_an_unnamed_person(run):
    text = 'The teacher said the school had no heating. "We are freezing," she said.'
    rows = texts(text, run(text))
    assert [(r["speaker"], r["source"].name, r["source"].kind) for r in rows] == [
        ("The teacher", "teacher", SourceKind.ANONYMOUS_INDIVIDUAL),
        ("she", "teacher", SourceKind.ANONYMOUS_INDIVIDUAL)]


@pytest.mark.parametrize(("text", "content"), [
    ("The district said Monday classes would resume on Wednesday.",
     "classes would resume on Wednesday"),
    ("Police said Tuesday night officers had found the car.", "officers had found the car"),
    ("The minister said Monday's vote was a disgrace.", "Monday's vote was a disgrace"),
])
def test_a_day_right_after_the_verb_dates_the_saying(run, text, content):
    assert only(text, run(text))["content"] == [content]


def test_one_of_an_unnamed_group_just_quoted_is_one_of_its_members(run):
    text = ('Several European officials said they were alarmed by the remarks. '
            '"This crosses a line," one said.')
    rows = texts(text, run(text))
    member = rows[1]["source"]
    assert (member.name, member.kind, member.role, member.affiliation) == (
        "one official", SourceKind.ANONYMOUS_INDIVIDUAL, "official", "European")


def test_one_with_no_unnamed_source_before_it_is_one_unnamed_person(run):
    text = 'Residents were furious. "Nobody warned us," one said.'
    row = only(text, run(text))
    assert (row["speaker"], row["source"].kind) == ("one", SourceKind.ANONYMOUS_INDIVIDUAL)


@pytest.mark.parametrize(("text", "reason"), [
    ("Three senior officials said the troops would withdraw. None of them was authorized to "
     "discuss the plan publicly.", "not_authorized"),
    ("Two European diplomats said the vote was delayed. Neither was authorized to discuss the "
     "plan.", "not_authorized"),
    ("A senior official, speaking on condition of anonymity because of the sensitivity of the "
     "talks, said the deal was close.", "sensitive_matter"),
])
def test_justifications_worded_as_reporters_word_them(run, text, reason):
    extraction = run(text)
    assert [(j.reason, j.source_ids) for j in extraction.justifications] == [(reason, [1])]
    assert extraction.sources[0].justified


@pytest.mark.parametrize(("text", "name", "title"), [
    ('"The voters have spoken," said school board President Ann Kowal.', "Ann Kowal",
     "school board President"),
    ('"It was terrifying," said neighbor Tom Briggs.', "Tom Briggs", "neighbor"),
])
def test_a_lower_case_title_before_a_name_after_the_verb_is_the_names_title(run, text, name,
                                                                             title):
    source = only(text, run(text))["source"]
    assert (source.name, source.title, source.kind) == (name, title, SourceKind.NAMED_PERSON)


def test_a_speech_verb_in_the_subjects_relative_clause_does_not_run_on_past_the_subject(run):
    text = "A woman who answered the door said she had not seen anything."
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == ("said", ["she had not seen anything"])


def test_another_read_as_a_determiner_of_the_verb_is_one_more_speaker(run):
    text = '"We are scared," one mother said. Another added: "We have no food."'
    rows = texts(text, run(text))
    assert [(r["speaker"], r["source"].name, r["content"]) for r in rows] == [
        ("one mother", "one mother", ['"We are scared,"']),
        ("Another", "another mother", ['"We have no food."'])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Globex today announced that it would cut 500 jobs.",
     [("announced", "Globex", ["that it would cut 500 jobs"])]),
    ("Globex Inc. (NYSE: GBX) is a leading maker of industrial sensors.", []),
])
def test_press_release_furniture_is_no_speaker(run, text, expected):
    assert said(text, run(text)) == expected


def test_a_caption_line_is_page_furniture_not_a_speaker(run):
    text = ("Caption: Minister Anna Lind said the cuts were necessary.\n\n"
            "Finance Minister Anna Lind said on Monday that the cuts were necessary.")
    assert said(text, run(text)) == [
        ("said", "Finance Minister Anna Lind", ["that the cuts were necessary"])]


@pytest.mark.parametrize(("text", "number", "organization"), [
    ("Half a dozen aides said the president was furious.", "half a dozen", None),
    ("At least three people familiar with the talks said the deal was close.", "at least three",
     None),
    ("According to two officials, the plan was risky.", "two", None),
    ("Several Pentagon officials said the plan was risky.", None, "Pentagon"),
])
def test_how_many_unnamed_sources_and_whose(run, text, number, organization):
    source = only(text, run(text))["source"]
    assert (source.number, source.organization) == (number, organization)


@pytest.mark.parametrize(("text", "expected"), [
    ("The company, in a statement released Monday, said it would cooperate with investigators.",
     [("said", "The company", ["it would cooperate with investigators"])]),
    ("An official who has spoken with Netanyahu about the plan said he was skeptical.",
     [("said", "An official who has spoken with Netanyahu about the plan",
       ["he was skeptical"])]),
    ("An executive at a rival firm said the deal was overpriced.",
     [("said", "An executive at a rival firm", ["the deal was overpriced"])]),
    ("The mayor said the city was safe, a claim that critics rejected.",
     [("said", "The mayor", ["the city was safe"])]),
])
def test_what_surrounds_a_source_is_neither_speaker_nor_speech(run, text, expected):
    assert said(text, run(text)) == expected


def test_a_relative_clause_saying_where_the_source_was_is_its_knowledge(run):
    text = "A person who was at the meeting said the president left early."
    source = only(text, run(text))["source"]
    assert (source.kind, source.role, source.knowledge_basis) == (
        SourceKind.ANONYMOUS_INDIVIDUAL, "person", "who was at the meeting")


def test_an_apposition_after_an_inverted_speaker_of_any_verb_is_the_title(run):
    text = '"We followed every rule," insisted Ron Fisk, the company\'s safety director.'
    source = only(text, run(text))["source"]
    assert (source.name, source.title) == ("Ron Fisk", "company's safety director")


@pytest.mark.parametrize(("text", "expected"), [
    ("ANDERSON: Thank you, Senator.\nSEN. COLLINS: Thank you.\nANDERSON: Will you vote yes?\n"
     "SEN. COLLINS: I haven't decided yet. I need to read the bill first.",
     [("ANDERSON", "Thank you, Senator"), ("COLLINS", "Thank you"),
      ("ANDERSON", "Will you vote yes"),
      ("COLLINS", "I haven't decided yet. I need to read the bill first")]),
    ("Smith: I agree. We should act now.\nJones: I disagree with that entirely.",
     [("Smith", "I agree. We should act now"), ("Jones", "I disagree with that entirely")]),
    ("ROSS: We need a decision today.\nKLEIN: We will have one by noon.\nROSS: Good.",
     [("ROSS", "We need a decision today"), ("KLEIN", "We will have one by noon"),
      ("ROSS", "Good")]),
])
def test_every_transcript_line_is_its_labels(run, text, expected):
    extraction = run(text)
    rows = texts(text, extraction)
    assert [(r["speaker"], r["content"][0]) for r in rows] == expected
    assert {r["rule"] for r in rows} == {"colon"}


def test_a_transcript_label_in_capitals_is_the_speaker_not_a_name_after_it(run):
    text = ("HOST: Welcome to the show.\nGUEST: Thanks for having me. It is great to be here.\n"
            "HOST: Let's start with your new book.")
    rows = texts(text, run(text))
    assert [(r["source"].name, r["source"].kind) for r in rows] == [
        ("HOST", SourceKind.ANONYMOUS_INDIVIDUAL), ("GUEST", SourceKind.ANONYMOUS_INDIVIDUAL),
        ("HOST", SourceKind.ANONYMOUS_INDIVIDUAL)]


def test_a_title_split_off_inside_an_according_to_phrase_is_not_content(run):
    text = "The fire, according to Battalion Chief Ed Nunez, spread quickly through the attic."
    row = only(text, run(text))
    assert row["content"] == ["The fire", "spread quickly through the attic"]
    assert row["source"].name == "Ed Nunez"


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("'Stop the war': Protesters march on parliament", "Protesters", "'Stop the war'"),
    ('"We are ready to fight": Union leader Sharon Graham warns of strikes', "Sharon Graham",
     '"We are ready to fight"'),
])
def test_a_headline_quotation_before_a_colon_is_said_by_the_line_after_it(run, text, speaker,
                                                                          content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (":", speaker, [content])


def test_a_headline_quotation_with_no_one_after_the_colon_gets_no_speaker(run):
    text = "'This is a disgrace': Fury as council axes library"
    assert said(text, run(text)) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ('10:15 Minister: "We will not resign."', "Minister"),
    ('[10:15] Spokesman: "No decision has been made."', "Spokesman"),
    ('10:15 Minister Anna Lind: "We will not resign today."', "Minister Anna Lind"),
])
def test_a_live_blogs_time_stamp_is_no_part_of_the_label(run, text, speaker):
    row = only(text, run(text))
    assert (row["rule"], row["speaker"]) == ("colon", speaker)


def test_an_aside_granting_anonymity_with_a_reason_the_parser_split_off_is_not_content(run):
    text = ("Two poll workers, speaking on condition of anonymity because they were not "
            "authorized to discuss the matter, said some machines had jammed.")
    extraction = run(text)
    row = only(text, extraction)
    assert row["content"] == ["some machines had jammed"]
    assert (row["source"].kind, row["source"].justified) == (SourceKind.ANONYMOUS_GROUP, True)


@pytest.mark.parametrize(("text", "covered"), [
    ("A government official said the talks had stalled. The minister said he would not resign. "
     "The official spoke on condition of anonymity.", [1]),
    ("Two officials said the plan was dead. A spokesman for the ministry said it was alive. "
     "The officials spoke on condition of anonymity because they were not authorized to "
     "discuss it.", [1]),
    ("One official said the talks had stalled. A second official said the deal was close. "
     "A third said nothing had been agreed. All three spoke on condition of anonymity.",
     [1, 2, 3]),
    ("Two workers said the plant had been unsafe for years. They asked not to be named.", [1]),
])
def test_a_justification_covers_the_sources_its_subject_means(run, text, covered):
    assert [j.source_ids for j in run(text).justifications] == [covered]


def test_on_condition_that_in_a_deal_grants_no_anonymity(run):
    text = ("The union agreed to the contract on condition that wages rise by 5 percent, a "
            "spokesman said.")
    extraction = run(text)
    assert extraction.justifications == []
    assert only(text, extraction)["content"] == [
        "The union agreed to the contract on condition that wages rise by 5 percent"]


@pytest.mark.parametrize(("text", "source"), [
    ("Acme said profits fell. The company did not respond to emails seeking further comment.",
     1),
    ("Maria Lopez, the council's spokeswoman, said the vote would go ahead. The mayor said it "
     "would not. Lopez declined to comment on the delay.", 1),
    ("Smith said the deal was done, but Jones declined to comment.", None),
    ("A spokesman for the ministry said the report was false. The spokesman declined to "
     "comment further.", 1),
    ("Senator Hart said the bill would pass. She did not respond to a request for comment on "
     "the amendment.", 1),
])
def test_a_disclosure_belongs_to_whoever_declined_not_to_the_sentences_speaker(run, text,
                                                                              source):
    assert [d.source_id for d in run(text).disclosures] == [source]


@pytest.mark.parametrize("text", [
    "Israel's military said it had struck a weapons depot. The military said no civilians "
    "were hurt.",
    "The Health Ministry said 40 people had died. The ministry said the toll could rise.",
])
def test_the_body_word_again_is_the_body_just_quoted(run, text):
    extraction = run(text)
    assert len(extraction.sources) == 1
    assert {a.source_id for a in extraction.attributions} == {1}


def test_the_body_word_after_another_bodys_possessive_is_not_merged(run):
    text = ("Hillary Clinton's campaign said the poll was wrong. Bernie Sanders' campaign said "
            "it was right.")
    assert len({a.source_id for a in run(text).attributions}) == 2


def test_an_unnamed_spokesman_named_later_is_one_named_source(run):
    text = ("A spokesman for the company said the recall was voluntary. The spokesman, Carl "
            "Dietz, said no injuries had been reported.")
    extraction = run(text)
    assert [(s.name, s.kind, s.anonymous) for s in extraction.sources] == [
        ("Carl Dietz", SourceKind.NAMED_PERSON, False)]
    assert [c.sourcing for c in extraction.claims] == [Sourcing.NAMED, Sourcing.NAMED]


@pytest.mark.parametrize(("text", "expected"), [
    ("A nurse, who asked not to be named because she feared losing her job, said the ward was "
     "understaffed.", [("said", "A nurse", ["the ward was understaffed"])]),
    ("A resident, who did not want to be named criticizing the mayor, said the roads were "
     "dangerous.", [("said", "A resident", ["the roads were dangerous"])]),
    ("He spoke on condition of anonymity for fear of losing his job.", []),
])
def test_a_sources_terms_for_being_quoted_are_no_claim(run, text, expected):
    assert said(text, run(text)) == expected


def test_a_name_after_a_post_of_a_place_names_the_holder(run):
    text = ("The mayor of Eastport, Linda Caruso, said the budget was balanced. Ms. Caruso said "
            "taxes would not rise.")
    extraction = run(text)
    assert [(s.name, s.kind, s.title) for s in extraction.sources] == [
        ("Linda Caruso", SourceKind.NAMED_PERSON, "mayor of Eastport")]


def test_a_title_leaves_out_its_possessive_pronoun(run):
    text = ("The Kremlin dismissed the claims. Its spokesman, Dmitry Peskov, said they were "
            "baseless.")
    peskov = next(s for s in run(text).sources if s.name == "Dmitry Peskov")
    assert peskov.title == "spokesman"


def test_an_object_with_a_set_off_relative_clause_is_the_subject_of_what_follows(run):
    text = "Police said the woman, whose name was not released, was struck by a car."
    assert only(text, run(text))["content"] == [
        "the woman, whose name was not released, was struck by a car"]


def test_two_sources_after_according_to_with_the_first_read_as_an_adjective(run):
    text = "The deal was signed, according to a U.S. official and two European officials."
    extraction = run(text)
    assert [(s.name, s.kind) for s in extraction.sources] == [
        ("U.S. official", SourceKind.ANONYMOUS_INDIVIDUAL),
        ("two European officials", SourceKind.ANONYMOUS_GROUP)]
    assert [c.attribution_ids for c in extraction.claims] == [[1, 2]]


def test_a_verb_of_speech_is_no_part_of_the_name_after_it(run):
    text = ('Experts say the code is too complicated. Said Ellis: "I don\'t get the sense she\'s '
            'the least bit interested in tax reform."')
    assert [s.name for s in run(text).sources] == ["Experts", "Ellis"]


@pytest.mark.parametrize("text, speaker, name", [
    ("Donald Trump is drawing criticism after he appeared to suggest that veterans who suffer "
     "from PTSD might not be as strong.", "he", "Donald Trump"),
    ("Mark Tenney helped fight Oneida leader Ray Halbritter, who spearheaded the campaign to "
     "change the mascot because he claimed it was offensive to Native Americans.",
     "he", "Ray Halbritter"),
])
def test_a_pronoun_inside_a_clause_stands_for_that_clauses_named_subject(run, text, speaker,
                                                                         name):
    extraction = run(text)
    row = only(text, extraction)
    assert row["speaker"] == speaker
    assert (row["source"].name, row["source"].kind) == (name, SourceKind.NAMED_PERSON)


def test_a_bound_pronoun_keeps_the_title_the_story_gave_the_name(run):
    text = ("Republican nominee Donald Trump spoke in Ohio. Later, Trump was criticized after he "
            "suggested that the polls were rigged.")
    trump = next(s for s in run(text).sources if s.name == "Donald Trump")
    assert trump.title == "Republican nominee"


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Some fear the deal will collapse.", "fear", "Some", ["the deal will collapse"]),
    ("Some question whether the law will survive.", "question", "Some",
     ["whether the law will survive"]),
    ("Still, some worry that prices will rise.", "worry", "some", ["that prices will rise"]),
    ("Many believe the election was stolen.", "believe", "Many", ["the election was stolen"]),
    ("Skeptics point out that nothing has changed.", "point out", "Skeptics",
     ["that nothing has changed"]),
    ("Advocates for the homeless argue that the shelter is too small.", "argue",
     "Advocates for the homeless", ["that the shelter is too small"]),
    ("Farmers in the region complain that the drought has ruined their crops.", "complain",
     "Farmers in the region", ["that the drought has ruined their crops"]),
])
def test_a_speech_verb_after_a_bare_subject_is_no_noun(run, text, cue, speaker, content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (cue, speaker, content)
    assert row["source"].kind == SourceKind.VAGUE


@pytest.mark.parametrize("text", ["Some doubt remains about the plan.",
                                  "Some report cards were sent home.",
                                  "Some fear of flying persists among passengers."])
def test_a_noun_after_some_stays_a_noun(run, text):
    assert run(text).attributions == []


def test_a_name_inside_a_relative_clause_is_not_the_speakers(run):
    text = ("“If I was a donor, I’d want answers,” said a prominent Republican National Committee "
            "member who supports Donald Trump.")
    source = run(text).attributions[0].source_id
    found = run(text).source(source)
    assert (found.kind, found.role) == (SourceKind.ANONYMOUS_INDIVIDUAL, "member")


@pytest.mark.parametrize("text, speaker, kind", [
    ("The WHO warned that the outbreak could spread.", "The WHO", SourceKind.NAMED_ORGANIZATION),
    ("The WHO chief added that funding was short.", "The WHO chief",
     SourceKind.ANONYMOUS_INDIVIDUAL),
    ("Officials at the WHO stressed that vaccines are safe.", "Officials at the WHO",
     SourceKind.ANONYMOUS_GROUP),
])
def test_an_acronym_after_the_is_a_body_not_a_pronoun(run, text, speaker, kind):
    row = only(text, run(text))
    assert (row["speaker"], row["source"].kind) == (speaker, kind)
    assert row["cue"] in ("warned", "added", "stressed")


def test_who_as_a_question_word_stays_a_pronoun(run):
    text = "The experts say the rules are vague about who would be eligible."
    assert only(text, run(text))["content"] == ["the rules are vague about who would be eligible"]


@pytest.mark.parametrize("text", ["Microsoft didn't respond to a request for comment.",
                                  "Apple didn’t immediately respond to a request for comment.",
                                  "The company wouldn't comment on the report."])
def test_a_contracted_disclosure_is_no_attribution(run, text):
    extraction = run(text)
    assert extraction.attributions == []
    assert [d.kind for d in extraction.disclosures] in (["no_response"], ["declined"])


@pytest.mark.parametrize("text, name", [
    ("The settlement agreement states that the company admits no wrongdoing.",
     "settlement agreement"),
    ("The motion argues that the evidence was obtained illegally.", "motion"),
    ("The preprint suggests that the variant spreads faster.", "preprint"),
])
def test_legal_and_research_papers_are_documents(run, text, name):
    row = only(text, run(text))
    assert (row["source"].name, row["source"].kind) == (name, SourceKind.DOCUMENT)


@pytest.mark.parametrize("text, name", [("Home Depot said sales were flat.", "Home Depot"),
                                        ("Shell plc said profits fell.", "Shell plc")])
def test_a_company_keeps_the_first_word_of_its_name(run, text, name):
    row = only(text, run(text))
    assert (row["source"].name, row["source"].kind) == (name, SourceKind.NAMED_ORGANIZATION)


def test_a_title_does_not_reach_back_over_a_verb(run):
    text = ("The latest is Rep. Joe Wilson, the South Carolina congressman, who said Rubio was "
            "the best candidate.")
    wilson = next(s for s in run(text).sources if s.name == "Joe Wilson")
    assert wilson.title == "Rep."


@pytest.mark.parametrize("text", [
    "The complaint, filed on Monday in federal court, alleges that the company hid losses.",
    "The report, commissioned by the council in 2022, says the bridge is unsafe.",
])
def test_a_set_off_participle_is_no_part_of_a_documents_name(run, text):
    source = only(text, run(text))["source"]
    assert source.kind == SourceKind.DOCUMENT
    assert source.name in ("complaint", "report")


@pytest.mark.parametrize("text", ["It is tempting to argue that the reforms failed.",
                                  "It is fair to say that nobody expected this."])
def test_the_writers_framing_puts_no_one_on_record(run, text):
    extraction = run(text)
    assert [(a.speaker, a.source_id) for a in extraction.attributions] == [(None, None)]
    assert extraction.sources == []


@pytest.mark.parametrize("text", ["Would anyone really argue that the system works?",
                                  "One might ask why the council waited so long.",
                                  "You might think the worst is over."])
def test_a_supposed_speaker_is_no_attribution(run, text):
    assert run(text).attributions == []


def test_a_referring_it_keeps_its_speaker(run):
    text = "The report was released Monday. It went on to say that the plan was sound."
    assert only(text, run(text))["speaker"] == "It"


@pytest.mark.parametrize("text, cue, speaker", [
    ('Tom Reilly, the party\'s treasurer, was blunter: "We are broke."', "was blunter:",
     "Tom Reilly, the party's treasurer"),
    ('The mayor was less diplomatic: "They lied to us."', "was less diplomatic:", "The mayor"),
])
def test_a_compared_manner_before_a_colon_tags_the_quotation(run, text, cue, speaker):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == (cue, speaker)


def test_a_comparison_of_a_thing_tags_no_quotation(run):
    text = 'The result was simpler: "We lost."'
    assert only(text, run(text))["speaker"] is None


@pytest.mark.parametrize("text, name", [
    ('Lewis Hamilton finished on the podium. "It feels like a win," the seven-time world '
     'champion said.', "Lewis Hamilton"),
    ('Patrick Mahomes threw for 300 yards. "We found a rhythm," the quarterback said.',
     "Patrick Mahomes"),
    ('Andy Murray won in straight sets. "It was special," the Scot said.', "Andy Murray"),
])
def test_a_sporting_epithet_stands_for_the_athlete_named(run, text, name):
    row = only(text, run(text))
    assert (row["source"].name, row["source"].kind) == (name, SourceKind.NAMED_PERSON)


def test_a_title_leaves_out_the_preposition_before_the_name(run):
    text = ("Fernando Alonso finished third ahead of Lando Norris. Norris said the car had been "
            "fast.")
    norris = next(s for s in run(text).sources if s.name == "Lando Norris")
    assert norris.title is None


def test_an_age_standing_for_a_person_keeps_its_relative_clause_out_of_the_quote(run):
    text = ('"My body is telling me it\'s time," said the 36-year-old, who announced her '
            'retirement on Tuesday.')
    extraction = run(text)
    said = next(a for a in extraction.attributions if a.cue.text(text) == "said")
    assert [piece.text(text) for piece in said.content] == ['"My body is telling me it\'s time,"']
    source = extraction.source(said.source_id)
    assert (source.kind, source.role) == (SourceKind.ANONYMOUS_INDIVIDUAL, "36-year-old")


@pytest.mark.parametrize("text, content", [
    ("The Red Cross said two of its staff had been killed.",
     ["two of its staff had been killed"]),
    ("The Straits Times noted what began as messages had grown into a movement.",
     ["what began as messages had grown into a movement"]),
])
def test_a_count_or_pronoun_read_as_an_object_is_the_clauses_subject(run, text, content):
    assert only(text, run(text))["content"] == content


@pytest.mark.parametrize("text, name, title", [
    ("Egypt's President Abdel Fattah al-Sisi said Cairo would never accept the plan.",
     "Abdel Fattah al-Sisi", "Egypt's President"),
    ("Sheikh Tamim bin Hamad Al Thani said talks would continue.",
     "Tamim bin Hamad Al Thani", "Sheikh"),
    ("Lord Cameron told the BBC that Israel must do more.", "Cameron", "Lord"),
])
def test_a_name_in_pieces_or_after_a_form_of_address_is_whole(run, text, name, title):
    source = only(text, run(text))["source"]
    assert (source.name, source.title) == (name, title)


def test_a_family_name_first_is_the_person_named_in_full(run):
    text = ("Chinese Premier Li Qiang said growth would reach 5%. Mr Li said the government "
            "would boost consumption.")
    assert [s.name for s in run(text).sources] == ["Li Qiang"]


def test_a_first_name_does_not_take_a_namesakes_surname(run):
    text = ("Elizabeth Warren spoke first. Warren Buffett said markets were calm. Warren said "
            "the banks were reckless.")
    assert [s.name for s in run(text).sources] == ["Warren Buffett", "Elizabeth Warren"]


def test_two_people_addressed_in_one_phrase(run):
    text = ("Senators Charles E. Grassley and Patrick J. Leahy wrote the bill. But Mr. Grassley "
            "and Mr. Leahy say other changes are needed.")
    assert [s.name for s in run(text).sources] == ["Charles E. Grassley", "Patrick J. Leahy"]


def test_the_company_is_the_one_business_named_just_before(run):
    text = ("Investors are watching Microsoft closely this week. The company said on Friday "
            "that it had cut 1,000 jobs.")
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == ("Microsoft", SourceKind.NAMED_ORGANIZATION)


def test_the_company_after_two_businesses_stays_unnamed(run):
    text = ("Ford and Toyota both reported sales on Monday. The company said demand was "
            "strong.")
    extraction = run(text)
    said = next(a for a in extraction.attributions if a.cue.text(text) == "said")
    assert extraction.source(said.source_id).name == "company"


@pytest.mark.parametrize("text, speaker, name", [
    ("The Pentagon itself concedes that the program is behind schedule.", "The Pentagon",
     "Pentagon"),
    ("The president himself said the plan was a mistake.", "The president", "president"),
])
def test_an_emphatic_reflexive_leaves_the_subject_as_it_is(run, text, speaker, name):
    row = only(text, run(text))
    assert (row["speaker"], row["source"].name) == (speaker, name)


def test_a_ruling_with_the_vote_before_that_is_an_attribution(run):
    text = "The Supreme Court ruled 5-4 that the law was unconstitutional."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (
        "ruled", "The Supreme Court", ["that the law was unconstitutional"])


def test_a_place_read_as_a_second_subject_is_part_of_the_title(run):
    text = '"This case is closed," said Brooklyn District Attorney Eric Gonzalez.'
    source = only(text, run(text))["source"]
    assert (source.name, source.title) == ("Eric Gonzalez", "Brooklyn District Attorney")


@pytest.mark.parametrize("text, cue", [
    ("Citi analysts wrote in a note to clients that the rally could continue.", "wrote"),
    ("The CEO said in a letter to shareholders that profits would rise.", "said"),
])
def test_what_was_written_to_someone_after_a_that(run, text, cue):
    row = only(text, run(text))
    assert row["cue"] == cue
    assert row["content"][0].startswith("that ")


def test_a_that_clause_of_a_report_responded_to_is_not_what_was_said(run):
    text = "Nehlen responded to reports that Trump planned to endorse his opponent."
    assert only(text, run(text))["content"] == [
        "reports that Trump planned to endorse his opponent"]


@pytest.mark.parametrize("text, name", [
    ("Her label, Interscope Records, said the album had been delayed.", "Interscope Records"),
    ("The Ukrainian side said it was ready for a ceasefire.", "Ukrainian side"),
])
def test_a_body_described_or_named_in_apposition(run, text, name):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == (name, SourceKind.NAMED_ORGANIZATION)


def test_the_one_asked_is_who_answers(run):
    text = 'I asked the teacher why she quit. "Burnout," she said.'
    extraction = run(text)
    said = next(a for a in extraction.attributions if a.cue.text(text) == "said")
    source = extraction.source(said.source_id)
    assert (source.name, source.kind) == ("teacher", SourceKind.ANONYMOUS_INDIVIDUAL)


def test_a_source_not_involved_has_no_knowledge_basis(run):
    text = ("An epidemiologist who was not involved in the research said the findings were "
            "striking.")
    source = only(text, run(text))["source"]
    assert (source.role, source.knowledge_basis) == ("epidemiologist", None)


@pytest.mark.parametrize("text, content", [
    ("State health officials said two people had died and at least 40 had been hospitalized.",
     ["two people had died and at least 40 had been hospitalized"]),
    ("Smith said the plan had failed and Jones agreed.", ["the plan had failed"]),
])
def test_a_clause_joined_after_what_was_said_goes_on_with_it(run, text, content):
    extraction = run(text)
    said = next(a for a in extraction.attributions if a.cue.text(text) == "said")
    assert [piece.text(text) for piece in said.content] == content


def test_a_subject_counted_with_more_than(run):
    text = "More than a dozen senators have said they oppose the bill."
    row = only(text, run(text))
    assert (row["speaker"], row["source"].kind, row["source"].number) == (
        "More than a dozen senators", SourceKind.ANONYMOUS_GROUP, "more than a dozen")


def test_in_someones_view_sources_the_clause_to_them(run):
    text = "In Cole's view, the firm was never profitable."
    row = only(text, run(text))
    assert (row["cue"], row["content"], row["source"].name) == (
        "In Cole's view", ["the firm was never profitable"], "Cole")


@pytest.mark.parametrize("text, role, kind", [
    # the one holder of a post an organization names, on the record though unnamed
    ("The UN secretary-general said the ceasefire must hold.", "secretary-general",
     SourceKind.NAMED_PERSON),
    # (the parser leaves 'the WHO' out of this one's phrase, so its kind is not checked)
    ('"We need more funding," the WHO director-general said.', "director-general", None),
    ("A vice-president of the company said sales fell.", "vice-president",
     SourceKind.ANONYMOUS_INDIVIDUAL),
])
def test_a_hyphenated_post_is_the_whole_role(run, text, role, kind):
    source = only(text, run(text))["source"]
    assert source.role == role
    assert kind is None or source.kind == kind


def test_a_gesture_before_a_quotation_names_who_answers(run):
    text = 'I asked Okafor whether he would run again. He shrugged. "Who knows?"'
    extraction = run(text)
    answer = next(a for a in extraction.attributions if a.cue.text(text) == "shrugged")
    assert [piece.text(text) for piece in answer.content] == ['"Who knows?"']
    assert extraction.source(answer.source_id).name == "Okafor"


def test_a_lede_that_names_its_speaker_later_is_that_named_person(run):
    text = ("Judge rejects request to unseal divorce file.\n\n"
            "A New York judge has rejected a request to make public a court file on the "
            "couple's divorce, saying the courts have no business deciding what voters need.\n\n"
            "The New York Times filed a motion to unseal the records.\n\n"
            "Manhattan Supreme Court Justice Frank Nervo rejected that argument in a ruling "
            "released Thursday.")
    rows = texts(text, run(text))
    lede = [row for row in rows if row["speaker"] == "A New York judge"]
    assert lede and all(row["source"].name == "Frank Nervo" for row in lede)
    assert lede[0]["source"].kind == SourceKind.NAMED_PERSON
    assert not lede[0]["source"].anonymous


@pytest.mark.parametrize("text", [
    # a role a reporter may leave unnamed, and a name with no post: two people
    "A senior administration official said Tuesday that the talks had stalled.\n\n"
    "Negotiators met again on Wednesday.\n\n"
    "“We are not there yet,” said Jane Doe.",
    # a post written with the name that is not the lede's
    "A former police officer says he was ordered to falsify arrest records.\n\n"
    "The department denies it.\n\n"
    "“There is no truth to this,” said John Smith, a spokesman for the department.",
])
def test_a_lede_speaker_stays_unnamed_when_the_next_name_may_be_someone_else(run, text):
    rows = texts(text, run(text))
    assert rows[0]["source"].anonymous
    assert rows[0]["source"] is not rows[-1]["source"]


def test_the_post_under_another_name_is_the_person_named_with_it(run):
    text = ("Manhattan Supreme Court Justice Frank Nervo rejected the request on Thursday. "
            "A lawyer for Ivana Trump, Michael Kay, had opposed it.\n\n"
            "The judge wrote that the court would not take sides.")
    row = texts(text, run(text))[-1]
    assert (row["speaker"], row["source"].name) == ("The judge", "Frank Nervo")


@pytest.mark.parametrize("text", [
    "Despite the protests, the board has proved to be stubborn, largely because one or more "
    "of its fee-paying members have opposed one reform or another.",
    "In the face of rising costs, the league has proved to be powerless, in large part because "
    "one or more of its cash-rich owners have backed one bidder or another.",
])
def test_a_clause_after_because_has_its_own_subject(run, text):
    row = only(text, run(text))
    assert row["speaker"].startswith("one or more of its ")
    assert row["cue"] in ("have opposed", "have backed")


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The council approved the plan despite warnings from residents that the road would "
     "flood.", "residents", "that the road would flood"),
    ("The move came after a warning from the ministry that supplies would run out.",
     "the ministry", "that supplies would run out"),
])
def test_a_that_clause_after_whoever_a_speech_noun_is_from_is_what_they_said(run, text,
                                                                              speaker, content):
    row = only(text, run(text))
    assert (row["rule"], row["speaker"], row["content"]) == ("nominal", speaker, [content])


def test_a_relative_clause_on_a_report_is_no_speech(run):
    text = "The report that the committee released on Monday was long."
    assert run(text).attributions == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("A cardiologist not involved in the study said the findings were encouraging.",
     "A cardiologist not involved in the study"),
    ("A researcher not connected to the trial said the results were promising.",
     "A researcher not connected to the trial"),
])
def test_an_outside_expert_described_by_a_negated_participle_is_the_speaker(run, text,
                                                                            speaker):
    row = only(text, run(text))
    assert (row["speaker"], row["cue"]) == (speaker, "said")
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert row["content"] == [text.split(" said ")[1].rstrip(".")]


@pytest.mark.parametrize("text", [
    "One Labour MP said the party was finished.",
    "One Labour MP was more candid: “We are finished.”",
])
def test_a_post_closing_a_partys_name_is_an_unnamed_member(run, text):
    row = only(text, run(text))
    assert row["speaker"] == "One Labour MP"
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert row["source"].role == "mp"


def test_a_post_read_as_an_adverb_still_heads_the_speaker(run):
    text = "The UN rights chief said the executions must stop."
    row = only(text, run(text))
    assert (row["speaker"], row["cue"]) == ("The UN rights chief", "said")
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert row["source"].role == "chief"


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("“That is nonsense,” the senator fired back.", "fired back", "“That is nonsense,”"),
    ("Trump shot back that the journalist had not been called on.", "shot back",
     "that the journalist had not been called on"),
])
def test_a_verb_that_reports_speech_with_its_particle(run, text, cue, content):
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == (cue, [content])


@pytest.mark.parametrize("text", [
    "Police fired back at the gunmen, killing two of them.",
    "The army hit back with airstrikes on rebel positions.",
    "The coach was fired back in 2019.",
])
def test_the_same_verb_and_particle_without_anything_said_is_no_attribution(run, text):
    assert run(text).attributions == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Teachers I spoke to say the new curriculum is rushed.", "Teachers I spoke to"),
    ("Parents I talked with say the schools are failing.", "Parents I talked with"),
])
def test_people_the_reporter_spoke_to_are_the_speakers(run, text, speaker):
    row = only(text, run(text))
    assert (row["speaker"], row["cue"]) == (speaker, "say")
    assert row["source"].kind == SourceKind.VAGUE


def test_an_as_clause_that_gives_a_name_is_no_speech(run):
    text = "Nico, as his teammates call him, says the pressure does not bother him."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (
        "says", "Nico", ["the pressure does not bother him"])


def test_a_closing_tag_told_to_an_outlet_named_in_common_words(run):
    text = "Apple is testing a cheaper model, three suppliers told The Information."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (
        "told", "three suppliers", ["Apple is testing a cheaper model"])
    assert row["source"].kind == SourceKind.ANONYMOUS_GROUP


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Shares of Nike fell 7% after the company said sales would decline.", "the company",
     "sales would decline"),
    ("Oil prices rose after Saudi Arabia said it would cut output.", "Saudi Arabia",
     "it would cut output"),
])
def test_the_speaker_after_after_is_not_the_main_clauses_subject(run, text, speaker, content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == ("said", speaker, [content])


def test_a_figure_analysts_had_forecast_gives_no_speaker_called_by_the_figure(run):
    text = "Uber reported revenue of $11 billion, above the $10.8 billion analysts had forecast."
    assert [row["speaker"] for row in texts(text, run(text))] == ["Uber"]


def test_saying_it_did_something_is_a_clause_not_an_object_and_participle(run):
    text = ("The FDA approved the drug on Friday, saying it offered “a meaningful advance” for "
            "patients.")
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (
        "saying", "The FDA", ["it offered “a meaningful advance” for patients"])


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The ruling, the judge wrote, “leaves no room for doubt.”", "the judge",
     ["The ruling", "“leaves no room for doubt.”"]),
    ("The findings, the researchers wrote, “suggest a causal link.”", "the researchers",
     ["The findings", "“suggest a causal link.”"]),
])
def test_a_tag_set_into_the_sentence_after_its_subject(run, text, speaker, content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == ("wrote", speaker, content)


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("“Worst finale ever,” one fan posted.", "posted", "one fan"),
    ("“It was an honour,” said the former Liverpool forward.", "said",
     "the former Liverpool forward"),
])
def test_a_closing_tag_the_parser_misread(run, text, cue, speaker):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == (cue, speaker)
    assert row["content"][0].startswith("“")
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL


def test_a_headline_passive_stays_passive(run):
    text = "FDIC Accused Of Covering Up China Hacking To Protect Chairman's Job."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("Accused", "FDIC")


def test_in_someones_telling_sources_the_clause_to_them(run):
    text = "In Cole's telling, the firm was never profitable."
    row = only(text, run(text))
    assert (row["rule"], row["content"]) == ("in_document", ["the firm was never profitable"])
    assert row["source"].name == "Cole"


def test_as_a_titled_name_put_it_introduces_the_quotation(run):
    text = "As the former minister Jane Cole put it, “Nobody is in charge.”"
    row = only(text, run(text))
    assert (row["rule"], row["cue"], row["content"]) == (
        "as_put", "put it", ["“Nobody is in charge.”"])
    assert row["source"].name == "Jane Cole"


def test_i_outside_quotation_marks_is_the_writer_not_the_last_person_named(run):
    text = ("Felix told me the plan had failed. I believed him.\n\n"
            "Later I asked the mayor whether the bridge would reopen.")
    rows = texts(text, run(text))
    writers = [row["source"] for row in rows if row["speaker"] == "I"]
    assert len(writers) == 2 and writers[0] is writers[1]
    assert (writers[0].name, writers[0].kind) == ("the writer", SourceKind.UNRESOLVED)
    assert rows[0]["source"].name == "Felix"


def test_a_speaker_fond_of_saying_is_the_predicates_subject(run):
    text = "The minister is fond of saying that rules are for other people."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("saying", "The minister")


@pytest.mark.parametrize("noun", ["diary", "memoir", "notebook"])
def test_written_works_are_documents(run, noun):
    text = f"According to his {noun}, he met the prince twice."
    row = only(text, run(text))
    assert row["source"].kind == SourceKind.DOCUMENT


def test_a_past_form_read_as_a_noun_keeps_the_whole_clause(run):
    text = "Delta said the outage cost it about $500 million."
    row = only(text, run(text))
    assert row["content"] == ["the outage cost it about $500 million"]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    ("Moscow had not received the proposal, Tass reported.", "reported", "Tass",
     "Moscow had not received the proposal"),
    ("The plant will close next year, the company announced.", "announced", "the company",
     "The plant will close next year"),
])
def test_a_closing_tag_with_a_verb_of_reporting_or_announcing(run, text, cue, speaker,
                                                              content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (cue, speaker, [content])


@pytest.mark.parametrize(("text", "kind"), [
    ("The orchestra said its principal conductor would step down.",
     SourceKind.NAMED_ORGANIZATION),
    ("The encyclical argues that indifference to migrants is a sin.", SourceKind.DOCUMENT),
    ("Reviewers say the battery lasts two days.", SourceKind.VAGUE),
    ("A parishioner said the roof had leaked for years.", SourceKind.ANONYMOUS_INDIVIDUAL),
])
def test_arts_and_religion_vocabulary(run, text, kind):
    assert only(text, run(text))["source"].kind == kind


def test_a_past_form_read_as_a_noun_before_an_adverb(run):
    text = "The sheriff said the blaze spread rapidly."
    assert only(text, run(text))["content"] == ["the blaze spread rapidly"]


def test_a_plural_word_for_people_read_as_a_verb_is_the_subject(run):
    text = "Privacy advocates warned that the app collects too much data."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("warned", "Privacy advocates")
    assert row["source"].kind == SourceKind.VAGUE


def test_according_to_keeps_a_subject_described_between_commas(run):
    text = "According to the sheriff's office, Maria Lopez, 52, died at the scene."
    row = only(text, run(text))
    assert row["content"] == ["Maria Lopez, 52, died at the scene"]


def test_a_victims_name_withheld_until_the_family_is_told_is_no_anonymity_grant(run):
    text = ("The woman's name was withheld pending notification of her family, the coroner "
            "said.")
    extraction = run(text)
    assert extraction.justifications == []
    row = only(text, extraction)
    assert row["content"] == ["The woman's name was withheld pending notification of her family"]
    assert not row["source"].justified


@pytest.mark.parametrize(("text", "reason"), [
    ("A guard, who asked not to be named because he feared losing his job, said the doors "
     "were unlocked.", "fear_of_reprisal"),
    ("An officer, who spoke on condition of anonymity because the investigation is "
     "continuing, said the gun was stolen.", "ongoing_investigation"),
])
def test_reasons_for_anonymity_in_police_copy(run, text, reason):
    extraction = run(text)
    assert [(j.reason, j.source_ids) for j in extraction.justifications] == [
        (reason, [only(text, extraction)["source"].id])]


@pytest.mark.parametrize("text", [
    "According to the dispatch log, the first call came at 2:14 a.m.",
    "The autopsy found that she died of blunt force trauma.",
])
def test_police_and_medical_records_are_documents(run, text):
    assert only(text, run(text))["source"].kind == SourceKind.DOCUMENT


def test_a_post_tagged_as_an_adjective_heads_the_unnamed_speaker(run):
    text = ("A former Twitter executive, speaking on condition of anonymity to discuss internal "
            "matters, said the team had been cut.")
    extraction = run(text)
    row = only(text, extraction)
    assert (row["speaker"], row["content"]) == (
        "A former Twitter executive", ["the team had been cut"])
    source = row["source"]
    assert (source.kind, source.role, source.seniority, source.organization) == (
        SourceKind.ANONYMOUS_INDIVIDUAL, "executive", "former", "Twitter")
    assert [j.source_ids for j in extraction.justifications] == [[source.id]]


def test_a_post_tagged_as_an_adjective_after_the_verb(run):
    text = "“The chips are late,” said a senior Intel executive."
    row = only(text, run(text))
    assert row["speaker"] == "a senior Intel executive"
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL


def test_a_first_name_whose_full_name_is_kept_back_in_a_clause_after_it(run):
    text = "Kevin, who asked that his full name not be used, said the clinic was closed."
    extraction = run(text)
    row = only(text, extraction)
    assert (row["cue"], row["speaker"]) == ("said", "Kevin")
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert [j.source_ids for j in extraction.justifications] == [[row["source"].id]]


def test_asking_that_a_name_be_withheld_is_no_claim(run):
    text = ("“The tests are too hard,” said Marcus, a senior who asked that his last name be "
            "withheld.")
    assert [row["cue"] for row in texts(text, run(text))] == ["said"]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The cause was complications of pneumonia, her son, Miguel, said.", "her son, Miguel",
     "The cause was complications of pneumonia"),
    ("His son, David, said the funeral would be private.", "His son, David",
     "the funeral would be private"),
])
def test_a_relative_named_after_a_comma_keeps_the_tie(run, text, speaker, content):
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == (speaker, [content])
    assert row["source"].kind == SourceKind.NAMED_PERSON
    assert row["source"].title == "son"


def test_as_a_post_before_a_name_stays_out_of_the_speaker(run):
    text = "As a senator, Kaine has opposed defunding Planned Parenthood."
    assert only(text, run(text))["speaker"] == "Kaine"


@pytest.mark.parametrize(("text", "content"), [
    ("Friends remembered him as generous to a fault.", "him as generous to a fault"),
    ("Colleagues described him as meticulous, shy and quietly funny.",
     "him as meticulous, shy and quietly funny"),
])
def test_what_someone_is_remembered_or_described_as(run, text, content):
    assert only(text, run(text))["content"] == [content]


def test_recalling_someone_saying_a_quotation_keeps_the_quotation(run):
    text = ("Another fraternity brother, Stuart Oltchick, recalled him saying, “I have to take "
            "my brother along.”")
    row = only(text, run(text))
    assert row["content"][-1].endswith("“I have to take my brother along.”")
    assert row["speaker"] == "Another fraternity brother, Stuart Oltchick"


def test_a_concession_after_what_was_said_is_not_said(run):
    text = 'Reviewers called the album "a triumph," although sales have been slow.'
    assert only(text, run(text))["content"] == ['the album "a triumph,"']


def test_a_participle_after_a_closing_tag_is_the_tags_speakers(run):
    text = ("Emergency crews evacuated about 800 people, the mayor's office said, adding that "
            "shelters were open.")
    rows = texts(text, run(text))
    assert [(row["cue"], row["speaker"]) for row in rows] == [
        ("said", "the mayor's office"), ("adding", "the mayor's office")]
    assert rows[0]["content"] == ["Emergency crews evacuated about 800 people"]


@pytest.mark.parametrize(("text", "content"), [
    ("Officials said three of the injured were in critical condition.",
     "three of the injured were in critical condition"),
    ("Police said 12 of the 40 passengers had been taken to hospital.",
     "12 of the 40 passengers had been taken to hospital"),
])
def test_a_count_of_people_opens_what_was_said(run, text, content):
    assert only(text, run(text))["content"] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("Pfizer said Tuesday it expected sales to fall.", "it expected sales to fall"),
    ("The company said Monday that profits rose.", "that profits rose"),
])
def test_the_day_after_said_is_when_it_was_said(run, text, content):
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == ("said", [content])


def test_where_it_was_said_after_the_speakers_apposition_is_not_the_speaker(run):
    text = ("“Demand is insane,” said Jensen Huang, the chief executive of Nvidia, at a "
            "conference in Taipei on Monday.")
    assert only(text, run(text))["speaker"] == "Jensen Huang, the chief executive of Nvidia"


def test_a_that_clause_after_the_setting_keeps_its_own_later_clause(run):
    text = ("The company said in an interview that it was cutting costs after demand for its "
            "vaccines fell.")
    assert only(text, run(text))["content"] == [
        "that it was cutting costs after demand for its vaccines fell"]


def test_a_form_of_address_is_no_part_of_the_post_before_a_name(run):
    text = "The museum's director, Dr. Helen Marsh, said the loan was approved."
    source = only(text, run(text))["source"]
    assert (source.name, source.title) == ("Helen Marsh", "museum's director")


def test_the_reason_for_anonymity_stays_with_the_official_not_the_claim(run):
    text = ("A federal official, speaking on condition of anonymity because the inquiry is "
            "ongoing, said the suspect had posted threats online weeks before the attack.")
    extraction = run(text)
    row = only(text, extraction)
    assert (row["cue"], row["speaker"]) == ("said", "A federal official")
    assert row["content"] == ["the suspect had posted threats online weeks before the attack"]
    assert [(j.reason, j.source_ids) for j in extraction.justifications] == [
        ("ongoing_investigation", [row["source"].id])]


def test_a_reason_after_an_inverted_speaker_is_not_all_that_was_said(run):
    text = ("The number of dead is likely to climb, said Maria Santos, a spokeswoman for the Red "
            "Cross, because rescuers have not reached several villages.")
    row = only(text, run(text))
    assert row["content"][0] == "The number of dead is likely to climb"
    assert row["speaker"] == "Maria Santos, a spokeswoman for the Red Cross"


def test_whom_it_was_told_before_a_clause_with_its_own_pronoun(run):
    text = "Witnesses told reporters they heard at least three gunshots before the van sped away."
    assert only(text, run(text))["content"] == [
        "they heard at least three gunshots before the van sped away"]


def test_a_plural_word_for_people_capitalised_at_the_start_is_no_name(run):
    text = "Paramedics said the man had no pulse when they arrived."
    row = only(text, run(text))
    assert row["speaker"] == "Paramedics"
    assert row["source"].kind == SourceKind.ANONYMOUS_GROUP


@pytest.mark.parametrize(("text", "kind"), [
    ("Senators told reporters that the deal was dead.", SourceKind.VAGUE),
    ("Sanders told reporters that the deal was dead.", SourceKind.NAMED_PERSON),
])
def test_a_plural_word_for_people_the_tagger_took_for_a_name_is_a_crowd(run, text, kind):
    assert only(text, run(text))["source"].kind == kind


def test_a_post_and_name_set_off_before_a_verb_of_telling_are_its_subject(run):
    text = ("The district's superintendent, Aaron Blake, told parents that the school would "
            "reopen on Monday.")
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("told", "The district's superintendent, Aaron Blake")
    assert row["content"] == ["that the school would reopen on Monday"]
    assert row["source"].kind == SourceKind.NAMED_PERSON


def test_a_clause_joined_on_after_a_tag_in_mid_sentence_is_said_too(run):
    text = "Five people were killed, the fire department said Sunday, and 12 were injured."
    row = only(text, run(text))
    assert row["speaker"] == "the fire department"
    assert row["content"] == ["Five people were killed", "12 were injured"]


def test_a_clause_joined_on_after_a_tag_keeps_its_own_speaker(run):
    text = "The bridge will close Monday, officials said, and the mayor said it would reopen soon."
    rows = {row["speaker"]: row["content"] for row in texts(text, run(text))}
    assert rows["officials"] == ["The bridge will close Monday"]
    assert rows["the mayor"] == ["it would reopen soon"]


@pytest.mark.parametrize(("text", "content"), [
    ('Walz\'s spokesperson said in an email that the governor "misspoke" about his time in '
     'Hong Kong.', 'that the governor "misspoke" about his time in Hong Kong'),
    ("The council's budget chair, Ydanis Rodriguez, said in an interview that cuts to "
     'libraries were "off the table."', 'that cuts to libraries were "off the table."'),
    ("The press secretary wrote in a memo to staff that the race remained close.",
     "that the race remained close"),
    ("The Bank of Korea said after its rate-setting meeting that growth would slow.",
     "that growth would slow"),
    ("The IMF warned in a report released Tuesday that rising public debt posed a risk to "
     "financial stability.", "that rising public debt posed a risk to financial stability"),
    ("The envoy said after the talks that both sides had agreed to meet again in Geneva.",
     "that both sides had agreed to meet again in Geneva"),
])
def test_a_that_read_as_relative_after_a_setting_opens_what_was_said(run, text, content):
    assert only(text, run(text))["content"] == [content]


def test_a_relative_clause_on_where_it_was_said_is_not_what_was_said(run):
    text = "Authorities reported a fire at a center that works with disabled adults."
    assert "that works" not in " ".join(only(text, run(text))["content"])


def test_what_someone_responded_to_is_not_what_they_said(run):
    text = "Nehlen responded Friday to reports that Trump planned to endorse his opponent."
    assert only(text, run(text))["content"] == [
        "reports that Trump planned to endorse his opponent"]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The Kremlin issued a statement calling the sanctions illegal.",
     "issued a statement calling", "The Kremlin"),
    ('The White House released a statement that said the president was "deeply saddened."',
     "released a statement that said", "The White House"),
    ("The ministry issued a statement on Tuesday saying the talks had collapsed.",
     "issued a statement on Tuesday saying", "The ministry"),
])
def test_a_statement_put_out_speaks_for_whoever_put_it_out(run, text, cue, speaker):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == (cue, speaker)
    assert row["source"].kind == SourceKind.NAMED_ORGANIZATION


def test_a_document_that_shows_something_stays_its_source(run):
    text = "Clinton released her medical records in July, which showed she was fit for duty."
    row = only(text, run(text))
    assert row["cue"] == "showed"
    assert row["source"].kind == SourceKind.DOCUMENT


@pytest.mark.parametrize("text", [
    "Ukraine's general staff said in its morning update that 120 clashes took place.",
    "The general staff said the situation near Kupiansk remained difficult.",
])
def test_a_general_staff_is_a_military_command_not_a_person(run, text):
    assert only(text, run(text))["source"].kind == SourceKind.NAMED_ORGANIZATION


def test_a_post_the_tagger_took_into_a_name_is_the_title_not_the_name(run):
    text = "Congressman Smith said he would vote no. Smith later said he had changed his mind."
    extraction = run(text)
    assert [(s.name, s.title, s.kind) for s in extraction.sources] == [
        ("Smith", "Congressman", SourceKind.NAMED_PERSON)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The governor's office, in a statement Wednesday, said the state would send National "
     "Guard troops.", "The governor's office"),
    ("The senator, in his Fourth of July remarks, promised to fight.", "The senator"),
])
def test_where_it_was_said_set_off_after_the_speaker_is_no_part_of_the_speaker(run, text,
                                                                                speaker):
    row = only(text, run(text))
    assert row["speaker"] == speaker
    assert row["source"].name == speaker.removeprefix("The ")


def test_a_place_set_off_after_the_speaker_still_describes_the_speaker(run):
    text = "An official, in Kyiv, said the attack failed."
    assert only(text, run(text))["source"].location == "Kyiv"


def test_a_speech_verb_after_the_cues_own_preposition_is_the_charge(run):
    text = "Vance accused Walz of supporting open borders."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("accused", "Vance")
    assert row["content"] == ["supporting open borders"]


def test_a_second_speech_verb_after_and_is_a_second_statement_not_a_modifier(run):
    text = ("The National Weather Service warned that winds could reach 70 mph and urged "
            "residents to stay home.")
    assert said(text, run(text)) == [
        ("warned", "The National Weather Service", ["that winds could reach 70 mph"]),
        ("urged", "The National Weather Service", ["residents to stay home"])]


def test_a_verb_after_and_that_the_reported_person_may_have_done_stays_reported(run):
    text = ("Advocacy groups note that Sanders co-sponsored bans in 2003 and opposed "
            "alternatives that would have allowed the research.")
    assert said(text, run(text)) == [
        ("note", "Advocacy groups", ["that Sanders co-sponsored bans in 2003 and opposed "
                                     "alternatives that would have allowed the research"])]


@pytest.mark.parametrize(("text", "people"), [
    ("Senator Amy Klobuchar and Governor Tim Walz said they would campaign together.",
     [("Amy Klobuchar", "Senator"), ("Tim Walz", "Governor")]),
    ("Mayor Karen Bass and Sheriff Robert Luna said the fire was contained.",
     [("Karen Bass", "Mayor"), ("Robert Luna", "Sheriff")]),
])
def test_two_names_each_after_its_post_are_two_speakers(run, text, people):
    extraction = run(text)
    assert [(s.name, s.title) for s in extraction.sources] == people
    assert len(extraction.attributions) == 2


def test_a_description_after_according_to_describes_the_source(run):
    text = ("According to Amnesty International, a London-based rights group, the detainees "
            "were tortured.")
    row = only(text, run(text))
    assert row["content"] == ["the detainees were tortured"]
    assert (row["source"].name, row["source"].kind) == (
        "Amnesty International", SourceKind.NAMED_ORGANIZATION)


@pytest.mark.parametrize(("text", "content"), [
    ("The Teamsters said drivers at 40 facilities had walked off the job.",
     "drivers at 40 facilities had walked off the job"),
    ("Trump said praise from Russian President Vladimir Putin would not affect his policy.",
     "praise from Russian President Vladimir Putin would not affect his policy"),
])
def test_a_subject_read_as_the_speech_verbs_object_keeps_its_phrase(run, text, content):
    assert only(text, run(text))["content"] == [content]


def test_the_post_an_apposition_gives_outranks_a_rank(run):
    text = "Col. Yuriy Ihnat, the air force spokesman, said 30 drones were downed."
    source = only(text, run(text))["source"]
    assert (source.name, source.title) == ("Yuriy Ihnat", "air force spokesman")


def test_a_meetings_minutes_are_a_document(run):
    text = 'The minutes showed that officials saw the risks as "roughly balanced."'
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("showed", "The minutes")
    assert row["source"].kind == SourceKind.DOCUMENT


@pytest.mark.parametrize(("text", "role", "affiliation"), [
    ("The attorney general said the department would appeal.", "attorney general", None),
    ("The Iranian foreign ministry said the remarks were unacceptable.", "foreign ministry",
     "Iranian"),
])
def test_a_post_named_by_two_words_is_one_role(run, text, role, affiliation):
    source = only(text, run(text))["source"]
    assert (source.role, source.affiliation) == (role, affiliation)


def test_a_crowd_granted_anonymity_is_an_anonymous_group_the_grant_covers(run):
    text = "Lawmakers, speaking on condition of anonymity, said the vote would fail."
    extraction = run(text)
    source = only(text, extraction)["source"]
    assert (source.kind, source.justified) == (SourceKind.ANONYMOUS_GROUP, True)
    assert [j.source_ids for j in extraction.justifications] == [[source.id]]


def test_what_a_verb_of_asking_asks_is_one_content_with_its_infinitive(run):
    text = "Rep. Pramila Jayapal urged her colleagues to reject the rule."
    assert said(text, run(text)) == [
        ("urged", "Rep. Pramila Jayapal", ["her colleagues to reject the rule"])]


@pytest.mark.parametrize("text", [
    "The senator told reporters waiting outside the chamber that he would vote no.",
    "Erdogan told reporters traveling with him that Ankara would not back down.",
])
def test_a_participle_describing_whom_it_was_told_is_not_what_was_told(run, text):
    assert only(text, run(text))["content"][0].startswith("that ")


@pytest.mark.parametrize(("text", "content"), [
    ("The Kremlin said Putin and Xi had agreed to deepen ties.",
     "Putin and Xi had agreed to deepen ties"),
    ("Diplomats said Iran and the United States had exchanged messages through Oman.",
     "Iran and the United States had exchanged messages through Oman"),
])
def test_two_subjects_after_a_speech_verb_are_the_reported_clauses(run, text, content):
    assert only(text, run(text))["content"] == [content]


def test_a_speakers_second_statement_after_a_thing_they_reported_is_their_own(run):
    text = "The ministry said the roads were open and urged drivers to take care."
    assert said(text, run(text)) == [
        ("said", "The ministry", ["the roads were open"]),
        ("urged", "The ministry", ["drivers to take care"])]


def test_a_quote_after_a_tagged_quote_goes_on_from_its_speaker_not_the_next_sentence(run):
    text = '"It\'s safe," the engineer said. "Completely." Residents said otherwise.'
    assert said(text, run(text)) == [
        ("said", "the engineer", ['"It\'s safe,"', '"Completely."'])]


@pytest.mark.parametrize("text", [
    "Vertex Labs (NASDAQ: VTX) said revenue rose 12 percent.",
    "Acme Corp. (NYSE: ACME) today announced record quarterly results.",
])
def test_a_stock_ticker_after_a_company_is_no_part_of_its_name(run, text):
    row = only(text, run(text))
    assert row["speaker"] == text.split(" (")[0]
    assert row["source"].kind == SourceKind.NAMED_ORGANIZATION


def test_a_chief_officers_initials_name_a_post_not_an_organization(run):
    text = "The CFO said costs would fall."
    assert only(text, run(text))["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL


def test_a_post_after_an_institutions_possessive_names_the_person_not_the_institution(run):
    text = "The Bank of Canada's governor, Tiff Macklem, said the bank was not there yet."
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == ("Tiff Macklem", SourceKind.NAMED_PERSON)


def test_a_post_set_off_before_a_titled_name_is_the_title(run):
    text = "The committee's chairman, Rep. James Kirby, said the panel would reconvene."
    source = only(text, run(text))["source"]
    assert (source.name, source.title) == ("James Kirby", "committee's chairman")


@pytest.mark.parametrize(("text", "content"), [
    ("Sen. Mark Warner asked the director whether the agency had been hacked.",
     "whether the agency had been hacked"),
    ("Jobs data released Friday showed the economy added 150,000 jobs.",
     "the economy added 150,000 jobs"),
])
def test_a_clause_the_parser_hung_on_a_noun_after_the_verb_is_what_was_said(run, text,
                                                                             content):
    assert only(text, run(text))["content"] == [content]


def test_what_a_poll_found_someone_doing_is_its_finding(run):
    text = "A CNN poll found Haley trailing by 30 points."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"]) == ("found", "A CNN poll")
    assert row["content"] == ["Haley trailing by 30 points"]


def test_a_bare_noun_before_the_object_modifies_it(run):
    text = "Acme Corp. today announced record quarterly results."
    assert only(text, run(text))["content"] == ["record quarterly results"]


def test_the_company_is_not_a_union_named_before_it(run):
    text = ("The Culinary Union said members had authorized a strike. The company said it "
            "was negotiating in good faith.")
    assert [s.name for s in run(text).sources] == ["Culinary Union", "company"]


def test_a_one_word_quote_after_a_tagged_quote_is_not_lost_to_the_next_speaker(run):
    text = '"No comment," Ann Harris said. "Nothing." Her lawyer said Harris would testify.'
    assert said(text, run(text)) == [
        ("said", "Ann Harris", ['"No comment,"', '"Nothing."']),
        ("said", "Her lawyer", ["Harris would testify"])]


@pytest.mark.parametrize("text", [
    "A senior official at the ministry said the report had been delayed. Jane Doe, a senior "
    "official at the ministry, said it would be published in June.",
    "A spokesman for the airline said the flights were cancelled.\n\n"
    "Tom Reid, the airline's spokesman, later said refunds would be paid.",
])
def test_an_unnamed_source_is_not_merged_into_a_person_named_later(run, text):
    first, second = (row["source"] for row in texts(text, run(text)))
    assert first is not second
    assert (first.kind, first.anonymous) == (SourceKind.ANONYMOUS_INDIVIDUAL, True)
    assert second.kind == SourceKind.NAMED_PERSON


def test_the_post_of_an_unnamed_source_means_that_source_not_the_last_person_named(run):
    text = ('"He\'s finished," one Conservative MP said. Mr Holden, the party chairman, '
            "dismissed the claim. The MP said more letters were on the way.")
    rows = texts(text, run(text))
    assert rows[-1]["speaker"] == "The MP"
    assert rows[-1]["source"] is rows[0]["source"]
    assert rows[-1]["source"].anonymous


@pytest.mark.parametrize(("text", "speaker"), [
    ("The deal is off, a senior banker said on condition of anonymity.", "a senior banker"),
    ("Talks collapsed late on Thursday, a European official said on condition of anonymity.",
     "a European official"),
    ("The plan will be announced next week, a senior official said on condition of anonymity "
     "because he was not authorised to speak to the media.", "a senior official"),
])
def test_a_closing_tag_with_the_sources_terms_after_it_still_attributes(run, text, speaker):
    extraction = run(text)
    row = only(text, extraction)
    assert (row["cue"], row["speaker"]) == ("said", speaker)
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert [j.source_ids for j in extraction.justifications] == [[row["source"].id]]


@pytest.mark.parametrize("text", [
    'A Whitehall source said the policy was dead. "Nobody is going to defend it," they said.',
    "A person familiar with the matter said the bid would be withdrawn. They said the board "
    "had lost patience.",
])
def test_singular_they_after_an_unnamed_source_is_that_source(run, text):
    first, second = texts(text, run(text))
    assert second["speaker"].lower() == "they"
    assert second["source"] is first["source"]
    assert second["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL


@pytest.mark.parametrize("text", [
    # a crowd named since: 'they' are the crowd
    "A senior official said the plan was dead. Officials in Brussels disagreed. They said "
    "talks would go on.",
    # a person the story gives a sex is no 'they'
    "A spokeswoman said the plant would close. They said it was a hard decision.",
])
def test_they_is_not_the_unnamed_source_when_it_may_mean_others(run, text):
    first, second = texts(text, run(text))
    assert second["source"] is not first["source"]


def test_a_question_after_a_fronted_when_asked_is_not_what_the_speaker_said(run):
    text = "When asked if he would stand again, Mr Hunt said he had not decided."
    rows = texts(text, run(text))
    assert [(row["cue"], row["content"]) for row in rows] == [("said", ["he had not decided"])]
    assert rows[0]["source"].name == "Hunt"


@pytest.mark.parametrize(("text", "content"), [
    ('Ms Reid said the minister had "misled" parliament.',
     'the minister had "misled" parliament'),
    ('Downing Street said the prime minister "welcomed" the report.',
     'the prime minister "welcomed" the report'),
])
def test_a_verb_quoted_alone_in_reported_speech_keeps_its_object(run, text, content):
    assert only(text, run(text))["content"] == [content]


@pytest.mark.parametrize(("text", "name", "title"), [
    ("The prime minister's spokesman, Tom Golding, said no decision had been taken.",
     "Tom Golding", "prime minister's spokesman"),
    ("The health secretary, Wes Streeting, said the plan was fully funded.",
     "Wes Streeting", "health secretary"),
])
def test_a_surname_read_as_a_verb_in_an_apposition_is_the_named_persons(run, text, name, title):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind, source.title) == (name, SourceKind.NAMED_PERSON, title)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Prof Green says the findings should worry anyone who drinks tap water.", "Green", "Prof"),
    ("Lt Col Sarah Hill said the unit had been stood down.", "Sarah Hill", "Lt Col"),
    # after a post, the same letters are a given name
    ("Japanese Defence Minister Gen Nakatani said the plan was sound.", "Gen Nakatani",
     "Japanese Defence Minister"),
])
def test_a_title_abbreviated_without_a_full_stop_is_no_part_of_the_name(run, text, name,
                                                                         title):
    source = only(text, run(text))["source"]
    assert (source.name, source.title) == (name, title)


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ("Sarah Jones, the company's chief executive, said the talks were constructive.",
     "Sarah Jones, the company's chief executive", SourceKind.NAMED_PERSON),
    ("A senior executive, who asked not to be named, said staff had not been told.",
     "A senior executive", SourceKind.ANONYMOUS_INDIVIDUAL),
])
def test_a_described_person_the_tagger_read_as_an_adjective_clause_is_the_speaker(run, text,
                                                                                speaker, kind):
    extraction = run(text)
    row = only(text, extraction)
    assert (row["speaker"], row["source"].kind) == (speaker, kind)
    if kind == SourceKind.NAMED_PERSON:
        assert row["source"].title == "company's chief executive"
    else:
        assert row["source"].justified


@pytest.mark.parametrize("text", [
    'The prime minister said the government would act "decisively".',
    "The Reserve Bank governor said rates would stay on hold.",
])
def test_a_post_after_the_in_lower_case_names_its_holder_on_the_record(run, text):
    source = only(text, run(text))["source"]
    assert (source.kind, source.anonymous) == (SourceKind.NAMED_PERSON, False)


@pytest.mark.parametrize("text", [
    "The official said the talks had stalled.",
    "The MP said more letters were on the way.",
])
def test_a_role_or_an_acronym_after_the_stays_unnamed(run, text):
    assert only(text, run(text))["source"].anonymous


@pytest.mark.parametrize(("text", "cue", "outlet", "content"), [
    ("Ministers have been told to prepare for a delay, the Guardian understands.",
     "understands", "the Guardian", "Ministers have been told to prepare for a delay"),
    ("The White House is weighing a new tariff on steel, Axios has learned.",
     "has learned", "Axios", "The White House is weighing a new tariff on steel"),
    ("The Guardian understands that talks broke down late on Thursday.",
     "understands", "The Guardian", "that talks broke down late on Thursday"),
])
def test_what_an_outlet_understands_or_has_learned_is_attributed_to_it(run, text, cue, outlet,
                                                                       content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (cue, outlet, [content])
    assert row["source"].kind == SourceKind.NAMED_ORGANIZATION


@pytest.mark.parametrize(("text", "role"), [
    ('A witness who asked not to be named said she heard "three or four bangs".', "witness"),
    ("A teammate who requested anonymity said the squad was divided.", "teammate"),
])
def test_a_speech_verb_after_a_relative_clause_of_terms_is_the_sentences_verb(run, text, role):
    extraction = run(text)
    row = only(text, extraction)
    assert row["cue"] == "said"
    assert (row["source"].kind, row["source"].role) == (SourceKind.ANONYMOUS_INDIVIDUAL, role)
    assert row["source"].justified


def test_a_source_who_cannot_be_named_for_legal_reasons_is_anonymous_and_justified(run):
    text = ("The boy, who cannot be identified for legal reasons, told the court he had been "
            "threatened.")
    extraction = run(text)
    row = only(text, extraction)
    assert (row["cue"], row["content"]) == ("told", ["he had been threatened"])
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL and row["source"].justified
    assert [j.reason for j in extraction.justifications] == ["legal"]


def test_a_persons_title_leaves_out_what_a_relative_clause_says_of_them(run):
    text = ("Dr Helen Ward, an epidemiologist who was not involved in the research, said the "
            "results were encouraging.")
    source = only(text, run(text))["source"]
    assert (source.name, source.title) == ("Helen Ward", "epidemiologist")


@pytest.mark.parametrize(("text", "name"), [
    ("His barrister, Claire Wood KC, said the evidence was thin.", "Claire Wood"),
    ("Jane Smith MP said the vote would be close.", "Jane Smith"),
])
def test_letters_after_a_name_are_no_part_of_it(run, text, name):
    assert only(text, run(text))["source"].name == name


@pytest.mark.parametrize("text", [
    'Arsenal won 3-1. "It was a great performance," said Arteta.',
    'Coco Gauff beat Aryna Sabalenka 6-4 6-3. "I felt calm today," said the American.',
])
def test_a_score_the_splitter_left_in_the_quotations_sentence_is_not_said(run, text):
    row = only(text, run(text))
    assert len(row["content"]) == 1 and row["content"][0].startswith('"')


def test_a_sum_the_parser_split_into_two_clauses_stays_in_what_was_said(run):
    text = ("Sources close to the club, who asked not to be named, said the fee would be "
            "around £60m.")
    assert only(text, run(text))["content"] == ["the fee would be around £60m"]


def test_a_person_told_by_age_with_a_relative_clause_is_the_speaker(run):
    text = ("Robert Kim spent 23 years in prison. The 61-year-old, who was exonerated last "
            "spring, says he does not feel bitter.")
    row = only(text, run(text))
    assert row["speaker"].startswith("The 61-year-old")
    assert row["source"].name == "Robert Kim"


@pytest.mark.parametrize(("text", "name"), [
    ('Kagiso Rabada took five wickets. "I enjoyed it," said the South African.',
     "Kagiso Rabada"),
    ('Kane Williamson scored a century. "It was a good day," said the New Zealander.',
     "Kane Williamson"),
])
def test_one_of_a_people_named_in_two_words_is_the_person_named_before(run, text, name):
    assert only(text, run(text))["source"].name == name


def test_a_surname_tagged_an_adverb_ends_the_name_of_the_speaker(run):
    text = "Eddie Howe admitted his side had struggled."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["source"].name) == (
        "admitted", "Eddie Howe", "Eddie Howe")


def test_a_subject_hung_on_what_was_told_is_the_teller(run):
    text = ("The transport minister, Catherine King, told reporters on Monday the rail link "
            "would be funded.")
    row = only(text, run(text))
    assert row["content"] == ["the rail link would be funded"]
    assert (row["source"].name, row["source"].title) == ("Catherine King", "transport minister")


@pytest.mark.parametrize("text", [
    "The results will be published next week, an official, who did not want to be identified, "
    "said.",
    "The company will close the plant by the end of the year, a spokesperson, who declined to "
    "be named, said.",
])
def test_a_closing_tag_whose_speaker_has_a_set_off_relative_clause_attributes(run, text):
    extraction = run(text)
    row = only(text, extraction)
    assert row["cue"] == "said" and row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert row["source"].justified


def test_party_members_of_a_british_party_are_a_vague_crowd_like_democrats(run):
    text = "Senior Tories are privately warning that the party faces a wipeout."
    assert only(text, run(text))["source"].kind == SourceKind.VAGUE


@pytest.mark.parametrize("text", [
    "The defender showed great composure throughout the match.",
    "Reed, 41, showed no emotion as the verdict was read.",
    "He showed the jury a photograph of the car.",
])
def test_a_person_showing_a_thing_reports_nothing(run, text):
    assert said(text, run(text)) == []


def test_a_record_showing_a_thing_is_its_finding(run):
    text = "A new poll shows Clinton with a five-point lead."
    row = only(text, run(text))
    assert (row["cue"], row["source"].kind) == ("shows", SourceKind.DOCUMENT)
    assert row["content"] == ["Clinton with a five-point lead"]


def test_a_dutch_particle_joins_the_two_halves_of_a_name(run):
    text = ('Erik ten Hag was asked whether Rashford would start on Sunday. "We\'ll see," he '
            'said.')
    assert only(text, run(text))["source"].name == "Erik ten Hag"


def test_the_word_a_name_is_listed_by_is_no_title(run):
    text = ("Freedom Magazine attacked high-ranking defectors from the organization including "
            "Tom Devocht and Mark Rathbun. He met with Devocht, who had told him he would help.")
    row = only(text, run(text))
    assert (row["source"].name, row["source"].title) == ("Tom Devocht", None)


def test_a_relative_clause_after_a_thing_kept_is_no_clause_said(run):
    text = ("Malaysia and Indonesia have maintained a policy of turning away boats of migrants "
            "which the United Nations has criticised.")
    assert [row["cue"] for row in texts(text, run(text))] == []
    text = "The minister maintained the money had never been his."
    assert said(text, run(text)) == [
        ("maintained", "The minister", ["the money had never been his"])]


@pytest.mark.parametrize("text, speaker, content", [
    ("The UN refugee agency said in a statement that more than 200,000 people had fled across "
     "the border since Monday.", "The UN refugee agency",
     "that more than 200,000 people had fled across the border since Monday"),
    ("The aid group said in a report that at least 500 children had died of malnutrition.",
     "The aid group", "that at least 500 children had died of malnutrition"),
    ("Witnesses told Reuters that gunmen on motorcycles opened fire on the market.",
     "Witnesses", "that gunmen on motorcycles opened fire on the market"),
    ("The minister said on BBC Radio 4 that talks with the unions had stalled.",
     "The minister", "that talks with the unions had stalled"),
])
def test_that_after_a_setting_or_a_listener_opens_what_was_said(run, text, speaker, content):
    assert said(text, run(text))[0][1:] == (speaker, [content])


def test_a_participle_of_saying_after_what_was_told_keeps_its_speaker(run):
    text = ("John Paulson, who made billions on a bet against subprime mortgages, told investors "
            "that concerns about specialty pharmaceuticals like Valeant were ''overblown,'' "
            "adding that Valeant had ''significant upside.''")
    rows = texts(text, run(text))
    assert [(row["cue"], row["source"].name) for row in rows] == [
        ("told", "John Paulson"), ("adding", "John Paulson")]
    assert rows[0]["content"] == [
        "that concerns about specialty pharmaceuticals like Valeant were ''overblown,''"]


@pytest.mark.parametrize("text, wrong", [
    ("Speaking to CNN's Jake Tapper, the senator said the bill was dead.", "Jake Tapper"),
    ("Speaking to the BBC's Laura Kuenssberg, the health secretary said the strike was "
     "unjustified.", "Laura Kuenssberg"),
])
def test_the_person_spoken_to_in_a_fronted_phrase_is_not_the_speaker(run, text, wrong):
    assert only(text, run(text))["source"].name != wrong


def test_a_post_after_a_subject_named_earlier_in_the_sentence_is_that_person(run):
    text = ("Marcus Rashford scored twice, and the England forward said afterwards that the "
            "team was improving.")
    assert only(text, run(text))["source"].name == "Marcus Rashford"


@pytest.mark.parametrize("text, company", [
    ("Boeing reported a loss of $1.4 billion. The planemaker said it was making progress on "
     "quality.", "Boeing"),
    ("Apple reported record sales. The iPhone maker also said services revenue grew 14 percent.",
     "Apple"),
    ("Nestle posted weaker sales. The food giant said prices would rise.", "Nestle"),
    ("Starbucks closed 400 stores. The coffee chain said the closures were permanent.",
     "Starbucks"),
])
def test_a_trade_epithet_is_the_company_named_before(run, text, company):
    rows = texts(text, run(text))
    assert rows[-1]["source"].name == company
    assert rows[-1]["source"].kind == SourceKind.NAMED_ORGANIZATION


@pytest.mark.parametrize("text, name, title", [
    ("Outside the courthouse, David Chen, 31, a software engineer, said the verdict was fair.",
     "David Chen", "software engineer"),
    ("Inside the shelter, Omar Farouk, 40, a teacher, said the food had run out.",
     "Omar Farouk", "teacher"),
])
def test_a_name_and_age_before_a_description_after_a_fronted_place_is_the_speaker(
        run, text, name, title):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind, source.title) == (name, SourceKind.NAMED_PERSON, title)


def test_a_lone_participle_after_the_tag_says_how_not_what(run):
    text = '"It\'s over," she said, smiling.'
    assert only(text, run(text))["content"] == ['"It\'s over,"']


@pytest.mark.parametrize("text", [
    '"We have nothing left," said Maria, a 62-year-old farmer who declined to give her surname.',
    '"We have nothing left," said Halima, a mother of three who declined to give her family '
    'name.',
])
def test_withholding_a_surname_makes_a_first_named_source_anonymous_and_justified(run, text):
    row = only(text, run(text))
    assert row["cue"] == "said"
    assert (row["source"].kind, row["source"].justified) == (
        SourceKind.ANONYMOUS_INDIVIDUAL, True)


def test_declining_to_comment_as_a_participle_is_a_disclosure(run):
    text = ("The flight was delayed for six hours, a spokesperson for the airline said, "
            "declining to comment further.")
    extraction = run(text)
    assert [row["cue"] for row in texts(text, extraction)] == ["said"]
    assert [d.kind for d in extraction.disclosures] == ["declined"]


def test_an_elder_is_an_unnamed_person(run):
    text = "The tribal elder said the fighters had left the village at dawn."
    assert only(text, run(text))["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL


def test_reasoning_that_is_a_speech_verb(run):
    text = ('"The candidate is a natural born citizen," the board said, reasoning that he met '
            'the criteria at birth.')
    assert [row["cue"] for row in texts(text, run(text))] == ["said", "reasoning"]


@pytest.mark.parametrize("text, quote", [
    ('"I don\'t think he\'s fit for office," Representative Don Bacon said on "Face the '
     'Nation."', '"I don\'t think he\'s fit for office,"'),
    ('"We have the votes," Senator Chris Murphy said on CNN\'s "State of the Union."',
     '"We have the votes,"'),
    ('"The tariffs will stay," Bessent told NBC\'s "Meet the Press" on Sunday.',
     '"The tariffs will stay,"'),
])
def test_a_quoted_programme_title_after_the_tag_is_where_not_what(run, text, quote):
    row = only(text, run(text))
    assert row["cue"] in ("said", "told") and row["content"] == [quote]


def test_it_after_an_unnamed_body_as_subject_is_that_body(run):
    text = "The bank expects net interest income of about $90 billion this year, it said on Friday."
    source = only(text, run(text))["source"]
    assert (source.kind, source.role) == (SourceKind.NAMED_ORGANIZATION, "bank")


@pytest.mark.parametrize("text, title", [
    ('"We had a record quarter," Satya Nadella, Microsoft\'s chief executive, said on a call '
     'with analysts.', "Microsoft's chief executive"),
    ('"Demand is strong," Tim Cook, Apple\'s chief executive, said on Thursday.',
     "Apple's chief executive"),
])
def test_a_description_after_a_name_behind_a_quotation_is_the_names_title(run, text, title):
    assert only(text, run(text))["source"].title == title


@pytest.mark.parametrize("text, name", [
    ("In a phone interview from Gaza, Ahmed Nasser, 29, said his family had moved four times.",
     "Ahmed Nasser"),
    ("In an interview at her home in Ohio, Jennifer Lawson, 58, said she had voted for him "
     "twice.", "Jennifer Lawson"),
])
def test_the_name_after_a_fronted_interview_phrase_is_the_speaker_not_titled_by_it(
        run, text, name):
    row = only(text, run(text))
    assert (row["speaker"], row["source"].name, row["source"].title) == (name, name, None)


def test_a_profiles_opening_pronoun_looks_ahead_to_the_person_named_in_its_paragraph(run):
    text = ('He says he still loves the game. "I\'d play tomorrow if they let me," says '
            'Harris, 38.')
    assert [row["source"].name for row in texts(text, run(text))] == ["Harris", "Harris"]


def test_a_bare_speech_verb_tagged_a_noun_before_a_pronoun_subject_is_the_cue(run):
    text = "Those close to the chancellor insist she will not raise taxes."
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (
        "insist", "Those close to the chancellor", ["she will not raise taxes"])
    assert (row["source"].kind, row["source"].role) == (SourceKind.ANONYMOUS_GROUP, "those")


def test_a_post_held_over_a_named_person_is_not_the_last_person_named(run):
    text = ("Thomas Sam and his wife Manju were charged with manslaughter. Allegedly, Thomas' "
            "sister pleaded with him to send Gloria to a conventional medical doctor.")
    source = only(text, run(text))["source"]
    assert source.name == "Thomas' sister" and source.role == "sister"


def test_a_post_held_over_a_named_person_is_who_was_named_with_it(run):
    text = ("Ruth Adams, Smith's daughter, arrived on Monday. Later, Smith's daughter said the "
            "report was false.")
    assert only(text, run(text))["source"].name == "Ruth Adams"


@pytest.mark.parametrize("text, affiliation", [
    ("U.S. and Israeli officials said the talks in Cairo had made progress.", "U.S., Israeli"),
    ("U.K. and French officials said the talks had stalled.", "U.K., French"),
])
def test_a_place_joined_to_a_nationality_before_officials_is_one_anonymous_group(
        run, text, affiliation):
    extraction = run(text)
    source = only(text, extraction)["source"]
    assert (source.kind, source.affiliation) == (SourceKind.ANONYMOUS_GROUP, affiliation)
    assert [claim.sourcing for claim in extraction.claims] == [Sourcing.ANONYMOUS]


def test_a_body_before_party_members_is_theirs_not_the_speaker(run):
    text = "Senate Republicans said the package had no chance of passing."
    source = only(text, run(text))["source"]
    assert (source.name, source.kind, source.organization) == (
        "Senate Republicans", SourceKind.VAGUE, "Senate")


def test_a_back_reference_goes_to_the_source_whose_parts_all_agree(run):
    text = ("A Hamas official said the group would not disarm. An Israeli official said the "
            "demand was non-negotiable. The Hamas official said talks would continue.")
    extraction = run(text)
    first, second, third = (a.source_id for a in extraction.attributions)
    assert third == first != second
    assert extraction.source(second).organization is None


@pytest.mark.parametrize("text, role", [
    ("A relative, who asked not to be named, said the family was devastated.", "relative"),
    ("A local, who spoke on condition of anonymity, said the soldiers left at dawn.", "local"),
])
def test_a_person_noun_tagged_an_adjective_with_a_set_off_clause_is_the_speaker(
        run, text, role):
    source = only(text, run(text))["source"]
    assert (source.kind, source.role, source.justified) == (
        SourceKind.ANONYMOUS_INDIVIDUAL, role, True)


@pytest.mark.parametrize("text", [
    "The official did not say when the shipment would arrive.",
    "A spokesman for the sheriff's office declined to release the names of the victims.",
    "The company declined to disclose the terms of the deal.",
])
def test_not_saying_is_a_disclosure_not_a_claim(run, text):
    extraction = run(text)
    assert extraction.attributions == []
    assert [d.kind for d in extraction.disclosures] == ["declined"]


@pytest.mark.parametrize("text", [
    "A firefighter who responded to the blaze said the roof had collapsed within minutes.",
    "An officer who responded to the call said the door was open.",
])
def test_responding_to_an_emergency_says_nothing(run, text):
    assert [row["cue"] for row in texts(text, run(text))] == ["said"]


def test_a_list_of_nationalities_before_officials_is_kept_whole(run):
    text = "Israeli, Egyptian and Qatari officials said the talks would resume in Doha next week."
    row = only(text, run(text))
    assert row["speaker"] == "Israeli, Egyptian and Qatari officials"
    assert row["source"].affiliation == "Israeli, Egyptian, Qatari"


def test_a_correction_set_off_at_the_end_is_part_of_what_was_said(run):
    text = "Officials said the missiles had been fired from Russia, not Belarus."
    assert only(text, run(text))["content"] == [
        "the missiles had been fired from Russia, not Belarus"]


def test_coordinated_speakers_in_a_closing_tag_are_both_kept(run):
    text = ("The assessment was shared with allies last month, two U.S. officials and a "
            "European diplomat said.")
    extraction = run(text)
    rows = texts(text, extraction)
    assert [(row["source"].name, row["source"].kind) for row in rows] == [
        ("two U.S. officials", SourceKind.ANONYMOUS_GROUP),
        ("European diplomat", SourceKind.ANONYMOUS_INDIVIDUAL)]
    assert {tuple(row["content"]) for row in rows} == {
        ("The assessment was shared with allies last month",)}
    assert len(extraction.claims) == 1


@pytest.mark.parametrize("text, part, value", [
    ("An official in the Kherson region said the evacuation of two villages had begun.",
     "location", "the Kherson region"),
    ("A diplomat in Brussels, who was not authorized to speak publicly, said the summit had "
     "been postponed.", "location", "Brussels"),
    ("An official at the defense ministry said the ministry had not received the request.",
     "organization", "defense ministry"),
    ("An official in the Trump administration said the plan was dead.",
     "organization", "Trump administration"),
    ("A White House official said the president had spoken with the governor.",
     "organization", "White House"),
    ("A Labour source said the chancellor would not raise income tax.", "affiliation", "Labour"),
])
def test_an_anonymous_sources_descriptor_parts_land_in_their_slots(run, text, part, value):
    source = only(text, run(text))["source"]
    assert getattr(source, part) == value
    assert source.affiliation in (None, value)


def test_a_document_seen_by_the_outlet_beside_people_in_the_know_is_a_second_source(run):
    text = ("The plan calls for a phased withdrawal, according to two people familiar with the "
            "matter and a document seen by Reuters.")
    extraction = run(text)
    assert [(s.name, s.kind) for s in extraction.sources] == [
        ("two people familiar with the matter", SourceKind.ANONYMOUS_GROUP),
        ("document seen by Reuters", SourceKind.DOCUMENT)]
    assert extraction.sources[0].knowledge_basis == "familiar with the matter"
    assert len(extraction.claims) == 1


@pytest.mark.parametrize("text, content", [
    ("Officials said as many as 200 people were still missing.",
     "as many as 200 people were still missing"),
    ("A Western diplomat said at least a dozen countries had signed.",
     "at least a dozen countries had signed"),
    ("But a senior backbencher, who did not want to be named, said as many as 40 MPs could "
     "vote against the bill.", "as many as 40 MPs could vote against the bill"),
])
def test_a_rough_count_opening_what_was_said_belongs_to_it(run, text, content):
    assert only(text, run(text))["content"] == [content]


def test_a_nations_intelligence_service_is_a_named_body(run):
    text = ("Russia is preparing a new offensive in the north, according to Ukrainian military "
            "intelligence and a senior Western official.")
    extraction = run(text)
    assert [(s.name, s.kind) for s in extraction.sources] == [
        ("Ukrainian military intelligence", SourceKind.NAMED_ORGANIZATION),
        ("senior Western official", SourceKind.ANONYMOUS_INDIVIDUAL)]
    assert [claim.sourcing for claim in extraction.claims] == [Sourcing.MIXED]


@pytest.mark.parametrize("text", [
    "A spokesman for Senate Majority Leader John Thune said the vote would go ahead as planned.",
    "A spokeswoman for Prime Minister Keir Starmer said the talks were constructive.",
])
def test_a_spokesperson_for_a_named_principal_is_the_source_not_the_principal(run, text):
    source = only(text, run(text))["source"]
    assert source.kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert source.role in ("spokesman", "spokeswoman") and source.affiliation is None


@pytest.mark.parametrize("text, content", [
    ("Local officials put the death toll at 30.", "the death toll at 30"),
    ("The Palestinian health ministry put the number of dead at more than 100.",
     "the number of dead at more than 100"),
])
def test_putting_a_toll_at_a_figure_is_reported(run, text, content):
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == ("put", [content])


def test_putting_anything_else_reports_nothing(run):
    text = "The government put pressure on the banks to lower the death toll at sea."
    assert said(text, run(text)) == []


def test_a_family_member_keeps_both_words_as_its_role(run):
    text = "A family member, who asked not to be named, said the boy had been bullied."
    source = only(text, run(text))["source"]
    assert (source.role, source.kind, source.justified) == (
        "family member", SourceKind.ANONYMOUS_INDIVIDUAL, True)


@pytest.mark.parametrize("text", [
    'Asked whether she would resign, the minister said she had "no plans" to do so.',
    "Asked if she believed Putin wanted Trump to win, Clinton said she did.",
])
def test_the_reporters_question_is_no_claim_and_nothing_inside_it_is(run, text):
    assert [row["cue"] for row in texts(text, run(text))] == ["said"]


def test_a_name_part_hung_on_the_apposition_is_no_part_of_the_title(run):
    text = '"It is a structural problem," said Li Wei, an analyst at Bernstein.'
    source = only(text, run(text))["source"]
    assert (source.name, source.title) == ("Li Wei", "analyst at Bernstein")


@pytest.mark.parametrize("text", [
    "Authorities said three people had died.",
    "Local authorities said the road was closed.",
])
def test_authorities_are_an_unnamed_group_of_officials(run, text):
    assert only(text, run(text))["source"].kind == SourceKind.ANONYMOUS_GROUP


@pytest.mark.parametrize("text, name", [
    ("Emergency services said three people had been taken to hospital.", "Emergency services"),
    ("The fire service said the blaze was under control by midnight.", "fire service"),
    ("The coastguard said the search would resume at dawn.", "coastguard"),
])
def test_emergency_services_are_an_institution_like_the_police(run, text, name):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == (name, SourceKind.NAMED_ORGANIZATION)


def test_a_plain_plural_of_companies_stays_a_crowd(run):
    text = "Tech companies said the rules would hurt innovation."
    assert only(text, run(text))["source"].kind == SourceKind.VAGUE


def test_a_numeral_in_a_name_is_no_affiliation(run):
    text = "A spokesperson for Number 10 said the prime minister had full confidence in him."
    source = only(text, run(text))["source"]
    assert (source.kind, source.role, source.affiliation) == (
        SourceKind.ANONYMOUS_INDIVIDUAL, "spokesperson", None)


@pytest.mark.parametrize("epithet, named", [
    ("the defender", True), ("the Newcastle defender", True), ("the Chelsea defender", False)])
def test_a_crowd_word_after_a_name_given_it_is_that_person(run, epithet, named):
    text = ("Newcastle defender Kieran Trippier scored twice on Saturday. "
            f'"We defended well," {epithet} said.')
    source = only(text, run(text))["source"]
    assert (source.name == "Kieran Trippier") is named
    assert source.kind == (SourceKind.NAMED_PERSON if named else SourceKind.ANONYMOUS_INDIVIDUAL)


@pytest.mark.parametrize("text, speaker, name, title", [
    ('"We were poor," said Eddie Howe.', "Eddie Howe", "Eddie Howe", None),
    ('"Not guilty," replied defence barrister James Hart.', "defence barrister James Hart",
     "James Hart", "defence barrister"),
    ('"That is absurd," countered defence lawyer Simon Hart.', "defence lawyer Simon Hart",
     "Simon Hart", "defence lawyer"),
])
def test_a_name_after_the_verb_is_whole_with_its_title(run, text, speaker, name, title):
    found = only(text, run(text))
    assert (found["speaker"], found["source"].name, found["source"].title) == (
        speaker, name, title)
    assert found["content"] == [text[:text.index(",") + 2]]


@pytest.mark.parametrize("text", [
    "Jurgen Klopp said Mohamed Salah was fit to play. The German added that he would decide "
    "on the team on Saturday.",
    "Declan Rice said Bukayo Saka was the best player in the league. The 26-year-old added "
    "that Arsenal could still win the title.",
])
def test_an_epithet_is_the_speaker_not_the_one_he_talked_about(run, text):
    extraction = run(text)
    first, second = extraction.attributions
    assert second.source_id == first.source_id
    assert texts(text, extraction)[1]["speaker"].startswith("The ")


def test_an_epithet_with_no_one_talked_about_is_the_last_person_named(run):
    text = "Rodri scored twice. The Spaniard said it was a special night."
    assert only(text, run(text))["source"].name == "Rodri"


@pytest.mark.parametrize("text, name, title", [
    ("The Reserve Bank of Australia governor, Michele Bullock, said inflation was still too "
     "high.", "Michele Bullock", "Reserve Bank of Australia governor"),
    ("The Australian Council of Trade Unions secretary, Sally McManus, said wages had to rise.",
     "Sally McManus", "Australian Council of Trade Unions secretary"),
])
def test_a_body_s_post_set_before_a_name_is_the_person_s_title(run, text, name, title):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind, source.title) == (name, SourceKind.NAMED_PERSON, title)


@pytest.mark.parametrize("text, name, kind", [
    ('Cricket Australia said Pat Cummins would miss the Test. "It is disappointing," the '
     "Australian told reporters.", "Pat Cummins", SourceKind.NAMED_PERSON),
    ("According to the Australian, the minister would resign.", "the Australian",
     SourceKind.NAMED_ORGANIZATION),
])
def test_the_australian_is_a_person_after_one_and_else_the_newspaper(run, text, name, kind):
    source = run(text).sources[-1]
    assert (source.name, source.kind) == (name, kind)


@pytest.mark.parametrize("text, content", [
    ('The policy, which opponents have called "a tax on the poor," takes effect in July.',
     '"a tax on the poor,"'),
    ('The stadium, which fans have dubbed "the Fortress," will be rebuilt.', '"the Fortress,"'),
])
def test_a_name_given_in_a_relative_clause_is_the_name_alone(run, text, content):
    assert only(text, run(text))["content"] == [content]


@pytest.mark.parametrize("text", [
    '"It was terrifying," said Mark, a resident who did not want his surname used.',
    '"It was terrifying," said Sarah, a witness who did not want her surname published.',
])
def test_a_surname_withheld_is_a_justification_not_a_claim(run, text):
    extraction = run(text)
    row = only(text, extraction)
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert row["source"].justified


@pytest.mark.parametrize("text", [
    "Anyone with information should call Crimestoppers anonymously, quoting crime reference "
    "2201/24.",
    "Anyone with information is asked to call 101, quoting incident number 4471.",
])
def test_a_case_number_quoted_to_the_police_is_no_claim(run, text):
    assert run(text).attributions == []


def test_a_document_quoting_emails_still_cites_them(run):
    text = "The lawsuit, quoting internal emails, said the company knew of the defect."
    assert [row["cue"] for row in texts(text, run(text))] == ["quoting", "said"]


def test_a_club_named_in_a_post_keeps_the_article_with_the_post(run):
    text = 'Jude Bellingham scored twice. The Real Madrid midfielder said he had been "buzzing".'
    row = only(text, run(text))
    assert (row["speaker"], row["source"].name) == ("The Real Madrid midfielder", "Jude Bellingham")


@pytest.mark.parametrize("text, cue, speaker", [
    ('One resident, who asked not to be named, was blunter: "This place is finished."',
     "was blunter:", "One resident"),
    ('His neighbour, who asked not to be named, put it more bluntly: "They should never have '
     'built here."', "put it more bluntly:", "His neighbour"),
])
def test_the_terms_of_anonymity_are_no_cue_for_the_quotation(run, text, cue, speaker):
    extraction = run(text)
    row = only(text, extraction)
    assert (row["cue"], row["speaker"]) == (cue, speaker)
    assert row["source"].justified


@pytest.mark.parametrize("text, title", [
    ('"We will win," said Amy Pope, the IOM director-general.', "IOM director-general"),
    ('"The risk is high," said Tedros Adhanom Ghebreyesus, the WHO director-general.',
     "WHO director-general"),
    ('"The risk is high," said Tedros Adhanom Ghebreyesus, the WHO chief.', "WHO chief"),
])
def test_a_post_after_an_inverted_speaker_is_the_title_not_content(run, text, title):
    row = only(text, run(text))
    assert row["source"].title == title
    assert row["content"] == [text[:text.index(",") + 2]]


def test_a_surname_with_a_particle_names_the_person_again(run):
    text = "Erik ten Hag said the team had been unlucky. Ten Hag added that he was calm."
    first, second = run(text).attributions
    assert second.source_id == first.source_id
    assert run(text).source(first.source_id).title is None


def test_a_name_before_a_set_off_question_is_the_speaker(run):
    text = 'Erik ten Hag, asked about his future, said: "I have the backing of the club."'
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == (
        "Erik ten Hag", ['"I have the backing of the club."'])


def test_a_name_set_off_after_a_seat_is_the_member_for_it(run):
    text = "The MP for Tweed and Byron, Justine Elliot, said the funding was welcome."
    source = only(text, run(text))["source"]
    assert (source.name, source.title) == ("Justine Elliot", "MP for Tweed and Byron")


def test_a_tag_after_a_quotation_introduced_with_a_colon_is_the_same_saying(run):
    text = ("Sen. Claire McCaskill scolded him: \u201cThe scientific community is against "
            "you,\u201d she said. \u201cI do not understand why you need to go there.\u201d")
    row = only(text, run(text))
    assert (row["cue"], row["source"].name) == ("scolded", "Claire McCaskill")
    assert row["content"] == ["\u201cThe scientific community is against you,\u201d",
                              "\u201cI do not understand why you need to go there.\u201d"]


def test_an_officer_who_would_not_be_identified_told_reporters(run):
    text = ("A senior police officer, who did not want to be identified, told reporters that "
            "the probe was at a sensitive stage.")
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (
        "told", "A senior police officer", ["that the probe was at a sensitive stage"])
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL and row["source"].justified


@pytest.mark.parametrize("text, name, title", [
    ("Chairman and CEO David Okafor said the bank was well capitalized.", "David Okafor",
     "Chairman and CEO"),
    ("Founder and Chief Executive Sam Altman wrote that the model was safe.", "Sam Altman",
     "Founder and Chief Executive"),
])
def test_joined_posts_before_a_name_are_one_title(run, text, name, title):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind, source.title) == (name, SourceKind.NAMED_PERSON, title)


@pytest.mark.parametrize("text, name, title", [
    ("Minister of State for Health Ali Pate said the vaccines had arrived.", "Ali Pate",
     "Minister of State for Health"),
    ("Minister of Information and Culture Lai Mohammed said the report was false.",
     "Lai Mohammed", "Minister of Information and Culture"),
])
def test_a_minister_of_a_long_portfolio_is_named(run, text, name, title):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind, source.title) == (name, SourceKind.NAMED_PERSON, title)


def test_a_spokesman_for_a_titled_person_stays_unnamed(run):
    text = "A spokesman for Senator Bob Casey said the bill would pass."
    assert only(text, run(text))["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL


@pytest.mark.parametrize("text", [
    "The company declined to provide figures for the quarter.",
    "Mr. Stein declined to answer specific questions about the transactions.",
    "Neither the governor's office nor the state police responded to repeated requests for "
    "comment.",
])
def test_a_refusal_is_a_disclosure_not_a_claim(run, text):
    extraction = run(text)
    assert extraction.attributions == []
    assert len(extraction.disclosures) == 1


def test_one_pronoun_subject_of_two_cues_is_one_source(run):
    text = '"We will never accept this," he said, referring to the ruling.'
    extraction = run(text)
    assert len(extraction.attributions) == 2
    assert len({a.source_id for a in extraction.attributions}) == 1
    assert len(extraction.sources) == 1


def test_a_participle_set_off_before_said_leaves_the_saying_its_own(run):
    text = ('The spokesman, answering a question from AFP, said Beijing "has never and will '
            'never" interfere in the internal affairs of other countries.')
    rows = {row["cue"]: row for row in texts(text, run(text))}
    assert rows["said"]["content"] == [
        'Beijing "has never and will never" interfere in the internal affairs of other countries']
    assert rows["answering"]["content"] == ["a question from AFP"]


def test_a_quotation_relayed_by_according_to_is_its_speaker_s_too(run):
    text = '"We will respond," Putin said, according to the Kremlin.'
    extraction = run(text)
    rows = {row["cue"]: row for row in texts(text, extraction)}
    assert rows["said"]["source"].name == "Putin"
    assert rows["said"]["content"] == rows["according to"]["content"] == ['"We will respond,"']
    claim, = extraction.claims
    assert len(claim.attribution_ids) == 2


def test_reported_speech_relayed_by_according_to_stays_the_relay_s(run):
    text = ("Biden told Xi that the United States would not change its policy, according to a "
            "White House readout of the call.")
    assert only(text, run(text))["cue"] == "according to"


@pytest.mark.parametrize("text, title", [
    ('"This was a great year," said Jane Doe, CEO of Acme Robotics.', "CEO of Acme Robotics"),
    ('"We are thrilled," said Tom Becker, Chief Operating Officer.', "Chief Operating Officer"),
    ('"We are thrilled," said Tom Becker, CEO.', "CEO"),
])
def test_a_capitalised_post_set_after_a_name_is_the_title(run, text, title):
    assert only(text, run(text))["source"].title == title


def test_where_it_was_said_is_not_what_was_said(run):
    text = '"No one will be spared," he said, addressing a rally in Chhattisgarh.'
    assert only(text, run(text))["content"] == ['"No one will be spared,"']


@pytest.mark.parametrize("text, name", [
    ("Jean-Pierre said the president would sign the bill.", "Jean-Pierre"),
    ("Ocasio-Cortez said the bill was a start.", "Ocasio-Cortez"),
    ("Speaking at a press conference in Brussels, von der Leyen said the EU was prepared to "
     "respond.", "von der Leyen"),
])
def test_hyphenated_and_particle_names_are_whole(run, text, name):
    source = only(text, run(text))["source"]
    assert (source.name, source.title) == (name, None)


def test_a_press_release_dateline_is_no_speaker(run):
    text = ("NEW YORK, March 4, 2025 /PRNewswire/ -- Globex Corp. (NYSE: GBX) today announced "
            "that it has completed its acquisition of Initrode.")
    row = only(text, run(text))
    assert (row["source"].name, row["source"].kind) == (
        "Globex Corp.", SourceKind.NAMED_ORGANIZATION)


@pytest.mark.parametrize("text, field, value", [
    ("BEIJING, March 3 (Xinhua) -- China's exports rose 7 percent in February, according to "
     "official data.", "content", ["China's exports rose 7 percent in February"]),
    ("NAIROBI -- President William Ruto said the country would not default.", "title",
     "President"),
])
def test_a_dateline_is_neither_content_nor_title(run, text, field, value):
    row = only(text, run(text))
    assert (row["content"] if field == "content" else row["source"].title) == value


def test_a_live_blog_time_zone_is_no_speaker(run):
    text = ('14:12 ET: Powell told the briefing that the committee did not consider a hike. '
            '"That is not something we are looking at," he said.')
    names = {row["source"].name for row in texts(text, run(text))}
    assert names == {"Powell"}


@pytest.mark.parametrize("text, content", [
    ("Documents obtained by the Guardian show that the firm lobbied ministers repeatedly.",
     "that the firm lobbied ministers repeatedly"),
    ("Emails obtained by The Post show that the company knew of the defect.",
     "that the company knew of the defect"),
])
def test_documents_obtained_by_an_outlet_show_a_finding(run, text, content):
    row = only(text, run(text))
    assert (row["cue"], row["content"], row["source"].kind) == (
        "show", [content], SourceKind.DOCUMENT)


def test_a_work_s_title_after_its_noun_is_no_quotation(run):
    text = 'The band released a new single, "Nothing Left to Say," on Friday.'
    assert run(text).attributions == []


def test_a_passive_joined_to_what_was_said_is_part_of_it(run):
    text = "Police said the suspect fled on foot but was arrested hours later."
    assert only(text, run(text))["content"] == [
        "the suspect fled on foot but was arrested hours later"]


def test_a_quoted_question_is_not_a_relative_clause_of_the_sentence_before(run):
    text = 'Users on X were quick to mock the ad. "Who approved this?" one user wrote.'
    rows = {row["cue"]: row for row in texts(text, run(text))}
    assert rows["wrote"]["content"] == ['"Who approved this?"']
    assert rows["wrote"]["speaker"] == "one user"


def test_a_named_wing_of_a_group_is_a_named_body(run):
    text = ("Hamas's armed wing, the Qassam Brigades, said in a Telegram post that its fighters "
            "had targeted a tank.")
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == ("Qassam Brigades", SourceKind.NAMED_ORGANIZATION)


@pytest.mark.parametrize("text, speaker, content", [
    ("The economy, said the minister, is growing faster than expected.",
     "the minister", ["The economy", "is growing faster than expected"]),
    ("Institutional recipients, said Mauer, are required to exhibit their photographs.",
     "Mauer", ["Institutional recipients", "are required to exhibit their photographs"]),
    ("The new rules, said Jane Smith, a spokeswoman for the agency, will take effect in March.",
     "Jane Smith, a spokeswoman for the agency", ["The new rules", "will take effect in March"]),
])
def test_a_speech_verb_set_off_after_the_opening_phrase_names_who_said_the_rest(
        run, text, speaker, content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == ("said", speaker, content)


def test_a_naming_verb_set_off_after_the_subject_is_no_inverted_tag(run):
    text = ("His nonprofit group, called the Conservation Legacy Fund, will still own the "
            "property until it pays back the loan.")
    speakers = {row["speaker"] for row in texts(text, run(text))}
    assert "the Conservation Legacy Fund" not in speakers


@pytest.mark.parametrize("text, cue, speaker", [
    ('One poster admitted to being a part of the effort, writing in a blog post "I have myself '
     'loaded up the software and started bombarding the homepage."', "writing", "One poster"),
    ('One poster admitted to being a part of the effort, writing in a blog post "I have myself, '
     'as per instructions, loaded up the software and started bombarding the homepage."',
     "writing", "One poster"),
])
def test_a_quotation_right_after_a_speech_participle_is_what_it_says(run, text, cue, speaker):
    rows = [row for row in texts(text, run(text)) if row["content"][0].startswith('"I have')]
    assert [(row["cue"], row["speaker"]) for row in rows] == [(cue, speaker)]


@pytest.mark.parametrize("text, name", [
    ("According to an Internet posting made just over 24 hours ago, the website is being "
     "attacked by hackers.", "Internet posting made"),
    ("A Facebook posting by the group said the march would go ahead.", "Facebook posting"),
])
def test_a_posting_tagged_as_a_verb_is_still_a_document(run, text, name):
    source = only(text, run(text))["source"]
    assert source.name.startswith(name) and source.kind == SourceKind.DOCUMENT


@pytest.mark.parametrize("text, content", [
    ("A Chevron spokesman said the company was reviewing the offer but declined to comment "
     "further.", "the company was reviewing the offer"),
    ("A spokeswoman said the board had met twice last week but would not discuss what was "
     "decided.", "the board had met twice last week"),
])
def test_a_refusal_after_what_was_said_is_the_speakers_not_the_content(run, text, content):
    extraction = run(text)
    assert only(text, extraction)["content"] == [content]
    assert [d.kind for d in extraction.disclosures] == ["declined"]


@pytest.mark.parametrize("text, name", [
    ("MOSCOW, March 3 (AFP) - Russia's defence ministry said it had destroyed 30 drones.",
     "Russia's defence ministry"),
    ("PARIS, Aug 31 (Reuters) - France's far-right National Front party leader, Marine Le Pen, "
     "voiced support for Donald Trump on Wednesday, saying his rival would bring war.",
     "Marine Le Pen"),
    ("NEW YORK -- Allied Industries Inc. said it would sell its chemicals unit.",
     "Allied Industries Inc."),
])
def test_a_dateline_is_never_the_speaker(run, text, name):
    rows = texts(text, run(text))
    assert rows and {row["source"].name for row in rows} == {name}


@pytest.mark.parametrize("text, name, content", [
    ("Allied said it would appeal the ruling.", "Allied", "it would appeal the ruling"),
    ("United said it would cut flights.", "United", "it would cut flights"),
])
def test_a_company_named_like_a_verb_is_the_speaker(run, text, name, content):
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == (name, [content])


@pytest.mark.parametrize("text, name", [
    ('"The deal is dead," said an executive.', "executive"),
    ('"The deal is dead," said a senior executive at one of the banks, who asked not to be '
     'named.', "senior executive at one of the banks"),
])
def test_an_inverted_post_tagged_as_an_adjective_is_the_speaker(run, text, name):
    extraction = run(text)
    source = only(text, extraction)["source"]
    assert (source.name, source.kind) == (name, SourceKind.ANONYMOUS_INDIVIDUAL)
    if "named" in text:
        assert [j.source_ids for j in extraction.justifications] == [[source.id]]


@pytest.mark.parametrize("text", [
    "The Prime Minister refused to be drawn on the timing of the election.",
    "The club would not be drawn on reports of a bid.",
])
def test_refusing_to_be_drawn_is_a_disclosure_not_a_claim(run, text):
    extraction = run(text)
    assert extraction.attributions == []
    assert [d.kind for d in extraction.disclosures] == ["declined"]


@pytest.mark.parametrize("text, content", [
    ("Excluding the charge, the company said, earnings would have risen 5%.",
     ["Excluding the charge", "earnings would have risen 5%"]),
    ("Without a deal, the official said, the plant would close by June.",
     ["Without a deal", "the plant would close by June"]),
    ("Speaking to reporters, the minister said, the economy would recover.",
     ["the economy would recover"]),
    ("As for the budget, he said, the cuts were unavoidable.", ["the cuts were unavoidable"]),
])
def test_a_phrase_before_a_parenthetical_tag_belongs_to_what_was_said(run, text, content):
    assert only(text, run(text))["content"] == content


@pytest.mark.parametrize("text, content", [
    ("Russia will retaliate, Deputy Foreign Minister Sergei Ryabkov said, quoted by Interfax.",
     ["Russia will retaliate"]),
    ("The regional governor said on Telegram that two people had been wounded, cited by RIA "
     "Novosti.", ["that two people had been wounded"]),
    ("The talks would resume next week, the regional governor said, quoted by TASS.",
     ["The talks would resume next week"]),
])
def test_the_agency_that_relayed_a_statement_is_no_part_of_it(run, text, content):
    assert only(text, run(text))["content"] == content


@pytest.mark.parametrize("text, name, title", [
    ("Russia will retaliate, Deputy Foreign Minister Sergei Ryabkov said.",
     "Sergei Ryabkov", "Deputy Foreign Minister"),
    ("Oil prices will fall, Deputy Prime Minister Alexander Novak said.",
     "Alexander Novak", "Deputy Prime Minister"),
])
def test_an_adjective_inside_a_title_in_a_closing_tag_keeps_the_title_whole(
        run, text, name, title):
    source = only(text, run(text))["source"]
    assert (source.name, source.title) == (name, title)


@pytest.mark.parametrize("text, kind", [
    ("Arbitragers said the stock could trade higher.", SourceKind.VAGUE),
    ("Dealers said the bonds were in heavy demand.", SourceKind.VAGUE),
    ("A Tokyo broker said the yen would weaken further.", SourceKind.ANONYMOUS_INDIVIDUAL),
])
def test_market_participants_are_a_crowd_or_one_unnamed_person(run, text, kind):
    assert only(text, run(text))["source"].kind == kind


@pytest.mark.parametrize("text, speaker, outlet, content", [
    ("The Kremlin said Putin had held a phone call with Erdogan, Interfax reported.",
     "Kremlin", "Interfax", "Putin had held a phone call with Erdogan"),
    ("The ministry said the attack had been repelled, RIA Novosti reported.",
     "ministry", "RIA Novosti", "the attack had been repelled"),
])
def test_speech_an_outlet_reports_is_its_speaker_s_too(run, text, speaker, outlet, content):
    extraction = run(text)
    rows = {row["cue"]: row for row in texts(text, extraction)}
    assert (rows["said"]["source"].name, rows["reported"]["source"].name) == (speaker, outlet)
    assert rows["said"]["content"] == rows["reported"]["content"] == [content]
    claim, = extraction.claims
    assert len(claim.attribution_ids) == 2


def test_what_was_said_goes_on_past_a_company_abbreviation(run):
    text = "The firm said it bought shares of Exxon Corp. and may buy more."
    assert only(text, run(text))["content"] == ["it bought shares of Exxon Corp. and may buy more"]


def test_content_cut_inside_a_quotation_runs_to_its_closing_mark(run):
    text = 'Councilwoman Ana Ruiz said the proposal "costs too much and delivers too little."'
    assert only(text, run(text))["content"] == [
        'the proposal "costs too much and delivers too little."']


@pytest.mark.parametrize("text, name", [
    ("Russian troops have advanced near Toretsk, the institute said in its latest update.",
     "institute"),
    ("Russian forces likely seized the village, the Institute for the Study of War said in its "
     "latest assessment.", "Institute for the Study of War"),
    ("Russian troops have advanced near Toretsk, the think tank said.", "think tank"),
])
def test_a_closing_tag_set_in_an_owned_report_is_found(run, text, name):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == (name, SourceKind.NAMED_ORGANIZATION)


@pytest.mark.parametrize("text, speaker", [
    ('The director, whose film "Oppenheimer" won seven Oscars, told reporters he was '
     'exhausted.', "The director"),
    ('The band, which released "Hackney Diamonds" last year, said the tour would start in '
     'May.', "The band"),
    ("The actor, who starred in HBO's \"Succession,\" said he was retiring.", "The actor"),
])
def test_a_quotation_inside_a_relative_clause_on_the_subject_leaves_the_subject_speaking(
        run, text, speaker):
    assert only(text, run(text))["speaker"] == speaker


@pytest.mark.parametrize("text, name, title", [
    ('"The situation is catastrophic," said the UN envoy to Yemen, Hans Grundberg.',
     "Hans Grundberg", "UN envoy to Yemen"),
    ('"We need access now," said the EU\'s envoy to the region, Sven Koopmans.',
     "Sven Koopmans", "EU's envoy to the region"),
])
def test_a_name_after_the_phrase_of_an_inverted_post_names_its_holder(run, text, name, title):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind, source.title) == (name, SourceKind.NAMED_PERSON, title)


@pytest.mark.parametrize("text, name", [
    ("Her longtime friend and collaborator, the composer Philip Glass, said she was a genius.",
     "Philip Glass"),
    ("His former teammate, the striker Harry Kane, said the dressing room was united.",
     "Harry Kane"),
    ("Her mentor, the novelist Toni Morrison, once said that writing was a form of freedom.",
     "Toni Morrison"),
])
def test_a_description_then_the_occupation_and_name_is_one_named_person(run, text, name):
    extraction = run(text)
    assert [(s.name, s.kind) for s in extraction.sources] == [(name, SourceKind.NAMED_PERSON)]
    assert [c.sourcing for c in extraction.claims] == ["named"]


def test_a_caption_is_what_its_poster_wrote(run):
    text = '"Best night ever," she captioned the video.'
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == ("captioned", ['"Best night ever,"'])


@pytest.mark.parametrize("text, kind", [
    ("A 45-year-old paratrooper said the unit had lost half its men. He asked that his name "
     "not be published.", SourceKind.ANONYMOUS_INDIVIDUAL),
    ("At least 12 civilians were killed, the Britain-based monitor said.",
     SourceKind.NAMED_ORGANIZATION),
])
def test_soldiers_and_war_monitors_are_sources(run, text, kind):
    extraction = run(text)
    source = only(text, extraction)["source"]
    assert source.kind == kind
    if kind == SourceKind.ANONYMOUS_INDIVIDUAL:
        assert [j.source_ids for j in extraction.justifications] == [[source.id]]


def test_an_outlet_named_like_a_verb_is_whom_it_was_told(run):
    text = "The project has been shelved, a source told Wired."
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == ("a source", ["The project has been shelved"])


def test_declining_to_give_a_surname_is_a_justification_not_a_disclosure(run):
    extraction = run('"We ran," said Ivan, who declined to give his last name.')
    assert extraction.disclosures == []
    assert [j.source_ids for j in extraction.justifications] == [[extraction.sources[0].id]]


def test_what_was_told_to_a_briefing_is_the_that_clause(run):
    text = ("James Elder told a briefing in Geneva that at least 13,000 children had been killed "
            "in Gaza.")
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == (
        "James Elder", ["that at least 13,000 children had been killed in Gaza"])


@pytest.mark.parametrize("text, name", [
    ("In an email viewed by The Verge, Meta's chief technology officer, Andrew Bosworth, told "
     "staff that the headset had been delayed.", "Andrew Bosworth"),
    ("On Sunday, Hillary Clinton, the Democratic presidential front-runner, called on tech "
     "companies to become more aggressive.", "Hillary Clinton"),
])
def test_a_subject_set_off_after_a_fronted_phrase_is_the_speaker(run, text, name):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == (name, SourceKind.NAMED_PERSON)


@pytest.mark.parametrize("text, name", [
    ('Dr. Reyes said the trial had been stopped early. "The results were clear," he said.',
     "Reyes"),
    ('Prof. Hale said the data was incomplete. "We need another year," he said.', "Hale"),
])
def test_a_lone_name_after_a_title_is_a_surname_and_tells_no_gender(run, text, name):
    assert {row["source"].name for row in texts(text, run(text))} == {name}


@pytest.mark.parametrize("text, content", [
    ("Traders said the decline reflected concern that the Federal Reserve would tighten credit.",
     "the decline reflected concern that the Federal Reserve would tighten credit"),
    ("Analysts said the drop reflected fears that the economy was slowing.",
     "the drop reflected fears that the economy was slowing"),
])
def test_a_past_tense_read_as_a_modifier_between_two_objects_is_what_was_said(run, text,
                                                                              content):
    assert only(text, run(text))["content"] == [content]


def test_a_naming_relative_clause_on_the_subject_stops_at_its_closing_comma(run):
    text = 'The rule, which critics have called a "gag order," takes effect on Monday.'
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == ("critics", ['a "gag order,"'])


def test_a_no_10_spokesman_speaks_for_downing_street_not_for_ten(run):
    text = 'A No 10 spokesman said the Prime Minister was "relaxed".'
    source = only(text, run(text))["source"]
    assert (source.name, source.organization, source.number) == ("No 10 spokesman", "No 10", None)


@pytest.mark.parametrize("text, role", [
    ("Two spokesmen said the plan was dead.", "spokesman"),
    ("Two spokeswomen said the plan was dead.", "spokeswoman"),
])
def test_a_men_plural_the_lemmatizer_left_is_still_a_group_of_people(run, text, role):
    source = only(text, run(text))["source"]
    assert (source.kind, source.role) == (SourceKind.ANONYMOUS_GROUP, role)


def test_a_quotation_read_as_an_adverbial_of_its_tag_is_what_was_written(run):
    text = '"It is not a bug, it is a feature," wrote one Reddit user in a thread about the change.'
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == (
        "wrote", "one Reddit user", ['"It is not a bug, it is a feature,"'])


@pytest.mark.parametrize("text, name", [
    ("The film will star Zendaya, per Variety.", "Variety"),
    ("The deal is done, according to The Athletic.", "The Athletic"),
])
def test_outlets_named_with_common_words_are_organizations(run, text, name):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == (name, SourceKind.NAMED_ORGANIZATION)


def test_a_caption_written_after_its_photo_is_what_was_written(run):
    text = 'Swift captioned the photo "forever grateful."'
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == ("captioned", ['the photo "forever grateful."'])


@pytest.mark.parametrize("text, speaker, content", [
    ("The ceasefire is holding, a military spokesman told a news conference.",
     "a military spokesman", "The ceasefire is holding"),
    ("Facebook created the tool to help in times of crisis, a spokeswoman, Anna White, said on "
     "Saturday.", "a spokeswoman, Anna White", "Facebook created the tool to help in times of "
     "crisis"),
])
def test_a_tag_the_parser_joined_on_as_a_second_clause_is_still_a_tag(run, text, speaker,
                                                                     content):
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == (speaker, [content])


def test_a_name_read_as_a_conjunct_of_the_speakers_place_is_the_speakers_name(run):
    text = '"We have nothing left," a resident of Khan Younis, Ahmed Nasser, told AFP.'
    source = only(text, run(text))["source"]
    assert (source.name, source.kind, source.title) == (
        "Ahmed Nasser", SourceKind.NAMED_PERSON, "resident of Khan Younis")


@pytest.mark.parametrize("text, content", [
    ("The senator has repeatedly claimed, without evidence, that the vaccine alters DNA.",
     "that the vaccine alters DNA"),
    ("The Republican nominee continues to insist, as he did on Monday, that he wants to "
     "release his taxes.", "that he wants to release his taxes"),
])
def test_a_that_clause_after_an_aside_set_off_by_commas_is_what_was_said(run, text, content):
    row = only(text, run(text))
    assert row["content"] == [content]


@pytest.mark.parametrize("text, speaker, content", [
    ("As per the officials, as many as 42 people were rescued from the collapsed building.",
     "the officials", "as many as 42 people were rescued from the collapsed building"),
    ("The accused was arrested on Sunday, as per police sources.", "police sources",
     "The accused was arrested on Sunday"),
])
def test_as_per_cites_a_source_as_according_to_does(run, text, speaker, content):
    row = only(text, run(text))
    assert (row["cue"].lower(), row["speaker"], row["content"]) == ("as per", speaker, [content])


def test_as_per_a_schedule_or_as_per_usual_cites_no_one(run):
    assert run("Work will continue as per the schedule. As per usual, the bus was late."
               ).attributions == []


@pytest.mark.parametrize("text, name", [
    ('Sen. Sherrod Brown said he would vote against the bill. "It\'s a giveaway to the drug '
     'companies," the Ohio Democrat said.', "Sherrod Brown"),
    ("House Speaker Paul Ryan says no matter what President Barack Obama does on guns, the "
     "Second Amendment stands. The Wisconsin Republican says the plan is unlawful.",
     "Paul Ryan"),
])
def test_the_state_and_party_of_a_politician_named_before_is_that_politician(run, text, name):
    extraction = run(text)
    assert [(s.name, s.kind) for s in extraction.sources] == [(name, SourceKind.NAMED_PERSON)]


def test_the_republican_after_a_crowd_of_republicans_is_still_unnamed(run):
    text = "Many Republicans oppose the bill. The Republican said it was too expensive."
    assert [s.kind for s in run(text).sources][-1] == SourceKind.ANONYMOUS_INDIVIDUAL


@pytest.mark.parametrize("text, speaker, content", [
    ("A study published Wednesday in JAMA found that adults who took the drug lost weight.",
     "A study published Wednesday in JAMA", "that adults who took the drug lost weight"),
    ("A study published Tuesday in the journal Pediatrics found that screen time rose.",
     "A study published Tuesday in the journal Pediatrics", "that screen time rose"),
])
def test_a_study_published_on_a_day_is_what_found_the_finding(run, text, speaker, content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == ("found", speaker, [content])


@pytest.mark.parametrize("text, speaker", [
    ("The trains were cancelled due to the fog, said an official on condition of anonymity.",
     "an official"),
    ("A senior official on condition of anonymity said the talks had collapsed.",
     "A senior official"),
])
def test_the_terms_of_anonymity_are_not_part_of_the_sources_name(run, text, speaker):
    extraction = run(text)
    row = only(text, extraction)
    assert row["speaker"] == speaker
    assert [j.source_ids for j in extraction.justifications] == [[row["source"].id]]


def test_a_clause_read_as_the_subject_of_an_inverted_tag_is_what_was_said(run):
    text = "The talks collapsed on Monday, said a senior official."
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == ("a senior official",
                                               ["The talks collapsed on Monday"])


@pytest.mark.parametrize("text, name", [
    ("Chinese President Xi Jinping met Biden. Xi said China would never seek hegemony.",
     "Xi Jinping"),
    ("North Korean leader Kim Jong Un met Donald Trump in Hanoi on Thursday. Kim said the "
     "talks were useful.", "Kim Jong Un"),
])
def test_a_family_name_written_first_is_the_person_named_in_full(run, text, name):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == (name, SourceKind.NAMED_PERSON)


@pytest.mark.parametrize("text, kind", [
    ("According to the FIR, the accused fled on a motorcycle.", SourceKind.DOCUMENT),
    ("According to the chargesheet, the accused had planned the attack for months.",
     SourceKind.DOCUMENT),
    ("The local MLA said the road would be repaired before the festival.",
     SourceKind.ANONYMOUS_INDIVIDUAL),
])
def test_south_asian_police_documents_and_legislators_are_sources_of_their_kind(run, text,
                                                                              kind):
    assert only(text, run(text))["source"].kind == kind


@pytest.mark.parametrize("text", [
    "The mayor would not say whether he opposed the plan.",
    "The company declined to comment, citing the ongoing litigation.",
    "A spokesman declined further comment.",
])
def test_a_refusal_to_comment_and_what_it_holds_claim_nothing(run, text):
    extraction = run(text)
    assert extraction.attributions == []
    assert len(extraction.disclosures) == 1


def test_could_not_comment_is_a_refusal_not_a_cue(run):
    text = "The matter was sub judice and he could not comment on it, the minister said."
    extraction = run(text)
    assert [row["cue"] for row in texts(text, extraction)] == ["said"]
    assert [d.kind for d in extraction.disclosures] == ["declined"]


def test_a_refusal_may_go_on_to_say_something(run):
    text = ("She declined to say whether the firm would appeal, saying only that lawyers were "
            "reviewing the ruling.")
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == ("saying", ["that lawyers were reviewing the ruling"])


def test_an_interviews_answers_are_the_interviewees_and_its_questions_claim_nothing(run):
    text = ("Jane Smith left the company in May after ten years.\n\n"
            "Q: Why did you decide to leave the company?\n\n"
            "A: Honestly, I had stopped learning. It was time.\n\n"
            "Q: Do you plan to run for governor?\n\n"
            "A: Not really. We expected it.\n")
    rows = texts(text, run(text))
    assert [(row["rule"], row["source"].name, row["content"]) for row in rows] == [
        ("interview", "Jane Smith", ["Honestly, I had stopped learning. It was time"]),
        ("interview", "Jane Smith", ["Not really. We expected it"]),
    ]


def test_a_speakers_label_the_tagger_read_as_a_body_still_opens_a_line(run):
    text = "Reporter: Do you regret the tweet?\nMusk: No, I don't regret it at all.\n"
    assert [row["speaker"] for row in texts(text, run(text))] == ["Reporter", "Musk"]


@pytest.mark.parametrize("text, name, content", [
    ("A person who attended the meeting but was not authorized to speak publicly said the "
     "board had voted to fire the coach.", "person who attended the meeting",
     "the board had voted to fire the coach"),
    ("A law enforcement official who was briefed on the investigation but was not authorized "
     "to discuss it publicly said the suspect had been arrested.",
     "law enforcement official who was briefed on the investigation",
     "the suspect had been arrested"),
])
def test_a_relative_clause_going_on_after_but_is_the_speakers_not_what_was_said(run, text,
                                                                              name, content):
    extraction = run(text)
    row = only(text, extraction)
    assert (row["cue"], row["source"].name, row["content"]) == ("said", name, [content])
    assert [j.source_ids for j in extraction.justifications] == [[row["source"].id]]


def test_a_speaker_requesting_anonymity_after_the_verb_is_the_speaker(run):
    text = ("Sources said the talks had stalled. The file was sent back to the ministry, said a "
            "senior bureaucrat requesting anonymity.")
    extraction = run(text)
    rows = texts(text, extraction)
    assert [(row["source"].name, row["content"]) for row in rows] == [
        ("Sources", ["the talks had stalled"]),
        ("senior bureaucrat", ["The file was sent back to the ministry"])]
    assert [j.source_ids for j in extraction.justifications] == [[rows[1]["source"].id]]


@pytest.mark.parametrize("text, outlet, cited, content", [
    ("The Hindu has learnt from sources that the proposal was rejected by the cabinet.",
     "The Hindu", "sources", "that the proposal was rejected by the cabinet"),
    ("Reuters has learned from three sources that the deal is off.", "Reuters",
     "three sources", "that the deal is off"),
])
def test_whom_an_outlet_learned_from_is_a_second_source_of_its_claim(run, text, outlet, cited,
                                                                    content):
    extraction = run(text)
    rows = texts(text, extraction)
    assert [(row["speaker"], row["content"]) for row in rows] == [
        (outlet, [content]), (cited, [content])]
    assert rows[0]["source"].kind == SourceKind.NAMED_ORGANIZATION
    assert rows[1]["source"].kind == SourceKind.ANONYMOUS_GROUP
    claim, = extraction.claims
    assert claim.sourcing == "mixed"


@pytest.mark.parametrize("text, speaker, content", [
    ("Kennedy claimed without evidence that fluoride lowers children's IQ.", "Kennedy",
     "that fluoride lowers children's IQ"),
    ("Giuliani asserted without offering proof that the votes were fake.", "Giuliani",
     "that the votes were fake"),
])
def test_a_that_clause_after_a_without_phrase_is_what_was_said(run, text, speaker, content):
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == (speaker, [content])


def test_the_same_pronoun_with_no_one_to_stand_for_is_one_source(run):
    text = ('He told the committee that he had not seen the memo. "I never received it," he '
            'said. She said he was lying.')
    extraction = run(text)
    assert [(s.name, len(s.mentions)) for s in extraction.sources] == [("He", 2), ("She", 1)]


def test_aides_the_lemmatizer_mangled_are_still_a_group_of_people(run):
    text = "Aides to the Prime Minister said he would not resign."
    source = only(text, run(text))["source"]
    assert (source.kind, source.role) == (SourceKind.ANONYMOUS_GROUP, "aide")


def test_a_source_who_preferred_anonymity_is_justified_and_says_nothing_of_it(run):
    text = "The police spokesperson, who preferred anonymity, said the suspects had fled."
    extraction = run(text)
    row = only(text, extraction)
    assert row["content"] == ["the suspects had fled"]
    assert [j.source_ids for j in extraction.justifications] == [[row["source"].id]]


@pytest.mark.parametrize("text, kind", [
    ("Sources close to the Chancellor said she would not resign.", SourceKind.ANONYMOUS_GROUP),
    ("Allies of the Prince said he was furious.", SourceKind.ANONYMOUS_GROUP),
    ("A source close to the Prince told the Daily Mail that the talks had failed.",
     SourceKind.ANONYMOUS_INDIVIDUAL),
])
def test_sources_close_to_a_post_the_tagger_read_as_a_name_are_unnamed(run, text, kind):
    source = only(text, run(text))["source"]
    assert (source.kind, source.anonymous) == (kind, True)


def test_the_cleric_is_the_archbishop_named_before(run):
    text = 'Archbishop Desmond Tutu said apartheid was evil. "We will be free," the cleric said.'
    assert [s.name for s in run(text).sources] == ["Desmond Tutu"]


def test_a_name_the_parser_hung_inside_the_speakers_company_is_the_speakers(run):
    text = ("A spokeswoman for Duke Energy, Logan Stewart, said crews were working around the "
            "clock.")
    source = only(text, run(text))["source"]
    assert (source.name, source.kind, source.title) == (
        "Logan Stewart", SourceKind.NAMED_PERSON, "spokeswoman for Duke Energy")


@pytest.mark.parametrize("text, content", [
    ("The aid will be distributed according to need, the ministry said.",
     "The aid will be distributed according to need"),
    ("The new leader would be chosen according to tradition, the monks said.",
     "The new leader would be chosen according to tradition"),
])
def test_according_to_a_measure_things_are_done_by_cites_no_one(run, text, content):
    assert [row["content"] for row in texts(text, run(text))] == [[content]]


def test_according_to_police_still_cites_the_police(run):
    text = "The boy died, according to police."
    assert only(text, run(text))["speaker"] == "police"


def test_a_past_perfect_going_on_after_a_quoted_word_is_still_what_was_said(run):
    text = 'The ministry said it was "deeply concerned" and had summoned the ambassador.'
    row = only(text, run(text))
    assert row["content"] == ['it was "deeply concerned" and had summoned the ambassador']


@pytest.mark.parametrize("text, speaker, title, content", [
    ("Mercy Mwangi, the county health executive, said the facility had run out of drugs.",
     "Mercy Mwangi, the county health executive", "county health executive",
     "the facility had run out of drugs"),
    ('"This is not over," meteorologist Lisa Chen said.', "meteorologist Lisa Chen",
     "meteorologist", '"This is not over,"'),
])
def test_a_description_of_the_speaker_read_as_a_clause_is_the_speakers(run, text, speaker,
                                                                     title, content):
    row = only(text, run(text))
    assert (row["speaker"], row["source"].title, row["content"]) == (speaker, title, [content])


@pytest.mark.parametrize("text, name", [
    ("The Labour Party said the Conservatives had crashed the economy.", "Labour Party"),
    ("Buckingham Palace said the King would host the president.", "Buckingham Palace"),
    ("The Liberal Democrats called for a public inquiry.", "Liberal Democrats"),
])
def test_british_parties_and_palaces_are_bodies(run, text, name):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == (name, SourceKind.NAMED_ORGANIZATION)


def test_a_relative_clause_before_a_closing_tag_is_part_of_the_sentence_said(run):
    text = "The man was taken to a hospital, where he was declared dead, the police said."
    row = only(text, run(text))
    assert row["content"] == ["The man was taken to a hospital, where he was declared dead"]


def test_a_speaker_read_as_an_apposition_of_what_was_said_before_said_tuesday(run):
    text = ("Turnout was up 12 percent, the county's top election official, Stephen Richer, "
            "said Tuesday.")
    row = only(text, run(text))
    assert (row["source"].name, row["content"]) == ("Stephen Richer", ["Turnout was up 12 percent"])


def test_an_outlet_read_as_a_clause_after_told_is_whom_it_was_told(run):
    text = 'A friend of the actress told People magazine that she was "heartbroken."'
    row = only(text, run(text))
    assert row["content"] == ['that she was "heartbroken."']


def test_a_clause_read_as_the_object_of_said_is_what_was_said(run):
    text = 'Bishop Thomas Daly said the decision followed "years of prayerful discernment."'
    row = only(text, run(text))
    assert row["content"] == ['the decision followed "years of prayerful discernment."']


def test_a_day_read_as_the_subject_of_what_was_said_is_when_it_was_said(run):
    text = "VATICAN CITY (AP) — Pope Francis said Sunday that war is a defeat for humanity."
    row = only(text, run(text))
    assert (row["source"].name, row["content"]) == (
        "Francis", ["that war is a defeat for humanity"])


def test_a_colon_label_keeps_all_it_introduces_even_speech_inside_it(run):
    text = ("Obama: I am optimistic Americans will say no to Trump.\n\n"
            "Sunday on CNN, President Obama said he was optimistic.")
    assert said(text, run(text)) == [
        (":", "Obama", ["I am optimistic Americans will say no to Trump"]),
        ("said", "President Obama", ["he was optimistic"]),
    ]


def test_a_verb_after_a_relative_clause_set_off_by_commas_is_the_names(run):
    text = ("Donald Trump, who is vying to be the next president, tweeted on Friday to say he "
            "had never suggested the U.S. should use a database.")
    row = only(text, run(text))
    assert row["speaker"] == "Donald Trump"
    assert row["content"] == ["he had never suggested the U.S. should use a database"]


@pytest.mark.parametrize("text", [
    '"He’s completely smitten," a source close to the couple says. "He has never been this happy."',
    '"She is so happy," a source close to the couple said. "It is the real deal."',
])
def test_a_source_close_to_someone_read_as_a_small_clause_is_the_speaker(run, text):
    row = only(text, run(text))
    assert row["speaker"] == "a source close to the couple"
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert len(row["content"]) == 2


@pytest.mark.parametrize("text", [
    'A source tells People the couple split in June. "It is amicable," the insider says.',
    'An insider revealed to Page Six that the show was renewed. "Producers are thrilled," '
    'the source adds.',
])
def test_the_insider_and_the_source_are_one_unnamed_source(run, text):
    extraction = run(text)
    assert len(extraction.attributions) == 2
    assert len({a.source_id for a in extraction.attributions}) == 1
    assert extraction.sources[0].kind == SourceKind.ANONYMOUS_INDIVIDUAL


@pytest.mark.parametrize("text, name", [
    ('Harry Styles arrived in a Gucci jumpsuit. The singer later told fans he was '
     '"overwhelmed."', "Harry Styles"),
    ("Lizzo took the stage in Atlanta. The singer later told the crowd she loved them.",
     "Lizzo"),
    ('Taylor Swift wore a Dior coat to the game. The singer told reporters afterward that '
     'she was "freezing."', "Taylor Swift"),
])
def test_the_singer_the_tagger_read_as_an_adjective_is_the_singer_named_before(run, text,
                                                                               name):
    row = only(text, run(text))
    assert (row["speaker"], row["source"].name) == ("The singer", name)


@pytest.mark.parametrize("text", [
    "Rear Adm. John Kirby said the mission succeeded. The admiral declined to give details.",
    "Sen. Mark Warner said the bill was flawed. The senator declined to take questions.",
])
def test_a_refusal_by_a_post_goes_to_the_person_titled_with_it(run, text):
    extraction = run(text)
    (row,) = texts(text, extraction)
    (disclosure,) = extraction.disclosures
    assert disclosure.kind == "declined"
    assert disclosure.source_id == row["source"].id


@pytest.mark.parametrize("text, name", [
    ("Labour MPs said the plan would fail.", "Labour MPs"),
    ("Green TDs said the budget was a disgrace.", "Green TDs"),
])
def test_a_party_and_a_plural_acronym_for_a_post_are_a_crowd(run, text, name):
    row = only(text, run(text))
    assert (row["source"].name, row["source"].kind) == (name, SourceKind.VAGUE)
    assert row["source"].plural


@pytest.mark.parametrize("text, name", [
    ("Mary Lou McDonald said the Government had failed. The Dublin Central TD said the "
     "party would table a motion.", "Mary Lou McDonald"),
    ("Adele performed at the Hollywood Bowl on Friday. The Grammy winner said she was "
     "grateful.", "Adele"),
])
def test_an_epithet_with_a_post_is_the_person_named_before(run, text, name):
    rows = texts(text, run(text))
    assert rows[-1]["source"].name == name


@pytest.mark.parametrize("text, name, content", [
    ("The image was generated by AI, according to Graphika, a firm that tracks online "
     "disinformation.", "Graphika", "The image was generated by AI"),
    ("The plan failed, according to the report, a document that was leaked on Monday.",
     "report", "The plan failed"),
])
def test_a_description_after_what_according_to_cites_is_not_what_was_said(run, text, name,
                                                                          content):
    row = only(text, run(text))
    assert (row["source"].name, row["content"]) == (name, [content])


def test_a_caption_quoted_after_the_photo_colon_is_what_was_written(run):
    text = 'The actress captioned the photo: "Family is everything."'
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == ("The actress", ['"Family is everything."'])


@pytest.mark.parametrize("line, credit", [
    ("NASA tweeted support of Ahmed Mohamed via its account Image: Twitter / NASA.", True),
    ("Photo: Reuters", True),
    ('The actress captioned the photo: "Family is everything."', False),
    ('Photo: Linda Ortiz outside her home. "We were never told," Ortiz said.', False),
])
def test_a_credit_label_is_furniture_unless_it_introduces_a_quotation(line, credit):
    assert is_furniture(line) is credit


@pytest.mark.parametrize("text, outlet, quoted, content", [
    ("Anadolu Agency quoted sources in the Turkish Defense Ministry as saying the drills had "
     "ended.", "Anadolu Agency", "sources in the Turkish Defense Ministry",
     "the drills had ended"),
    ("Reuters quoted two people familiar with the deal as saying talks had stalled.",
     "Reuters", "two people familiar with the deal", "talks had stalled"),
])
def test_who_an_outlet_quotes_keeps_the_phrase_describing_them(run, text, outlet, quoted,
                                                                content):
    extraction = run(text)
    rows = texts(text, extraction)
    assert [(row["source"].name, row["content"]) for row in rows] == [
        (outlet, [content]), (quoted, [content])]
    assert rows[1]["source"].kind == SourceKind.ANONYMOUS_GROUP


def test_a_conjunct_with_the_auxiliary_of_what_was_said_goes_on_with_it(run):
    text = 'A second source says the singer is "doing great" and is focused on her tour.'
    row = only(text, run(text))
    assert row["content"] == ['the singer is "doing great" and is focused on her tour']


def test_one_mention_that_speaks_twice_is_one_source(run):
    text = ('A second source says the actor has been "working on himself" and is focused on '
            'his upcoming film.')
    extraction = run(text)
    assert len(extraction.attributions) == 2
    assert len(extraction.sources) == 1


@pytest.mark.parametrize("text, cue, content", [
    ('Chinese Premier Li Qiang, speaking at the opening of the forum, called for "open and '
     'inclusive" cooperation.', "called for", '"open and inclusive" cooperation'),
    ("Biden, echoing Erdogan, called on Kurds not to cross the river.", "called on",
     "Kurds not to cross the river"),
])
def test_a_verb_after_a_participle_aside_is_the_names(run, text, cue, content):
    rows = texts(text, run(text))
    row = next(r for r in rows if r["cue"] == cue)
    assert row["content"] == [content]
    assert row["source"].kind == SourceKind.NAMED_PERSON


def test_a_participle_aside_in_a_reported_clause_does_not_hide_the_clause(run):
    text = ('Xinhua reported that Chinese Premier Li Qiang, speaking at the opening of the '
            'forum, called for "open and inclusive" cooperation.')
    row = only(text, run(text))
    assert (row["cue"], row["source"].name) == ("reported", "Xinhua")
    assert row["content"][-1] == 'called for "open and inclusive" cooperation'


def test_a_briefing_read_as_a_participle_is_where_it_was_said(run):
    text = ('The spokesperson said at a regular press briefing that the two sides had reached '
            '"important consensus" on trade issues.')
    row = only(text, run(text))
    assert row["content"] == [
        'that the two sides had reached "important consensus" on trade issues']


@pytest.mark.parametrize("text, speaker, title", [
    ("A Navy spokesman, Cmdr. Tim Gorman, said the ship was safe.",
     "A Navy spokesman, Cmdr. Tim Gorman", "Navy spokesman"),
    ("Gen. Charles Brown said the strikes were effective.", "Gen. Charles Brown", "Gen."),
])
def test_a_title_whose_dot_the_tokenizer_cut_off_is_still_the_names(run, text, speaker, title):
    row = only(text, run(text))
    assert (row["speaker"], row["source"].title) == (speaker, title)


@pytest.mark.parametrize("text, affiliation, number", [
    ("The F-35 program office said the jets would be delivered in 2025.", None, None),
    ("Two F-16 pilots said the mission was dangerous.", None, "two"),
])
def test_a_model_designation_is_neither_a_side_nor_a_count(run, text, affiliation, number):
    source = only(text, run(text))["source"]
    assert (source.affiliation, source.number) == (affiliation, number)


def test_a_refusal_by_a_body_named_in_full_is_not_another_body_quoted_before(run):
    text = ("The Army Corps of Engineers said the dam was safe. The F-16 program office "
            "declined to comment.")
    (disclosure,) = run(text).disclosures
    assert disclosure.source_id is None


def test_a_perfect_split_by_a_time_keeps_its_subject(run):
    text = ("Police had last month charged Corey Lewandowski after determining that a video "
            "recording showed him grabbing a reporter.")
    row = only(text, run(text))
    assert (row["speaker"], row["cue"]) == ("Police", "charged")
    assert row["source"].kind == SourceKind.NAMED_ORGANIZATION


def test_a_candidates_camp_is_a_body_that_may_head_a_colon_line(run):
    text = ("Clinton camp: Trump’s Islamaphobia threatens national security.\n\n"
            "WASHINGTON (AP) — Hillary Clinton said Trump was dangerous.")
    row = texts(text, run(text))[0]
    assert (row["cue"], row["source"].name, row["source"].kind) == (
        ":", "Clinton camp", SourceKind.NAMED_ORGANIZATION)
    assert row["content"] == ["Trump’s Islamaphobia threatens national security"]


def test_a_headline_naming_a_speaker_on_a_topic_before_a_quotation_is_theirs(run):
    text = ("Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: ‘I Think She "
            "Will.’\n\nFriday on CNN’s “New Day,” Sen. Kirsten Gillibrand said she expected "
            "the release.")
    rows = texts(text, run(text))
    assert [(row["cue"], row["source"].name) for row in rows] == [
        (":", "Kirsten Gillibrand"), ("said", "Kirsten Gillibrand")]
    assert rows[0]["content"] == ["I Think She Will"]


@pytest.mark.parametrize("text, speaker, content", [
    ("Zoom out: Economists say the effect will not be clear until summer.", "Economists",
     "the effect will not be clear until summer"),
    ("Flashback: Sen. Susan Collins said in March she would vote no.", "Sen. Susan Collins",
     "she would vote no"),
    ("Driving the news: The White House is preparing an executive order on AI chip exports, "
     "a senior administration official tells Axios.", "a senior administration official",
     "The White House is preparing an executive order on AI chip exports"),
    ("Scoop: House Speaker Mike Johnson plans to bring the bill to the floor next week, two "
     "sources familiar with his plans tell Axios.", "two sources familiar with his plans",
     "House Speaker Mike Johnson plans to bring the bill to the floor next week"),
])
def test_a_newsletters_section_label_names_no_one_and_is_not_what_was_said(run, text, speaker,
                                                                          content):
    row = only(text, run(text))
    assert (row["speaker"], row["content"]) == (speaker, [content])


@pytest.mark.parametrize("text, name", [
    ("The UAW said the strike would expand. The union said 9,000 more workers would walk out.",
     "UAW"),
    ("Greenpeace said the deal was weak. The group said it would keep campaigning.",
     "Greenpeace"),
    ("The EPA said the rule would take effect in May. The agency said it expected legal "
     "challenges.", "EPA"),
])
def test_the_union_or_the_group_is_the_one_body_just_quoted(run, text, name):
    extraction = run(text)
    assert [extraction.source(a.source_id).name for a in extraction.attributions] == [name] * 2
    assert extraction.sources[0].kind == SourceKind.NAMED_ORGANIZATION


def test_the_union_after_two_bodies_quoted_is_neither(run):
    text = ("Ford said it would not budge. The UAW said the offer was insulting. The union said "
            "it would strike.")
    names = [run(text).source(a.source_id).name for a in run(text).attributions]
    assert names == ["Ford", "UAW", "union"]


@pytest.mark.parametrize("text, kinds", [
    ("The mayor said the library would close if the council did not return the funds.", []),
    ("The union said it would strike if the company did not respond by Friday.", []),
    ("Smith did not return a call seeking comment.", ["no_response"]),
])
def test_a_refusal_supposed_in_a_condition_is_no_disclosure(run, text, kinds):
    assert [d.kind for d in run(text).disclosures] == kinds


def test_a_bulleted_speakers_label_with_party_and_state_heads_its_quotation(run):
    text = ('What they’re saying:\n- Sen. John Thune (R-S.D.): "We have the votes."\n'
            '- Sen. Chris Murphy (D-Conn.): "This is a disaster."')
    rows = texts(text, run(text))
    assert [(row["source"].name, row["content"]) for row in rows] == [
        ("John Thune", ['"We have the votes."']),
        ("Chris Murphy", ['"This is a disaster."']),
    ]


def test_an_age_the_parser_made_the_subject_belongs_to_the_name_before_it(run):
    text = ('"It is not enough," said Alyssa Chen, a student. Chen, 27, said she earns '
            '$24,000 a year.')
    rows = texts(text, run(text))
    assert [row["source"].name for row in rows] == ["Alyssa Chen", "Alyssa Chen"]
    assert rows[1]["content"] == ["she earns $24,000 a year"]


@pytest.mark.parametrize("text, content", [
    ('The union called the offer "insulting" on Thursday.', 'the offer "insulting"'),
    ('The governor called the bill "a disaster" in a statement.', 'the bill "a disaster"'),
    ('Fran Drescher called the studios position "disgusting" at a news conference.',
     'the studios position "disgusting"'),
])
def test_what_someone_called_something_leaves_out_when_and_where(run, text, content):
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == ("called", [content])


@pytest.mark.parametrize("text, name, content", [
    ('"You learn to live with it," writes Obama in his memoir, "A Promised Land."', "Obama",
     '"You learn to live with it,"'),
    ('"It was a hard year," Grant wrote in his memoir, "Personal Memoirs."', "Grant",
     '"It was a hard year,"'),
])
def test_a_works_title_after_the_document_is_neither_speaker_nor_content(run, text, name,
                                                                         content):
    row = only(text, run(text))
    assert (row["source"].name, row["content"]) == (name, [content])
    assert row["source"].kind == SourceKind.NAMED_PERSON


def test_management_is_a_body(run):
    text = "Management wrote in a memo to staff that the plant would remain open."
    row = only(text, run(text))
    assert row["source"].kind == SourceKind.NAMED_ORGANIZATION


def test_a_refusal_citing_a_policy_of_not_discussing_claims_nothing(run):
    text = ("The university declined to comment, citing a policy of not discussing personnel "
            "matters.")
    extraction = run(text)
    assert extraction.attributions == []
    assert [d.kind for d in extraction.disclosures] == ["declined"]


@pytest.mark.parametrize("text, name, title", [
    ("Dean of Students Mark Rivera said the incident was troubling.", "Mark Rivera",
     "Dean of Students"),
    ("Dean Baker, an economist, said the plan was sound.", "Dean Baker", "economist"),
])
def test_a_post_of_a_body_tagged_a_person_is_the_names_title(run, text, name, title):
    source = only(text, run(text))["source"]
    assert (source.name, source.title) == (name, title)


def test_a_year_before_a_document_counts_nothing(run):
    text = "A 2019 memo from the general counsel warned that the policy was illegal."
    source = only(text, run(text))["source"]
    assert (source.kind, source.number) == (SourceKind.DOCUMENT, None)


def test_a_name_after_a_fronted_participle_is_the_subject_not_the_listener(run):
    text = ("Reached by phone on Tuesday, Joyce — who is listed as an attorney in Illinois but "
            "doesn’t actively practice law — told The Huffington Post he’s not planning an "
            "appeal of the decision.")
    row = only(text, run(text))
    assert (row["source"].name, row["source"].kind) == ("Joyce", SourceKind.NAMED_PERSON)
    assert row["content"] == ["he’s not planning an appeal of the decision"]


def test_a_picture_credit_before_a_quotation_leaves_the_quotation(run):
    text = ('Photo: Linda Ortiz outside her home. "We were never told the water was unsafe," '
            'Ortiz said.')
    row = only(text, run(text))
    assert (row["source"].name, row["content"]) == (
        "Linda Ortiz", ['"We were never told the water was unsafe,"'])


@pytest.mark.parametrize("text, name, kind", [
    ("Sen. Susan Collins asked about the shipbuilding budget. The secretary said the "
     "department needed another $2 billion.", "secretary", SourceKind.ANONYMOUS_INDIVIDUAL),
    ("Gov. Mike Pence spoke in Ohio. The governor said taxes would fall.", "Mike Pence",
     SourceKind.NAMED_PERSON),
    ('"I have seen three wars," the old woman said.', "old woman",
     SourceKind.ANONYMOUS_INDIVIDUAL),
    ("The Brazilian navy said it had rescued 40 migrants.", "Brazilian navy",
     SourceKind.NAMED_ORGANIZATION),
])
def test_a_post_goes_to_no_one_the_story_gave_another_office(run, text, name, kind):
    source = texts(text, run(text))[-1]["source"]
    assert (source.name, source.kind) == (name, kind)


def test_a_question_after_asked_by_is_the_askers_not_the_answer(run):
    text = ("Asked by Sen. Mike Lee whether the agency had spied on Americans, Wray said it "
            "had not.")
    rows = texts(text, run(text))
    assert rows[-1]["source"].name == "Wray"
    assert rows[-1]["content"] == ["it had not"]


def test_a_post_without_an_article_after_what_according_to_cites_is_the_title(run):
    text = ("Prices are likely to stabilize next year, according to Daryl Fairweather, chief "
            "economist at Redfin.")
    row = only(text, run(text))
    assert row["content"] == ["Prices are likely to stabilize next year"]
    assert row["source"].title == "chief economist at Redfin"


@pytest.mark.parametrize("text, content", [
    ("The newspaper agreed not to publish the officer’s name.",
     "not to publish the officer’s name"),
    ("He vowed never to return to the city.", "never to return to the city"),
])
def test_a_negation_between_the_cue_and_what_it_introduces_is_kept(run, text, content):
    assert only(text, run(text))["content"] == [content]


@pytest.mark.parametrize("text, name", [
    ("Kim Jong Un said the missile test was a success.", "Kim Jong Un"),
    ('Judge Amanda Reyes set bail at $500,000. "The risk of flight is real," the judge said.',
     "Amanda Reyes"),
])
def test_a_name_the_splitter_cut_before_its_last_word_is_one_person(run, text, name):
    assert texts(text, run(text))[-1]["source"].name == name


def test_a_description_before_the_speakers_name_is_not_the_subject_of_what_was_said(run):
    text = ('A lawyer for one of the defendants, Mark Feld, said his client "looks forward to '
            'clearing his name."')
    row = only(text, run(text))
    assert row["speaker"] == "A lawyer for one of the defendants, Mark Feld"
    assert row["source"].title == "lawyer for one of the defendants"
    assert row["content"][0] == "his client"


def test_a_participle_setting_the_scene_after_the_tag_is_not_what_was_said(run):
    text = '"Nothing is left," said Rosa Lima, standing in what had been her kitchen.'
    row = only(text, run(text))
    assert (row["source"].name, row["content"]) == ("Rosa Lima", ['"Nothing is left,"'])


def test_a_participle_after_the_speakers_description_describes_the_speaker(run):
    text = ('"I feel like nobody asked us," said Priya Natarajan, a junior majoring in biology. '
            '"We found out from Instagram."')
    row = only(text, run(text))
    assert row["source"].title == "junior majoring in biology"
    assert row["content"] == ['"I feel like nobody asked us,"', '"We found out from Instagram."']


def test_a_spokeswoman_for_a_named_mayor_is_unnamed_not_the_mayor(run):
    text = '"We are reviewing the report," a spokeswoman for Mayor Brandon Johnson said.'
    source = only(text, run(text))["source"]
    assert (source.kind, source.role) == (SourceKind.ANONYMOUS_INDIVIDUAL, "spokeswoman")


@pytest.mark.parametrize("text, name, cue", [
    ("The columnist Ruth Marcus has been critical of Mr. Trump but on Tuesday wrote that she "
     "agreed with him.", "Ruth Marcus", "wrote"),
    ("The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming "
     "without any evidence that Mr. Obama wanted to take in 250,000 refugees.", "Trump",
     "claiming"),
])
def test_a_time_with_a_preposition_or_beside_another_subject_is_not_the_speaker(
        run, text, name, cue):
    row = next(r for r in texts(text, run(text)) if r["cue"] == cue)
    assert row["source"].name == name


@pytest.mark.parametrize("text, content", [
    ("Joe Madison, a talk radio host considered one of the most influential in the black "
     "community, recalled in 2008 that Obama was not treated as credibly.",
     "that Obama was not treated as credibly"),
    ("Joe Madison, a D.C.-based talk radio host considered one of the most influential in the "
     "black community, recalled in 2008 that before Iowa, Obama wasn’t treated as credibly by "
     "his show’s listeners.",
     "that before Iowa, Obama wasn’t treated as credibly by his show’s listeners"),
])
def test_a_participle_describing_the_speakers_description_is_not_the_main_verb(
        run, text, content):
    row = only(text, run(text))
    assert (row["cue"], row["source"].name, row["content"]) == ("recalled", "Joe Madison",
                                                                [content])


@pytest.mark.parametrize("text, name, title", [
    ("Asked about the sanctions, Maria Zakharova, the Foreign Ministry spokeswoman, said they "
     "would fail.", "Maria Zakharova", "Foreign Ministry spokeswoman"),
    ("Asked about the deal, Ursula von der Leyen, the Commission president, said Europe would "
     "stand firm.", "Ursula von der Leyen", "Commission president"),
])
def test_a_name_after_a_fronted_question_speaks_with_its_post_set_off_after_it(
        run, text, name, title):
    source = only(text, run(text))["source"]
    assert (source.name, source.title, source.kind) == (name, title, SourceKind.NAMED_PERSON)


@pytest.mark.parametrize("text, speaker, content", [
    ("The meeting will be held online, four OPEC+ sources told Reuters.",
     "four OPEC+ sources", "The meeting will be held online"),
    ("Saudi Arabia will keep its voluntary cut in place, three sources told Reuters on "
     "Wednesday.", "three sources", "Saudi Arabia will keep its voluntary cut in place"),
    ("The deal could be signed within weeks, two people familiar with the talks told Bloomberg "
     "News.", "two people familiar with the talks", "The deal could be signed within weeks"),
])
def test_a_tag_whose_verb_was_read_as_a_modifier_of_the_listener_is_found(
        run, text, speaker, content):
    row = only(text, run(text))
    assert (row["cue"], row["speaker"], row["content"]) == ("told", speaker, [content])
    assert row["source"].kind == SourceKind.ANONYMOUS_GROUP


@pytest.mark.parametrize("text, name", [
    ("Hassan (not his real name) said he had paid smugglers $3,000.", "Hassan"),
    ("Yusuf, not his real name, said the guards beat him with sticks.", "Yusuf"),
    ('"We sleep in shifts," said Karim, who uses a pseudonym to protect his family in Iran.',
     "Karim"),
    ("Ahmed, whose name has been changed to protect his identity, said the camp had no water.",
     "Ahmed"),
])
def test_a_pseudonym_leaves_the_person_unidentified_and_justified(run, text, name):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind, source.justified, source.title) == (
        name, SourceKind.ANONYMOUS_INDIVIDUAL, True, None)


def test_withholding_a_surname_in_the_sentence_before_the_speech_covers_that_person(run):
    text = ("Leila, 28, asked that her surname be withheld because she fears for her family in "
            "Iran. She said she had been arrested twice.")
    extraction = run(text)
    row = only(text, extraction)
    assert (row["source"].name, row["source"].kind) == ("Leila", SourceKind.ANONYMOUS_INDIVIDUAL)
    assert [j.source_ids for j in extraction.justifications] == [[row["source"].id]]


@pytest.mark.parametrize("text", [
    '"I just want to work," said a 22-year-old from Eritrea.',
    '"I just want to work," said a 22-year-old from Eritrea who gave only his first name, Yonas.',
])
def test_an_age_after_an_inverted_speech_verb_is_the_speaker(run, text):
    row = only(text, run(text))
    assert row["speaker"].startswith("a 22-year-old from Eritrea")
    assert row["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL


def test_a_word_of_a_quotation_is_not_a_name_beside_the_speaker_after_it(run):
    text = ('"Brace for impact," the captain announced over the intercom. "Speedbird 12, going '
            'around," the pilot radioed.')
    rows = texts(text, run(text))
    assert [(r["cue"], r["speaker"], r["content"]) for r in rows] == [
        ("announced", "the captain", ['"Brace for impact,"']),
        ("radioed", "the pilot", ['"Speedbird 12, going around,"'])]
    assert rows[0]["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL


@pytest.mark.parametrize("text, name, kind", [
    ("OPEC+ said it would meet on Sunday. The cartel said output would stay unchanged.",
     "OPEC+", SourceKind.NAMED_ORGANIZATION),
    ('"Mayday, mayday," the pilot said, according to audio.', "audio", SourceKind.DOCUMENT),
    ("The note said the bank expected two rate cuts this year.", "note", SourceKind.DOCUMENT),
])
def test_cartels_audio_and_notes_are_bodies_and_documents(run, text, name, kind):
    source = texts(text, run(text))[-1]["source"]
    assert (source.name, source.kind) == (name, kind)


def test_a_plus_sign_is_part_of_a_name_not_a_conjunction(run):
    text = "Two OPEC+ sources said the meeting would be held online."
    extraction = run(text)
    row = only(text, extraction)
    assert (row["source"].name, row["source"].kind, row["source"].organization) == (
        "Two OPEC+ sources", SourceKind.ANONYMOUS_GROUP, "OPEC+")
    assert [c.sourcing for c in extraction.claims] == [Sourcing.ANONYMOUS]


def test_a_post_a_nation_has_many_of_names_no_one_on_the_record(run):
    text = "The Saudi minister said output would stay unchanged."
    source = only(text, run(text))["source"]
    assert (source.kind, source.anonymous) == (SourceKind.ANONYMOUS_INDIVIDUAL, True)
    text = "The French president said Europe must defend itself."
    assert only(text, run(text))["source"].kind == SourceKind.NAMED_PERSON


def test_whose_a_named_critic_is_is_no_title(run):
    text = '"A triumph," wrote The Guardian\'s Peter Bradshaw.'
    source = only(text, run(text))["source"]
    assert (source.name, source.title) == ("Peter Bradshaw", None)


@pytest.mark.parametrize("text, content", [
    ('Critics have hailed the production as "a revelation."',
     'the production as "a revelation."'),
    ('The minister dismissed the report as "fake news."', 'the report as "fake news."'),
])
def test_what_a_thing_is_praised_or_dismissed_as_is_part_of_the_content(run, text, content):
    assert only(text, run(text))["content"] == [content]


def test_a_clause_after_a_semicolon_with_its_own_subject_is_not_more_of_what_was_said(run):
    text = "The ministry said the talks had gone well; the opposition called them a sham."
    assert said(text, run(text)) == [
        ("said", "The ministry", ["the talks had gone well"]),
        ("called", "the opposition", ["them a sham"])]
    text = ("He said the company had grown fast; that it had hired 500 people; and that it "
            "would expand.")
    assert said(text, run(text))[0][2] == [
        "the company had grown fast; that it had hired 500 people; and that it would expand"]


def test_a_time_after_a_documents_participle_is_when_it_appeared(run):
    text = "A survey published last week showed that most Britons opposed the plan."
    row = only(text, run(text))
    assert (row["cue"], row["content"]) == ("showed", ["that most Britons opposed the plan"])
    assert row["source"].kind == SourceKind.DOCUMENT


@pytest.mark.parametrize("text, content", [
    ("The pilot dumped fuel over the sea, allowing the plane to land safely, the airline said.",
     "The pilot dumped fuel over the sea, allowing the plane to land safely"),
    ("The talks will resume on Monday, after both sides agreed to a pause, a spokesman said.",
     "The talks will resume on Monday, after both sides agreed to a pause"),
])
def test_a_clause_before_an_inverted_tag_is_part_of_what_was_said(run, text, content):
    assert only(text, run(text))["content"] == [content]


@pytest.mark.parametrize("text, name", [
    ("Alexandria Ocasio-Cortez said the bill would fail.", "Alexandria Ocasio-Cortez"),
    ("Ngozi Okonjo-Iweala, the WTO director-general, said trade would slow.",
     "Ngozi Okonjo-Iweala"),
])
def test_a_hyphenated_surname_the_tagger_split_between_types_is_one_name(run, text, name):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == (name, SourceKind.NAMED_PERSON)
    assert source.title in (None, "WTO director-general")


@pytest.mark.parametrize("text, name, kind", [
    ("Esi Edugyan, the chair of the judges, said the decision was unanimous.", "Esi Edugyan",
     SourceKind.NAMED_PERSON),
    ("Interscope Records, the label, said the album would be delayed.", "Interscope Records",
     SourceKind.NAMED_ORGANIZATION),
])
def test_a_name_beside_a_post_only_a_person_holds_is_a_persons(run, text, name, kind):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == (name, kind)


@pytest.mark.parametrize("text, name", [
    ("Taiwan President Lai Ching-te said the island would not provoke Beijing.", "Lai Ching-te"),
    ("Foreign Minister Lin Chia-lung said the visit was a success.", "Lin Chia-lung"),
    ("Former President Tsai Ing-wen said democracy would prevail.", "Tsai Ing-wen"),
])
def test_a_given_names_syllable_after_a_hyphen_is_part_of_the_name(run, text, name):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == (name, SourceKind.NAMED_PERSON)


def test_an_english_compound_on_a_name_is_not_a_syllable_of_it(run):
    text = "The Trump-led coalition said it would act."
    assert only(text, run(text))["source"].name == "Trump-led coalition"


@pytest.mark.parametrize("text, name, kind", [
    ("The Joint Chiefs of Staff said the launch was detected at 7:10 a.m.",
     "Joint Chiefs of Staff", SourceKind.NAMED_ORGANIZATION),
    ("South Korea's Joint Chiefs of Staff said the missile flew 800 km.",
     "South Korea's Joint Chiefs of Staff", SourceKind.NAMED_ORGANIZATION),
    ("The hackers said they had stolen 6 terabytes of data.", "hackers",
     SourceKind.ANONYMOUS_GROUP),
    ('"Liar!" a heckler shouted.', "heckler", SourceKind.ANONYMOUS_INDIVIDUAL),
])
def test_military_bodies_hackers_and_hecklers_are_sources(run, text, name, kind):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == (name, kind)


@pytest.mark.parametrize("text, cues", [
    ("The group, which calls itself ShinyHunters, said it had stolen the records.", ["said"]),
    ("A group calling itself Cyber Av3ngers claimed responsibility for the attack.", []),
    ("The plan, which was first reported by The Wall Street Journal, would cut 10% of staff.",
     []),
])
def test_a_name_one_goes_by_and_who_broke_a_story_are_not_claims(run, text, cues):
    assert [row["cue"] for row in texts(text, run(text))] == cues


@pytest.mark.parametrize("text, name", [
    ('The campaign of former President Donald Trump said in a statement that the verdict was '
     '"a disgrace."', "campaign of former President Donald Trump"),
    ("The office of Governor Gavin Newsom said the bill would be signed.",
     "office of Governor Gavin Newsom"),
    ("Security firm Huntress said the attackers had used remote-access tools.", "Huntress"),
])
def test_a_body_named_with_or_after_a_persons_name_is_the_body(run, text, name):
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == (name, SourceKind.NAMED_ORGANIZATION)


def test_a_post_before_a_name_still_titles_a_person(run):
    text = "Campaign manager Robby Mook said the poll was wrong."
    source = only(text, run(text))["source"]
    assert (source.name, source.kind, source.title) == (
        "Robby Mook", SourceKind.NAMED_PERSON, "Campaign manager")


def test_a_party_member_the_tagger_heard_a_body_in_is_the_politician_named(run):
    text = ("Senator Kirsten Gillibrand said the bill would pass. The New York Democrat added "
            "that it had bipartisan support.")
    rows = texts(text, run(text))
    assert [r["source"].name for r in rows] == ["Kirsten Gillibrand", "Kirsten Gillibrand"]


def test_a_body_named_by_the_post_whose_it_is_keeps_the_post(run):
    text = "The Prime Minister's Office said the visit would go ahead."
    source = only(text, run(text))["source"]
    assert (source.name, source.kind) == ("Prime Minister's Office",
                                          SourceKind.NAMED_ORGANIZATION)


@pytest.mark.parametrize("text, content", [
    ("An official who asked not to be named because she was not authorized to discuss the "
     "investigation said at least 30 people had been detained.",
     "at least 30 people had been detained"),
    ("A police officer who requested anonymity because he was not authorized to speak to the "
     "media said at least 12 suspects had been killed in the raids.",
     "at least 12 suspects had been killed in the raids"),
])
def test_a_long_justifying_clause_before_the_verb_keeps_the_anonymous_speaker(
        run, text, content):
    extraction = run(text)
    row = only(text, extraction)
    assert row["content"] == [content]
    assert (row["source"].kind, row["source"].justified) == (
        SourceKind.ANONYMOUS_INDIVIDUAL, True)


def test_the_company_after_a_figure_that_moved_is_the_speaker_not_the_shares(run):
    text = "Nvidia's shares rose 5% after the company said demand remained strong."
    row = only(text, run(text))
    assert (row["speaker"], row["source"].name) == ("the company", "Nvidia")


def test_an_infinitive_after_a_described_objects_verb_is_part_of_what_was_shown(run):
    text = ("A memo seen by Reuters shows the agency planned to cut 1,200 jobs by the end of "
            "the year.")
    row = only(text, run(text))
    assert row["content"] == ["the agency planned to cut 1,200 jobs by the end of the year"]
    assert row["source"].kind == SourceKind.DOCUMENT


@pytest.mark.parametrize("text, content", [
    ("The letter urged the administration to restore funding for the program.",
     "the administration to restore funding for the program"),
    ("The Daily News claims the NRA's refusal to support gun control is a form of jihad.",
     "the NRA's refusal to support gun control is a form of jihad"),
])
def test_what_someone_was_urged_to_do_after_the_object_is_the_content(run, text, content):
    assert only(text, run(text))["content"] == [content]


@pytest.mark.parametrize("text, covered", [
    ("A spokeswoman for the council said the claims were false. Three residents said the estate "
     "had been neglected for years. They spoke on condition of anonymity because they feared "
     "eviction.", ["Three residents"]),
    ("A spokesman for the airline said talks were continuing. Two senior pilots, who spoke on "
     "condition of anonymity because they feared retaliation, said the strike would go ahead.",
     ["Two senior pilots"]),
    ("A European diplomat said the talks were close. A second diplomat said a deal could come "
     "Friday. Both asked not to be named because the talks were confidential.",
     ["European diplomat", "second diplomat"]),
])
def test_a_justification_covers_whom_it_points_to_not_every_anonymous_source(
        run, text, covered):
    extraction = run(text)
    (justification,) = extraction.justifications
    assert sorted(extraction.source(i).name for i in justification.source_ids) == covered


@pytest.mark.parametrize("text, speakers", [
    ("A senior official said the talks had stalled. A second official said a deal was still "
     "possible. The first official said the sides would meet again on Friday.", [0, 1, 0]),
    ("A Treasury official said the plan was costed. A second official said it was not. The "
     "second official added that the figures had been revised twice.", [0, 1, 1]),
])
def test_the_first_and_the_second_official_count_back_in_order(run, text, speakers):
    extraction = run(text)
    ids = [a.source_id for a in extraction.attributions]
    first_seen = list(dict.fromkeys(ids))
    assert [first_seen.index(i) for i in ids] == speakers
    assert len(extraction.sources) == 2


@pytest.mark.parametrize("text", [
    "Hospital trust accused of covering up baby deaths",
    "A man accused of fraud appeared in court on Monday.",
])
def test_who_is_accused_is_not_who_speaks(run, text):
    assert [row["source"] for row in texts(text, run(text)) if row["cue"] and
            "accused" in row["cue"]] == []


@pytest.mark.parametrize("text, covered", [
    ("A midwife, who spoke on condition that she was not named, said the ward was "
     "understaffed.", ["midwife"]),
    ("A European diplomat said the text was agreed. A second diplomat said it was not. "
     "Neither source wished to be identified.", ["European diplomat", "second diplomat"]),
])
def test_more_ways_of_withholding_a_name_are_justifications(run, text, covered):
    extraction = run(text)
    (justification,) = extraction.justifications
    assert sorted(extraction.source(i).name for i in justification.source_ids) == covered


@pytest.mark.parametrize("text, speaker", [
    ("The company will cut 500 jobs, said one of the people, a manager in the sales division.",
     "one of the people, a manager in the sales division"),
    ("Executives decided in September to cancel the chip, said one of the people.",
     "one of the people"),
])
def test_one_of_the_people_read_as_the_object_of_a_tag_is_its_speaker(run, text, speaker):
    row = only(text, run(text))
    assert (row["speaker"], row["source"].kind) == (speaker, SourceKind.ANONYMOUS_INDIVIDUAL)
    assert row["content"][0].endswith(("500 jobs", "the chip"))


def test_one_set_beside_a_description_is_the_person_described(run):
    text = ("Two residents spoke to the Gazette. One, a retired teacher, said the noise was "
            "unbearable. The teacher said she had complained twice.")
    extraction = run(text)
    rows = texts(text, extraction)
    assert [r["source"].name for r in rows] == ["retired teacher", "retired teacher"]
    assert rows[0]["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert len(extraction.sources) == 1


def test_it_before_a_verb_of_finding_is_the_document_just_mentioned(run):
    text = ("The report was presented to the committee on Wednesday. It found that three firms "
            "had been paid for overlapping studies.")
    row = only(text, run(text))
    assert (row["speaker"], row["source"].name, row["source"].kind) == (
        "It", "report", SourceKind.DOCUMENT)
    text = "It emerged that three firms had been paid."
    assert [r for r in texts(text, run(text)) if r["speaker"] == "It"] == []


def test_a_document_read_as_the_clause_of_a_setting_is_where_it_was_said(run):
    text = ("Meta said in its earnings release that it expected capital expenditures of "
            "$64 billion to $72 billion this year.")
    assert only(text, run(text))["content"] == [
        "that it expected capital expenditures of $64 billion to $72 billion this year"]


def test_lawyers_for_opposing_sides_are_two_sources(run):
    text = ("Lawyers for the plaintiffs said the settlement was fair. The defendants' lawyers "
            "said it was too high. A spokesman for the ministry said talks failed. The "
            "spokesman said more talks were planned.")
    extraction = run(text)
    names = [extraction.source(a.source_id).name for a in extraction.attributions]
    assert names == ["Lawyers for the plaintiffs", "defendants' lawyers",
                     "spokesman for the ministry", "spokesman for the ministry"]


def test_the_ministry_after_the_ministry_of_something_is_that_ministry(run):
    text = ("The Ministry of Foreign Affairs said the ambassador had been summoned. The ministry "
            "said a formal protest had been lodged.")
    extraction = run(text)
    assert len({a.source_id for a in extraction.attributions}) == 1
    assert extraction.sources[0].name == "Ministry of Foreign Affairs"


def test_the_minister_is_the_secretary_of_state_named_before(run):
    text = ("Union leader Mark Jones said pilots were angry. Transport Secretary Jane Hill urged "
            "calm. The minister said passengers should not suffer.")
    rows = texts(text, run(text))
    assert [r["source"].name for r in rows if r["cue"] == "said"] == ["Mark Jones", "Jane Hill"]
    text = ("Union general secretary Martin Lowe said pilots were angry. The minister said "
            "passengers should not suffer.")
    assert texts(text, run(text))[-1]["source"].kind == SourceKind.ANONYMOUS_INDIVIDUAL
