from newsflow_schemas import article_id, canonical_url


def test_canonical_url_drops_fragment_tracking_and_host_case() -> None:
    assert canonical_url("HTTPS://News.Example.com/a/b/?utm_source=x&id=2#top") == (
        "https://news.example.com/a/b?id=2"
    )


def test_same_url_gives_same_id_whatever_the_text() -> None:
    first = article_id(url="https://example.com/story?utm_medium=rss", title="A", body="x")
    second = article_id(url="https://example.com/story/", title="B", body="y")
    assert first == second


def test_without_url_the_id_folds_case_and_spacing_but_not_words() -> None:
    base = article_id(url=None, title="Storm hits coast", body="Winds rose.")
    assert article_id(url=None, title="storm  hits\u00a0coast ", body="Winds rose.") == base
    assert article_id(url=None, title="Storm hits coast", body="Winds fell.") != base


def test_ids_are_32_hex_characters() -> None:
    value = article_id(url=None, title="t", body="b")
    assert len(value) == 32
    int(value, 16)
