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

-- One row per UTC day that compaction has claimed: the row is locked (select ... for update)
-- while the day is compacted, so two instances never sum the same day twice; compacted_at
-- null means claimed but not (yet) compacted. rows_before and rows_after say what it saved.
create table monitoring_compaction (
    counted_on   date                     primary key,
    rows_before  bigint,
    rows_after   bigint,
    compacted_at timestamp with time zone
);
