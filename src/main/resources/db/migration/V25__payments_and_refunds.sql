-- Payments of duties and taxes, and refunds of them when the goods go back to the sender.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL. A payment request is not stored:
-- it is read from the case that waits for payment, so filing writes nothing more.

-- A confirmed payment of a case's payment request. The provider's transaction id is unique
-- per case, so a confirmation sent twice finds the first one instead of writing a second.
create table payment (
    id                    uuid           primary key,
    case_id               uuid           not null,
    tracking_number       varchar(40)    not null,
    jurisdiction          char(2)        not null,
    reference             varchar(40)    not null,
    amount                numeric(19, 4) not null,
    currency              char(3)        not null,
    -- what the case asked when the payment was confirmed; a statement compares the two
    due_amount            numeric(19, 4),
    due_currency          char(3),
    paid_at               timestamp with time zone not null,
    provider_ref          varchar(100)   not null,
    collected_at_checkout boolean        not null,
    paid_by               varchar(100)   not null,
    payer_role            varchar(20)    not null,
    recorded_at           timestamp with time zone not null,
    unique (case_id, provider_ref)
);
-- statements read a month's payments
create index payment_by_paid_at on payment (paid_at);

-- A confirmation refused because its request was paid already by another transaction. The
-- payer's money moved all the same (a consumer paying what the platform collected at
-- checkout), so the refusal is kept for the statement to show as a discrepancy.
create table refused_payment (
    id                    uuid           primary key,
    case_id               uuid           not null,
    tracking_number       varchar(40)    not null,
    jurisdiction          char(2)        not null,
    reference             varchar(40)    not null,
    amount                numeric(19, 4) not null,
    currency              char(3)        not null,
    due_amount            numeric(19, 4),
    due_currency          char(3),
    paid_at               timestamp with time zone not null,
    provider_ref          varchar(100)   not null,
    collected_at_checkout boolean        not null,
    paid_by               varchar(100)   not null,
    payer_role            varchar(20)    not null,
    recorded_at           timestamp with time zone not null,
    unique (case_id, provider_ref)
);
create index refused_payment_by_paid_at on refused_payment (paid_at);

-- Duties paid on goods that were then returned, owed back to whoever paid them, until an
-- officer records the bank transfer.
create table refund (
    id              uuid           primary key,
    reference       varchar(40)    not null unique,
    payment_id      uuid           not null unique,
    case_id         uuid           not null,
    tracking_number varchar(40)    not null,
    jurisdiction    char(2)        not null,
    amount          numeric(19, 4) not null,
    currency        char(3)        not null,
    owed_to         varchar(100)   not null,
    owed_to_role    varchar(20)    not null,
    state           varchar(20)    not null,
    created_at      timestamp with time zone not null,
    refunded_at     timestamp with time zone,
    bank_ref        varchar(100),
    refunded_by     varchar(100)
);
create index refund_by_case on refund (case_id);
