"""Namespaces and the ontology/shape files of council-kg."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD

CKG = Namespace("https://w3id.org/council-kg/ns#")
ID = Namespace("https://w3id.org/council-kg/id/")
BESLUIT = Namespace("http://data.vlaanderen.be/ns/besluit#")
MANDAAT = Namespace("http://data.vlaanderen.be/ns/mandaat#")
SCHEMA = Namespace("http://schema.org/")

ONTOLOGY_FILE = Path(__file__).with_name("council.ttl")
SHAPES_FILE = Path(__file__).with_name("shapes.ttl")

PREFIXES: dict[str, Namespace] = {
    "ckg": CKG, "id": ID, "besluit": BESLUIT, "mandaat": MANDAAT, "schema": SCHEMA,
    "dct": Namespace(str(DCTERMS)), "foaf": Namespace(str(FOAF)), "org": Namespace(str(ORG)),
    "prov": Namespace(str(PROV)), "skos": Namespace(str(SKOS)), "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)), "xsd": Namespace(str(XSD)),
}

SPARQL_PREFIXES = "\n".join(f"PREFIX {name}: <{ns}>" for name, ns in PREFIXES.items()) + "\n"


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes so serialisations read well."""
    for name, ns in PREFIXES.items():
        graph.bind(name, ns, override=True, replace=True)
    return graph


def load_ontology() -> Graph:
    return bind_prefixes(Graph().parse(ONTOLOGY_FILE))


def load_shapes() -> Graph:
    return Graph().parse(SHAPES_FILE)
