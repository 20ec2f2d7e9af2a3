"""Alias keys are the store's join keys: the same article must give the same keys in the
same order on every run, whatever the interpreter's hash seed."""

import json
import subprocess
import sys
from collections import Counter

from newsflow_enrich.domain.linking.alias_keys import person_keys

# Two full names of the same length: a Hungarian name written in both orders.
FORMS = ["Attila Kiss", "Kiss Attila", "Kiss"]
PROGRAM = (
    "import json, sys\n"
    "from collections import Counter\n"
    "from newsflow_enrich.domain.linking.alias_keys import person_keys\n"
    "print(json.dumps(person_keys(json.loads(sys.argv[1]), Counter())))\n"
)


def test_the_full_name_the_article_writes_first_leads() -> None:
    assert person_keys(FORMS, Counter())[0] == "PERSON:attila kiss"
    assert person_keys(["Kiss Attila", "Attila Kiss"], Counter())[0] == "PERSON:kiss attila"


def test_keys_do_not_depend_on_the_hash_seed() -> None:
    outputs = {
        subprocess.run(
            [sys.executable, "-c", PROGRAM, json.dumps(FORMS)],
            env={"PYTHONHASHSEED": str(seed), "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(8)
    }
    assert len(outputs) == 1, outputs
