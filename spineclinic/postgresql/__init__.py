"""Django's PostgreSQL backend, with one fix for server-side parameter binding (base.py)."""
