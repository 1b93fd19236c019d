"""gunicorn's settings for `make serve` (gunicorn reads ./gunicorn.conf.py by itself).

Every value can be changed from the environment: WEB_WORKERS, WEB_THREADS, BIND, WEB_TIMEOUT.
Pages are CPU-bound Python and SQL, so processes, not threads, are what use the cores:
2 per core plus 1 (gunicorn's advice) keeps every core busy while one worker waits on the
database or a slow client. bench/load_bench.py measures this configuration.
"""

import multiprocessing
import os

bind = os.environ.get("BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_WORKERS") or 2 * multiprocessing.cpu_count() + 1)
threads = int(os.environ.get("WEB_THREADS") or 1)
timeout = int(os.environ.get("WEB_TIMEOUT") or 30)
# A worker that served this many requests is replaced (jittered so they do not all restart at
# once): a slow leak in a long-lived process cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200
accesslog = os.environ.get("ACCESS_LOG", "-") or None  # ACCESS_LOG="" for none
wsgi_app = "timeline.wsgi:application"
