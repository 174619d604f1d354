"""Django's PostgreSQL backend with a compiler that keeps DISTINCT queries valid when query
parameters are sent apart from the SQL (DATABASE_SERVER_SIDE_BINDING).

With SELECT DISTINCT, PostgreSQL requires every ORDER BY expression to appear in the select
list, and Django copies it there. With client-side binding both copies read the same after
the values are inlined; with server-side binding each copy gets its own placeholder ($3 and
$5), PostgreSQL no longer sees them as the same expression and refuses the query. Wagtail's
Site manager orders by such an expression (CASE WHEN site_name = '' ...), so any DISTINCT
query on sites failed, the site-permission check behind Settings > Clinic settings among them.
"""

from django.db.backends.postgresql import base, operations


class DatabaseOperations(operations.DatabaseOperations):
    compiler_module = "spineclinic.postgresql.compiler"


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
