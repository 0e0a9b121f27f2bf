"""Versions of a plan are linked as a chain in circulation order, the same whatever order packs come in,
and a change relinks only the versions it touches."""
from __future__ import annotations

from kg.graph.plan_versions import Plan, PlanLinks, chain_links, group_versions, relink

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
    withdrawn, added = relink(after, PlanLinks.of(stored), {VERSIONS[0].source})
    assert _same_work(withdrawn - added) == [("a", "c"), ("c", "a")]
    assert (stored - withdrawn) | added == _whole(list(after.values()))


def test_removing_the_middle_version_joins_its_neighbours():
    stored = _whole([*VERSIONS, OTHER])
    after = {p.iri: p for p in [*VERSIONS, OTHER] if p.source[-1] != "b"}
    withdrawn, added = relink(after, PlanLinks.of(stored), {VERSIONS[0].source})
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


def test_the_links_filed_by_plan_after_a_relink_are_those_filed_afresh():
    """A relink withdraws and adds links in the filed copy: its index (links by plan, chained versions)
    must be the one filing the resulting links from scratch would make, and so must its groups."""
    held = PlanLinks.of(_whole([VERSIONS[1], VERSIONS[3], OTHER]))
    after = {p.iri: p for p in [VERSIONS[0], VERSIONS[1], VERSIONS[3], OTHER]}
    withdrawn, added = relink(after, held, {VERSIONS[0].source})
    held.withdraw(withdrawn)
    held.add(added)
    fresh = PlanLinks.of(_whole(list(after.values())))
    assert held == fresh and held.all() == _whole(list(after.values()))
    assert sorted(map(sorted, held.groups())) == [sorted(p.iri for p in VERSIONS if p.source[-1] != "d")]
