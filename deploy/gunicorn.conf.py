"""gunicorn settings for the container (and `make bench`). Every value can be overridden from
the environment; see docs/deployment.md."""

import os


def _cpus():
    try:
        return len(os.sched_getaffinity(0))  # the CPUs this container may use
    except AttributeError:
        return os.cpu_count() or 1


bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
# Sync workers: each renders one page at a time; (2 x CPUs) + 1 keeps the CPUs busy while
# some wait on PostgreSQL or Redis.
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * _cpus() + 1))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Recycle workers now and then so a slow leak can never grow without bound, but seldom: a
# surge served from the page cache reaches 1,000 pages a second per worker, and a new worker
# starts with nothing compiled and no database connection (docs/performance.md).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "50000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "5000"))
# Heartbeat files in memory, not on a container's overlay disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108  # nosec B108
preload_app = True
# X-Forwarded-* are trusted only from these proxies (the proxy container, a load balancer).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Access log on stdout: the path without its query string (searches, calculator answers and
# prefilled referrals travel in query strings) and no Referer (which may carry them too).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
