"""Small query helpers for the pages every member of staff opens."""


def only_row(queryset):
    """The one row ``queryset`` can match (a filter on a unique key), or None.

    ``.first()`` adds ORDER BY (the model's ordering, else the primary key), and to build
    any ORDER BY Django hashes every selected column; for a row fetched with its
    ``select_related`` relations that costs more than running the query. A unique key
    needs no order, so none is asked for.
    """
    return next(iter(queryset.order_by()[:1]), None)
