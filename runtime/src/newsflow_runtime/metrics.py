"""The metrics every stage exports. Dashboards and alert rules are written against these
names and labels, which makes them a contract across services like the events are.

Labels stay low-cardinality: stage, outcome, reason, topic and partition, never ids."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512)

TopicPartitionKey = tuple[str, int]


@dataclass(frozen=True)
class StageMetrics:
    stage: str
    processed: Counter
    processing_seconds: Histogram
    batch_size: Histogram
    dead_letters: Counter
    last_error: Gauge
    retries: Counter
    stuck: Gauge

    @classmethod
    def create(
        cls, registry: CollectorRegistry, stage: str, dead_letter_reasons: Sequence[str] = ()
    ) -> StageMetrics:
        metrics = cls(
            stage=stage,
            processed=Counter(
                "newsflow_articles_processed_total",
                "Articles handled by a stage, by outcome.",
                ["stage", "outcome"],
                registry=registry,
            ),
            processing_seconds=Histogram(
                "newsflow_processing_seconds",
                "Time a stage spent on one batch.",
                ["stage"],
                buckets=LATENCY_BUCKETS,
                registry=registry,
            ),
            batch_size=Histogram(
                "newsflow_batch_size",
                "Articles per batch handled by a stage.",
                ["stage"],
                buckets=BATCH_BUCKETS,
                registry=registry,
            ),
            dead_letters=Counter(
                "newsflow_dead_letters_total",
                "Messages sent to the dead-letter topic, by stage and reason.",
                ["stage", "reason"],
                registry=registry,
            ),
            last_error=Gauge(
                "newsflow_last_error_timestamp_seconds",
                "Unix time of the last failure a stage met, by reason.",
                ["stage", "reason"],
                registry=registry,
            ),
            retries=Counter(
                "newsflow_retries_total",
                "Operations a stage retried after a transient failure, by operation.",
                ["stage", "operation"],
                registry=registry,
            ),
            stuck=Gauge(
                "newsflow_stage_stuck",
                "1 while the stage has work past its deadline: a retry for too long, a hung call.",
                ["stage"],
                registry=registry,
            ),
        )
        # Known reasons start at zero, so the first dead letter is an increase that
        # rate() and the alert see, rather than a new series that starts at one.
        for reason in dead_letter_reasons:
            metrics.dead_letters.labels(stage=stage, reason=reason)
        return metrics

    def count(self, outcome: str, amount: int = 1) -> None:
        self.processed.labels(stage=self.stage, outcome=outcome).inc(amount)

    def dead_lettered(self, reason: str) -> None:
        self.dead_letters.labels(stage=self.stage, reason=reason).inc()
        self.failed(reason)

    def failed(self, reason: str) -> None:
        """A failure worth telling an operator about, dead-lettered or retried."""
        self.last_error.labels(stage=self.stage, reason=reason).set_to_current_time()

    def retried(self, operation: str) -> None:
        self.retries.labels(stage=self.stage, operation=operation).inc()
        self.failed(f"{operation}_retried")

    def report_stuck(self, is_stuck: Callable[[], bool]) -> None:
        """Read at each scrape, so that the alert rules see what /readyz sees."""
        self.stuck.labels(stage=self.stage).set_function(lambda: float(is_stuck()))

    def batch_done(self, size: int, seconds: float) -> None:
        self.batch_size.labels(stage=self.stage).observe(size)
        self.processing_seconds.labels(stage=self.stage).observe(seconds)


def partition_lag(
    end_offsets: Mapping[TopicPartitionKey, int],
    committed: Mapping[TopicPartitionKey, int | None],
    beginning_offsets: Mapping[TopicPartitionKey, int],
) -> dict[TopicPartitionKey, int]:
    """Messages on each partition that the group has not committed yet. A partition the
    group never committed reads from its beginning (auto_offset_reset=earliest)."""
    lags: dict[TopicPartitionKey, int] = {}
    for tp, end in end_offsets.items():
        position = committed.get(tp)
        if position is None:
            position = beginning_offsets.get(tp, 0)
        lags[tp] = max(0, end - position)
    return lags


class ConsumerLag(Collector):
    """newsflow_consumer_lag{stage,topic,partition} for the partitions this process owns.

    Replaced whole on every refresh, so a partition handed to another worker disappears
    here instead of reporting a stale number next to its new owner's."""

    NAME = "newsflow_consumer_lag"
    HELP = "Messages on a partition not yet committed by the stage's consumer group."

    def __init__(self, registry: CollectorRegistry, stage: str) -> None:
        self._stage = stage
        self._lags: Mapping[TopicPartitionKey, int] = {}
        registry.register(self)

    def update(self, lags: Mapping[TopicPartitionKey, int]) -> None:
        self._lags = dict(lags)  # One reference swap: a concurrent scrape sees old or new.

    def total(self) -> int:
        return sum(self._lags.values())

    def describe(self) -> Iterable[GaugeMetricFamily]:
        return [self._family()]

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = self._family()
        for (topic, partition), lag in sorted(self._lags.items()):
            family.add_metric([self._stage, topic, str(partition)], lag)
        yield family

    def _family(self) -> GaugeMetricFamily:
        return GaugeMetricFamily(self.NAME, self.HELP, labels=["stage", "topic", "partition"])


def package_version(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "unknown"


def register_build_info(
    registry: CollectorRegistry, stage: str, service_version: str, model: str = ""
) -> Info:
    """newsflow_build_info{stage,version,model} 1: what is running where."""
    info = Info("newsflow_build", "The running newsflow service and model.", registry=registry)
    info.info({"stage": stage, "version": service_version, "model": model})
    return info
