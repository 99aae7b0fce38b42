-- PostgreSQL only (db/vendor/postgresql): the append-only event tables of every consignment,
-- tracking_event and case_event, become range-partitioned by month on occurred_at, so old
-- months can be detached or dropped whole and the hot month's indexes stay small
-- (docs/storage-at-volume.md). Nothing reads these rows by id alone and nothing references
-- them, so the primary key may include the partition key: (id, occurred_at).
--
-- Each table is converted in place: the populated table is renamed, the partitioned one
-- created like it (columns, not-null and defaults), a partition per month from the oldest row
-- to three months ahead plus a DEFAULT partition so no insert ever fails, the rows moved, the
-- old table dropped, then the primary key and the lookup index recreated under their names.
-- caravan_create_month_partition is also what the partition job calls each day.

create or replace function caravan_create_month_partition(parent text, month date) returns boolean
language plpgsql as $$
declare
    first_day date := date_trunc('month', month)::date;
    name text := parent || '_y' || to_char(first_day, 'YYYY') || 'm' || to_char(first_day, 'MM');
begin
    if to_regclass(quote_ident(name)) is not null then
        return false;
    end if;
    execute format('create table %I partition of %I for values from (%L) to (%L)', name, parent,
                   first_day::timestamp at time zone 'UTC', (first_day + interval '1 month')::timestamp at time zone 'UTC');
    return true;
end $$;

create or replace function caravan_partition_by_month(parent text, lookup_index text, lookup_column text) returns void
language plpgsql as $$
declare
    old_name text := parent || '_unpartitioned';
    oldest date;
    month date;
begin
    execute format('alter table %I rename to %I', parent, old_name);
    execute format('alter table %I rename constraint %I to %I', old_name, parent || '_pkey', old_name || '_pkey');
    execute format('alter index %I rename to %I', lookup_index, lookup_index || '_unpartitioned');
    execute format('create table %I (like %I including defaults including constraints) partition by range (occurred_at)',
                   parent, old_name);
    execute format('create table %I partition of %I default', parent || '_default', parent);
    execute format('select date_trunc(''month'', min(occurred_at) at time zone ''UTC'')::date from %I', old_name) into oldest;
    month := date_trunc('month', now() at time zone 'UTC')::date;
    month := least(coalesce(oldest, month), month);
    while month <= (date_trunc('month', now() at time zone 'UTC') + interval '3 months')::date loop
        perform caravan_create_month_partition(parent, month);
        month := (month + interval '1 month')::date;
    end loop;
    execute format('insert into %I select * from %I', parent, old_name);
    execute format('drop table %I', old_name);
    execute format('alter table %I add constraint %I primary key (id, occurred_at)', parent, parent || '_pkey');
    execute format('create index %I on %I (%I)', lookup_index, parent, lookup_column);
end $$;

select caravan_partition_by_month('tracking_event', 'tracking_event_by_number', 'tracking_number');
select caravan_partition_by_month('case_event', 'case_event_by_case', 'case_id');

drop function caravan_partition_by_month(text, text, text);
