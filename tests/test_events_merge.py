"""Merging statements into events, their certainty, and the year assumed for undated articles."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from frise.events.kinds import event_kind
from frise.events.mentions import ActorSpan, build_mentions, is_precise, needs_year
from frise.events.merge import (
    Candidate,
    Pool,
    Report,
    agreed_interval,
    compatible,
    decide,
    event_certainty,
    merge_rank,
    one_day_told,
    one_happening,
    one_meeting,
    one_period_told,
    plan,
    representative,
    same_event,
    undated_groups,
)
from frise.events.terms import terms
from frise.events.years import candidate_years, choose_year, days_in_year

SIGNING = terms("les représentants ont signé un mémorandum sur la création de zones de désescalade")
SIGNING_AGAIN = terms("la signature du mémorandum portant sur la création de zones de désescalade")
CEASEFIRE = terms("tous les affrontements entre les forces armées ont dû prendre fin selon ce mémorandum")
ACTORS = frozenset({"country:RU", "country:IR", "country:TR"})


def report(id: int, article: int, first: str, last: str | None = None, *, precise: bool | None = None,
           words: frozenset[str] = SIGNING, actors: frozenset[str] = ACTORS) -> Report:
    a, b = date.fromisoformat(first), date.fromisoformat(last or first)
    return Report(id, article, a, b, (a == b) if precise is None else precise, actors, words)


class TestCompatibility:
    def test_a_day_narrows_an_early_month(self) -> None:
        early_may = [report(1, 1, "2017-05-01", "2017-05-10", precise=False)]
        assert compatible(early_may, report(2, 2, "2017-05-04"))
        assert agreed_interval([*early_may, report(2, 2, "2017-05-04")]) == (date(2017, 5, 4), date(2017, 5, 4))

    def test_an_early_month_joins_a_day_it_contains(self) -> None:
        assert compatible([report(1, 1, "2017-05-04")], report(2, 2, "2017-05-01", "2017-05-10", precise=False))
        assert not compatible([report(1, 1, "2017-05-14")], report(2, 2, "2017-05-01", "2017-05-10", precise=False))

    def test_two_different_days_clash(self) -> None:
        assert not compatible([report(1, 1, "2017-05-04")], report(2, 2, "2017-05-06"))

    def test_a_span_of_days_is_as_precise_as_a_day(self) -> None:
        talks = report(1, 1, "2017-05-03", "2017-05-04", precise=True)
        assert not compatible([talks], report(2, 2, "2017-05-04"))
        assert not compatible([report(2, 2, "2017-05-04")], talks)

    def test_once_a_day_is_known_other_days_inside_the_month_do_not_fit(self) -> None:
        cluster = [report(1, 1, "2017-05-01", "2017-05-10", precise=False), report(2, 2, "2017-05-04")]
        assert not compatible(cluster, report(3, 3, "2017-05-06"))


class TestDecide:
    def test_same_words_and_compatible_dates_join(self) -> None:
        existing = Candidate(7, (report(1, 1, "2017-05-04"),))
        assert decide(report(2, 2, "2017-05-04", words=SIGNING_AGAIN), [existing]).join == 7

    def test_a_single_shared_word_is_not_enough(self) -> None:
        existing = Candidate(7, (report(1, 1, "2017-05-01", "2017-05-10", precise=False),))
        assert decide(report(2, 1, "2017-05-06", words=CEASEFIRE, actors=frozenset()), [existing]).join is None

    def test_one_article_needs_more_shared_words(self) -> None:
        few = frozenset(list(SIGNING & SIGNING_AGAIN)[:2])
        # (On the same precise day one article needs only two: see TestOneHappening.)
        existing = Candidate(7, (report(1, 1, "2017-05-01", "2017-05-10", precise=False, words=few),))
        assert decide(report(2, 2, "2017-05-04", words=few), [existing]).join == 7
        assert decide(report(2, 1, "2017-05-04", words=few), [existing]).join is None

    def test_similar_reports_with_different_days_conflict(self) -> None:
        existing = Candidate(7, (report(1, 1, "2017-05-04"),))
        decision = decide(report(2, 2, "2017-05-05", words=SIGNING_AGAIN), [existing])
        assert decision.join is None and decision.conflicts == (7,)

    def test_far_apart_or_same_article_is_no_conflict(self) -> None:
        existing = Candidate(7, (report(1, 1, "2017-05-04"),))
        assert decide(report(2, 2, "2017-09-04"), [existing]).conflicts == ()
        assert decide(report(2, 1, "2017-05-05"), [existing]).conflicts == ()

    def test_the_best_match_wins(self) -> None:
        weak = Candidate(3, (report(1, 1, "2017-05-04", words=CEASEFIRE),))
        strong = Candidate(9, (report(2, 2, "2017-05-04"),))
        assert decide(report(5, 4, "2017-05-01", "2017-05-10", precise=False), [weak, strong]).join == 9


    def test_between_two_equal_matches_the_one_of_its_kind_wins(self) -> None:
        """« La semaine dernière, les députés avaient approuvé le texte » reads like both halves
        of « il présentera lundi le texte, espérant un vote dès mardi »: the vote is Tuesday's."""
        words = terms("le projet de loi sur le traité de paix examiné par le Parlement")
        monday = Candidate(7, (replace(report(1, 1, "2017-05-01", words=words, actors=frozenset()),
                                       happening="agreement"),))
        tuesday = Candidate(9, (replace(report(2, 1, "2017-05-02", words=words, actors=frozenset()),
                                        happening="vote"),))
        week = replace(report(3, 2, "2017-05-01", "2017-05-07", precise=False, words=words, actors=frozenset()),
                       happening="vote")
        assert decide(week, [monday, tuesday]).join == 9
        assert decide(week, [tuesday, monday]).join == 9
        # Of the same kind, or neither of its kind, the lower id still wins.
        assert decide(replace(week, happening="meeting"), [tuesday, monday]).join == 7


class TestOnePeriodTold:
    """Two outlets' background of one month or year: two shared words, a party, the same kind."""

    SUMMIT = terms("le sommet de Lisbonne s'était achevé sur un échec cuisant")
    AGAIN = terms("le sommet avait tourné à l'échec faute de compromis")
    PT = frozenset({"country:PT"})

    def loose(self, id: int, article: int, first: str, last: str, words: frozenset[str],
              kind: str | None = "meeting", actors: frozenset[str] = PT) -> Report:
        return Report(id, article, date.fromisoformat(first), date.fromisoformat(last), False, actors, words, kind)

    def test_a_month_inside_a_year_told_alike_is_one_event(self) -> None:
        year = self.loose(1, 1, "2011-01-01", "2011-12-31", self.SUMMIT)
        month = self.loose(2, 2, "2011-11-01", "2011-11-30", self.AGAIN)
        assert len(year.terms & month.terms) == 2
        assert one_period_told(year, month) and same_event(year, month)
        assert decide(month, [Candidate(7, (year,))]).join == 7

    def test_another_kind_another_party_one_article_or_a_day_stay_apart(self) -> None:
        year = self.loose(1, 1, "2011-01-01", "2011-12-31", self.SUMMIT)
        month = self.loose(2, 2, "2011-11-01", "2011-11-30", self.AGAIN)
        for other in (replace(month, happening="vote"), replace(month, happening=None),
                      replace(month, actors=frozenset({"country:ES"})), replace(month, article_id=1),
                      replace(month, terms=frozenset(list(year.terms & month.terms)[:1]) | {"compromi"})):
            assert not one_period_told(year, other)
            assert decide(other, [Candidate(7, (year,))]).join is None
        day = Report(2, 2, date(2011, 11, 4), date(2011, 11, 4), True, self.PT, self.AGAIN, "meeting")
        assert not one_period_told(year, day)


def told(id: int, article: int, day: str, text: str, kind: str | None, actors: frozenset[str]) -> Report:
    """A statement of `text` (its terms, skipping nothing), precise on `day`."""
    moment = date.fromisoformat(day)
    return Report(id, article, moment, moment, True, actors, terms(text), kind)


class TestOneHappening:
    """One article telling its news twice, with different words and dates of the same day."""

    LEAD = "Réunis dimanche à Rome, les participants ont promis de respecter le cessez-le-feu"
    AGAIN = "Les dirigeants se sont engagés, dimanche 12 mars, à faire appliquer la trêve"
    REMARK = "Plus tôt dans la journée, le ministre s'était félicité d'un succès qu'on disait impossible"
    PARTIES = frozenset({"country:IT", "org:onu"})

    def test_same_day_same_kind_and_an_actor_in_common_is_one_event(self) -> None:
        lead = told(1, 1, "2023-03-12", self.LEAD, "agreement", self.PARTIES)
        again = told(2, 1, "2023-03-12", self.AGAIN, "agreement", frozenset({"org:onu"}))
        assert one_happening(lead, again)
        assert decide(again, [Candidate(7, (lead,))]).join == 7

    def test_a_remark_of_no_kind_the_same_day_stays_apart(self) -> None:
        lead = told(1, 1, "2023-03-12", self.LEAD, "agreement", self.PARTIES)
        remark = told(2, 1, "2023-03-12", self.REMARK, None, self.PARTIES)
        assert not one_happening(lead, remark)
        assert decide(remark, [Candidate(7, (lead,))]).join is None

    def test_not_across_articles_nor_days_nor_actors_named_apart(self) -> None:
        lead = told(1, 1, "2023-03-12", self.LEAD, "agreement", self.PARTIES)
        assert not one_happening(lead, told(2, 2, "2023-03-12", self.AGAIN, "agreement", self.PARTIES))
        assert not one_happening(lead, told(2, 1, "2023-03-13", self.AGAIN, "agreement", self.PARTIES))
        assert not one_happening(lead, told(2, 1, "2023-03-12", self.AGAIN, "agreement", frozenset({"country:FR"})))

    def test_two_kinds_never_one_happening_need_a_third_word(self) -> None:
        """The vote of the day and the letter sent that evening share two words of the
        story; a third would make them one telling."""
        vote = told(1, 1, "2023-03-12", "Les députés ont adopté samedi l'amendement au projet de loi du ministre",
                    "vote", frozenset({"country:GB"}))
        letter = told(2, 1, "2023-03-12", "Le ministre a envoyé samedi soir une lettre sur le projet",
                      "statement", frozenset())
        assert len(vote.terms & letter.terms) == 2
        assert not one_happening(vote, letter)
        assert decide(letter, [Candidate(7, (vote,))]).join is None
        assert one_happening(vote, replace(letter, happening=None))  # no kind says nothing against
        assert one_happening(vote, replace(letter, terms=letter.terms | {"amend"}))

    def test_talks_concluded_by_an_agreement_the_same_day_are_one_happening(self) -> None:
        sealed = told(1, 1, "2023-03-12", "Les Vingt-Sept ont scellé vendredi un accord avec Rabat",
                      "agreement", frozenset({"org:ue", "country:MA"}))
        talks = told(2, 1, "2023-03-12", "Vendredi, ils ont approuvé un texte négocié toute la nuit",
                     "negotiation", frozenset({"org:ue", "country:MA"}))
        assert one_happening(sealed, talks)
        struck = told(2, 1, "2023-03-12", "Vendredi, ils ont approuvé un texte", "military",
                      frozenset({"org:ue", "country:MA"}))
        assert not one_happening(sealed, struck)

    def test_a_happening_told_again_joins_its_event_whatever_the_other_outlets_say(self) -> None:
        lead = told(1, 1, "2023-03-12", self.LEAD, "agreement", self.PARTIES)
        elsewhere = report(3, 2, "2023-03-12", words=lead.terms, actors=self.PARTIES)
        again = told(2, 1, "2023-03-12", self.AGAIN, "agreement", frozenset({"org:onu"}))
        assert decide(again, [Candidate(7, (lead, elsewhere))]).join == 7

    def test_the_pool_finds_a_happening_told_again_with_no_word_in_common(self) -> None:
        lead = told(1, 1, "2023-03-12", self.LEAD, "agreement", self.PARTIES)
        again = told(2, 1, "2023-03-12", "Ce jour-là, ils ont signé", "agreement", self.PARTIES)
        assert not lead.terms & again.terms
        placed = plan(Pool(), [(lead, merge_rank(lead, "h:1:2")), (again, merge_rank(again, "h:5:6"))]).placed
        assert placed[1] == placed[2]


class TestOneMeeting:
    """Two outlets reporting the same parties' meeting of one day in words they do not share."""

    SUMMIT = "La conférence s'est ouverte dimanche en fin de matinée sous haute sécurité"
    HOSTS = "Le gouvernement accueille dimanche un sommet international consacré à la paix"
    PARTIES = frozenset({"country:IT", "country:ML"})

    def test_the_same_day_the_same_parties_and_both_a_meeting_is_one_event(self) -> None:
        summit = told(1, 1, "2023-03-12", self.SUMMIT, "meeting", self.PARTIES)
        hosts = told(2, 2, "2023-03-12", self.HOSTS, "meeting", self.PARTIES)
        assert not summit.terms & hosts.terms
        assert one_meeting(summit, hosts)
        assert decide(hosts, [Candidate(7, (summit,))]).join == 7

    def test_one_outlets_summit_and_anothers_talks_of_that_day_are_one_event(self) -> None:
        summit = told(1, 1, "2023-03-12", self.SUMMIT, "meeting", self.PARTIES)
        talks = told(2, 2, "2023-03-12", "Dimanche, nul ne pouvait prédire l'issue des discussions",
                     "negotiation", self.PARTIES)
        assert one_meeting(summit, talks) and one_meeting(talks, summit)
        assert decide(talks, [Candidate(7, (summit,))]).join == 7
        # talks of one party only, or a statement of that day, are not told as that summit
        assert not one_meeting(summit, told(2, 2, "2023-03-12", "Dimanche, les discussions ont repris",
                                            "negotiation", frozenset({"country:IT"})))
        assert not one_meeting(summit, told(2, 2, "2023-03-12", "Dimanche, les deux armées ont frappé la ville",
                                            "military", self.PARTIES))

    def test_an_articles_happening_told_twice_joins_the_outlet_one_telling_would_join(self) -> None:
        # The lead names one party only, too few for the other outlets' summit; the second
        # telling names both, but its own article's lead holds it (one happening told again).
        summit = told(1, 1, "2023-03-12", self.SUMMIT, "meeting", self.PARTIES)
        hosts = told(4, 3, "2023-03-12", self.HOSTS, "meeting", self.PARTIES)
        lead = told(2, 2, "2023-03-12", "Réunis dimanche à Rome, tous les participants ont promis la paix",
                    "meeting", frozenset({"country:ML"}))
        again = told(3, 2, "2023-03-12", "Les dirigeants se sont engagés dimanche 12 mars, a dit la ministre "
                     "à la fin de la réunion", "meeting", self.PARTIES)
        assert not one_meeting(summit, lead) and one_meeting(summit, again) and one_happening(lead, again)
        ranked = [(summit, merge_rank(summit, "a:1:2")), (hosts, merge_rank(hosts, "a:5:6")),
                  (lead, merge_rank(lead, "b:1:2")), (again, merge_rank(again, "b:9:10"))]
        placed = plan(Pool(), ranked).placed
        assert placed[1] == placed[4] == placed[2] == placed[3]
        # Another day's summit is not that happening: the article's two tellings stay together, apart.
        moved = [(told(r.id, r.article_id, "2023-03-13", text, "meeting", self.PARTIES), rank)
                 for (r, rank), text in zip(ranked[:2], (self.SUMMIT, self.HOSTS))]
        placed = plan(Pool(), [*moved, *ranked[2:]]).placed
        assert placed[1] == placed[4] != placed[2] == placed[3]

    def test_what_the_same_parties_announced_that_day_is_their_meeting(self) -> None:
        summit = told(1, 1, "2023-03-12", "Le texte prolonge le sommet qui avait réuni la veille les deux dirigeants",
                      "meeting", self.PARTIES)
        announced = told(2, 2, "2023-03-12", "Le texte entérine les annonces faites dimanche", "statement",
                         self.PARTIES)
        assert one_meeting(summit, announced) and one_meeting(announced, summit)
        assert decide(announced, [Candidate(7, (summit,))]).join == 7
        # not when the statement names other parties too, nor two statements, nor another day
        more = self.PARTIES | {"country:FR"}
        assert not one_meeting(summit, told(2, 2, "2023-03-12", "Les annonces faites dimanche", "statement", more))
        assert not one_meeting(told(1, 1, "2023-03-12", "Ils ont annoncé dimanche la paix", "statement", self.PARTIES),
                               announced)
        assert not one_meeting(summit, told(2, 2, "2023-03-13", "Les annonces faites lundi", "statement", self.PARTIES))

    def test_not_one_article_nor_another_day_nor_one_party_nor_another_kind(self) -> None:
        summit = told(1, 1, "2023-03-12", self.SUMMIT, "meeting", self.PARTIES)
        assert not one_meeting(summit, told(2, 1, "2023-03-12", self.HOSTS, "meeting", self.PARTIES))
        assert not one_meeting(summit, told(2, 2, "2023-03-13", self.HOSTS, "meeting", self.PARTIES))
        assert not one_meeting(summit, told(2, 2, "2023-03-12", self.HOSTS, "meeting", frozenset({"country:IT"})))
        # The same parties sign one day and strike or speak again: not one happening for that.
        signed = told(2, 2, "2023-03-12", "Les deux pays ont signé dimanche un accord de défense",
                      "agreement", self.PARTIES)
        assert not one_meeting(told(1, 1, "2023-03-12", "Dimanche, l'accord a été signé à Rome",
                                    "agreement", self.PARTIES), signed)
        assert decide(signed, [Candidate(7, (summit,))]).join is None

    def test_two_words_the_kind_and_one_party_make_one_happening_on_the_same_day(self) -> None:
        cancelled = told(1, 1, "2018-05-24", "Le sommet avait pourtant été annulé à la surprise générale", "meeting",
                         frozenset({"country:US"}))
        letter = told(2, 2, "2018-05-24", "Une lettre annulait le sommet prévu avec le dirigeant nord-coréen",
                      "meeting", frozenset({"country:US", "country:KP"}))
        assert len(cancelled.terms & letter.terms) == 2 and one_day_told(cancelled, letter)
        assert decide(letter, [Candidate(7, (cancelled,))]).join == 7
        # not on another day, in one article, of another kind, or with no party in common
        letter_text = "Une lettre annulait le sommet"
        us = frozenset({"country:US"})
        assert not one_day_told(cancelled, told(2, 2, "2018-05-25", letter_text, "meeting", us))
        assert not one_day_told(cancelled, told(2, 1, "2018-05-24", letter_text, "meeting", us))
        assert not one_day_told(cancelled, told(2, 2, "2018-05-24", letter_text, "statement", us))
        other = told(2, 2, "2018-05-24", letter_text, "meeting", frozenset({"country:KP"}))
        assert not one_day_told(cancelled, other) and decide(other, [Candidate(7, (cancelled,))]).join is None

    def test_a_report_naming_no_one_is_told_by_its_words_its_day_and_its_kind(self) -> None:
        signed = told(1, 1, "2023-04-21", "Le ministre a signé vendredi le traité au siège de l'ONU à Genève",
                      "agreement", frozenset({"country:NO", "org:onu"}))
        planned = told(2, 2, "2023-04-21", "La signature du traité est prévue le 21 avril", "agreement",
                       frozenset())
        assert len(signed.terms & planned.terms) == 2
        assert one_day_told(signed, planned) and decide(planned, [Candidate(7, (signed,))]).join == 7
        # one word is not enough, nor another kind, nor another day
        assert not one_day_told(signed, told(2, 2, "2023-04-21", "La signature est prévue le 21 avril",
                                              "agreement", frozenset()))
        assert not one_day_told(signed, told(2, 2, "2023-04-21", "Le traité sera discuté le 21 avril à Genève",
                                              "negotiation", frozenset()))
        assert not one_day_told(signed, told(2, 2, "2023-04-22", "La signature du traité à Genève",
                                              "agreement", frozenset()))

    def test_a_report_with_no_kind_and_no_one_named_is_told_by_its_words_and_its_day(self) -> None:
        # « elle » is talks named sentences before: no actor, no cue of a kind in the clause.
        reached = told(1, 1, "2023-06-09", "Elle avait abouti le 9 juin à Lomé à un texte salué partout", None,
                       frozenset())
        signed = told(2, 2, "2023-06-09", "Le texte avait été signé le 9 juin à Lomé sous l'égide du Ghana",
                      "agreement", frozenset({"country:GH"}))
        assert len(reached.terms & signed.terms) == 2
        assert one_day_told(reached, signed) and one_day_told(signed, reached)
        assert decide(reached, [Candidate(7, (signed,))]).join == 7
        assert decide(signed, [Candidate(7, (reached,))]).join == 7
        # not on another day, with one word only, nor when it names someone or has a kind of its own
        assert not one_day_told(replace(reached, first=date(2023, 6, 10), last=date(2023, 6, 10)), signed)
        assert not one_day_told(told(1, 1, "2023-06-09", "Elle avait abouti à Lomé", None, frozenset()), signed)
        assert not one_day_told(replace(reached, actors=frozenset({"country:TG"})), signed)
        assert not one_day_told(replace(reached, happening="military"), signed)

    def test_a_night_or_a_week_tells_the_day_another_outlet_gives_inside_it(self) -> None:
        day = told(1, 1, "2024-05-07", "Le président a lancé le 7 mai une offensive contre la ville", "military",
                   frozenset({"country:RU", "country:UA"}))
        night = replace(told(2, 2, "2024-05-07", "L'armée a lancé son offensive dans la nuit",
                                         "military", frozenset({"country:UA"})),
                                    last=date(2024, 5, 8), precise=False)
        assert len(day.terms & night.terms) == 2
        assert one_day_told(day, night) and one_day_told(night, day)
        assert decide(night, [Candidate(7, (day,))]).join == 7
        assert decide(day, [Candidate(7, (night,))]).join == 7
        # A week holding the day tells it too; not a day outside, nor a month, nor two nights.
        assert one_day_told(day, replace(night, first=date(2024, 5, 6), last=date(2024, 5, 12)))
        later = replace(day, first=date(2024, 5, 9), last=date(2024, 5, 9))
        assert not one_day_told(later, night) and decide(later, [Candidate(7, (night,))]).join is None
        assert not one_day_told(day, replace(night, first=date(2024, 5, 1), last=date(2024, 5, 31)))
        assert not one_day_told(day, replace(night, first=date(2024, 5, 6), last=date(2024, 5, 13)))
        assert not one_day_told(night, replace(night, id=3, article_id=3))

    def test_two_outlets_telling_a_rulers_fall_that_day_tell_one_happening(self) -> None:
        ruler = frozenset({"person:jean-tamba"})
        fall = told(1, 1, "2023-03-12", "La contestation a provoqué dimanche la chute de Jean Tamba", "ouster", ruler)
        coup = told(2, 2, "2023-03-12", "L'armée avait renversé Jean Tamba dimanche", "ouster", ruler)
        assert fall.terms & coup.terms == {"jean tamba"}  # too little for the usual rules
        assert one_meeting(fall, coup)
        assert plan(Pool(), [(fall, merge_rank(fall, "a:1:2")), (coup, merge_rank(coup, "b:1:2"))]).placed[2] == -1
        # not another day, another ruler, nor one party for a meeting
        assert not one_meeting(fall, told(2, 2, "2023-03-13", "L'armée avait renversé Jean Tamba", "ouster", ruler))
        assert not one_meeting(fall, told(2, 2, "2023-03-12", "L'armée avait renversé Paul Mbo", "ouster",
                                          frozenset({"person:paul-mbo"})))
        assert not one_meeting(told(1, 1, "2023-03-12", self.SUMMIT, "meeting", ruler),
                               told(2, 2, "2023-03-12", self.HOSTS, "meeting", ruler))

    def test_two_outlets_telling_that_days_referendum_tell_one_vote(self) -> None:
        country = frozenset({"country:XX"})
        rejected = told(1, 1, "2023-03-12",
                        "Les électeurs ont rejeté dimanche par référendum le projet de constitution", "vote", country)
        aftermath = told(2, 2, "2023-03-12", "Le référendum de dimanche a divisé le pays en deux camps", "vote",
                         country | {"person:jean-tamba"})
        assert rejected.terms & aftermath.terms == {"referend"}  # too little for the usual rules
        assert one_meeting(rejected, aftermath)
        pool = plan(Pool(), [(rejected, merge_rank(rejected, "a:1:2")), (aftermath, merge_rank(aftermath, "b:1:2"))])
        assert pool.placed[2] == -1
        # A parliament votes several texts a day: « adopté », « voté » are not a vote held once.
        law = told(1, 1, "2023-03-12", "Les députés ont adopté dimanche la loi de finances", "vote", country)
        amendment = told(2, 2, "2023-03-12", "Les députés ont voté dimanche un amendement au budget", "vote", country)
        assert not one_meeting(law, amendment)
        # Nor another day, nor a statement about the referendum, nor a party named apart.
        assert not one_meeting(rejected, replace(aftermath, first=date(2023, 3, 13), last=date(2023, 3, 13)))
        assert not one_meeting(rejected, replace(aftermath, happening="statement"))
        assert not one_meeting(rejected, replace(aftermath, actors=frozenset({"country:YY"})))

    def test_the_pool_brings_a_stored_meeting_of_that_day_and_decides_again_in_any_order(self) -> None:
        summit = told(1, 1, "2023-03-12", self.SUMMIT, "meeting", self.PARTIES)
        hosts = told(2, 2, "2023-03-12", self.HOSTS, "meeting", self.PARTIES)
        for first, second in ((summit, hosts), (hosts, summit)):
            # The first is stored (event 5), the second new: the pool must find it with no shared word.
            pool = Pool([(5, first, merge_rank(first, f"a:{first.id}:1"), False)])
            placed = plan(pool, [(second, merge_rank(second, f"b:{second.id}:1"))]).placed
            assert placed[second.id] == placed.get(first.id, 5)


def test_the_event_a_replaced_statement_leaves_is_decided_again() -> None:
    """An article dated again leaves its old day: what stays of the event it was in there is
    decided again, and joins another outlet's report it was kept from."""
    parties = frozenset({"country:IT", "country:ML"})
    summit = told(1, 1, "2023-03-12", "Le sommet a réuni dimanche les deux dirigeants", "meeting", parties)
    announced = told(2, 2, "2023-03-12", "Le texte entérine les annonces faites dimanche", "statement", parties)
    moved = told(3, 3, "2023-03-13", "Les deux pays ont signé lundi une déclaration", "agreement", parties)

    def stored() -> Pool:
        # The summit's event had held the third article's statement (then dated the 12th, now
        # read as the 13th and left out of the pool, being replaced), which kept the announcement
        # in an event of its own.
        return Pool([(5, summit, merge_rank(summit, "a:1:2"), False),
                     (6, announced, merge_rank(announced, "b:1:2"), False)])

    new = [(moved, merge_rank(moved, "c:1:2"))]
    assert 1 not in plan(stored(), new).placed  # without: the summit stays alone in event 5
    again = plan(stored(), new, left=[5])
    assert again.placed[1] == 6 and again.placed[3] != 6 and again.emptied == {5}
    assert 1 not in plan(stored(), new, left=[99]).placed  # an event no longer near: nothing


class TestUndatedGroups:
    def test_the_same_undated_expression_about_the_same_talks_is_one_happening(self) -> None:
        both = frozenset({"country:US", "country:IR"})
        talks = terms("prendra part la semaine prochaine à des discussions sur l'accord nucléaire")
        again = terms("ouvrir la semaine prochaine des discussions indirectes sur l'accord nucléaire")
        other = terms("la semaine prochaine, le parlement votera le budget de la défense")
        groups = undated_groups([("la semaine prochaine", talks, both, "negotiation"),
                                 ("la  Semaine prochaine", again, both, "negotiation"),
                                 ("la semaine prochaine", other, frozenset({"country:FR"}), "vote"),
                                 ("mardi", again, both, "negotiation")])
        assert groups == [0, 0, 2, 3]


    def test_two_expressions_that_may_date_the_same_days_tell_one_happening_when_close_enough(self) -> None:
        both = frozenset({"country:US", "country:IR"})
        talks = terms("prendra part la semaine prochaine à Oslo à des discussions sur l'accord nucléaire")
        again = terms("discutera à partir de mardi à Oslo de l'accord nucléaire avec ses partenaires")
        rows = [("la semaine prochaine", talks, both, "negotiation"), ("à partir de mardi", again, both, "negotiation")]
        assert undated_groups(rows, lambda a, b: True) == [0, 0]
        assert undated_groups(rows, lambda a, b: False) == [0, 1]
        assert undated_groups(rows) == [0, 1]  # without a way to compare, only the same expression
        voted = [rows[0], ("à partir de mardi", again, both, "vote")]
        assert undated_groups(voted, lambda a, b: True) == [0, 1]  # another kind of happening


class TestEventCertainty:
    D = date(2017, 5, 4)

    def test_an_exact_report_makes_the_event_exact(self) -> None:
        early = (date(2017, 5, 1), date(2017, 5, 10), "approximate")
        assert event_certainty([early, (self.D, self.D, "exact")], (self.D, self.D)) == "exact"

    def test_an_assumed_year_alone_stays_assumed(self) -> None:
        early = (date(2017, 5, 1), date(2017, 5, 10), "approximate")
        assert event_certainty([early, (self.D, self.D, "assumed")], (self.D, self.D)) == "assumed"
        assert event_certainty([(self.D, self.D, "assumed"), (self.D, self.D, "exact")], (self.D, self.D)) == "exact"

    def test_representative_shares_most(self) -> None:
        reports = [report(1, 1, "2017-05-04", words=CEASEFIRE), report(2, 2, "2017-05-04"),
                   report(3, 3, "2017-05-04", words=SIGNING_AGAIN)]
        assert representative(reports).id in (2, 3)


class TestYears:
    def test_matches_decide(self) -> None:
        assert choose_year({2016: 0, 2017: 2}, {2016: 5}, {2016: 10}) == 2017

    def test_then_published_years_then_explicit_years(self) -> None:
        assert choose_year({2016: 0, 2017: 0}, {2016: 1, 2017: 3}, {2016: 10}) == 2017
        assert choose_year({}, {}, {2015: 2, 2016: 1}) == 2015

    def test_no_evidence_no_year(self) -> None:
        assert choose_year({}, {}, {}) is None

    def test_yearless_days_placed_in_a_year(self) -> None:
        assert days_in_year("XXXX-05-04", 2017) == (date(2017, 5, 4), date(2017, 5, 4))
        assert days_in_year("XXXX-05-03/XXXX-05-04", 2017) == (date(2017, 5, 3), date(2017, 5, 4))
        assert days_in_year("XXXX-02-29", 2017) is None
        assert days_in_year("XXXX-01", 2017) is None and days_in_year(None, 2017) is None

    def test_candidates_are_few_and_ranked(self) -> None:
        years = candidate_years({2017: 3, 2016: 1}, {y: 1 for y in range(2000, 2010)})
        assert years[:2] == [2017, 2016] and len(years) == 3


@dataclass(frozen=True)
class FakeTimex:
    start: int
    end: int
    text: str
    kind: str
    value: str | None
    first: date | None
    last: date | None
    anchor: str
    mod: str | None = None


def timex(text: str, fragment: str, kind: str, value: str | None, first: str | None = None,
          last: str | None = None, anchor: str = "absolute", mod: str | None = None) -> FakeTimex:
    start = text.index(fragment)
    return FakeTimex(start, start + len(fragment), fragment, kind, value,
                     date.fromisoformat(first) if first else None,
                     date.fromisoformat(last or first) if first else None, anchor, mod)


class TestMentions:
    TEXT = ("Début mai, la Russie a signé un accord. Deux jours de négociations ont suivi.\n"
            "Le 3 mai, Poutine a reçu Erdogan à Sotchi. Une rencontre a eu lieu la semaine dernière.")

    def build(self, *timexes: FakeTimex, **kwargs: object) -> list:
        actors = [ActorSpan(self.TEXT.index("Russie"), self.TEXT.index("Russie") + 6, "country:RU")]
        return build_mentions(self.TEXT, "h", list(timexes), actors, **kwargs)  # type: ignore[arg-type]

    def test_kinds_certainty_and_passage(self) -> None:
        t = self.TEXT
        mentions = self.build(
            timex(t, "Début mai", "date", "2017-05", "2017-05-01", "2017-05-10", mod="START"),
            timex(t, "Deux jours", "duration", "P2D"),
            timex(t, "la semaine dernière", "date", None, anchor="unresolved"),
        )
        assert [m.text for m in mentions] == ["Début mai", "la semaine dernière"]
        early, last_week = mentions
        assert early.certainty == "approximate" and not early.precise
        assert early.passage == "Début mai, la Russie a signé un accord."
        assert early.actors == ("country:RU",) and "russ" not in early.terms
        assert early.key == f"h:{early.start}:{early.end}"
        assert last_week.certainty == "unresolved" and last_week.first is None

    def test_an_assumed_year_fills_only_yearless_expressions(self) -> None:
        t = self.TEXT
        unknown = timex(t, "Le 3 mai", "date", "XXXX-05-03", anchor="unresolved")
        resolved = timex(t, "Le 3 mai", "date", "2017-05-03", "2017-05-03", anchor="document")
        relative = timex(t, "la semaine dernière", "date", None, anchor="unresolved")
        assert needs_year([unknown, relative])
        mentions = self.build(unknown, relative, assumed=[resolved, relative], assumed_year=2017)
        assert mentions[0].certainty == "assumed" and mentions[0].anchor == "collection"
        assert mentions[0].first == date(2017, 5, 3) and mentions[0].assumed_year == 2017
        assert mentions[1].certainty == "unresolved"

    def test_precision(self) -> None:
        t = self.TEXT
        assert is_precise(timex(t, "Le 3 mai", "date", "2017-05-03", "2017-05-03"))
        assert is_precise(timex(t, "Le 3 mai", "range", "2017-05-03/2017-05-04", "2017-05-03", "2017-05-04"))
        assert not is_precise(timex(t, "Début mai", "date", "2017-05", "2017-05-01", "2017-05-10", mod="START"))
        assert not is_precise(timex(t, "Début mai", "date", "2017-W18", "2017-05-01", "2017-05-07"))

    def test_a_night_from_one_day_to_the_next_is_an_hour_of_one_of_them(self) -> None:
        t = "La trêve est entrée en vigueur dans la nuit de samedi à dimanche, à minuit."
        night = timex(t, "dans la nuit de samedi à dimanche", "range", "2023-03-11/2023-03-12",
                      "2023-03-11", "2023-03-12")
        assert not is_precise(night)
        # so another outlet's « dimanche » says which day it was, as « le 4 mai » does in « en mai »
        in_force = report(1, 1, "2023-03-12", words=terms("la trêve est entrée en vigueur dimanche"))
        at_night = report(2, 2, "2023-03-11", "2023-03-12", precise=False,
                          words=terms("la trêve est entrée en vigueur à minuit"))
        assert compatible([in_force], at_night) and decide(at_night, [Candidate(7, (in_force,))]).join == 7
        # two whole days stay two days
        assert is_precise(timex(t, "samedi", "range", "2023-03-11/2023-03-12", "2023-03-11", "2023-03-12"))

    def test_a_credit_line_borrows_the_sentence_before(self) -> None:
        text = ("#Syrie : la #Russie devrait acheminer des soldats vers les zones de désescalade\n\n"
                "+ D'INFOS ➡️ https://t.co/lSIJcBkk — RT France (@RTenfrancais) 5 juillet 2017")
        stamp = timex(text, "5 juillet 2017", "date", "2017-07-05", "2017-07-05")
        (mention,) = build_mentions(text, "h", [stamp])
        assert mention.title == "Syrie : la Russie devrait acheminer des soldats vers les zones de désescalade"
        assert mention.passage.startswith("#Syrie") and mention.passage.endswith("5 juillet 2017")
        assert (mention.start, mention.end) == (stamp.start, stamp.end)


class TestParticipants:
    """A statement naming no one takes the participants of the article's opening sentence, and two
    statements naming actors of the same side are not named apart."""

    TEXT = ("Les talibans et les États-Unis signent un accord à Doha.\n\n"
            "Les négociateurs se retrouveront le 10 mars. Le Qatar a accueilli les pourparlers le 29 février.")

    def test_a_statement_naming_no_one_takes_the_opening_participants(self) -> None:
        t = self.TEXT
        actors = [ActorSpan(t.index("talibans"), t.index("talibans") + 8, "group:taliban"),
                  ActorSpan(t.index("États-Unis"), t.index("États-Unis") + 10, "country:US"),
                  ActorSpan(t.index("Qatar"), t.index("Qatar") + 5, "country:QA")]
        mentions = build_mentions(t, "h", [timex(t, "le 10 mars", "date", "2020-03-10", "2020-03-10"),
                                            timex(t, "le 29 février", "date", "2020-02-29", "2020-02-29")],
                                  actors)  # type: ignore[list-item]
        assert [m.actors for m in mentions] == [("group:taliban", "country:US"), ("country:QA",)]

    def test_the_opening_participants_of_a_dispatch_are_those_of_its_lead(self) -> None:
        """The dateline a dispatch opens with names where it was filed; its lead names who acts."""
        t = ("DOHA, 29 février 2020 (AFP) - Les talibans et les États-Unis ont signé samedi un accord à Doha.\n\n"
             "Les négociateurs se retrouveront le 10 mars.")
        actors = [ActorSpan(t.index("talibans"), t.index("talibans") + 8, "group:taliban"),
                  ActorSpan(t.index("États-Unis"), t.index("États-Unis") + 10, "country:US")]
        mentions = build_mentions(t, "h", [timex(t, "29 février 2020", "date", "2020-02-29", "2020-02-29"),
                                            timex(t, "samedi", "date", "2020-02-29", "2020-02-29"),
                                            timex(t, "le 10 mars", "date", "2020-03-10", "2020-03-10")],
                                  actors)  # type: ignore[list-item]
        assert [(m.text, m.actors) for m in mentions] == [("samedi", ("group:taliban", "country:US")),
                                                          ("le 10 mars", ("group:taliban", "country:US"))]

    def test_a_leader_and_his_presidency_are_one_side(self) -> None:
        day = date(2020, 1, 13)
        summit = Report(1, 1, day, day, True, frozenset({"leader:macron"}), terms("le sommet se tiendra à Pau"),
                        "meeting", frozenset({"country:FR"}))
        again = Report(2, 1, day, day, True, frozenset({"inst:elysee"}), terms("il réunira à Pau les présidents"),
                       "meeting", frozenset({"country:FR"}))
        assert one_happening(summit, again)
        assert decide(again, [Candidate(7, (summit,))]).join == 7
        apart = Report(2, 1, day, day, True, frozenset({"inst:kremlin"}), again.terms, "meeting",
                       frozenset({"country:RU"}))
        assert not one_happening(summit, apart)
        assert decide(apart, [Candidate(7, (summit,))]).join is None

    def test_actors_in_common_are_counted_by_side_across_articles(self) -> None:
        day = date(2019, 12, 9)
        summit = Report(1, 1, day, day, True, frozenset({"leader:macron", "leader:merkel"}),
                        terms("le sommet consacré au conflit se tiendra à Paris"), "meeting",
                        frozenset({"country:FR", "country:DE"}))
        talks = Report(2, 2, day, day, True, frozenset({"country:FR", "country:DE"}),
                       terms("les discussions consacrées au règlement du conflit ont commencé"), "negotiation",
                       frozenset({"country:FR", "country:DE"}))
        assert len(summit.terms & talks.terms) == 2
        assert decide(talks, [Candidate(7, (summit,))]).join == 7

    def test_a_happening_told_again_stays_with_its_own_article_rather_than_another_outlet(self) -> None:
        day = date(2019, 12, 9)
        sides = frozenset({"country:FR", "country:DE"})
        lead = Report(1, 1, day, day, True, frozenset({"leader:macron"}), terms("Macron recevra les dirigeants"),
                      "meeting", frozenset({"country:FR"}))
        again = Report(2, 1, day, day, True, frozenset({"inst:elysee", "leader:merkel"}),
                       terms("le rendez-vous est fixé à Paris pour un sommet consacré au conflit"), "meeting", sides)
        elsewhere = Report(3, 2, day, day, True, frozenset({"country:FR", "country:DE"}),
                           terms("le sommet consacré au conflit s'est ouvert à Paris"), "meeting", sides)
        # The other outlet's report is decided first and reads more like `again` than `lead` does.
        placed = plan(Pool(), [(elsewhere, (0, 0, "a", 1, 2)), (lead, (0, 0, "b", 1, 2)),
                               (again, (0, 0, "b", 5, 6))]).placed
        assert placed[2] == placed[1]

    def test_a_crowded_day_of_one_article_weighs_a_bounded_number_of_events(self) -> None:
        from frise.events.merge import MAX_CANDIDATES

        day = date(2017, 7, 19)
        pool = Pool()
        for n in range(3 * MAX_CANDIDATES):  # as many happenings that day, named apart, of one article
            apart = Report(n + 1, 1, day, day, True, frozenset({f"country:X{n}"}), frozenset({f"mot{n}"}), "meeting")
            pool.found(apart, (0, 0, "h", n, n))
        new = Report(999, 1, day, day, True, frozenset({"country:X1"}), frozenset({"autre"}), "meeting")
        assert 0 < len(pool.candidates(new)) <= MAX_CANDIDATES


def test_the_parties_named_as_a_group_are_the_ones_the_article_opens_with() -> None:
    text = ("Le Soudan et le Soudan du Sud signent une trêve à Djouba.\n\n"
            "Le 3 mai, les deux camps ont échangé des prisonniers sous l'égide de l'Union africaine.")
    actors = [ActorSpan(text.index("Soudan"), text.index("Soudan") + 6, "country:SD"),
              ActorSpan(text.index("Soudan du Sud"), text.index("Soudan du Sud") + 13, "country:SS"),
              ActorSpan(text.index("Union africaine"), text.index("Union africaine") + 15, "org:ua")]
    mention, = build_mentions(text, "h", [timex(text, "Le 3 mai", "date", "2023-05-03", "2023-05-03")],
                              actors)  # type: ignore[list-item]
    assert mention.actors == ("org:ua", "country:SD", "country:SS")


def test_a_statement_founded_before_what_ties_it_to_an_event_joins_that_event() -> None:
    """A and C read alike only through B, which comes after both in merge order and joins C: A,
    founded alone, is decided again and joins them."""
    russia = frozenset({"country:RU"})
    a = told(1, 1, "2018-10-15", "La zone tampon sera instaurée le long du front", None, russia)
    b = told(2, 2, "2018-10-15", "La zone tampon large sera créée le long de la ligne de contact", None, russia)
    c = told(3, 3, "2018-10-15", "Une zone large créée sur la ligne de contact", None, russia)
    assert len(a.terms & c.terms) < 2 and 3 <= len(a.terms & b.terms) < len(b.terms & c.terms)
    new = [(a, merge_rank(a, "a:1:2")), (c, merge_rank(c, "b:1:2")), (b, merge_rank(b, "c:1:2"))]
    placed = plan(Pool(), new).placed
    assert placed[1] == placed[2] == placed[3]
    # alone, A and C stay apart
    placed = plan(Pool(), new[:2]).placed
    assert placed[1] != placed[3]


class TestAnswers:
    """A claim and its denial share their day, their words and their parties: two entries."""

    PARTIES = frozenset({"country:AZ", "country:AM"})
    CLAIM = "Bakou a affirmé lundi s'être emparé de la ville de Kelbadjar et de ses routes"
    DENIAL = "ce que Erevan démentait lundi en assurant tenir la ville de Kelbadjar et ses routes"

    def test_a_denial_never_joins_what_it_denies(self) -> None:
        claim = told(1, 1, "2023-03-13", self.CLAIM, "military", self.PARTIES)
        denial = told(2, 2, "2023-03-13", self.DENIAL, "denial", self.PARTIES)
        assert len(claim.terms & denial.terms) >= 3  # enough for the usual rules
        assert not same_event(claim, denial)
        assert decide(denial, [Candidate(7, (claim,))]).join is None
        # the same claim from another outlet still joins
        again = told(3, 3, "2023-03-13", self.CLAIM, "military", self.PARTIES)
        assert same_event(claim, again) and decide(again, [Candidate(7, (claim,))]).join == 7

    def test_two_outlets_reporting_one_denial_tell_one_happening(self) -> None:
        denial = told(1, 1, "2023-03-13", self.DENIAL, "denial", self.PARTIES)
        again = told(2, 2, "2023-03-13", self.DENIAL, "denial", self.PARTIES)
        assert decide(again, [Candidate(7, (denial,))]).join == 7


class TestReactions:
    """A party's reaction to a signing shares the day, the words and the signatories: two entries."""

    PARTIES = frozenset({"country:RS", "leader:vucic", "leader:kurti"})
    SIGNING = "Vucic et Kurti ont signé mardi à Ohrid un accord historique sur la normalisation"
    WELCOME = "La présidente a salué mardi l'accord historique d'Ohrid conclu par Vucic et Kurti"

    def test_a_reaction_never_joins_what_it_reacts_to(self) -> None:
        assert event_kind(self.WELCOME, self.WELCOME) == "reaction"
        signing = told(1, 1, "2023-03-18", self.SIGNING, event_kind(self.SIGNING, self.SIGNING), self.PARTIES)
        welcome = told(2, 2, "2023-03-18", self.WELCOME, "reaction", self.PARTIES)
        assert signing.happening == "agreement" and len(signing.terms & welcome.terms) >= 3
        assert not same_event(signing, welcome)
        assert decide(welcome, [Candidate(7, (signing,))]).join is None

    def test_two_outlets_reporting_one_reaction_tell_one_happening(self) -> None:
        welcome = told(1, 1, "2023-03-18", self.WELCOME, "reaction", self.PARTIES)
        again = told(2, 2, "2023-03-18", self.WELCOME, "reaction", self.PARTIES)
        assert decide(again, [Candidate(7, (welcome,))]).join == 7


def test_a_statement_weighs_its_own_articles_day_with_every_word_it_shares() -> None:
    """Words held by more than CROWDED events nearby count only for events found otherwise; an
    event of the statement's own article and day is weighed whatever its words, and must be
    weighed with those words too, or the bound that lets `decide` skip it is not one."""
    day = date(2023, 3, 12)
    mali = frozenset({"country:ML"})
    crowded = frozenset({"alpha", "beta", "gamma"})
    pool = Pool()
    for i in range(70):  # other days of that fortnight, other outlets, all saying the crowded words
        other = day.replace(day=13 + i % 5)
        filler = Report(100 + i, 50 + i, other, other, True, frozenset({f"country:X{i}"}), crowded)
        pool.add(100 + i, filler, merge_rank(filler, f"f{i}:1:2"))
    first = Report(1, 1, day, day, True, mali, crowded, "agreement")
    second = Report(2, 1, day, day, True, mali, frozenset({"delta", "epsilon"}), "agreement")
    pool.add(1, first, merge_rank(first, "a:1:2"))
    pool.add(2, second, merge_rank(second, "a:5:6"))
    new = Report(3, 1, day, day, True, mali, crowded | {"delta", "epsilon"}, "agreement")
    # It tells again both of its article's happenings of that day; it shares three words with
    # the first, two with the second.
    assert pool.decide(new).join == 1


def test_the_merge_candidates_start_with_the_likeliest_duplicate() -> None:
    from frise.events.merge import likely_same
    from frise.events.model import Event, Source

    def event(id: int, first: str | None, title: str, actors: tuple[str, ...] = ()) -> Event:
        day = date.fromisoformat(first) if first else None
        source = Source(id, "Dépêche", None, title, 0, len(title), "", 0, 0, f"h{id}:0:0")
        return Event(id, f"k{id}", day, day, title, "exact", actors, (source,))

    chosen = event(1, "2023-03-12", "Le Mali et l'Italie ont signé dimanche un accord de défense à Rome",
                   ("Mali", "Italie"))
    earliest = event(2, "2023-02-20", "Les élections municipales ont été reportées", ("Mali",))
    near = event(3, "2023-03-13", "Le président a inauguré un pont", ("Italie",))
    same = event(4, "2023-03-11", "Signature à Rome d'un accord de défense entre Rome et Bamako", ("Italie",))
    undated = event(5, None, "Un accord de défense sera signé à Rome", ("Mali", "Italie"))
    ranked = likely_same(chosen, [earliest, near, undated, same])
    assert [e.id for e in ranked][:2] in ([4, 5], [5, 4])  # the words of the happening first
    assert [e.id for e in ranked][2:] == [3, 2]  # then actors, then nearness in time: Italy, a day off


def test_a_person_nobody_places_does_not_name_a_report_apart() -> None:
    # Two outlets on the Belgian vote: one names the countries, the other only the opponent the
    # text asks to free, whom the gazetteer does not know. Six terms in common: one happening.
    countries = told(1, 1, "2018-02-07", "La Chambre des représentants de Belgique avait adopté un texte appelant "
                     "Kigali à libérer les prisonniers politiques", "vote", frozenset({"country:BE", "country:RW"}))
    opponent = told(2, 2, "2018-02-07", "La Chambre des représentants avait voté un texte réclamant la libération de "
                    "prisonniers politiques, dont l'opposante", "vote", frozenset({"person:victoire-ingabire"}))
    assert decide(opponent, [Candidate(7, (countries,))]).join == 7
    # Known sides named apart still keep two happenings apart.
    other = told(3, 2, "2018-02-07", opponent_text := "La Chambre des représentants avait voté un texte réclamant "
                 "la libération de prisonniers politiques", "vote", frozenset({"country:FR"}))
    assert opponent_text and decide(other, [Candidate(7, (countries,))]).join is None


def test_words_news_uses_interchangeably_count_as_one() -> None:
    # « entérine » and « endosse », « échec » and « fiasco », « morts » and « tués »: one thing each.
    assert terms("Le Conseil de sécurité a entériné l'accord") & terms("Le Conseil de sécurité a endossé l'accord") \
        >= {stem for stem in terms("entériné")}
    assert terms("un échec retentissant") & terms("un fiasco total")
    assert terms("le conflit a fait 300 morts") & terms("300 personnes ont été tuées")
    council = frozenset({"org:csnu"})
    endorsed = replace(report(1, 1, "2031-07-20", words=terms("les Quinze ont endossé à l'unanimité l'accord"),
                              actors=council), happening=event_kind("ont endossé l'accord"))
    will_endorse = replace(report(2, 2, "2031-07-20", words=terms("il devrait entériner l'accord"), actors=council),
                           happening=event_kind("devrait entériner l'accord"))
    assert decide(will_endorse, [Candidate(7, (endorsed,))]).join == 7


def test_a_capital_counts_as_its_country_among_the_words_reports_share() -> None:
    # « négociations » is a synonym of « pourparlers »
    assert terms("Les négociations tenues à Amman") & terms("les négociations en Jordanie") == {"pourparl", "jordan"}
    assert "royaume uni" in terms("la délégation reçue à Londres")
    # Two outlets' talks of one month, placed in the country by one and in its capital by the other.
    country = Report(1, 1, date(2019, 1, 1), date(2019, 12, 31), False, frozenset(),
                     terms("Des négociations secrètes avaient commencé en Jordanie en 2019"), "negotiation")
    capital = Report(2, 2, date(2019, 9, 1), date(2019, 9, 30), False, frozenset(),
                     terms("Les négociations secrètes d'Amman, ouvertes en septembre 2019"), "negotiation")
    assert decide(capital, [Candidate(7, (country,))]).join == 7
    elsewhere = replace(capital, terms=terms("Les négociations secrètes de Rabat, ouvertes en septembre 2019"))
    assert decide(elsewhere, [Candidate(7, (country,))]).join is None
