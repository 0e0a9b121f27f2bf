"""Versions of a plan are linked as a chain in circulation order, the same whatever order packs come in,
and a change relinks only the versions it touches."""
from __future__ import annotations

from kg.graph.plan_versions import Plan, chain_links, group_versions, groups_of, relink

WORDINGS = ("we will ensure every child has a safe place to play outdoors",
            "we will reduce the number of young people not in education or training",
            "we will help families find affordable childcare near home")


def _plan(source: str, date: str, title: str = "Play and Learning Strategy", wordings=WORDINGS) -> Plan:
    iri = f"https://example.org/paper/{source}/plan"
    return Plan(iri, title, f"https://example.org/source/{source}", date,
                tuple((f"{iri}/priority/{i}", w) for i, w in enumerate(wordings, start=1)))


VERSIONS = [_plan("b", "2015-03-01"), _plan("a", "2014-01-10", title="Draft Outdoor Play Plan"),
            _plan("d", "2017-06-30"), _plan("c", "2016-02-02", title="Annual Progress Report")]
OTHER = _plan("e", "2016-01-01", title="Budget Monitoring Report", wordings=("the revenue budget is balanced",))


def _same_work(links) -> list[tuple[str, str]]:
    return sorted((s.split("/")[-2], o.split("/")[-2]) for s, link, o in links if link == "sameWorkAs")


def test_four_versions_are_one_chain_in_circulation_order_and_an_unrelated_plan_stays_alone():
    groups = group_versions([*VERSIONS, OTHER])
    assert [[p.source[-1] for p in group] for group in groups] == [["a", "b", "c", "d"], ["e"]]
    links = set(chain_links(groups[0]))
    assert _same_work(links) == [("a", "b"), ("b", "a"), ("b", "c"), ("c", "b"), ("c", "d"), ("d", "c")]
    close = sorted((s.split("/")[-4], s[-1], o.split("/")[-4], o[-1]) for s, link, o in links if link == "closeMatch")
    assert len(close) == 3 * 2 * 3 and ("a", "1", "b", "1") in close and ("a", "1", "c", "1") not in close


def test_the_groups_do_not_depend_on_the_order_plans_come_in():
    assert group_versions(VERSIONS[::-1]) == group_versions(VERSIONS) == group_versions(VERSIONS[1:] + VERSIONS[:1])


def test_two_copies_in_one_source_are_not_versions_of_each_other():
    copy = Plan(VERSIONS[0].iri + "-2", VERSIONS[0].title, VERSIONS[0].source, "2015-03-01", VERSIONS[0].concepts)
    assert len(group_versions([VERSIONS[0], copy])) == 2


def _whole(plans: list[Plan]) -> set[tuple[str, str, str]]:
    return {link for group in group_versions(plans) for link in chain_links(group)}


def test_a_version_added_between_two_relinks_only_its_neighbours():
    before = [VERSIONS[1], VERSIONS[2], VERSIONS[3], OTHER]            # a, d, c, e
    stored = _whole(before)
    after = {p.iri: p for p in [*before, VERSIONS[0]]}                  # b arrives, circulated between a and c
    withdrawn, added, _ = relink(after, {p.iri: p for p in before}, groups_of(stored), {VERSIONS[0].source})
    assert _same_work(withdrawn - added) == [("a", "c"), ("c", "a")]
    assert (stored - withdrawn) | added == _whole(list(after.values()))


def test_removing_the_middle_version_joins_its_neighbours():
    stored = _whole([*VERSIONS, OTHER])
    after = {p.iri: p for p in [*VERSIONS, OTHER] if p.source[-1] != "b"}
    withdrawn, added, _ = relink(after, {p.iri: p for p in [*VERSIONS, OTHER]}, groups_of(stored), {VERSIONS[0].source})
    assert _same_work(added - withdrawn) == [("a", "c"), ("c", "a")]
    assert (stored - withdrawn) | added == _whole(list(after.values()))
    assert not any("/b/" in s or "/b/" in o for s, _, o in (stored - withdrawn) | added)


def test_a_priority_missing_from_the_middle_version_links_to_the_nearest_earlier_version_that_has_it():
    middle = _plan("b", "2015-03-01", wordings=WORDINGS[:2])
    close = {(s.split("/")[-4], s[-1], o.split("/")[-4], o[-1])
             for s, link, o in chain_links([VERSIONS[1], middle, VERSIONS[3]]) if link == "closeMatch"}
    assert ("c", "3", "a", "3") in close and ("c", "3", "b", "3") not in close
    assert ("c", "1", "b", "1") in close and ("c", "1", "a", "1") not in close


def test_copies_of_a_version_in_many_packs_link_a_returning_priority_to_its_nearest_earlier_wording():
    """Twenty copies of the middle version (a pack copied year after year) lack the third priority: the last
    version's third priority still meets the first version's, its first priority only the nearest copy."""
    first = _plan("a", "2014-01-10")
    copies = [_plan(f"m{year}", f"{year}-03-01", wordings=WORDINGS[:2]) for year in range(2015, 2035)]
    last = _plan("z", "2040-01-01")
    close = {(s.split("/")[-4], s[-1], o.split("/")[-4], o[-1])
             for s, link, o in chain_links([last, *copies, first]) if link == "closeMatch"}
    assert ("z", "3", "a", "3") in close and ("z", "1", "m2034", "1") in close
    assert {(s, i) for s, i, o, _ in close if o == "a"} == {("m2015", "1"), ("m2015", "2"), ("z", "3")}
    assert len(close) == 2 * (2 * len(copies) + 3)   # both ways: each copy's two priorities to the version before, z's three


def test_a_relink_keeps_the_groups_the_links_chain_and_withdraws_exactly_the_links_held():
    """Only groups are kept between changes: the links a relink withdraws are the ones the plans before
    were linked with (made again from those plans), and the groups it returns are those the links now chain."""
    before = {p.iri: p for p in [VERSIONS[1], VERSIONS[3], OTHER]}                 # a and c: one group
    stored = _whole(list(before.values()))
    after = {**before, VERSIONS[0].iri: VERSIONS[0], VERSIONS[2].iri: VERSIONS[2]}   # b and d arrive
    withdrawn, added, groups = relink(after, before, groups_of(stored), {VERSIONS[0].source, VERSIONS[2].source})
    assert withdrawn == stored and withdrawn - added     # a -> c gave way to a -> b -> c -> d
    assert (stored - withdrawn) | added == _whole(list(after.values()))
    assert sorted(map(sorted, groups)) == sorted(map(sorted, groups_of(_whole(list(after.values())))))
    assert [sorted(group) for group in groups] == [sorted(p.iri for p in VERSIONS)]
    untouched = {OTHER.iri: OTHER, VERSIONS[1].iri: VERSIONS[1], VERSIONS[3].iri: VERSIONS[3]}
    lone = _plan("f", "2019-01-01", title="Library Opening Hours", wordings=("the library opens on sundays",))
    withdrawn, added, groups = relink({**untouched, lone.iri: lone}, untouched, groups_of(stored), {lone.source})
    assert not withdrawn and not added and groups == groups_of(stored)   # a lone new plan touches no group
