"""The tokenizer's lemmatizer reads simplemma's dictionary from a cache once decoded: the lemmas are exactly
simplemma's, whether the cache is missing, present or damaged."""
from __future__ import annotations

import re

import simplemma

from index.lemmas import lemmatizer

WORDS = sorted(set(re.findall(r"[a-z]+", """The panel resolved that the children's services were recruiting more
foster carers; we spoke to the leading officers, who led reviews of the commissioning strategies and agreed
priorities. Mice, geese, better, was, were, has, having, councillors, meetings, minutes, analyses, criteria.""".lower())))


def test_cached_lemmas_are_simplemmas_own_before_and_after_the_cache_is_written(tmp_path):
    expected = [simplemma.lemmatize(word, lang="en") for word in WORDS]
    assert expected != WORDS   # the sample has words whose lemma differs
    first = lemmatizer(tmp_path)
    assert [first.lemmatize(word, lang="en") for word in WORDS] == expected
    cached = list(tmp_path.glob("simplemma-*-en.pickle"))
    assert len(cached) == 1 and not list(tmp_path.glob(".*.tmp"))
    assert [lemmatizer(tmp_path).lemmatize(word, lang="en") for word in WORDS] == expected
    cached[0].write_bytes(b"cut short")
    assert [lemmatizer(tmp_path).lemmatize(word, lang="en") for word in WORDS] == expected
    assert cached[0].stat().st_size > 1_000_000   # decoded and written again


def test_a_cache_folder_that_cannot_be_written_still_lemmatizes(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert lemmatizer(blocked / "cache").lemmatize("meetings", lang="en") == simplemma.lemmatize("meetings", lang="en")
