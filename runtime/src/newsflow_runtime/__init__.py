"""What every newsflow stage shares at run time, once: Kafka plumbing, dead letters, retries,
health, logging, metrics and tracing. The event contracts stay in newsflow_schemas."""
