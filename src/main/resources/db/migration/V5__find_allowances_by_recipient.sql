-- The allowance lock looks a manifest's recipients up by a list of consumer ids. With the
-- key led by jurisdiction and regime, that list was checked against every recipient row
-- of the regime, a cost per manifest that grew with the store. Leading the key with the
-- consumer id lets the list be looked up in the key itself, on H2 and PostgreSQL alike.
create table recipient_allowance_by_recipient (
    consumer_id  varchar(100)   not null,
    period       varchar(7)     not null,
    jurisdiction char(2)        not null,
    regime_id    varchar(60)    not null,
    used         numeric(19, 4) not null,
    currency     char(3)        not null,
    primary key (consumer_id, period, jurisdiction, regime_id)
);
insert into recipient_allowance_by_recipient (consumer_id, period, jurisdiction, regime_id, used, currency)
    select consumer_id, period, jurisdiction, regime_id, used, currency from recipient_allowance;
drop table recipient_allowance;
alter table recipient_allowance_by_recipient rename to recipient_allowance;
