-- monitoring ----------------------------------------------------------------
-- The HS section (I to XXI) of the case's most valuable item, kept so a change after the
-- decision tells monitoring the section without reading the filing again; null for older cases.
alter table clearance_case add column hs_section varchar(8);

-- Pre-aggregated measures, appended per event batch and summed by queries: no row is ever
-- updated, so instances writing the same day and lane never contend for a row.
--   a count:      measure, cases                      (bucket and currency null)
--   a histogram:  measure, bucket (ms, rounded up to 3 significant figures), cases
--   money:        measure, currency, amount, cases    (never summed across currencies)
-- counted_on is the UTC date of the event counted.
create table monitoring_rollup (
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

create index monitoring_rollup_by_day on monitoring_rollup (jurisdiction, counted_on);
