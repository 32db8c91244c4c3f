"""The table format's lines for dates and figures (filled by later components)."""

from __future__ import annotations

from cnnews_nlp import DateMention, Document, Figure
from cnnews_nlp.cli import format_table


def test_figures_and_dates_lines() -> None:
    text = "2022年底约8万多名，3至5亿元"
    doc = Document(
        text=text,
        figures=[
            Figure("8万多名", 7, 11, "count", 80000, 90000, "名", True),
            Figure("3至5亿元", 12, 17, "money", 300000000, 500000000, "CNY"),
        ],
        dates=[
            DateMention("2022年底", 0, 6, "2022-10-01", "2022-12-31", "year"),
            DateMention("年底", 4, 6, None, None, "year", True),
        ],
    )
    table = format_table(doc, "t")
    assert "Dates (2)" in table and "Figures (2)" in table
    assert "2022年底 → 2022-10-01..2022-12-31 (year)" in table
    assert "年底 (unresolved)" in table
    assert "8万多名 = ≈80,000–90,000 名 (count)" in table
    assert "3至5亿元 = 300,000,000–500,000,000 CNY (money)" in table
