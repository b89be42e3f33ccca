"""Score extraction output against gold corpora in the gold format (docs/gold-format.md).

``score_record`` compares one prediction dict with one gold record; ``evaluate`` runs a
parser over corpus files and returns a :class:`Report`. The scoring core is pure and
imports no extractor at import time (document-level casualty scores load the library's rule
for a story's figures when first needed), so it can also score other libraries' output.
"""

from newsparse.evaluation.corpora import (
    CorpusError,
    corpus_files,
    corpus_name,
    read_records,
    resolve_corpora_dir,
)
from newsparse.evaluation.report import (
    PRF,
    CasualtyScore,
    CorpusReport,
    DatelineScore,
    Miss,
    MoneyScore,
    QuoteScore,
    Ratio,
    Report,
)
from newsparse.evaluation.runner import empty_parse, evaluate, evaluate_records
from newsparse.evaluation.scoring import (
    RecordScore,
    score_casualties,
    score_dateline,
    score_money,
    score_quotes,
    score_record,
)

__all__ = [
    "PRF",
    "CasualtyScore",
    "CorpusError",
    "CorpusReport",
    "DatelineScore",
    "Miss",
    "MoneyScore",
    "QuoteScore",
    "Ratio",
    "RecordScore",
    "Report",
    "corpus_files",
    "corpus_name",
    "empty_parse",
    "evaluate",
    "evaluate_records",
    "read_records",
    "resolve_corpora_dir",
    "score_casualties",
    "score_dateline",
    "score_money",
    "score_quotes",
    "score_record",
]
