"""Imported once per ingest run by the extraction workers' fork server (`ingest.loader.
start_workers`): loads the extractor and runs it on one short article, so the named rules
are loaded, their patterns compiled and dateparser set up before the workers fork from it,
instead of once in every worker."""

import datetime

from ingest.extract import extract_or_error
from ingest.records import ParsedArticle

WARM_UP = ParsedArticle(
    filename="warm-up",
    text="Jane Roe has left Acme Labs to join Globex AI as chief scientist, she said last week.",
    published=datetime.date(2024, 6, 1),
)

extract_or_error(WARM_UP)
