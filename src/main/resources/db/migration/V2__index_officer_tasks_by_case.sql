-- The consignment view lists a case's tasks; without this it scans every task.
create index officer_task_by_case on officer_task (case_id);
