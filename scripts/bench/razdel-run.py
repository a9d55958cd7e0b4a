"""Child process of `npm run bench`: razdel, the Python reference segmenter,
tokenizing and sentenizing the benchmark texts (a JSON file of strings, the
first argument) pass after pass in a fresh process, as scripts/bench/pass-run.ts
does for rech. razdel is found through PYTHONPATH (../shared/peers).
Prints one line of JSON in pass-run.ts's shape."""
import json
import resource
import sys
import time

started = time.perf_counter()
from razdel import sentenize, tokenize  # noqa: E402

import_ms = (time.perf_counter() - started) * 1000
texts = json.load(open(sys.argv[1], encoding='utf-8'))
pass_count = int(sys.argv[sys.argv.index('--passes') + 1]) if '--passes' in sys.argv else 4

first_result_ms = 0.0
passes = []
count = 0
for _ in range(pass_count):
    start = time.perf_counter()
    for text in texts:
        # Both are generators: the work happens as they are consumed.
        count += sum(1 for _ in tokenize(text)) + sum(1 for _ in sentenize(text))
        if not first_result_ms:
            first_result_ms = (time.perf_counter() - started) * 1000
    passes.append((time.perf_counter() - start) * 1000)

print(json.dumps({
    'task': 'razdel',
    'entry': 'list(tokenize(text)), list(sentenize(text))',
    'importMs': import_ms,
    'firstResultMs': first_result_ms,
    'passes': passes,
    # ru_maxrss is in KB on Linux
    'rss': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    'count': count,
}))
