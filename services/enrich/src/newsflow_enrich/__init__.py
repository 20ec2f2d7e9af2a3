"""newsflow enrich: named entities and sentiment for every article."""
