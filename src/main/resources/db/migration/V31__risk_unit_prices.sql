-- Robust statistics of declared unit prices per peer group (HS code, origin), learned from
-- Caravan's own filings by `./caravan risk learn-prices` and replaced as a whole each time;
-- the undervaluation signal compares a parcel's unit price with them. Logs of USD prices:
-- statistics of a spread, not amounts of money.
create table risk_unit_price (
    measure      varchar(4)       not null,
    hs_code      varchar(6)       not null,
    origin       varchar(2)       not null,
    observations integer          not null,
    median_log   double precision not null,
    mad_log      double precision not null,
    low_log      double precision not null,
    high_log     double precision not null,
    learned_at   timestamp with time zone not null,
    primary key (measure, hs_code, origin)
);
