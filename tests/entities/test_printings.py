"""People and organisations resolve over printings (each name once per source and way it is printed, with
counts and roles) rather than over every mention: the aggregate must keep all resolution reads of the
mentions, and resolving it must not depend on the order its sources come in."""
from __future__ import annotations

from datetime import date

from kg.entities.organisations import (
    EmployerMention,
    across_sources,
    org_printings_of,
    resolve_org_printings,
)
from kg.entities.people import (
    INITIALS,
    NAME,
    POST,
    RoleRecord,
    printings_of,
    resolve_people,
    resolve_printings,
)
from kg.graph.entities_bridge import EntityIndex, PackEntities, dated_mentions
from kg.loaders import load_pack
from kg.model import OrganisationMention, PersonMention, Span

MAY, JUNE = date(2031, 5, 14), date(2031, 6, 11)


def test_mentions_of_one_name_in_one_source_are_one_printing_with_count_roles_and_declared_initials():
    mentions = [PersonMention("Lorraine Dale (LD)", Span("a.txt", 3, 3), role="Head of Inclusion"),
                PersonMention("Lorraine  Dale", Span("a.txt", 9, 9), role="Head of Inclusion"),
                PersonMention("Lorraine Dale", Span("a.txt", 12, 12), role="Head of Inclusion"),
                PersonMention("Lorraine Dale", Span("b.txt", 4, 4)),
                PersonMention("LD", Span("a.txt", 20, 20)),
                PersonMention("The Strategic Director", Span("a.txt", 7, 7), role="The Strategic Director")]
    printings, members = printings_of(mentions, [MAY, MAY, JUNE, JUNE, MAY, MAY])
    assert [(p.source, p.kind, p.form, p.post, p.count, set(p.declared)) for p in printings] == [
        ("a.txt", NAME, "Lorraine Dale", "", 3, {"LD"}), ("b.txt", NAME, "Lorraine Dale", "", 1, set()),
        ("a.txt", INITIALS, "LD", "", 1, set()),
        ("a.txt", POST, "The Strategic Director", "strategic director", 1, set())]
    # a role once per date, the first printing of it kept (its line)
    assert printings[0].roles == (RoleRecord("Head of Inclusion", None, "a.txt", 3, 3, MAY),
                                  RoleRecord("Head of Inclusion", None, "a.txt", 12, 12, JUNE))
    assert members == [[0, 1, 2], [3], [4], [5]]


def test_organisation_printings_keep_acronym_and_employer_wording_apart():
    mentions = [OrganisationMention("Clinical Commissioning Group", Span("a.txt", 1, 1), "CCG"),
                OrganisationMention("Clinical Commissioning Group", Span("a.txt", 5, 5), "CCG"),
                OrganisationMention("Clinical Commissioning Group", Span("a.txt", 6, 6)),
                EmployerMention("Clinical Commissioning Group", Span("a.txt", 8, 8), "CCG",
                                "Clinical Commissioning Group (CCG)"),
                OrganisationMention("CCG", Span("b.txt", 2, 2))]
    printings, _ = org_printings_of(mentions)
    assert [(p.source, p.name, p.acronym, p.employer, p.count) for p in printings] == [
        ("a.txt", "Clinical Commissioning Group", "CCG", "", 2), ("a.txt", "Clinical Commissioning Group", None, "", 1),
        ("a.txt", "Clinical Commissioning Group", "CCG", "Clinical Commissioning Group (CCG)", 1),
        ("b.txt", "CCG", None, "", 1)]
    (ccg,) = resolve_org_printings(printings, [])
    assert ccg.name == "Clinical Commissioning Group" and ccg.acronyms == ["CCG"] and len(ccg.printings) == 4


def _people(clusters, ordered: bool = True) -> list[tuple]:
    """What the graph says of each cluster (its evidence is a set of facts there: ``ordered`` or not)."""
    return sorted((c.name, tuple(c.variants), tuple(c.evidence if ordered else sorted(c.evidence)), tuple(c.roles),
                   tuple(sorted(c.sources))) for c in clusters)


def test_resolving_the_packs_printings_equals_resolving_their_mentions_in_any_pack_order(corpus_files):
    """Every bundled pack (one council: posts, initials, surname-only forms, spelling slips across packs)."""
    packs = [load_pack(path) for path in corpus_files]
    index = EntityIndex.from_packs(packs)
    people = [(m, day) for pack in packs for m, day in dated_mentions(pack) if isinstance(m, PersonMention)]
    mentions, dates = [m for m, _ in people], [day for _, day in people]
    by_mentions = resolve_people(mentions, dates)
    assert len(by_mentions) > 100
    entities = [PackEntities.of(pack) for pack in packs]
    assert _people(resolve_printings([p for pack in entities for p in pack.people])) == _people(by_mentions)
    for order in (entities[::-1], entities[2:] + entities[:2]):
        assert _people(resolve_printings([p for pack in order for p in pack.people]), False) == _people(by_mentions, False)
    # and every mention maps to the person its cluster of mentions is
    cluster_of = {id(m): cluster for cluster in by_mentions for m in cluster.mentions}
    assert all(index.person(m) == index.person(cluster_of[id(m)].mentions[0]) for m in mentions)
    reversed_index = EntityIndex(entities[::-1])
    assert all(reversed_index.person(m) == index.person(m) for m in mentions)
    assert [reversed_index.signature(e) for e in entities] == [index.signature(e) for e in entities]



def test_organisations_resolve_alike_over_names_counted_across_sources():
    """Names and counts decide an organisation's name and acronyms: "Youth Justice Service" is printed 3 times
    in all, more than "The Youth Justice Service" (2), though one pack prints the latter more."""
    mentions = [OrganisationMention("The Youth Justice Service", Span("a.txt", 1, 1), "YJS"),
                OrganisationMention("The Youth Justice Service", Span("a.txt", 2, 2)),
                OrganisationMention("Youth Justice Service", Span("a.txt", 3, 3)),
                OrganisationMention("Youth Justice Service", Span("b.txt", 1, 1)),
                OrganisationMention("Youth Justice Service", Span("c.txt", 4, 4)),
                OrganisationMention("YJS", Span("c.txt", 5, 5)),
                EmployerMention("Youth Justice Service", Span("c.txt", 6, 6), None, "Youth Justice Service")]
    printings, _ = org_printings_of(mentions)
    counted = across_sources(printings)
    assert [(p.source, p.name, p.acronym, p.employer, p.count) for p in counted] == [
        ("", "The Youth Justice Service", "YJS", "", 1), ("", "The Youth Justice Service", None, "", 1),
        ("", "Youth Justice Service", None, "", 3), ("", "YJS", None, "", 1),
        ("", "Youth Justice Service", None, "Youth Justice Service", 1)]
    by_name = [(c.name, c.acronyms, c.variants) for c in resolve_org_printings(counted, [])]
    assert by_name == [(c.name, c.acronyms, c.variants) for c in resolve_org_printings(printings, [])]
    assert by_name == [("Youth Justice Service", ["YJS"], ["The Youth Justice Service", "YJS", "Youth Justice Service"])]


def _pack(source: str, *names: str, role: str | None = None) -> PackEntities:
    mentions = [PersonMention(name, Span(source, line, line), role=role) for line, name in enumerate(names, 1)]
    return PackEntities(source, printings_of(mentions, [MAY] * len(mentions))[0], [], {}, ["Cabinet"], "Anyshire")


def test_a_packs_signature_changes_when_its_printings_resolve_to_another_person_and_only_then():
    pym = _pack("a.txt", "Councillor Pym", "Dr Ines Okafor", role="Cabinet Member")
    alone = EntityIndex([pym]).signature(pym)
    # another pack names the councillor: "Councillor Pym" is now Tom Pym, so its facts (and roles) change
    assert EntityIndex([pym, _pack("b.txt", "Councillor Tom Pym")]).signature(pym) != alone
    # a pack naming other people changes nothing of it
    assert EntityIndex([pym, _pack("c.txt", "Jo Hale", "Councillor Ray Lund")]).signature(pym) == alone
