"""newsflow ingest: articles from files and HTTP in, RawArticle events out."""
