"""The cache of template fragments (`{% wagtailcache %}`, `{% wagtailpagecache %}`): the
shared Redis cache, except that a slow or missing Redis makes a fragment render afresh instead
of failing the page."""

import logging

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)


class TolerantRedisCache(RedisCache):
    """Django's Redis cache, answering 'not cached' when Redis cannot be reached."""

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except Exception:
            logger.warning("Could not read a template fragment from the cache.")
            return default

    def set(self, key, value, timeout=None, version=None):
        try:
            super().set(key, value, timeout, version)
        except Exception:
            logger.warning("Could not store a template fragment in the cache.")

    def add(self, key, value, timeout=None, version=None):
        try:
            return super().add(key, value, timeout, version)
        except Exception:
            logger.warning("Could not store a template fragment in the cache.")
            return False
