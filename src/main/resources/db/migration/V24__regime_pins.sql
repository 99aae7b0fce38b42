-- An administration may keep an earlier regime in force for its country until it confirms
-- the start of the next (the EAEU e-commerce goods regime adopted for 1 July 2026). The pin
-- in force is the latest row; every change is kept with who made it and why.
create table regime_pin (
    id            uuid           primary key,
    jurisdiction  char(2)        not null,
    regime_id     varchar(80),
    pinned_by     varchar(100)   not null,
    reason        varchar(1000)  not null,
    pinned_at     timestamp with time zone not null
);
create index regime_pin_by_jurisdiction on regime_pin (jurisdiction, pinned_at);

-- A seller's parcels on one conveyance (Georgia) are counted per manifest, whose id is the period.
alter table recipient_allowance alter column period set data type varchar(40);
