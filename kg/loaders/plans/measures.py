"""Baseline, target and current figures printed in a plan's milestone and its updates."""
from __future__ import annotations

import re

from kg.model import Measure, SourceText, Span

_NUMBER = r"[£]?\d[\d,]*(?:\.\d+)?\s*%?"
_PERIOD = r"(?:19|20)\d\d\s*[/-]\s*(?:19|20)?\d\d|\d\d/\d\d"
_BASELINE = re.compile(rf"\bbaseline\s*(?:of|is|was|:|-|–)?\s*(?:\(?({_PERIOD})\)?\s*[-–:]?\s*)?({_NUMBER})(?:\s*[-–(]?\s*({_PERIOD}))?", re.I)
_TARGET = re.compile(rf"\btarget\s*(?:of|is|:|-|–)?\s*({_NUMBER})(?:\s*[-–(]?\s*({_PERIOD}))?", re.I)
_CURRENT = re.compile(rf"\b(?:current(?:\s+\w+)?\s+(?:figure|position|value|performance|rate)|actual\s+(?:figure|performance)|"
                      rf"currently\s+at)\s*(?:is|of|:|-|–)?\s*({_NUMBER})(?:\s*\(?({_PERIOD})\)?)?", re.I)

# Head words that end an organisation's name ("Crown Prosecution Service", "Youth Offending Teams").

def measures_in(label: str, texts: list[tuple[str, Span]], source: SourceText) -> list[Measure]:
    """Baseline, target and current figures printed in a milestone and its updates."""
    found: dict[str, tuple[str, str | None]] = {}
    spans: list[Span] = []
    for text, span in texts:
        for kind, pattern in (("baseline", _BASELINE), ("target", _TARGET), ("current", _CURRENT)):
            match = pattern.search(text)
            if match and kind not in found:
                groups = [g for g in match.groups()]
                if kind == "baseline":
                    value, period = groups[1], groups[2] or groups[0]
                else:
                    value, period = groups[0], groups[1]
                found[kind] = (" ".join(value.split()), " ".join(period.split()) if period else None)
                spans.append(span)
    if not found:
        return []
    value = lambda kind: found.get(kind, (None, None))[0]
    period = found.get("target", found.get("baseline", (None, None)))[1]
    span = source.span(min(s.start for s in spans), max(s.end for s in spans))
    return [Measure(label, span, value("baseline"), value("target"), value("current"), period)]


