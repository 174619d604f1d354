"""See base.py: DISTINCT queries order by the select list's position for parameterised
expressions, instead of repeating them with placeholders of their own."""

from django.db.backends.postgresql.compiler import (
    SQLAggregateCompiler,
    SQLDeleteCompiler,
    SQLInsertCompiler,
    SQLUpdateCompiler,
)
from django.db.backends.postgresql.compiler import SQLCompiler as PostgreSQLCompiler

__all__ = [
    "SQLAggregateCompiler",
    "SQLCompiler",
    "SQLDeleteCompiler",
    "SQLInsertCompiler",
    "SQLUpdateCompiler",
]


class SQLCompiler(PostgreSQLCompiler):
    def pre_sql_setup(self, with_col_aliases=False):
        extra_select, order_by, group_by = super().pre_sql_setup(with_col_aliases)
        if (
            order_by
            and self.query.distinct
            and not self.query.distinct_fields
            and self.connection.features.uses_server_side_binding
        ):
            columns = [selected for _, selected, _ in self.select + extra_select]
            order_by = [self.order_by_position(item, columns) for item in order_by]
        return extra_select, order_by, group_by

    def order_by_position(self, item, columns):
        """An ORDER BY term with parameters, as the number of the same expression in the select
        list (which DISTINCT made sure it is in): 'ORDER BY 7 ASC'."""
        expr, (sql, params, is_ref) = item
        if is_ref or not params:
            return item
        without_ordering = self.ordering_parts.search(sql)[1]
        for position, (column_sql, column_params) in enumerate(columns, start=1):
            if column_sql == without_ordering and list(column_params) == list(params):
                suffix = sql[len(without_ordering) :]
                return expr, (f"{position}{suffix}", [], is_ref)
        return item
