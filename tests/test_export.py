"""`kg export` writes the same text for the same graph, whatever the hash seed of the process."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from rdflib import Graph


def export(store: str, fmt: str, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "export", "--format", fmt,
                           "--store", store], env=env, capture_output=True, text=True, timeout=300, check=True)
    return done.stdout


@pytest.mark.parametrize("fmt, rdf_format", [("nt", "nt"), ("jsonld", "json-ld"), ("ttl", "turtle")])
def test_an_export_does_not_depend_on_the_hash_seed(cypp_kg, fmt, rdf_format):
    store = str(cypp_kg.store.root)
    first, second = export(store, fmt, "1"), export(store, fmt, "2")
    assert first == second
    assert len(Graph().parse(data=first, format=rdf_format)) == len(cypp_kg.graph)


def test_n_triples_come_sorted_and_json_ld_nodes_by_id(cypp_kg):
    lines = cypp_kg.export("nt").splitlines()
    assert lines == sorted(lines) and len(lines) == len(cypp_kg.graph)
    ids = [node["@id"] for node in json.loads(cypp_kg.export("jsonld"))]
    assert ids == sorted(ids)
