"""What kind of happening an event is: an agreement, a meeting, a negotiation, a statement, a
military operation, a vote, an appointment, a sanction.

The kind is read from the cue words of the clause that reports it, or of its sentence when the
clause has none (its verb or its noun: « ont signé », « la signature », « se sont rencontrés »,
« les pourparlers »), listed by kind in `resources/events/kinds.tsv`, where a reader can see and
extend them. When a clause holds cues of several kinds, the file's order decides: the happening
outranks the speech about it (« a annoncé la signature d'un accord » is an agreement), and a
statement whose clause and sentence hold no cue has no kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from frise.resources import resource_path
from frise.text.folding import WORD, folded_word_list


@dataclass(frozen=True, slots=True)
class Kind:
    key: str
    french: str
    english: str


@dataclass(frozen=True, slots=True)
class KindCues:
    """The cue list, read once: exact words and prefixes, each with its kind's rank."""

    kinds: tuple[Kind, ...]
    exact: dict[str, int]
    prefixes: tuple[tuple[str, int], ...]
    _seen: dict[str, int | None] = field(default_factory=dict, compare=False)

    def rank(self, word: str) -> int | None:
        if word in self._seen:
            return self._seen[word]
        found = self.exact.get(word)
        for prefix, rank in self.prefixes:
            if (found is None or rank < found) and word.startswith(prefix):
                found = rank
        if len(self._seen) < 100_000:
            self._seen[word] = found
        return found

    def kind_of(self, text: str, without: frozenset[str] = frozenset()) -> str | None:
        """The key of the highest-ranked kind whose cue `text` holds, None without a cue, kinds
        `without` aside. A cue the clause denies is no cue: « n'ont pas permis de trouver un
        accord », « sans accord », « aucun accord » do not tell an agreement (talks that failed
        are still talks). Nor is a text the clause promises to respect: « ont promis de respecter
        l'embargo », « le respect du cessez-le-feu » tell a commitment about an embargo or a truce
        in force, not its making (`_upheld`). A reaction's participle describing a noun (« un
        texte salué dans le monde entier », « une décision condamnée par les Vingt-Sept ») tells
        what was said of that thing elsewhere, not a reaction of this clause (`_attributive`).
        A vote as the means of the clause's verb (« ont rejeté par référendum le traité », « ont
        adopté par 301 voix contre 250 un amendement ») makes the clause a vote, whatever else it
        names: what happened that day is the vote on the text (`_by_vote`)."""
        best: int | None = None
        words = folded_word_list(text)
        if "vote" not in without and ("par" in words and self._by_vote(words) or _voters_decide(words)) \
                and not self._denies(words, without):
            return "vote"
        written: list[str] | None = None
        for index, word in enumerate(words):
            rank = self.rank(word)
            if (rank is not None and (best is None or rank < best) and self.kinds[rank].key not in without
                    and not _denied(words, index) and not _upheld(words, index) and not _reacted_to(words, index)):
                if self.kinds[rank].key == "reaction":
                    written = WORD.findall(text) if written is None else written
                    if _attributive(written, words, index):
                        continue
                best = rank
                if best == 0:
                    break
        return self.kinds[best].key if best is not None else None

    def _by_vote(self, words: list[str]) -> bool:
        """Whether `words` hold « par » and a vote right after it: a cue of the vote kind (« par
        référendum », « par un vote »), or a number of votes (« par 301 voix »)."""
        vote = self._rank_of("vote")
        if vote is None:
            return False
        for index, word in enumerate(words[:-1]):
            if word != "par":
                continue
            after = words[index + 1:index + 3]
            if after[0] in _ARTICLES and len(after) > 1:
                after = after[1:]
            if self.rank(after[0]) == vote or (after[0].isdigit() and after[1:2] == ["voix"]):
                return True
        return False

    def _denies(self, words: list[str], without: frozenset[str]) -> bool:
        """Whether `words` hold a denial cue they do not themselves deny (`_denied`)."""
        denial = self._rank_of("denial")
        return denial is not None and "denial" not in without and any(
            self.rank(w) == denial and not _denied(words, i) for i, w in enumerate(words))

    def _rank_of(self, key: str) -> int | None:
        return next((i for i, kind in enumerate(self.kinds) if kind.key == key), None)

    def label(self, key: str, language: str = "fr") -> str:
        for kind in self.kinds:
            if kind.key == key:
                return kind.french if language == "fr" else kind.english
        return key


_VOTERS = frozenset({"deputes", "senateurs", "electeurs", "parlementaires", "eurodeputes", "parlement", "senat",
                     "assemblee", "communes", "congres", "chambre", "citoyens"})
"""Those who decide by a vote: when they « se prononcent » (« les sénateurs doivent se prononcer
jeudi », « les électeurs se sont prononcés dimanche ») or approve a text, they vote. A minister who « s'est
prononcé pour » a text said so: a statement."""
_VOTERS_REACH = 8
_REFLEXIVE = frozenset({"se", "s", "est", "sont", "etaient", "seront", "sera"})


_DECIDING = re.compile(r"(?:approuv|rejet|adopt|enterin|valid)(?:e|ee|es|ees)$")
"""The participles of what voters do to a text when they vote on it."""
_DECIDING_AUX = frozenset({"a", "ont", "avait", "avaient", "aura", "auront"})
_TEXTS = frozenset({"texte", "textes", "loi", "lois", "projet", "amendement", "amendements", "reforme",
                    "traite", "accord", "budget", "motion", "resolution", "constitution", "proposition"})
"""What voters approve or reject by a vote: « le projet de loi », « l'amendement », « la réforme »."""
_TEXT_REACH = 5


def _voters_decide(words: list[str]) -> bool:
    """Whether `words` (folded) have voters (`_VOTERS`) « se prononcer » a few words later, or
    voters as the subject of « ont approuvé / rejeté / adopté / validé » a text (`_TEXTS`): « les
    députés britanniques ont approuvé mardi le projet de loi », « le Sénat a rejeté l'amendement ».
    Not « le président du Sénat a validé le calendrier » (the voters are a complement), nor « les
    députés ont rejeté les accusations » (no text voted on)."""
    for index, word in enumerate(words):
        if word.startswith("prononc") and not _REFLEXIVE.isdisjoint(words[max(0, index - 3):index]) \
                and not _denied(words, index) \
                and not _VOTERS.isdisjoint(words[max(0, index - _VOTERS_REACH):index]):
            return True
        if _DECIDING.match(word) and index >= 2 and words[index - 1] in _DECIDING_AUX \
                and _voters_subject(words, index - 1) and not _denied(words, index) \
                and not _TEXTS.isdisjoint(words[index + 1:index + 1 + _TEXT_REACH]):
            return True
    return False


def _voters_subject(words: list[str], aux: int) -> bool:
    """Whether voters stand just before the auxiliary at `aux`, as its subject: « les députés
    (britanniques) ont », « le Sénat a », not « le président du Sénat a »."""
    for back in range(1, 4):
        at = aux - back
        if at < 0:
            return False
        if words[at] in _VOTERS:
            return at == 0 or words[at - 1] not in ("du", "de", "des", "d")
    return False


_ARTICLES = frozenset({"un", "une", "le", "la", "l", "les"})
"""Articles between « par » and the vote it names (« par un vote », « par le référendum »)."""

_DENIALS = frozenset({"pas", "sans", "aucun", "aucune", "ni", "faute", "jamais"})
_DENIAL_REACH = 5
"""How many words before a cue a denial still governs it (« n'ont pas permis de trouver un »)."""


_NOT_DENYING = ("hesit", "tard", "manqu", "cess")
"""« n'hésitant pas à dénoncer », « n'a pas tardé à signer », « ne cesse de »: a denial of the
hesitation, which affirms what follows."""


def _denied(words: list[str], index: int) -> bool:
    before = words[max(0, index - _DENIAL_REACH):index]
    return any(w in _DENIALS for w in before) and not any(w.startswith(_NOT_DENYING) for w in before)


_UPHOLDING = ("respect", "appliqu", "retour", "sauv", "preserv")
_UPHOLDING_REACH = 3
"""How many words before a cue a word of upholding still governs it (« respecter strictement
l'embargo »)."""


def _upheld(words: list[str], index: int) -> bool:
    """Whether the cue at `index` is what a verb or noun of upholding bears on: « respecter
    l'embargo », « le respect du cessez-le-feu », « à appliquer l'embargo », « un retour dans
    l'accord », « sauver l'accord », « préserver la trêve » (not « respectivement »; not
    « l'application de l'accord de 2000 » either, whose date may be the text's own)."""
    before = words[max(0, index - _UPHOLDING_REACH):index]
    return any(w.startswith(_UPHOLDING) and not w.startswith("respectiv") for w in before)


_REACTING = ("salu", "felicit", "denon", "condamn", "critiqu", "deplor", "regrett", "fustig", "dement",
             "conteste", "contestai", "qualifi", "applaudi")
_REACTING_REACH = 5
"""How many words before a cue a verb of reaction still takes it as its object (« a salué mardi
l'« accord de Sentosa »)."""


def _reacted_to(words: list[str], index: int) -> bool:
    """Whether the cue at `index` is what a reaction bears on: « a salué l'accord », « a dénoncé
    les frappes », « s'est félicité de la signature »: the clause tells the reaction (a
    statement, or a denial), not the agreement or the strikes, which happened before and are
    reported elsewhere. « A annoncé la signature d'un accord » still reports the signing."""
    before = words[max(0, index - _REACTING_REACH):index]
    return any(w.startswith(_REACTING) for w in before)


_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|applaudie?s?)$")
_BEFORE_A_VERB = frozenset({
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "avoir", "ayant", "eu",
    "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "ete", "etre", "etant",
    "il", "elle", "ils", "elles", "on", "qui", "deja", "aussitot", "aussi", "encore", "alors", "bien", "pas",
    "tous", "toutes", "tout", "meme", "ensuite", "enfin", "pourtant", "lui", "leur", "se", "s'",
})
"""Words after which a participle is the verb of the clause (« a salué », « s'est félicité »,
« a aussitôt condamné », « ont tous salué »), not an adjective describing a noun."""


def _attributive(written: list[str], words: list[str], index: int) -> bool:
    """Whether the reaction cue at `index` (of `written`, the words as written, and `words`,
    folded) is a participle right after a noun: « un texte salué », « une décision condamnée »."""
    if index == 0 or index >= len(written) or not _PARTICIPLE.search(written[index].lower()):
        return False
    before = words[index - 1]
    return before not in _BEFORE_A_VERB and not before.endswith("ment")


def parse_cues(lines: list[str]) -> KindCues:
    kinds: list[Kind] = []
    exact: dict[str, int] = {}
    prefixes: list[tuple[str, int]] = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        key, french, english, cues = line.rstrip("\n").split("\t")
        rank = len(kinds)
        kinds.append(Kind(key, french, english))
        for cue in cues.split():
            if cue.endswith("*"):
                prefixes.append((cue[:-1], rank))
            else:
                exact.setdefault(cue, rank)
    return KindCues(tuple(kinds), exact, tuple(sorted(prefixes, key=lambda p: -len(p[0]))))


@lru_cache(maxsize=1)
def default_cues() -> KindCues:
    return parse_cues(resource_path("events", "kinds.tsv").read_text(encoding="utf-8").splitlines())


ANSWERS = frozenset({"denial"})
"""Kinds that answer another happening (« ce que le dirigeant arménien contestait ce lundi »):
read from a statement's own clause only, since the claim it answers is often in the same sentence
(« Bakou avait revendiqué dimanche la prise de Choucha, ce que ... contestait »)."""

REPLIES = ANSWERS | {"reaction"}
"""Kinds of what one party says of another happening, never one event with it: a denial and
what it denies, a reaction and what it reacts to (« Le président sud-coréen a salué mardi
l'accord signé à Singapour »: a chronology lists the signing, then who welcomed it)."""


def event_kind(sentence: str, own: str | None = None) -> str | None:
    """The kind of what a statement reports, by the project's cue list: that of its own clause
    `own` (its title) when that holds a cue, else that of its sentence, answers aside (`ANSWERS`).
    « Le texte entérine aussi les annonces faites dimanche : ..., application de l'accord
    international » reports announcements; « Emmanuel Macron en avait parlé avec Vladimir
    Poutine lors de leur rencontre », in a sentence that goes on about an election, a meeting."""
    cues = default_cues()
    if own and (kind := cues.kind_of(own)) is not None:
        return kind
    return cues.kind_of(sentence, without=ANSWERS)


@lru_cache(maxsize=64)
def kind_rank(key: str | None) -> int:
    """Where a kind stands in the cue list's order (the happening before the speech about it);
    no kind, or an unknown one, comes last."""
    for rank, kind in enumerate(default_cues().kinds):
        if kind.key == key:
            return rank
    return len(default_cues().kinds)


def kind_label(key: str, language: str = "fr") -> str:
    return default_cues().label(key, language)


def all_kinds() -> tuple[Kind, ...]:
    return default_cues().kinds


def names_agreement(passage: str, start: int) -> bool:
    """Whether the date expression at `start` of `passage` names an agreement by its day or days:
    the complement of an agreement's noun (« l'accord de cessez-le-feu du 12 août », « la trêve
    du 3 mai »), or of a text made by talks, through the participle that made it (« l'accord
    annoncé le 10 mars », « le texte signé mardi », « le compromis trouvé la semaine dernière »).
    The date dates that text, whatever the clause's verb does with it (« Prévues par l'accord du
    12 août, les discussions se sont ouvertes ce mercredi »). Not a text voted or presented (« le
    texte adopté le 3 mai », « le plan présenté lundi »), nor a date that is no noun's (« l'accord
    a été signé lundi »)."""
    determiners = list(_AGREEMENT_DETERMINER.finditer(passage, max(0, start - _AGREEMENT_REACH), start))
    if not determiners:
        return False
    phrase = passage[determiners[-1].end():start]
    if any(mark in phrase for mark in ",;:()«»\"") or "\n" in phrase:
        return False
    words = folded_word_list(phrase)
    if not words or len(words) > _AGREEMENT_WORDS or words[0] not in _AGREED_TEXTS \
            or not _CONJUGATED.isdisjoint(words):
        return False  # « l'accord a été signé lundi »: the clause's own verb, no noun's date
    if _MADE.match(words[-1]):
        return True  # « l'accord annoncé le 10 mars »
    # « l'accord de cessez-le-feu du 12 août »: an agreement's own noun, the date its complement
    return words[0] in _AGREEMENTS and passage[start:start + 4].lower().startswith(("du ", "des "))


_AGREEMENT_DETERMINER = re.compile(r"(?<![\w'’-])(?:(?:le|la|les|un|une|ce|cet|cette|ces)(?![\w'’-])\s*|l['’])",
                                   re.IGNORECASE)
"""A determiner opening the noun phrase a date complements (not « le » of « cessez-le-feu »)."""
_AGREEMENT_REACH = 60
_AGREEMENT_WORDS = 6
"""How far before the date, and in how many words, the noun phrase of `names_agreement` may start."""
_AGREEMENTS = frozenset({"accord", "accords", "traite", "traites", "memorandum", "protocole", "protocoles",
                         "pacte", "entente", "treve", "cessez", "armistice", "compromis"})
"""The nouns of an agreement: dated by « du » (« l'accord du 12 août »), they name it by its day."""
_AGREED_TEXTS = _AGREEMENTS | {"texte", "textes"}
"""The nouns of `names_agreement`: an agreement's, or a text's made by talks (« le texte signé »)."""
_MADE = re.compile(r"(?:(?:sign|negoci|paraph|scell|trouv|arrach|annonc)(?:e|ee|es|ees)"
                   r"|(?:conclu|obtenu|intervenu|atteint)(?:e|s|es)?)$")
"""The participles of an agreement's making: a text « signé », « négocié », « conclu », « trouvé »."""
_CONJUGATED = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "etait", "etaient",
                         "sera", "seront", "ete", "fut", "furent", "va", "vont", "doit", "doivent", "devait"})
"""Auxiliaries: with one, the date is the clause's verb's (« l'accord a été signé lundi »)."""
