"""Search folding: what a typed query turns into."""

from __future__ import annotations

from planner.core.text_fold import fold, search_words


def test_case_and_diacritics_are_folded_the_same_way_for_text_and_query() -> None:
    assert fold("Myöhässä ÄITI Crème") == "myohassa aiti creme"
    assert search_words("MYOHASSA, äiti!") == ["myohassa", "aiti"]


def test_punctuation_and_underscores_alone_are_no_words() -> None:
    assert search_words("_ - ** ()") == []
    assert search_words("kiitos_x") == ["kiitos_x"]
