-- Each person's own time zone: drip release, "today" and reminders follow the runner's clock, not the server's.
alter table people add column time_zone varchar(64) not null default 'UTC';
