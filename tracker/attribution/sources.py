"""Grouping speaker mentions into one Source per person, body or document in an article.

Newsroom writing names a source fully once and then shortens it ("Ukrainian
President Volodymyr Zelenskyy" ... "Zelenskyy" ... "he"; "a French military
official" ... "the official"), so each later mention is matched to the most
recent compatible source.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from . import lexicon
from .gender import PRONOUN_GENDER, gender_of, given_names, lone_name_gender
from .mentions import AGE, ELLIPSIS, ELLIPTICAL_TAILS, MentionReading
from .model import ANONYMOUS_KINDS, Source, SourceKind, Span

DESCRIPTOR_PARTS = ("seniority", "affiliation", "organization", "location")
PERSONAL = {SourceKind.NAMED_PERSON, SourceKind.ANONYMOUS_INDIVIDUAL}
# How far after a bare title ('Lawmaker says') its person's name may come, in characters.
NEAR = 400
COLLECTIVE = {SourceKind.ANONYMOUS_GROUP, SourceKind.NAMED_ORGANIZATION, SourceKind.VAGUE}
# What 'they' may refer to: crowds and bodies, named people spoken of together ('critics,
# like Sen. Grassley'), and the polled ('half of voters say they ...').
PLURAL_ANTECEDENTS = COLLECTIVE | {SourceKind.NAMED_PERSON, SourceKind.DOCUMENT}
FIRST_PERSON = {"we", "us", "our"}
# 'I' outside a quotation is the writer of a first-person piece ('I asked the mayor why ...'),
# one source for the whole article, never someone the story quotes.
WRITER_PRONOUNS = {"i", "me"}
WRITER = "the writer"
# 'He said' ('It said') with no speaker before it stands for the last person (organization)
# the story named, if that is within this many characters.
PERSONAL_PRONOUNS = {"he", "she"}
# A relative owned this way is someone only when the story named who has that tie.
POSSESSIVE_PRONOUNS = ("his ", "her ", "their ")
# The gender of a name the story addresses both ways ('Mr. Clinton' and 'Mrs. Clinton').
AMBIGUOUS = "?"
PRONOUN_REACH = 1000
# 'The company said' after 'Twitter said': a business named by its trade is the one body the
# story has just quoted (not so 'the ministry', which may be any of several bodies).
TRADE_NOUNS = {"company", "firm", "corporation", "airline", "carrier", "automaker", "carmaker",
               "drugmaker", "chipmaker", "planemaker", "steelmaker", "toymaker", "brewer",
               "maker", "giant", "chain", "retailer", "lender", "bank", "insurer", "utility",
               "startup", "manufacturer", "conglomerate", "supermarket", "publisher"}
# Words for a body of any kind, which after 'the' stand for the one body just quoted ('The
# UAW said ... The union said', 'Greenpeace said ... The group said').
BODY_NOUNS = {"union", "group", "agency", "charity", "organization", "organisation",
              "nonprofit", "association", "federation", "coalition", "alliance", "foundation",
              "institute", "watchdog", "cartel"}
# Whom a post serves, written after 'for' or as a possessor ('lawyers for the plaintiffs',
# "the defendants' lawyers"), which tells two such descriptions apart.
CLIENT = re.compile(r"\bfor (?:the |a |an )?([\w-]+)|([\w-]+)(?:'s|’s|'|’) \w+$",
                    re.IGNORECASE)
# Posts a government has many holders of, which a nation alone does not single out.
SHARED_POSTS = {"minister", "ministers", "senator", "general", "judge", "lawmaker", "mp"}
# Words for a person as such, which no qualifier makes an office ('the old woman').
PERSON_WORDS = {"man", "woman", "boy", "girl", "person", "men", "women", "people"}
# 'The senators', 'both candidates': a post held by several people the story has named.
NAMED_SET = ("the ", "both ")
# Delayed identification: the unnamed speaker of the opening paragraphs (a headline and the
# lede) may be named by the end of the paragraph numbered LATE_NAMING (counting from 0).
LEDE = 1
LATE_NAMING = 3
INDEFINITE_ARTICLES = ("a ", "an ")
# 'Jane Doe, a senior official at the ministry': a name set beside one of many, someone new.
INDEFINITE_APPOSITION = re.compile(r",\s+(a|an|one)\s", re.IGNORECASE)
# 'Another official', 'a third official': someone not met before, whatever they share.
# 'The first official', 'the second diplomat': one of several unnamed people with a post,
# counted in the order the story met them.
COUNT_ORDER = ("first", "second", "third", "fourth", "fifth", "sixth")
COUNTED_BACK = re.compile(rf"^the ({'|'.join(COUNT_ORDER)}) ", re.IGNORECASE)
NEW_REFERENT = re.compile(
    r"^(another|other|an? (other|different|second|third|fourth|fifth|sixth)"
    r"|(the )?(other|second|third|fourth|fifth|sixth))\b", re.IGNORECASE)


def _post(word: str | None) -> str | None:
    """The name the lexicon lists a post under ('justice' -> 'judge'), so that two ways of
    writing one post match."""
    return lexicon.same_posts().get(word or "", word)


def _name_tokens(name: str) -> list[str]:
    return [t.strip(".,’'").lower() for t in name.replace("’s", "").split() if t.strip(".,")]


def _same_given_name(a: str, b: str) -> bool:
    """'Chris' and 'Christopher', 'J.' and 'John' may be one person; 'Bill' and 'Hillary' not."""
    a, b = a.strip("."), b.strip(".")
    return a.startswith(b) or b.startswith(a)


def _same_person(a: str, b: str) -> bool:
    """'Zelenskyy' is 'Volodymyr Zelenskyy'; 'Zelensky' is close enough to 'Zelenskyy';
    'Melania Trump' is not 'Donald Trump', but 'Guajardo Villarreal' is 'Ildefonso Guajardo
    Villarreal'."""
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    given_a, given_b = given_names(a), given_names(b)
    if given_a and given_b and not _same_given_name(given_a[0].lower(), given_b[0].lower()) \
            and given_a[0].lower() not in tb and given_b[0].lower() not in ta:
        return False
    last_a, last_b = ta[-1], tb[-1]
    if last_a == last_b:
        return True
    shorter, longer = sorted((last_a, last_b), key=len)
    return len(shorter) >= 5 and longer.startswith(shorter) and len(longer) - len(shorter) <= 2


def _family_name_first(short: str, full: str) -> bool:
    """'Mr Li' after 'Li Qiang', 'Mr Xi' after 'Xi Jinping': one name that opens a person's
    full name (where the family name comes first), once no one's last name is it."""
    ta, tb = _name_tokens(short), _name_tokens(full)
    return len(ta) == 1 and len(tb) > 1 and ta[0] == tb[0]


def _same_organization(a: str, b: str) -> bool:
    ta = [t for t in _name_tokens(a) if t != "the"]
    tb = [t for t in _name_tokens(b) if t != "the"]
    if ta == tb:
        return True
    acronym = "".join(t[0] for t in (ta if len(ta) > len(tb) else tb) if t not in ("of", "for"))
    short = tb if len(ta) > len(tb) else ta
    return len(short) == 1 and short[0] == acronym


# How to tell that two names name the same person or the same organization.
SAME_NAME: dict[SourceKind, Callable[[str, str], bool]] = {
    SourceKind.NAMED_PERSON: _same_person,
    SourceKind.NAMED_ORGANIZATION: _same_organization,
}


def _for_whom(description: str) -> str | None:
    """Whom a post serves, by the description's words: 'Lawyers for the plaintiffs' and
    "the plaintiffs' lawyers" -> 'plaintiffs'."""
    found = CLIENT.search(description)
    return next((g.lower() for g in found.groups() if g), None) if found else None


def _compatible(reading: MentionReading, source: Source) -> bool:
    """Two descriptions may be one source when no descriptor part contradicts the other
    ('two people briefed on the talks' is not 'three people familiar with the plan'); a
    post's other names are the post ('A source tells People ... the insider says')."""
    mine, theirs = _for_whom(reading.mention.text), _for_whom(source.name)
    if _post(reading.parts.get("role")) != _post(source.role) or \
            reading.plural != source.plural or mine and theirs and mine != theirs:
        return False
    for part in (*DESCRIPTOR_PARTS, "number", "knowledge_basis"):
        mine, theirs = reading.parts.get(part), getattr(source, part)
        if mine and theirs and mine.lower() != theirs.lower():
            return False
    if reading.definite:
        return True
    return all((reading.parts.get(part) or None) == getattr(source, part)
               for part in DESCRIPTOR_PARTS)


def _agrees(reading: MentionReading, source: Source) -> bool:
    """Whether the source has every descriptor part the description gives, the same."""
    given = [(part, value) for part in DESCRIPTOR_PARTS if (value := reading.parts.get(part))]
    return bool(given) and all((getattr(source, part) or "").lower() == value.lower()
                               for part, value in given)


def _office(reading: MentionReading) -> bool:
    """'The Chancellor said', 'the prime minister told MPs', 'the Reserve Bank governor said':
    a post after 'the', written with capitals or, as British papers write it, qualified
    ('prime', 'Reserve Bank'), names the one person holding it, on the record, even when
    the story never gives the name ('the minister', 'the senior minister', 'the victim's
    mother' may be any of several, and so is an acronym: 'the MP')."""
    words = reading.name.split()
    capitals = all(word[:1].isupper() and not word.isupper() for word in words)
    qualified = len(words) > 1 and not words[-1].isupper() and not any(
        lexicon.descriptors().get(word.lower()) == "seniority" or
        word.endswith(lexicon.POSSESSIVE_ENDINGS) for word in words) and \
        words[-1].lower() not in PERSON_WORDS and \
        not _one_of_many_posts(reading, words)
    return reading.category == "title" and not reading.plural and \
        reading.kind == SourceKind.ANONYMOUS_INDIVIDUAL and bool(words) and \
        reading.mention.text.lower().startswith("the ") and (capitals or qualified)


def _one_of_many_posts(reading: MentionReading, words: list[str]) -> bool:
    """'The Saudi minister': a post a government has many of, qualified by nothing but
    the nation, is one of them ('the Saudi energy minister' is one post)."""
    nation = set((reading.parts.get("affiliation") or "").replace(",", " ").split())
    return words[-1].lower() in SHARED_POSTS and all(word in nation for word in words[:-1])


def _owned_by_name(reading: MentionReading) -> bool:
    """'Thomas' sister', 'Trump's spokeswoman': a post a named person holds over someone is
    that someone's, not any person named before ('Manju' for 'Thomas' sister')."""
    words = reading.mention.text.split()[:-1]
    return any(word[:1].isupper() and word.endswith((*lexicon.POSSESSIVE_ENDINGS, "'", "’"))
               for word in words)


def _identified(source: Source, name: str, title: str | None) -> Source:
    """An unnamed source the story goes on to name: a named person from now on."""
    source.kind, source.anonymous, source.name = SourceKind.NAMED_PERSON, False, name
    source.title = title
    return source


def _may_trade(name: str) -> bool:
    """Whether a body's name may be a business's: not one that ends in a word for another
    kind of body ('the Culinary Union' is no 'company')."""
    last = (name.split() or [""])[-1].lower()
    return last in TRADE_NOUNS or lexicon.source_nouns().get(last) != "organization"


def _last_heard(source: Source) -> int:
    """Where the source was last mentioned (-1 for one made from a name before it spoke)."""
    return max((m.span.start for m in source.mentions), default=-1)


def _last_named(named: list[tuple[int, str]], start: int, source_of: Callable[[str], Source],
                fits: Callable[[str], bool] = lambda name: True) -> Source | None:
    """The source of the last fitting name before `start`, within PRONOUN_REACH characters."""
    names = [name for offset, name in named
             if start - PRONOUN_REACH <= offset < start and fits(name)]
    return source_of(names[-1]) if names else None


def _one_of_a_party(reading: MentionReading) -> bool:
    """'the Ohio Democrat', 'the Republican': 'the' and one member of a crowd written with a
    capital (a party's) is a person the story has named, not the crowd ('the Louisville
    crowd')."""
    words = reading.mention.text.split()
    return len(words) > 1 and words[0].lower() == "the" and words[-1][:1].isupper()


def _lone_name_gender(name: str, title: str | None) -> str | None:
    """The gender a lone name tells ('said Tanya'); none after a title ('Dr. Reyes', 'Prof.
    Hale'), where the one name is a surname, whatever it would mean as a given name."""
    return None if title else lone_name_gender(name)


class SourceBook:
    """The sources of one article, built mention by mention in text order."""

    def __init__(self, people: list[tuple[int, str]] = (),
                 bodies: list[tuple[int, str]] = (),
                 subjects: list[tuple[int, str]] = (),
                 crowds: list[tuple[int, MentionReading]] = (),
                 posts: dict[int, frozenset[str]] | None = None,
                 titles: dict[str, str] | None = None,
                 addressed: dict[str, str] | None = None,
                 figures: list[tuple[int, MentionReading]] = (),
                 paragraphs: list[Span] = (), quoted: list[Span] = (),
                 asides: dict[int, Span] | None = None, reported: list[Span] = ()) -> None:
        """`people` and `bodies`: (offset, name) of every person and every organization the
        article names, in text order; `subjects`: the people among them named as a
        sentence's subject; `crowds`: (offset, reading) of plural nouns for people that are
        a sentence's subject ('Prosecutors charged him.'), whom a later 'they' may mean;
        `posts`: the offset of each person's name -> the posts written with it ('chief' for
        'Police Chief Tom Brown'); `titles`: a person's name -> the title the story first
        gives with it ('Coach' for 'Coach Maria Santos'), for a source made from the name;
        `addressed`: a name -> the gender a form of address gives it anywhere ('m' for 'Mr.
        Obama'), so a short name is not lengthened into someone else's; `figures`: (offset,
        reading) of single unnamed people or bodies that are a sentence's subject ('The nurse
        was exhausted.', 'The bank expects ...'), whom a later 'she' or 'it' may mean;
        `paragraphs`: the article's paragraphs,
        for telling its opening; `quoted`: the spans inside quotation marks, where 'I' is
        the one quoted, not the writer; `asides`: the offset of each name inside a phrase
        set before a verb's subject -> that subject ('Speaking to CNN's Jake Tapper, the
        senator said'), whom it never describes; `reported`: the spans of what the article
        reports someone said, where the people named are talked about."""
        self.sources: list[Source] = []
        self._last_used: dict[int, int] = {}
        self._people = list(people)
        # last names of people named in full ('Mr Li' is not 'Li Qiang' where someone is a Li)
        self._surnames = {_name_tokens(n)[-1] for _, n in self._people
                          if len(_name_tokens(n)) > 1}
        self._bodies = list(bodies)
        self._subjects = list(subjects)
        self._crowds = list(crowds)
        self._posts = {offset: frozenset(map(_post, held))
                       for offset, held in (posts or {}).items()}
        self._titles = titles or {}
        self._addressed = addressed or {}
        self._figures = list(figures)
        self._paragraphs = list(paragraphs)
        self._quoted = list(quoted)
        self._asides = asides or {}
        self._reported = list(reported)
        self._gender: dict[int, str] = {}

    def add(self, reading: MentionReading, position: int) -> Source:
        # 'he said, referring to the ruling': one pronoun, subject of two cues, is one source
        again = next((s for s in self.sources if reading.mention in s.mentions), None) \
            if reading.mention.kind == "pronoun" else None
        if again is not None:
            self._last_used[again.id] = position
            return again
        if self._named_set(reading):
            reading = replace(reading, kind=SourceKind.NAMED_PERSON)
        if reading.pronoun == ELLIPSIS:
            reading = self._one_more(reading)
        source = self._match(reading)
        if source is None and _office(reading):
            reading = replace(reading, kind=SourceKind.NAMED_PERSON)
        if source is None:
            source = self._named_at_last(reading) or self._named_after_lede(reading)
        if source is None:
            source = self._new(reading)
        else:
            self._enrich(source, reading)
        self._learn_gender(source, reading)
        source.mentions.append(reading.mention)
        self._last_used[source.id] = position
        return source

    def _named_set(self, reading: MentionReading) -> bool:
        """'Mr. Grassley and Mr. Leahy ... the senators said': 'the' or 'both' and a post in
        the plural, once the story has named two people or more, stands for people it named,
        not an unnamed group."""
        start = reading.mention.span.start
        named = {name for offset, name in self._people if offset < start}
        return reading.kind == SourceKind.ANONYMOUS_GROUP and reading.category == "title" and \
            reading.mention.text.lower().startswith(NAMED_SET) and len(named) > 1

    def _one_more(self, reading: MentionReading) -> MentionReading:
        """'Another said', 'one said': one more unnamed person like the last anonymous source
        quoted ('another official'), or one more document like the last one ('another
        found'); with none quoted yet, 'one' is still one unnamed person."""
        last = next((s for s in self._recent()
                     if s.kind in ANONYMOUS_KINDS or s.kind == SourceKind.DOCUMENT), None)
        if last is None:
            alone = SourceKind.ANONYMOUS_INDIVIDUAL if reading.mention.text.lower() == "one" \
                else SourceKind.UNRESOLVED
            return replace(reading, kind=alone, pronoun=None)
        kind = SourceKind.DOCUMENT if last.kind == SourceKind.DOCUMENT else \
            SourceKind.ANONYMOUS_INDIVIDUAL
        role = last.role or last.name.split()[-1]
        parts = {part: getattr(last, part) for part in DESCRIPTOR_PARTS} | {"role": role}
        count = reading.mention.text.lower()
        for tail in ELLIPTICAL_TAILS:
            count = count.removesuffix(tail)
        return replace(reading, kind=kind, pronoun=None, parts=parts, name=f"{count} {role}")

    def _recent(self) -> list[Source]:
        return sorted(self.sources, key=lambda s: self._last_used.get(s.id, -1), reverse=True)

    def _counted_back(self, reading: MentionReading, ordinal: str) -> Source | None:
        """'A senior official said ... A second official said ... The first official said':
        'the' and an ordinal count back to the unnamed source with that post met in that
        order (or the one introduced with that ordinal: 'a second official')."""
        role = _post(reading.parts.get("role"))
        same = [s for s in self.sources if s.kind in ANONYMOUS_KINDS and
                _post(s.role) == role and s.plural == reading.plural]
        introduced = next((s for s in same if s.name.lower().startswith(ordinal)), None)
        place = COUNT_ORDER.index(ordinal)
        return introduced or (same[place] if place < len(same) else None)

    def _match(self, reading: MentionReading) -> Source | None:
        if reading.kind is None:
            return self._resolve_pronoun(reading)
        gender = self._reading_gender(reading)
        named = self._named_referent(reading, gender)
        if named is not None:
            return named
        counted = COUNTED_BACK.match(reading.mention.text)
        if counted is not None and reading.kind in ANONYMOUS_KINDS:
            found = self._counted_back(reading, counted.group(1).lower())
            if found is not None:
                return found
        if reading.kind in ANONYMOUS_KINDS and not NEW_REFERENT.match(reading.mention.text):
            # 'A Hamas official ... An Israeli official ... The Hamas official said': the
            # one every part agrees with comes before the last one heard
            agreeing = [s for s in self._recent() if s.kind == reading.kind and
                        self._fits(gender, s) and _compatible(reading, s) and _agrees(reading, s)]
            if agreeing:
                return agreeing[0]
        for source in self._recent():
            if self._partly_named(reading, source):
                return source
            if source.kind != reading.kind or not self._fits(gender, source):
                continue
            if reading.kind in SAME_NAME and SAME_NAME[reading.kind](reading.name, source.name):
                return source
            if reading.kind in ANONYMOUS_KINDS and _compatible(reading, source) and \
                    not NEW_REFERENT.match(reading.mention.text):
                return source
            if reading.kind == SourceKind.DOCUMENT and reading.definite and \
                    reading.parts.get("role") == source.role:
                return source
        if reading.kind == SourceKind.NAMED_PERSON and \
                not set(_name_tokens(reading.name)) & self._surnames:
            return next((s for s in self._recent() if s.kind == SourceKind.NAMED_PERSON
                         and _family_name_first(reading.name, s.name)), None)
        return None

    def _body_called(self, role: str, start: int) -> Source | None:
        """'The ministry said' after 'The Health Ministry said' or 'The Ministry of Foreign
        Affairs said', 'the military' after 'Israel's military': the last body quoted before
        whose name ends in that word, or opens with it before 'of', or whose word it is."""
        heard = [s for s in self._recent() if s.kind == SourceKind.NAMED_ORGANIZATION and
                 _last_heard(s) < start and (s.role == role or
                                             s.name.lower().split()[-1:] == [role] or
                                             s.name.lower().startswith(f"{role} of "))]
        return heard[0] if heard else None

    def _bodies_quoted_before(self, start: int) -> list[Source]:
        """The bodies quoted under their own names within PRONOUN_REACH characters before."""
        return [s for s in self.sources if s.kind == SourceKind.NAMED_ORGANIZATION
                and s.role is None and start - PRONOUN_REACH <= _last_heard(s) < start]

    def _business_before(self, start: int) -> Source | None:
        """The one body quoted under its own name within PRONOUN_REACH characters before; none
        when there are several ('the FAA said ... The airline said' may mean either); with
        none quoted, the one body named just before ('Lowe's shares fell. The company
        said')."""
        heard = [s for s in self._bodies_quoted_before(start) if _may_trade(s.name)]
        if heard:
            return heard[0] if len(heard) == 1 else None
        named = [name for offset, name in self._bodies if start - NEAR <= offset < start
                 and _may_trade(name)]
        return self._body_named(named[-1]) if len(set(named)) == 1 else None

    def _body_before(self, start: int) -> Source | None:
        """'The union said' after 'The UAW said': the one body quoted under its own name
        within PRONOUN_REACH characters before; none when there are several, or when the
        story has named another body since ('Peabody said ... the United Mine Workers ...
        according to the union')."""
        heard = self._bodies_quoted_before(start)
        if len(heard) != 1:
            return None
        since = [name for offset, name in self._bodies if _last_heard(heard[0]) < offset < start]
        return heard[0] if all(_same_organization(name, heard[0].name) for name in since) \
            else None

    def _named_referent(self, reading: MentionReading, gender: str | None) -> Source | None:
        """Whom the story named that a description stands for: a bare title the name after
        it, 'the governor' the person named with that post, 'the Dutchman' the person last
        named, 'the nurse' the person named a nurse, 'the company' the body just quoted."""
        start, role = reading.mention.span.start, _post(reading.parts.get("role"))
        single, category = not reading.plural, reading.category
        lookups: list[Callable[[], Source | None]] = []
        if category == "nationality" or reading.definite and single and \
                AGE.search(reading.parts.get("role") or ""):
            lookups.append(lambda: self._heard_of(self._people, start, gender))
        if category == "title" and single and reading.bare:
            lookups.append(lambda: self._described_next(reading))
            lookups.append(lambda: self._person_after(reading.mention.span.end, gender))
        if category == "title" and reading.definite and single and _owned_by_name(reading):
            lookups.append(lambda: self._holder_before(start, gender, role))
        elif category == "title" and reading.definite and single:
            lookups.append(lambda: self._person_before(start, gender, role))
        if category == "nationality":
            lookups.append(lambda: self._person_before(start, gender))
        # kin owned by a pronoun too: 'His daughter said' after 'his daughter, Ruth Adams,'
        kin = category == "title" and role in lexicon.gendered_words() and \
            reading.mention.text.lower().startswith(POSSESSIVE_PRONOUNS)
        if (category == "role" and reading.definite or kin) and single:
            lookups.append(lambda: self._holder_before(start, gender, role))
        if category == "vague" and reading.definite and single:
            lookups.append(lambda: self._holder_titled(reading, gender))
        if category == "vague" and single and _one_of_a_party(reading):
            lookups.append(lambda: self._heard_of(self._subjects, start, gender))
        if reading.kind == SourceKind.NAMED_ORGANIZATION and single and role is not None and \
                reading.mention.text.lower() == f"the {role}":
            lookups.append(lambda: self._body_called(role, start))
        if reading.kind == SourceKind.NAMED_ORGANIZATION and reading.definite and single and \
                role in TRADE_NOUNS and not reading.parts.get("organization"):
            lookups.append(lambda: self._business_before(start))
        if reading.kind == SourceKind.NAMED_ORGANIZATION and single and role in BODY_NOUNS and \
                reading.mention.text.lower() == f"the {role}":
            lookups.append(lambda: self._body_before(start))
        return next((found for lookup in lookups if (found := lookup()) is not None), None)

    @staticmethod
    def _partly_named(reading: MentionReading, source: Source) -> bool:
        """'Ahmed said' after 'a resident identified only as Ahmed': the same unidentified
        person, called again by the part of a name the story gave."""
        return reading.kind == SourceKind.NAMED_PERSON and \
            source.kind == SourceKind.ANONYMOUS_INDIVIDUAL and \
            any(m.kind == "name" for m in source.mentions) and \
            _same_person(reading.name, source.name)

    def _described_next(self, reading: MentionReading) -> Source | None:
        """'Judge rejects request ... / A New York judge has rejected': a headline's bare title
        is the unnamed person with that post who is the subject in the paragraph after it."""
        role = _post(reading.parts.get("role"))
        after = self._paragraph(reading.mention.span.start) + 1
        described = [r for offset, r in self._figures if self._paragraph(offset) == after and
                     not r.definite and _post(r.parts.get("role")) == role]
        return (self._match(described[0]) or self._new(described[0])) if described else None

    def _person_after(self, offset: int, gender: str | None) -> Source | None:
        """'Lawmaker says ...' in a headline: a title with no article stands for the person
        the story goes on to name (the next name within a short distance)."""
        names = [name for start, name in self._people
                 if offset <= start < offset + NEAR and self._name_fits(gender, name)]
        return self._person_named(names[0], gender) if names else None

    def _person_before(self, offset: int, gender: str | None,
                       post: str | None = None) -> Source | None:
        """'The governor said' after 'Gov. Mike Pence': the person last named before
        ('the spokeswoman' skips the men), the last one named with that post when there is
        one ('Police Chief Tom Brown and Mayor Lisa Grant ... The chief said'); none when an
        unnamed one has been heard since ('Two former executives ... One of them said ...
        the former executive said')."""
        fitting = [(start, name) for start, name in self._people
                   if start < offset and self._name_fits(gender, name) and
                   not (start in self._asides and
                        self._asides[start].start <= offset < self._asides[start].end)]
        holders = [(start, name) for start, name in self._people
                   if start < offset and post in self._posts.get(start, ())]
        if holders and holders[-1][1] in {name for _, name in fitting}:
            chosen = holders[-1]
        elif self._unnamed_holder(post):
            return None
        elif not fitting:
            return next((s for s in self._recent() if s.kind == SourceKind.NAMED_PERSON
                         and self._fits(gender, s)), None)
        else:
            eligible = [(start, name) for start, name in fitting if self._may_hold(start, post)]
            if not eligible:
                return None
            chosen = eligible[-1]
        if self._unnamed_since(post, chosen[0]):
            return None
        return self._person_named(chosen[1], gender)

    def _heard_of(self, named: list[tuple[int, str]], start: int,
                  gender: str | None) -> Source | None:
        """The person last named in `named` outside what someone was reported to say: the
        one the story is about, not one talked about. 'Jurgen Klopp said Mohamed Salah was
        fit. The German added ...' (any person named); 'House Speaker Paul Ryan says no
        matter what President Barack Obama does ... The Wisconsin Republican says' (the
        people named as a sentence's subject)."""
        heard_of = [(offset, name) for offset, name in named
                    if not any(span.start <= offset < span.end for span in self._reported)]
        return _last_named(heard_of, start, partial(self._person_named, gender=gender),
                           partial(self._name_fits, gender))

    def _unnamed_holder(self, post: str | None) -> bool:
        """'One Conservative MP said ... Mr Holden, the party chairman, ... The MP said': with
        no one named with the post, 'the MP' is the unnamed one quoted with it, not the last
        person named."""
        return post is not None and any(
            source.kind == SourceKind.ANONYMOUS_INDIVIDUAL and _post(source.role) == post
            for source in self.sources)

    def _unnamed_since(self, role: str | None, start: int) -> bool:
        """Whether an unnamed source with this role has been heard after `start`."""
        return any(source.kind in ANONYMOUS_KINDS and _post(source.role) == role and
                   max(m.span.end for m in source.mentions) > start for source in self.sources)

    def _holder_before(self, offset: int, gender: str | None,
                       role: str | None) -> Source | None:
        """'Maria Lopez, a nurse at the county hospital, ... The nurse added': an ordinary
        role with 'the' is the person last named with that role, unless an unnamed one has
        been heard since ('A senior official said ... the official said')."""
        name = self._holder_name(offset, gender, role)
        return self._person_named(name, gender) if name is not None else None

    def _holder_name(self, offset: int, gender: str | None, role: str | None) -> str | None:
        holders = [(start, name) for start, name in self._people
                   if start < offset and role in self._posts.get(start, ())
                   and self._name_fits(gender, name)]
        if not holders or self._unnamed_since(role, holders[-1][0]):
            return None
        return holders[-1][1]

    def _holder_titled(self, reading: MentionReading, gender: str | None) -> Source | None:
        """'the defender' or 'the Newcastle defender' after 'Newcastle defender Kieran
        Trippier': a word that else means one of a crowd is the person named with it when
        the title given with the name holds every other word too ('the Wisconsin Republican'
        is not 'Republican Majority Leader Mitch McConnell')."""
        role = _post(reading.parts.get("role"))
        name = self._holder_name(reading.mention.span.start, gender, role)
        if name is None:
            return None
        title = (self._titles.get(name) or "").lower().split()
        qualifiers = reading.name.lower().split()[:-1]
        return self._person_named(name, gender) if all(w in title for w in qualifiers) else None

    def _may_hold(self, start: int, post: str | None) -> bool:
        """'Jane Smith, a nurse from Leeds ... The minister said': a person the story gives
        only an ordinary role ('nurse', 'resident') holds no office it has not given her, nor
        does one it gives a rank written before the name ('Sen.', 'Gen.'): 'the secretary' is
        someone else ('Archbishop Desmond Tutu ... the cleric' is still Tutu)."""
        posts = self._posts.get(start, frozenset())
        if not posts or post in posts:
            return True
        nouns = lexicon.source_nouns()
        ranks = set(lexicon.title_abbreviations().values())
        if nouns.get(post or "") == "title" and posts & ranks:
            return False  # 'Sen. Susan Collins asked ... The secretary said': another office
        return any(nouns.get(p) != "role" for p in posts)

    def _person_named(self, name: str, gender: str | None = None) -> Source:
        return self._named(name, SourceKind.NAMED_PERSON, gender)

    def _body_named(self, name: str) -> Source:
        return self._named(name, SourceKind.NAMED_ORGANIZATION)

    def _named(self, name: str, kind: SourceKind, gender: str | None = None) -> Source:
        """The source of a named person or organization, made from the name when it has not
        spoken yet."""
        if kind == SourceKind.NAMED_PERSON:
            name = self._full_name(name, gender)
        same = SAME_NAME[kind]
        for source in self._recent():
            if source.kind == kind and same(name, source.name):
                return source
        title = self._titles.get(name) if kind == SourceKind.NAMED_PERSON else None
        source = Source(id=len(self.sources) + 1, name=name, kind=kind, anonymous=False,
                        title=title)
        self.sources.append(source)
        found = gender_of(name) or _lone_name_gender(name, title) \
            if kind == SourceKind.NAMED_PERSON else None
        if found:
            self._gender[source.id] = found
        return source

    def _learn_gender(self, source: Source, reading: MentionReading) -> None:
        """Note a person's gender the first time a mention tells it ('Ms. Hahn', 'Julie
        Hahn', 'the spokeswoman'); a pronoun or a title resolved to a name ('the
        businessman') does not, as that reading may itself be wrong."""
        if source.kind not in PERSONAL or source.id in self._gender or \
                reading.kind != source.kind:
            return
        found = self._reading_gender(reading)
        if found is None and source.kind == SourceKind.NAMED_PERSON:
            found = gender_of("", source.name) or _lone_name_gender(source.name, source.title)
        if found:
            self._gender[source.id] = found

    @staticmethod
    def _reading_gender(reading: MentionReading) -> str | None:
        if reading.kind not in PERSONAL:
            return None
        return gender_of(reading.mention.text,
                         reading.name if reading.kind == SourceKind.NAMED_PERSON else "")

    def _fits(self, wanted: str | None, source: Source) -> bool:
        return wanted is None or self._gender.get(source.id, wanted) == wanted

    def _name_fits(self, wanted: str | None, name: str) -> bool:
        """A person named but not yet heard from may still be ruled out by a given name."""
        if wanted is None:
            return True
        if given_names(name):
            return gender_of(name) in (None, wanted)
        known = next((s for s in self._recent() if s.kind == SourceKind.NAMED_PERSON
                      and _same_person(name, s.name)), None)
        return known is None or self._fits(wanted, known)

    def _resolve_pronoun(self, reading: MentionReading) -> Source | None:
        """The source a pronoun stands for: the last fitting source heard; else, for 'he' or
        'she', the person last named as a sentence's subject ('Senator Warren met Janet
        Yellen. She said ...'), or any person last named."""
        start = reading.mention.span.start
        if reading.pronoun in WRITER_PRONOUNS and \
                not any(q.start <= start < q.end for q in self._quoted):
            return self._writer()
        wanted = PLURAL_ANTECEDENTS if reading.plural else PERSONAL
        if reading.pronoun in FIRST_PERSON:
            wanted = wanted - {SourceKind.DOCUMENT}
        if reading.pronoun == "it":
            wanted = {SourceKind.NAMED_ORGANIZATION, SourceKind.DOCUMENT}
        gender = PRONOUN_GENDER.get(reading.pronoun or "")
        if reading.pronoun == "they" and (unnamed := self._singular_they(start)) is not None:
            return self._later_crowd(unnamed, start) or unnamed
        for source in self._recent():
            if source.kind in wanted and (source.plural == reading.plural
                                          or source.kind == SourceKind.NAMED_ORGANIZATION) \
                    and self._fits(gender, source):
                if reading.pronoun in PERSONAL_PRONOUNS:
                    return self._later_subject(source, start, gender) or source
                if reading.pronoun == "they":
                    return self._later_crowd(source, start) or source
                return source
        if reading.pronoun == "they":
            return self._later_crowd(None, start)
        if reading.pronoun == "it":
            return self._unnamed_body(start) or \
                _last_named(self._bodies, start, self._body_named)
        if reading.pronoun in PERSONAL_PRONOUNS:
            fits = partial(self._name_fits, gender)
            named = partial(self._person_named, gender=gender)
            return self._unnamed_subject(start, gender) or \
                _last_named(self._subjects, start, named, fits) or \
                _last_named(self._people, start, named, fits) or \
                self._named_ahead(start, gender) or self._same_pronoun(reading)
        return None

    def _same_pronoun(self, reading: MentionReading) -> Source | None:
        """'He told the committee that ... "I never received it," he said.': with no one for
        it to stand for, a pronoun is whoever the same pronoun was just now, when no one
        else has been heard since."""
        last = next(iter(self._recent()), None)
        return last if last is not None and last.kind == SourceKind.UNRESOLVED and all(
            m.kind == "pronoun" and m.text.lower() == reading.mention.text.lower()
            for m in last.mentions) else None

    def _named_ahead(self, start: int, gender: str | None) -> Source | None:
        """'He says he still loves the game. “...,” says Harris, 38.': a profile's opening
        'he' or 'she', with no one named or heard before it, looks ahead to the first person
        the paragraph names as a sentence's subject."""
        if self.sources or any(offset < start for offset, _ in self._people):
            return None
        names = [name for offset, name in self._subjects
                 if start < offset and self._paragraph(offset) == self._paragraph(start)
                 and self._name_fits(gender, name)]
        return self._person_named(names[0], gender) if names else None

    def _singular_they(self, start: int) -> Source | None:
        """'A Whitehall source said ... "Nobody will defend it," they said': the unnamed source
        just heard ('a source', 'a person familiar with', 'an aide': a role a reporter leaves
        unnamed), whose sex the story never gives, when no one was heard since."""
        last = next(iter(self._recent()), None)
        if last is None or last.kind != SourceKind.ANONYMOUS_INDIVIDUAL or \
                last.id in self._gender or not start - NEAR <= _last_heard(last) < start or \
                lexicon.source_nouns().get(_post(last.role) or "") != "role":
            return None
        return last

    def _writer(self) -> Source:
        """The article's writer, made the first time 'I' speaks outside a quotation."""
        found = next((s for s in self.sources if s.name == WRITER and
                      s.kind == SourceKind.UNRESOLVED), None)
        if found is None:
            found = Source(id=len(self.sources) + 1, name=WRITER, kind=SourceKind.UNRESOLVED,
                           anonymous=False)
            self.sources.append(found)
        return found

    def _unnamed_subject(self, start: int, gender: str | None) -> Source | None:
        """'The nurse was exhausted. “...,” she said.': with no one heard yet, an unnamed
        person who was a sentence's subject after the last person named is who 'she' means."""
        return self._last_unnamed(start, self._people, SourceKind.ANONYMOUS_INDIVIDUAL,
                                  lambda r: self._reading_gender(r) in (None, gender))

    def _unnamed_body(self, start: int) -> Source | None:
        """'The bank expects income of $90 billion, it said.': with no body heard yet, an
        unnamed one that was a sentence's subject after the last one named is what 'it'
        means; so is a document ('The report was presented on Wednesday. It found ...')."""
        return self._last_unnamed(start, self._bodies, SourceKind.NAMED_ORGANIZATION) or \
            self._last_unnamed(start, self._bodies, SourceKind.DOCUMENT)

    def _last_unnamed(self, start: int, named: list[tuple[int, str]], kind: SourceKind,
                      fits: Callable[[MentionReading], bool] = lambda reading: True
                      ) -> Source | None:
        """The source of the last unnamed subject of this kind (`figures`) before `start`,
        within PRONOUN_REACH and after the last of `named` (people or bodies)."""
        last = max((offset for offset, _ in named if offset < start), default=-1)
        found = [r for offset, r in self._figures if last < offset < start and
                 start - offset <= PRONOUN_REACH and r.kind == kind and fits(r)]
        if not found:
            return None
        return self._match(found[-1]) or self._new(found[-1])

    def _later_subject(self, source: Source, start: int, gender: str | None) -> Source | None:
        """'Bennett said ... Paradis agrees. She said ...': a person named as the subject of a
        sentence after the last source's last mention is who 'he' or 'she' now means."""
        heard = _last_heard(source)
        names = [name for offset, name in self._subjects
                 if heard < offset < start and self._name_fits(gender, name)]
        if not names or _same_person(names[-1], source.name):
            return None
        return self._person_named(names[-1], gender)

    def _later_crowd(self, source: Source | None, start: int) -> Source | None:
        """'Prosecutors charged Smith with fraud. They allege ...': a crowd named as the
        subject of a sentence since the last source spoke (or within PRONOUN_REACH when none
        did) is who 'they' means; it becomes a source of its own."""
        heard = _last_heard(source) if source else start - PRONOUN_REACH
        crowds = [r for offset, r in self._crowds if heard < offset < start]
        if not crowds:
            return None
        return self._match(crowds[-1]) or self._new(crowds[-1])

    def _full_name(self, name: str, gender: str | None = None) -> str:
        """'Palmieri' first heard from after 'Jennifer Palmieri' was named: the fullest name
        the article gives that person (the first of equal length, so every run agrees),
        unless it names two people so ('Bill Clinton', 'Hillary Clinton'), or one of another
        gender than the title the short name bears ('Mr. Obama' is not 'Michelle Obama'), or
        whose name it opens when no one's last name is it ('Xi' after 'Xi Jinping'); a name
        in capitals (a transcript label) takes the way the story writes it."""
        if name.isupper():  # a transcript label: 'DONNA HEWITT' is the 'Donna Hewitt' named
            written = [n for _, n in self._people if not n.isupper() and _same_person(n, name)]
            if written:
                return max(written, key=len)
        if len(_name_tokens(name)) != 1:
            return name
        told = {self._addressed.get(name), gender_of(self._titles.get(name) or "")} - {None}
        if gender is None and (AMBIGUOUS in told or len(told) > 1):
            return name
        known = gender or next(iter(told), None)
        fuller = [n for _, n in self._people if len(_name_tokens(n)) > 1 and _same_person(n, name)
                  and (known is None or gender_of(n) in (None, known))]
        if not fuller and not set(_name_tokens(name)) & self._surnames:
            fuller = [n for _, n in self._people if _family_name_first(name, n)]
        if fuller and all(_same_person(a, b) for a in fuller for b in fuller):
            return max(fuller, key=len)
        return name

    def _new(self, reading: MentionReading) -> Source:
        kind = reading.kind or SourceKind.UNRESOLVED
        parts = reading.parts
        name = self._full_name(reading.name) if kind == SourceKind.NAMED_PERSON else reading.name
        # a name read for the pronoun that stands for it ('Trump ... as he says') gives no
        # title of its own: the person has the one the story gave with the name
        stands_in = kind == SourceKind.NAMED_PERSON and reading.mention.kind == "pronoun"
        source = Source(
            id=len(self.sources) + 1,
            name=name,
            kind=kind,
            anonymous=kind in ANONYMOUS_KINDS,
            role=parts.get("role"),
            seniority=parts.get("seniority"),
            affiliation=parts.get("affiliation"),
            organization=parts.get("organization"),
            location=parts.get("location"),
            plural=reading.plural,
            number=parts.get("number"),
            knowledge_basis=parts.get("knowledge_basis"),
            title=reading.title or (self._titles.get(name) if stands_in else None),
        )
        self.sources.append(source)
        return source

    def _named_at_last(self, reading: MentionReading) -> Source | None:
        """'A spokesman for the company said ... The spokesman, Carl Dietz, said': a name
        given after 'the' and the post of the last unnamed person quoted names that person,
        who is no longer anonymous."""
        title = (reading.title or "").split(",")[0].split()
        if reading.kind != SourceKind.NAMED_PERSON or len(title) != 1 or \
                not reading.mention.text.lower().startswith(f"the {title[0].lower()},"):
            return None
        unnamed = next((s for s in self._recent() if s.kind == SourceKind.ANONYMOUS_INDIVIDUAL
                        and s.role == title[0].lower()), None)
        if unnamed is None:
            return None
        return _identified(unnamed, reading.name, unnamed.title or title[0])

    def _named_after_lede(self, reading: MentionReading) -> Source | None:
        """'A New York judge has rejected ... Justice Frank Nervo rejected that argument': a
        lede that describes its one unnamed speaker and names that person a paragraph or two
        on (delayed identification). The first person named and heard there is that
        speaker when nothing tells them apart: the post written with the name is the
        lede's, or, where none is, the lede's was a post ('A former party chairman'), not
        a role a reporter may leave unnamed ('A senior official')."""
        if reading.kind != SourceKind.NAMED_PERSON or reading.mention.kind != "name" or \
                self._paragraph(reading.mention.span.start) > LATE_NAMING or \
                any(s.kind == SourceKind.NAMED_PERSON for s in self.sources):
            return None
        described = [s for s in self.sources if s.kind in ANONYMOUS_KINDS]
        if len(described) != 1:
            return None
        unnamed = described[0]
        if unnamed.kind != SourceKind.ANONYMOUS_INDIVIDUAL or unnamed.knowledge_basis or \
                self._paragraph(unnamed.mentions[0].span.start) > LEDE or \
                not any(m.text.lower().startswith(INDEFINITE_ARTICLES) for m in unnamed.mentions) \
                or not self._fits(self._reading_gender(reading), unnamed):
            return None
        span = reading.mention.span
        posts = {post for offset, held in self._posts.items()
                 if span.start <= offset < span.end for post in held}
        role = _post(unnamed.role)
        if lexicon.source_nouns().get(role or "") != "title" or role not in posts and posts or \
                INDEFINITE_APPOSITION.search(reading.mention.text):
            return None
        return _identified(unnamed, reading.name, reading.title or unnamed.title)

    def _paragraph(self, offset: int) -> int:
        """The number of the paragraph an offset is in (0 for the first)."""
        return next((n for n, para in enumerate(self._paragraphs) if offset < para.end),
                    len(self._paragraphs))

    def _enrich(self, source: Source, reading: MentionReading) -> None:
        """Keep the fullest name and every descriptor part any mention gave."""
        if reading.kind is None or reading.kind != source.kind:
            return
        described = source.role is None and reading.parts.get("role") is not None
        if len(reading.name) > len(source.name) and not described:  # Ford, 'the automaker'
            source.name = reading.name
        source.title = source.title or reading.title
        for part in (*DESCRIPTOR_PARTS, "number", "knowledge_basis"):
            if not getattr(source, part) and reading.parts.get(part):
                setattr(source, part, reading.parts[part])
