-- A runner may edit a recorded self-test result; the version refuses a save over a newer one from another tab.
alter table self_test_results add column version bigint not null default 0;
