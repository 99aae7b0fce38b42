-- The consumer proves a second fact to see more than the timeline: the postcode or the last
-- four digits of the phone number the courier filed. Only the phone's last four digits are
-- kept, since nothing else of the number is ever compared.
alter table consignment add column consignee_postcode varchar(20);
alter table consignment add column consignee_phone_tail varchar(4);
-- The platform's order names the buyer's postcode at checkout even when the courier's
-- manifest line gives only a city: a consignment matched to its order proves with either.
alter table platform_order add column buyer_postcode varchar(20);

-- What couriers report after release: out for delivery, delivered, refused, returned. One
-- row per report; a repeated report (same type and time) is refused by the key, so a retry
-- never writes a second row.
create table final_mile_event (
    id               uuid          primary key,
    tracking_number  varchar(40)   not null,
    event_type       varchar(20)   not null,
    occurred_at      timestamp with time zone not null,
    location         varchar(100),
    courier_party_id uuid          not null,
    recorded_at      timestamp with time zone not null,
    unique (tracking_number, event_type, occurred_at)
);

-- One row per parcel with a final-mile report, locked while a report is checked and
-- recorded, so two reports for one parcel sent at once take turns and each is checked
-- against the other.
create table final_mile_parcel (
    tracking_number varchar(40) primary key
);
