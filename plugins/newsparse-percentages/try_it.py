"""Tutorial step 4: run the extractor in-process, unpackaged.

``PYTHONPATH=src python try_it.py``
"""

from newsparse import Document
from newsparse.pipeline import Pipeline

from newsparse_percentages import PercentageExtractor

pipeline = Pipeline.build([PercentageExtractor()])
document = pipeline.run(Document("Inflation rose 3.5% in May, up 0.4 percentage points."))
for finding in document.of("percentages"):
    print(finding.text, finding.value, finding.points)
