-- Officers page through a queue in task order (ids are UUIDv7, so creation order):
-- where jurisdiction = ? and queue = ? and state = 'OPEN' and id > ? order by id limit ?.
-- With id as the last key column the index yields each page in order and stops after
-- it, instead of sorting every open task of the queue for every request.
drop index officer_task_open;
create index officer_task_open_by_id on officer_task (jurisdiction, queue, state, id);
