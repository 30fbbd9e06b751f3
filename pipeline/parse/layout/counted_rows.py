"""A table row its own numbering counts among the summits.

'| 13 | 2018 | 27–28 नवंबर | जिनेवा | स्विट्ज़रलैंड | सुधारों की मंत्रिस्तरीय समीक्षा |' in a table whose
क्रमांक column numbers every summit from 1 to 14: the remark says what the meeting did (reviewed
reforms at ministers' level), and the row's number, with rows 12 and 14 around it, says the table
counts it as the series' thirteenth meeting. Its remarks alone do not take it out of the list.
A row at the end of the numbering, or in a table that does not number every summit, is still
judged by its remarks.
"""

from __future__ import annotations

from pipeline.parse.layout.pipe_tables import RowProblem, TableRow


def counted_in_sequence(row: TableRow, rows: list[TableRow | RowProblem], numbered: bool) -> bool:
    """Whether `row` is a held row the table's every-summit numbering counts between two other
    numbered held rows (the numbers before and after it are its neighbours)."""
    if not numbered or row.number is None or row.status != "held":
        return False
    numbers = {r.number for r in rows if isinstance(r, TableRow) and r.status == "held" and r is not row}
    return row.number - 1 in numbers and row.number + 1 in numbers
