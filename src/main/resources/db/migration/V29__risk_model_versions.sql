-- Trained risk models, one row per version: what it learned from, how it measured, the model
-- document the hot path scores, and who promoted it to production, when and why. At most one
-- production version per jurisdiction and kind; the one it replaced is kept as retired.
create table risk_model_version (
    version          varchar(40)   primary key,
    jurisdiction     char(2)       not null,
    kind             varchar(20)   not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)  not null,
    training_data    varchar(500)  not null,
    metrics          text          not null,
    document         text          not null,
    status           varchar(12)   not null,
    promoted_at      timestamp with time zone,
    promoted_by      varchar(100),
    promotion_reason varchar(500)
);
create index risk_model_version_by_status on risk_model_version (status, jurisdiction);
