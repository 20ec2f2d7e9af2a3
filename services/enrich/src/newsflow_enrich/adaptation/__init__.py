"""Adapting en_core_web_sm's `ner` to newsflow's gold (eval/entities/dev): the training
spans, the training, and the fold measurement. No broker, database or network."""
