-- monitoring at volume ----------------------------------------------------------
-- The jurisdictions, lanes and sections with anything measured, so the dashboard's lists
-- never scan the rollups. Filled as rollups are written; back-filled here from what exists.
create table monitoring_key (
    jurisdiction varchar(3)  not null,
    lane_key     varchar(16) not null,
    hs_section   varchar(8)  not null,
    primary key (jurisdiction, lane_key, hs_section)
);

insert into monitoring_key (jurisdiction, lane_key, hs_section)
select distinct jurisdiction, lane_key, hs_section from monitoring_rollup;

-- Compaction moves the appended rows of a closed day out of monitoring_rollup (which then
-- holds little more than today and yesterday) into one row per key, and into one row per
-- jurisdiction, measure, bucket and currency summed over lanes and sections for reports
-- that filter neither. Reports read the appended rows plus one of the two, in one statement.
create table monitoring_rollup_compacted (
    counted_on   date          not null,
    jurisdiction varchar(3)    not null,
    lane_key     varchar(16)   not null,
    hs_section   varchar(8)    not null,
    measure      varchar(40)   not null,
    bucket       bigint,
    currency     char(3),
    cases        bigint        not null,
    amount       numeric(24, 4)
);

create index monitoring_rollup_compacted_by_day on monitoring_rollup_compacted (jurisdiction, counted_on);

create table monitoring_day_total (
    counted_on   date          not null,
    jurisdiction varchar(3)    not null,
    measure      varchar(40)   not null,
    bucket       bigint,
    currency     char(3),
    cases        bigint        not null,
    amount       numeric(24, 4)
);

create index monitoring_day_total_by_day on monitoring_day_total (jurisdiction, counted_on);

-- One row per UTC day compaction has claimed: locked (select ... for update) while the day
-- is compacted, so two instances never move the same rows twice; the rows moved and the
-- rows they became, summed over the runs, say what it saved.
create table monitoring_compaction (
    counted_on   date                     primary key,
    rows_before  bigint                   not null default 0,
    rows_after   bigint                   not null default 0,
    compacted_at timestamp with time zone
);
