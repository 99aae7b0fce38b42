-- signed filings (issue 12) ----------------------------------------------------
-- A party's public keys for signing its filings, as JWKs. A key is never deleted, only
-- retired: a filing signed before retirement still names a key that can be shown.
create table party_signing_key (
    party_id    uuid          not null references party (id),
    kid         varchar(200)  not null,
    alg         varchar(40)   not null,
    jwk         text          not null,
    thumbprint  varchar(64)   not null,
    created_at  timestamp with time zone not null,
    retired_at  timestamp with time zone,
    primary key (party_id, kid)
);

-- Administrations requiring a party's filings destined to their country to be signed.
create table signature_requirement (
    party_id     uuid          not null references party (id),
    country      char(2)       not null,
    reason       varchar(500)  not null,
    required_by  varchar(100)  not null,
    required_at  timestamp with time zone not null,
    primary key (party_id, country)
);

-- Every change of a requirement, with who made it and why: the requirement row says only what is in force.
create table signature_requirement_change (
    id          uuid          primary key,
    party_id    uuid          not null,
    country     char(2)       not null,
    action      varchar(10)   not null,
    reason      varchar(500)  not null,
    changed_by  varchar(100)  not null,
    changed_at  timestamp with time zone not null
);
create index signature_requirement_change_by_party on signature_requirement_change (party_id, country, changed_at);

-- The verified signature of an order or a manifest, stored in the filing's own transaction.
create table filing_signature (
    filing_id    uuid          primary key,
    filing_kind  varchar(10)   not null,
    party_id     uuid          not null,
    kid          varchar(200)  not null,
    alg          varchar(10)   not null,
    jws          text          not null,
    verified_at  timestamp with time zone not null
);
