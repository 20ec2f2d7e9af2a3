"""`newsflow bench`: the enrichment core against the NER ceiling, the whole pipeline with
one and two enrich workers, latency, the store, ingest, memory and event size, in one run
on a stack of its own (docs/performance.md)."""
