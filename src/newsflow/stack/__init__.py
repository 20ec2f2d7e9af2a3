"""Local stack: real Kafka and PostgreSQL servers that newsflow starts by itself."""
