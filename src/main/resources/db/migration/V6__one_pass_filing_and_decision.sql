-- A manifest is now filed and decided in one pass. The first audit entry of a case and the
-- consumer's "pre-advised" and decision timeline entries are read from the case row instead
-- of being written again per parcel; the row keeps the status it was decided with, since its
-- status column moves on. Cases decided before this migration have those entries stored, so
-- their decided_status stays null and nothing is derived for them twice.
alter table clearance_case add column decided_status varchar(40);

-- A large manifest's receipt is read page by page in filing order (ids are time-ordered):
-- where manifest_id = ? and id > ? order by id.
drop index consignment_by_manifest;
create index consignment_by_manifest on consignment (manifest_id, id);
