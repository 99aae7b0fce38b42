-- Matching looks a manifest chunk's orders up by a list of order references. Under the unique
-- key led by platform_code, "platform_code = ? and platform_order_ref in (…)" was served by the
-- platform code alone on H2: every order of the platform was read for every chunk, a cost per
-- parcel that grew with the store (286 µs per parcel with 36,000 orders filed). Led by the
-- reference, the list is looked up in the index itself.
create index platform_order_by_ref on platform_order (platform_order_ref, platform_code);
