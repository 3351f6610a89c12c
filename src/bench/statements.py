"""The SQL the app runs for each benchmark query, written as the app writes it, for pgbench and EXPLAIN.

Each builder takes `bind(name, value)`: it returns what stands in the statement for one parameter
occurrence. The app (EventPageQuery, EventConditions, DayCountQuery, Hibernate's lookups by slug)
sends every occurrence as its own positional parameter; `template()` renders them as $1, $2, ... so
the text can be compared with the statements PostgreSQL logged for the app (log_min_duration_statement
= 0): the pgbench scripts bind the same positions to pgbench variables or expressions of them, so
pgbench sends the very statement the API sends, with the same parameter positions (-M prepared).
"""
import datetime

PAGE = 50
# The longest span of each envelope length class (DateSpanClass, V012); the last class has no bound.
SPAN_CLASSES = [0, 7, 31, 92, 366, None]


def template(builder, *arguments, **keywords):
    """The statement with $1, $2, ... for its parameters, as the app's driver sends it."""
    count = [0]

    def bind(name, value):
        count[0] += 1
        return f"${count[0]}"

    return builder(bind, *arguments, **keywords)


def earliest_start(value, span, within):
    """The earliest start an event of a span class can have and match the period (EventPageQuery.earliestStart)."""
    return value if within or span is None else f"{value} - {span}"


def page(bind, values, timeline="event", descending=False, within=False, one_type=None, text=None,
         after=None):
    """EventPageQuery's statement: one ordered range scan per span class of the timeline, reading positions only,
    merged, then the page's documents. values: SQL for "from", "to", "type", "types", "key", "text", "after_date",
    "after_id" (those the filter names; "key" on an actor's or place's timeline); after: a cursor on the descending side, always tighter than "to"."""
    t = "e" if timeline == "event" else "t"
    column = "id" if timeline == "event" else "event_id"
    key_column = {"event_actor_timeline": "actor_id", "event_place_timeline": "location_id"}.get(timeline)
    source = "event e" if timeline == "event" else f"{timeline} t"
    direction = " desc" if descending else ""
    # EventConditions over the alias whose days the period compares: "true", then "   and ..." per condition
    period_alias = t
    conditions = []
    if "from" in values:
        conditions.append(lambda: (f"{period_alias}.date_start >= {bind('from', values['from'])}" if within else
                                   f"({period_alias}.date_end is null or {period_alias}.date_end >= {bind('from', values['from'])})"))
    if "to" in values:
        conditions.append(lambda: (f"{period_alias}.date_end <= {bind('to', values['to'])} and "
                                   f"{period_alias}.date_start <= {bind('to', values['to'])}" if within else
                                   f"{period_alias}.date_start <= {bind('to', values['to'])}"))
    if one_type:
        conditions.append(lambda: f"e.type_code = any({bind('types', values['types'])})")
    if text:
        conditions.append(lambda: f"e.search_document @@ websearch_to_tsquery('english', {bind('text', values['text'])})")
    sql = "select page.id, page.date_start, d.document from ("
    for code, span in enumerate(SPAN_CLASSES):
        sql += ("\n  (" if code == 0 else "\n  union all (") + f"select {t}.{column} as id, {t}.date_start from {source}" \
               f" where {t}.date_span_class = {code}"
        if key_column:
            sql += f" and t.{key_column} = {bind('key', values['key'])}"
        elif one_type:
            sql += f" and e.type_code = {bind('type', values['type'])}"
        if "from" in values and (within or span is not None):
            sql += f" and {t}.date_start >= {bind('start', earliest_start(values['from'], span, within))}"
        if "to" in values and not after:
            sql += f" and {t}.date_start <= {bind('to', values['to'])}"
        if after:
            sql += (f" and ({t}.date_start, {t}.{column}) {'<' if descending else '>'} "
                    f"({bind('after_date', values['after_date'])}, {bind('after_id', values['after_id'])})")
        sql += " and true" + "".join("   and " + condition() for condition in conditions)
        sql += f" order by {t}.date_start{direction}, {t}.{column}{direction} limit {PAGE + 1})"
    return sql + (f"\n) page join event d on d.id = page.id order by page.date_start{direction}, page.id{direction}"
                  f" limit {PAGE + 1}")


def day_counts(bind, values):
    """DayCountQuery grouped by type: per-day counts inside the year, plus the events that began before it and overlap it."""
    first, last = values["first"], values["last"]
    sql = ("select bucket, key, sum(events) from (\n  select cast(date_trunc('month', d.day) as date) as bucket,"
           f" d.type_code as key, d.events from event_day_count d where d.events > 0 and d.day >= {bind('first', first)}"
           f" and d.day <= {bind('last', last)}")
    for code, span in enumerate(SPAN_CLASSES):
        if code == 0:
            continue
        sql += (f"\n  union all select cast(date_trunc('month', cast({bind('first', first)} as date)) as date), e.type_code, 1"
                f" from event e where e.date_span_class = {code} and e.date_start < {bind('first', first)}"
                f" and (e.date_end is null or e.date_end >= {bind('first', first)})")
        if span is not None:
            sql += f" and e.date_start >= {bind('start', f'{first} - {span}')}"
    return sql + "\n) counts group by 1, 2 order by 1, 2"


def actor_by_slug(bind, values):
    """Hibernate's lookup of the actor a request names."""
    return ("select a1_0.id,a1_0.affiliation_id,a1_0.aliases,a1_0.created_at,a1_0.description,a1_0.external_ids,"
            "a1_0.kind,a1_0.name,a1_0.slug,a1_0.updated_at,a1_0.version,a1_0.wikidata_id from actor a1_0"
            f" where a1_0.slug={bind('slug', values['slug'])} fetch first {bind('one', values['one'])} rows only")


def location_by_slug(bind, values):
    """Hibernate's lookup of the place a request names."""
    return ("select l1_0.id,l1_0.aliases,l1_0.created_at,l1_0.description,l1_0.external_ids,l1_0.kind,l1_0.latitude,"
            "l1_0.location_precision,l1_0.longitude,l1_0.name,l1_0.parent_id,l1_0.slug,l1_0.updated_at,l1_0.version"
            f" from location l1_0 where l1_0.slug={bind('slug', values['slug'])} fetch first {bind('one', values['one'])}"
            " rows only")


def by_id(bind, values):
    return f"select document from event where id = {bind('id', values['id'])}"


# ---------------------------------------------------------------------------------------------------------------
# pgbench scripts: the statements above with each parameter bound to a pgbench variable (strings come from -D)
# ---------------------------------------------------------------------------------------------------------------

FIRST_DAY = "'2011-01-01'::date"


def pgbench_bind(name, value):
    return value


def window_values(days=29):
    start = f"({FIRST_DAY} + :d::int)"
    return {"from": start, "to": f"({FIRST_DAY} + :d::int + {days})"}


def choose(variable, options, render):
    """A pgbench \\if chain picking one of several statements by a drawn number (pgbench variables
    hold numbers; the strings are -D variables, so each branch sends the same statement with its own value)."""
    lines = [f"\\set {variable} random(1, {len(options)})"]
    for index, option in enumerate(options, 1):
        lines.append(("\\if" if index == 1 else "\\elif") + f" :{variable} = {index}")
        lines.append(render(option))
    lines.append("\\endif")
    return "\n".join(lines)


def pgbench_scripts(window_days, frequent_types, frequent_actors, governorates, words, event_ids, within_from):
    """For each query, (script, {variable: string}) for pgbench -M prepared -D: the app's statements with the same
    randomisation as the HTTP draws. window_days: the number of window start days from 2011-01-01."""
    strings = {"one": "1"}
    draw_window = f"\\set d random(0, {window_days - 1})"

    def string(prefix, values):
        names = []
        for index, value in enumerate(values, 1):
            strings[f"{prefix}{index}"] = value
            names.append(f"{prefix}{index}")
        return names

    def statement(sql):
        return sql + ";"

    window = window_values()
    scripts = {
        "1a": draw_window + "\n" + statement(page(pgbench_bind, window)),
        "1": draw_window + "\n" + statement(page(pgbench_bind, window, descending=True)),
        "1b": f"\\set d random({within_from}, {window_days - 1})\n" + statement(page(pgbench_bind, window, within=True)),
        **{number: draw_window + "\n" + choose("t", string("type", frequent_types), lambda name, descending=descending: statement(
            page(pgbench_bind, {**window, "type": f":{name}", "types": f":{name}_array"}, one_type=True, descending=descending)))
           for number, descending in (("2", True), ("2a", False))},
        "3": choose("a", string("actor", frequent_actors), lambda name: actor_by_slug(
            pgbench_bind, {"slug": f":{name}", "one": ":one"}) + " \\gset actor_")
             + "\n" + statement(page(pgbench_bind, {"key": ":actor_id"}, timeline="event_actor_timeline", descending=True)),
        **{number: "\\set m random(0, 167)\n" + choose("g", string("gov", governorates), lambda name: location_by_slug(
            pgbench_bind, {"slug": f":{name}", "one": ":one"}) + " \\gset place_")
           + "\n" + statement(page(pgbench_bind, {
               "key": ":place_id", "from": f"({FIRST_DAY} + make_interval(months => :m::int))::date",
               "to": f"(({FIRST_DAY} + make_interval(months => :m::int + 1))::date - 1)"},
               timeline="event_place_timeline", descending=descending))
           for number, descending in (("4", True), ("4a", False))},
        # the next page of query 1: the cursor's position at the window's last day (about a page of events a day at 1M)
        "5": draw_window + "\n" + statement(page(pgbench_bind, {**window, "after_date": window["to"], "after_id": ":middle_id"},
                                                 descending=True, after=True)),
        "6": choose("w", string("word", words), lambda name: statement(page(pgbench_bind, {"text": f":{name}"}, text=True))),
        "7": "\\set y random(2011, 2024)\n" + statement(day_counts(pgbench_bind, {"first": "make_date(:y::int, 1, 1)",
                                                                                   "last": "make_date(:y::int, 12, 31)"})),
        "8": choose("i", string("event", event_ids), lambda name: statement(by_id(pgbench_bind, {"id": f":{name}"}))),
    }
    for name in [n for n in strings if n.startswith("type")]:
        strings[name + "_array"] = "{" + strings[name] + "}"
    strings["middle_id"] = "80000000-0000-4000-8000-000000000000"
    return scripts, strings


def explain_statements(number, rng, frequent_types, frequent_actors, governorates, words, event_ids, ids_by_slug,
                       window_days, within_from):
    """One draw of a query's statements with literal values, for EXPLAIN."""
    first = datetime.date(2011, 1, 1)

    def day(offset):
        return f"'{first + datetime.timedelta(days=offset)}'::date"

    def literal(name, value):
        return value

    d = rng.randrange(within_from if number == "1b" else 0, window_days)
    window = {"from": day(d), "to": day(d + 29)}
    if number in ("1", "1a", "1b"):
        return [page(literal, window, descending=number == "1", within=number == "1b")]
    if number in ("2", "2a"):
        kind = rng.choice(frequent_types)
        return [page(literal, {**window, "type": f"'{kind}'", "types": f"array['{kind}']"}, one_type=True,
                     descending=number == "2")]
    if number == "3":
        slug = rng.choice(frequent_actors)
        return [actor_by_slug(literal, {"slug": f"'{slug}'", "one": "1"}),
                page(literal, {"key": f"'{ids_by_slug[slug]}'::uuid"}, timeline="event_actor_timeline", descending=True)]
    if number in ("4", "4a"):
        slug, month = rng.choice(governorates), first.replace(year=rng.randrange(2011, 2025), month=rng.randrange(1, 13))
        last = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
        return [location_by_slug(literal, {"slug": f"'{slug}'", "one": "1"}),
                page(literal, {"key": f"'{ids_by_slug[slug]}'::uuid", "from": f"'{month}'::date", "to": f"'{last}'::date"},
                     timeline="event_place_timeline", descending=number == "4")]
    if number == "5":
        return [page(literal, {**window, "after_date": window["to"], "after_id": "'80000000-0000-4000-8000-000000000000'"},
                     descending=True, after=True)]
    if number == "6":
        return [page(literal, {"text": f"'{rng.choice(words)}'"}, text=True)]
    if number == "7":
        year = rng.randrange(2011, 2025)
        return [day_counts(literal, {"first": f"'{year}-01-01'::date", "last": f"'{year}-12-31'::date"})]
    if number == "8":
        return [by_id(literal, {"id": f"'{rng.choice(event_ids)}'::uuid"})]
    return []
