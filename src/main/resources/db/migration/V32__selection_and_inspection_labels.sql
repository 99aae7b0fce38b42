-- Why each case was selected for control (risk.Selection), so inspection results can be read
-- without bias; cases decided before selection was recorded have none.
alter table clearance_case add column selection varchar(10);

-- Inspection and documentary check results as labels for risk management: models learn from
-- them and the sandbox measures candidates against them. Written by clearance through
-- risk.InspectionLabels, read only by risk.
create table inspection_label (
    id               uuid          primary key,
    consignment_id   uuid          not null,
    jurisdiction     char(2)       not null,
    tracking_number  varchar(40)   not null,
    selected_as      varchar(10)   not null,
    irregular        boolean       not null,
    duties_found     numeric(19, 4),
    duties_currency  char(3),
    concluded_at     timestamp with time zone not null
);
create index inspection_label_by_concluded on inspection_label (jurisdiction, concluded_at);
