-- Every name of a listed party (primary name, aliases, original-script names) is a row of its
-- own, so screening can say which alias matched; the rows of one party share its reference.
alter table watchlist_entry add column primary_name varchar(500);
alter table watchlist_entry add column party_kind varchar(20);
update watchlist_entry set primary_name = name where primary_name is null;
