-- Paperless documents and the permit registry. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- An officer asks for a document on a case; it stays open until a supplied document is accepted.
create table document_request (
    id              uuid          primary key,
    case_id         uuid          not null,
    tracking_number varchar(40)   not null,
    jurisdiction    char(2)       not null,
    kind            varchar(20)   not null,
    reason          varchar(1000) not null,
    state           varchar(20)   not null,
    requested_by    varchar(100)  not null,
    requested_at    timestamp with time zone not null,
    satisfied_at    timestamp with time zone
);
create index document_request_by_case on document_request (case_id);

-- What a platform or courier supplied against a request: structured data (JSON) or a PDF kept here with its digest.
create table supplied_document (
    id            uuid          primary key,
    request_id    uuid          not null,
    case_id       uuid          not null,
    format        varchar(20)   not null,
    structured    text,
    pdf_content   bytea,
    pdf_bytes     int,
    sha256        char(64),
    state         varchar(20)   not null,
    supplied_by   varchar(100)  not null,
    supplier_role varchar(20)   not null,
    supplied_at   timestamp with time zone not null,
    reviewed_by   varchar(100),
    reviewed_at   timestamp with time zone,
    review_reason varchar(1000)
);
create index supplied_document_by_request on supplied_document (request_id);
-- a case's documents are read with every view of the case and every review
create index supplied_document_by_case on supplied_document (case_id);

-- Permits registered in advance by an issuing agency; drawn down by the consignments that quote them.
create table permit (
    number         varchar(50)    primary key,
    country        char(2)        not null,
    hs_prefix      varchar(10)    not null,
    holder         varchar(200)   not null,
    valid_from     date           not null,
    valid_until    date           not null,
    quantity       numeric(19, 4) not null,
    unit           varchar(10)    not null,
    drawn          numeric(19, 4) not null,
    issued_by      uuid           not null,
    registered_at  timestamp with time zone not null,
    revoked_at     timestamp with time zone,
    revoke_reason  varchar(500)
);
