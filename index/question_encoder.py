"""Questions embedded without torch: the embedding model exported to ONNX at ingest (see
:mod:`index.onnx_export`) runs under onnxruntime, fed by the model's own fast tokenizer.

Importing torch and sentence-transformers costs seconds, more than the rest of a cold ``kg ask``;
onnxruntime and ``tokenizers`` load in a fraction of that and give the same vectors (the export
holds the model's pooling and normalisation, so its output is the sentence embedding itself).
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

FOLDER = "question_encoder"       # inside an index folder
MODEL_FILE = "model.onnx"
WEIGHTS_FILE = "model.onnx.data"  # the weights beside the graph: onnxruntime maps them instead of copying
TOKENIZER_FILE = "tokenizer.json"
SETTINGS_FILE = "encoder.json"    # model id, token limit, padding id, the inputs the model takes
FILES = (MODEL_FILE, WEIGHTS_FILE, TOKENIZER_FILE, SETTINGS_FILE)
INPUTS = ("input_ids", "attention_mask", "token_type_ids")   # all a model may take, in this order
OUTPUT = "sentence_embedding"


class QuestionEncoder:
    """Normalised sentence embeddings from an exported model folder, one thread per call."""

    def __init__(self, folder: Path) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        settings = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
        self.model_id: str = settings["model"]
        self.pad_id: int = settings["pad_id"]
        self.inputs: list[str] = settings["inputs"]
        self.tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(settings["max_tokens"])
        options = onnxruntime.SessionOptions()
        # a dozen tokens gain nothing from a second thread, which stalls when the CPU is busy
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        # the export was optimised once when it was written; optimising again on every load costs time
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
        self.session = onnxruntime.InferenceSession(str(folder / MODEL_FILE), options,
                                                    providers=["CPUExecutionProvider"])

    @classmethod
    def load(cls, folder: Path, model_id: str) -> QuestionEncoder | None:
        """The encoder exported into ``folder`` for ``model_id``; None when there is none (an index
        built before exports existed) or it is of another model, so the caller falls back."""
        if not all((folder / name).is_file() for name in FILES):
            return None
        encoder = cls(folder)
        return encoder if encoder.model_id == model_id else None

    def encode(self, texts: list[str]) -> np.ndarray:
        """One row per text, unit length, float32: the vectors sentence-transformers gives."""
        encodings = self.tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        batch = {name: np.zeros((len(texts), width), dtype=np.int64) for name in INPUTS}
        batch["input_ids"].fill(self.pad_id)
        for row, encoding in enumerate(encodings):
            size = len(encoding.ids)
            batch["input_ids"][row, :size] = encoding.ids
            batch["attention_mask"][row, :size] = encoding.attention_mask
            batch["token_type_ids"][row, :size] = encoding.type_ids
        (vectors,) = self.session.run([OUTPUT], {name: batch[name] for name in self.inputs})
        return vectors.astype(np.float32)
