-- Pseudonymous consumer ids (in the spirit of Korea's personal customs clearance code).
-- A person is known only by a keyed HMAC of the identity document the administration
-- checked: the number itself is never stored, and without the key it cannot be guessed back.
create table consumer_person (
    id               uuid          primary key,
    country          char(2)       not null,
    identity_digest  varchar(64)   not null,
    created_at       timestamp with time zone not null,
    constraint consumer_person_once unique (country, identity_digest)
);

-- Every id ever issued; a reissue revokes the old one and points it at its successor,
-- and both keep the person, so quotas follow the person, not the id.
create table consumer_id (
    id                 varchar(16)   primary key,
    person_id          uuid          not null references consumer_person (id),
    country            char(2)       not null,
    issued_at          timestamp with time zone not null,
    issued_by          uuid          not null,
    revoked_at         timestamp with time zone,
    revocation_reason  varchar(500),
    replaced_by        varchar(16)
);

create index consumer_id_by_person on consumer_id (person_id);

-- The person a filed consignment's consumer id stood for when it was filed: allowances and
-- the splitting signal key on it, so a reissued id continues the month's quota.
alter table consignment add column consumer_person varchar(50);
