"""Questions embedded by the ONNX export of the model: the same vectors as sentence-transformers,
exported once per model, and a whole `kg ask` that works with torch unimportable."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from index import Embedder  # noqa: E402
from index.question_encoder import FOLDER, MODEL_FILE, QuestionEncoder  # noqa: E402

TEXTS = ["who chaired the corporate parenting panel",
         "CAMHS",
         "What did the partnership resolve on the transition from child to adult mental health services in 2014?",
         "£1,777 raised; 60% of cases — see minute 241(2)",
         "a long paper " * 200]   # past the model's 256 tokens: both cut it at the same place

# a process in which importing torch (and so sentence-transformers) fails
NO_TORCH = "import sys; sys.modules['torch'] = None; from kg.cli import main; main()"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """An index folder given the question encoder, the export kept in a cache folder."""
    cache, index = tmp_path_factory.mktemp("cache"), tmp_path_factory.mktemp("index")
    embedder = Embedder(cache_dir=cache)
    embedder.add_question_encoder(index)
    return embedder, cache, index


@pytest.mark.slow
def test_onnx_vectors_equal_the_models(exported):
    embedder, _, index = exported
    encoder = QuestionEncoder.load(index / FOLDER, embedder.model_id)
    assert encoder is not None
    reference = embedder.model.encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    together = encoder.encode(TEXTS)   # one padded batch
    alone = np.vstack([encoder.encode([text]) for text in TEXTS])
    for vectors in (together, alone):
        assert vectors.shape == (len(TEXTS), 384) and vectors.dtype == np.float32
        assert np.all(np.sum(vectors * reference, axis=1) >= 0.9999)
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


@pytest.mark.slow
def test_the_model_is_exported_once_and_linked_into_each_index(exported, tmp_path):
    embedder, cache, index = exported
    (cached,) = (cache / "onnx").iterdir()
    assert os.path.samefile(cached / MODEL_FILE, index / FOLDER / MODEL_FILE)
    embedder.add_question_encoder(tmp_path)    # a later ingest: the cached export, not a new one
    assert [p.name for p in (cache / "onnx").iterdir()] == [cached.name]
    assert os.path.samefile(cached / MODEL_FILE, tmp_path / FOLDER / MODEL_FILE)


def test_no_export_means_no_encoder(tmp_path):
    assert QuestionEncoder.load(tmp_path / FOLDER, "some/model") is None


@pytest.mark.slow
def test_an_export_of_another_model_is_not_used(exported):
    _, _, index = exported
    assert QuestionEncoder.load(index / FOLDER, "another/model") is None


@pytest.mark.slow
def test_an_index_without_an_export_falls_back_to_the_model(tmp_path):
    embedder = Embedder(question_encoder_dir=tmp_path / FOLDER)   # an index built before exports
    vectors = embedder.encode_queries(TEXTS[:2])
    assert embedder.question_encoder is None
    assert np.allclose(vectors, embedder.model.encode(TEXTS[:2], normalize_embeddings=True), atol=1e-6)


def ask_json(store: str, code: str, question: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, "ask", "--json", question, "--store", store],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.mark.slow
def test_kg_ask_answers_without_torch_as_the_model_does(built_kg, tmp_path):
    question = "Who chaired the Corporate Parenting Panel in September 2016?"
    without = ask_json(str(built_kg.store.root), NO_TORCH, question)
    assert without["answerable"] and "Councillor Sansome" in without["answer"]
    # a store from before exports (a linked copy with the export taken out) answers through the model, the same
    old = tmp_path / "old-store"
    shutil.copytree(built_kg.store.root, old, copy_function=os.link)
    current = (old / "CURRENT").read_text().strip()
    shutil.rmtree(old / current / "index" / FOLDER)
    assert ask_json(str(old), "from kg.cli import main; main()", question) == without
