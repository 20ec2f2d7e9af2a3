"""Default topic names. Deployments may override them through each service's settings."""

RAW_TOPIC = "newsflow.articles.raw.v1"
ENRICHED_TOPIC = "newsflow.articles.enriched.v1"
DEAD_LETTER_TOPIC = "newsflow.articles.dead-letter.v1"
