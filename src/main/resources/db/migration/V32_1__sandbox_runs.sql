-- Regulatory sandbox: a candidate risk profile (and model version) run in shadow on live
-- traffic or replayed over filed consignments, never enforced.
create table sandbox_run (
    id                uuid          primary key,
    jurisdiction      char(2)       not null,
    mode              varchar(10)   not null,
    candidate_profile text          not null,
    candidate_basis   varchar(2000) not null,
    model_version     varchar(100),
    replay_from       date,
    replay_to         date,
    reason            varchar(500)  not null,
    started_by        varchar(200)  not null,
    started_at        timestamp with time zone not null,
    stopped_at        timestamp with time zone
);

-- What production and the candidate made of each parcel a run saw: one row per side.
create table sandbox_screening (
    run_id           uuid          not null,
    tracking_number  varchar(40)   not null,
    side             varchar(10)   not null,
    manifest_id      uuid,
    lane             varchar(10)   not null,
    score            int           not null,
    selection        varchar(10)   not null,
    top_reasons      text          not null,
    screened_at      timestamp with time zone not null,
    primary key (run_id, tracking_number, side)
);
