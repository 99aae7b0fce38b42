-- The tamper-evident audit trail (docs/audit.md): every state change and every officer and
-- administrator action, linked into one hash chain. Append-only: nothing updates or deletes
-- a row of audit_entry, so a changed, inserted or removed row breaks the chain.
create table audit_entry (
    seq           bigint        primary key,
    occurred_at   timestamp(6) with time zone not null,
    actor         varchar(200)  not null,
    action        varchar(100)  not null,
    subject_kind  varchar(50)   not null,
    subject_id    varchar(200)  not null,
    jurisdiction  varchar(2),
    detail        text          not null,
    prev_hash     char(64)      not null,
    hash          char(64)      not null
);

-- an auditor reads the trail of one manifest, case or profile
create index audit_entry_subject on audit_entry (subject_id, seq);

-- The one row every audited transaction locks at its end, so concurrent appends form one
-- linear chain; it also holds the count and last hash, so a deleted tail is seen.
create table audit_chain_head (
    id          int           primary key,
    seq         bigint        not null,
    hash        char(64)      not null,
    entries     bigint        not null,
    updated_at  timestamp(6) with time zone not null
);
insert into audit_chain_head (id, seq, hash, entries, updated_at)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0, current_timestamp);

-- Heads countersigned by another administration: the chain must keep containing each of them.
create table audit_witness (
    id            uuid          primary key,
    seq           bigint        not null,
    hash          char(64)      not null,
    head_at       timestamp(6) with time zone not null,
    witness       varchar(200)  not null,
    key_id        varchar(200),
    countersignature text       not null,
    received_by   varchar(200)  not null,
    received_at   timestamp(6) with time zone not null
);
create index audit_witness_seq on audit_witness (seq);
