"""The embedding model exported to ONNX at ingest, while torch is loaded anyway, so questions can be
embedded without it (see :mod:`index.question_encoder`).

The export runs once per model: it is kept under the store's cache in a folder named by a digest of
the model's files and the export settings, and each index folder gets hard links to it (a copy where
links are not possible), so an index is complete on its own and costs no extra space.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from index.question_encoder import (
    FILES,
    FOLDER,
    INPUTS,
    MODEL_FILE,
    OUTPUT,
    SETTINGS_FILE,
    TOKENIZER_FILE,
    WEIGHTS_FILE,
)

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

EXPORT_VERSION = 3   # bumped when what is exported changes, so older exports are not reused
OPSET = 17


def model_digest(model_path: Path) -> str:
    """A digest of every file of the model folder (weights, configs, vocabulary) and the export settings."""
    digest = hashlib.sha256(f"export {EXPORT_VERSION} opset {OPSET}".encode())
    for path in sorted(p for p in model_path.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(model_path)).encode())
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:24]


def export_model(model: SentenceTransformer, model_id: str, folder: Path) -> None:
    """Write ``model`` (a loaded SentenceTransformer) as ONNX with its tokenizer and settings into ``folder``.

    The graph takes token ids, attention mask and (for models that have them) token types with any batch
    size and length and returns the pooled, normalised sentence embedding, so no torch-side step is left
    to redo."""
    import onnx
    import onnxruntime
    import torch

    class SentenceEmbedding(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *tensors):
            return self.model(dict(zip(inputs, tensors)))[OUTPUT]

    # two texts of different lengths, so the traced graph applies the padding mask
    sample = model.tokenizer(["a short text", "a somewhat longer text to make the batch need padding"],
                             padding=True, return_tensors="pt")
    inputs = [name for name in INPUTS if name in sample]
    raw = folder / f".raw-{MODEL_FILE}"
    dynamic = {name: {0: "batch", 1: "tokens"} for name in inputs} | {OUTPUT: {0: "batch"}}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")      # the tracer's notes on padding branches: the export is checked by tests
        torch.onnx.export(SentenceEmbedding().eval(), tuple(sample[name] for name in inputs), str(raw),
                          input_names=inputs, output_names=[OUTPUT], dynamic_axes=dynamic,
                          opset_version=OPSET, dynamo=False)
    # optimise once here (basic, hardware-independent rewrites), so loading at question time need not
    optimised = folder / f".optimised-{MODEL_FILE}"
    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_BASIC
    options.optimized_model_filepath = str(optimised)
    onnxruntime.InferenceSession(str(raw), options, providers=["CPUExecutionProvider"])
    onnx.save_model(onnx.load(str(optimised)), str(folder / MODEL_FILE), save_as_external_data=True,
                    all_tensors_to_one_file=True, location=WEIGHTS_FILE, size_threshold=1024)
    raw.unlink()
    optimised.unlink()
    model.tokenizer.backend_tokenizer.save(str(folder / TOKENIZER_FILE))
    settings = {"model": model_id, "max_tokens": int(model.max_seq_length), "pad_id": int(model.tokenizer.pad_token_id),
                "inputs": inputs}
    (folder / SETTINGS_FILE).write_text(json.dumps(settings), encoding="utf-8")


def exported(model: SentenceTransformer, model_path: str, model_id: str, cache_dir: Path) -> Path:
    """The folder holding the export of the model at ``model_path``, exporting it first if no earlier
    ingest has. The folder appears whole or not at all; older exports are dropped from the cache."""
    target = cache_dir / "onnx" / model_digest(Path(model_path))
    if target.is_dir():
        return target
    scratch = target.with_name(f".{uuid.uuid4().hex[:8]}")
    scratch.mkdir(parents=True)
    try:
        export_model(model, model_id, scratch)
        os.replace(scratch, target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for older in target.parent.iterdir():   # exports of other weights or settings; indexes keep their links
        if older != target:
            shutil.rmtree(older, ignore_errors=True)
    return target


def add_question_encoder(model: SentenceTransformer, model_path: str, model_id: str, cache_dir: Path | None,
                         index_folder: Path) -> None:
    """Put the ONNX export of the model into ``index_folder``: links to the export cached under
    ``cache_dir``, or without a cache an export of its own."""
    target = index_folder / FOLDER
    target.mkdir(parents=True, exist_ok=True)
    if cache_dir is None:
        export_model(model, model_id, target)
        return
    source = exported(model, model_path, model_id, cache_dir)
    for name in FILES:
        try:
            os.link(source / name, target / name)
        except OSError:
            shutil.copy2(source / name, target / name)
