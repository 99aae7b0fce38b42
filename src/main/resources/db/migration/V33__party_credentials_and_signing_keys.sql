-- A party may hold several client secrets at once, so a secret can be rolled without downtime;
-- the one secret each party had so far becomes its first credential.
create table party_credential (
    id          uuid          primary key,
    party_id    uuid          not null references party (id),
    secret_hash varchar(200)  not null,
    created_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone
);
create index party_credential_by_party on party_credential (party_id);

insert into party_credential (id, party_id, secret_hash, created_at)
select id, id, secret_hash, created_at from party;

alter table party alter column secret_hash drop not null;
alter table party add column suspended_at timestamp with time zone;

-- The keys the built-in issuer signs with: the newest unretired one signs, every key not yet
-- retired is published, and a superseded key retires once the tokens it signed have expired.
create table signing_key (
    kid         varchar(100)  primary key,
    jwk         text          not null,
    created_at  timestamp with time zone not null,
    retires_at  timestamp with time zone
);

-- Every access token issued, so a revoked token, credential or suspended party is refused by
-- the API before the token expires. The token itself is kept only as its SHA-256.
create table issued_token (
    id            varchar(100)  primary key,
    jti           varchar(100)  not null unique,
    token_hash    char(64)      not null unique,
    party_id      uuid          not null references party (id),
    credential_id uuid,
    issued_at     timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    revoked_at    timestamp with time zone
);
create index issued_token_by_party on issued_token (party_id);
create index issued_token_by_credential on issued_token (credential_id);
